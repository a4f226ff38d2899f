// Invariants of the repair, checked on generated input (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToText, reflowLines, reflowText, textToLines } from '../../lib/reflow';

const strip = (s: string): string => s.replace(/\s+/gu, '');

/** Print-layout-like text: Han characters, Chinese and Latin punctuation, digits, line breaks. */
const pieces = fc.constantFrom(
  ...'医保银行萧山分局网点市民王女士记者通讯员本报讯合作服务街道'.split(''),
  '，', '。', '、', '：', '；', '？', '！', '“', '”', '（', '）', '(', ')', ',', '《', '》', '…', '—',
  '■', '摄', ' ', '　　', '\n', '\n', '\n\n', '\r\n', '\n\n\n', 'AI', 'Deep', '2025', '1.7', '%',
  '图片由萧山区提供', '记者 王俞楠 摄', '(蒋瑾华 朱灵燕)',
);
const printText = fc.array(pieces, { maxLength: 300 }).map((a) => a.join(''));
const anyText = fc.oneof(printText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));

describe('repair invariants', () => {
  it('never loses, adds or reorders a character other than white space (captions aside)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = textToLines(text);
        const blocks = reflowLines(lines, { punctuation: false });
        // Same multiset of characters overall …
        const all = [...strip(blocks.map((b) => b.text).join(''))].sort().join('');
        expect(all).toBe([...strip(text)].sort().join(''));
        // … and, with the caption lines taken out, the same order.
        const captionLines = new Set(blocks.filter((b) => b.kind === 'caption').flatMap((b) => b.lines));
        const rest = lines.filter((_, i) => !captionLines.has(i)).map((l) => l.text).join('');
        expect(strip(blocks.filter((b) => b.kind !== 'caption').map((b) => b.text).join(''))).toBe(strip(rest));
      }),
      { numRuns: 400 },
    );
  });

  it('never joins across a blank line after a short line ending a sentence, and removes only print-line breaks', () => {
    // Paragraph-true text, re-wrapped into print lines whose paragraph ends are short lines
    // followed by a blank line: each output block must lie inside one source paragraph.
    const han = fc.constantFrom(...'医保银行萧山分局网点市民王女士合作服务街道');
    const paragraph = fc.tuple(han, fc.array(fc.oneof(han, fc.constantFrom('，', '、')), { minLength: 3, maxLength: 80 }))
      .map(([first, rest]) => `${first}${rest.join('')}。`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), fc.integer({ min: 6, max: 20 }), (paras, width) => {
        const printed = paras.filter((p) => p.length % width !== 0 && p.length % width <= width - 2);
        fc.pre(printed.length > 0);
        const text = printed.map((p) => (p.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []).join('\n')).join('\n\n');
        const blocks = reflowText(text, { punctuation: false });
        for (const b of blocks) expect(printed.some((p) => p.includes(b.text.replace(/\s+/gu, '')))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('joins a line that starts with punctuation no print line may start with', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[医保银行萧山]{3,12}$/u), fc.constantFrom(...'，。、；：？！）”…'), fc.stringMatching(/^[网点市民合作]{0,8}$/u), (head, mark, tail) => {
        const blocks = reflowText(`${head}\n${mark}${tail}`, { punctuation: false });
        expect(blocks.map((b) => b.text)).toEqual([`${head}${mark}${tail}`]);
      }),
      { numRuns: 300 },
    );
  });

  // Seeded, so the check is the same in every run. On lines of a few characters a second run
  // decided otherwise before the headline test read a lone line's next line as the repair joins
  // it (a half-width `,` made `，`, a mark hanging on a line of its own, a dash on any line of a
  // run at the end of the text; see reflow-run-again.test.ts): 12 of 200 seeds failed, 3 now (the
  // cases listed as known below).
  it('changes nothing when run again on repaired text', () => {
    fc.assert(
      fc.property(printText, fc.boolean(), (text, punctuation) => {
        const once = reflowText(text, { punctuation });
        const twice = reflowText(blocksToText(once), { punctuation });
        expect(twice.map((b) => b.text)).toEqual(once.map((b) => b.text));
      }),
      { numRuns: 400, seed: 1 },
    );
  });

  it.each([
    ['医医\n\n医,', true],
    ['医医\r\n医—医\r\n医医', false],
    ['医医\n\n\n医\r\n”', false],
    ['医医\n\n医\n\n,', false],
    ['医医\n\n\n医\n\n\n）', false],
  ])('a second run leaves %j as the first made it (lines of a few characters)', (text, punctuation) => {
    const once = reflowText(text, { punctuation });
    expect(reflowText(blocksToText(once), { punctuation }).map((b) => b.text)).toEqual(once.map((b) => b.text));
  });

  // Known, not yet looked into: figures run across a line end (`医1.7` / `1.7医`), a line ending in `%`.
  it.fails.each([
    ['医1.7\n1.7医', false],
    ['医2025\r\n2025医', false],
    ['医医\r\n医医%\n\n\n医？', false],
  ])('known: a second run changes %j', (text, punctuation) => {
    const once = reflowText(text, { punctuation });
    expect(reflowText(blocksToText(once), { punctuation }).map((b) => b.text)).toEqual(once.map((b) => b.text));
  });

  it('changes nothing when run again on the repaired corpus pages', async () => {
    const { readFileSync } = await import('node:fs');
    for (const name of ['xsrb-page-narrow-columns', 'zj-page-column-breaks']) {
      const text = readFileSync(new URL(`../fixtures/corpus/${name}.txt`, import.meta.url), 'utf8');
      const once = reflowText(text);
      expect(reflowText(blocksToText(once))).toEqual(once);
    }
  });

  it.each([
    ['empty', ''],
    ['only white space', ' \n\u3000\t\r\n  \n'],
    ['CRLF line ends', '近日，记者从医保萧山分局了解\r\n到，我区积极推进。\r\n\r\n下一段。'],
    ['lone surrogates', '医保\ud800银行\udc00。\n\ud83d'],
    ['control characters', '医保\u0000银\u0007行\u001b。\n\u0085下一段\u2028。'],
  ])('returns blocks without throwing for %s input', (_name, text) => {
    const blocks = reflowText(text);
    expect(Array.isArray(blocks)).toBe(true);
    expect(strip(blocks.map((b) => b.text).join(''))).toBe(strip(text));
  });

  it('handles 10 MB with no line break', () => {
    const text = '医保业务向银行网点延伸，'.repeat(900_000);
    const blocks = reflowText(text, { punctuation: false });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text.length).toBe(text.length);
  });
});
