// Anchoring highlights in repaired text: position, quote, fuzzy, orphans, cross-block ranges,
// bad input, and traditional display (anchoring on the simplified shadow).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, anchorAll, CONTEXT_CHARS, describe as describeSelection } from '../../lib/anchor';
import type { Anchorable, AnchoredRange, BlockRange } from '../../lib/anchor';
import { editDistance } from '../../lib/anchor/similarity';
import { loadTraditional, toSimplified } from '../../lib/convert';

const CORPUS = join(__dirname, '../fixtures/corpus');
const goldBlocks = (file: string): string[] =>
  (JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as { blocks: { text: string }[] }).blocks.map((b) => b.text);
const XSRB = goldBlocks('xsrb-page-narrow-columns.gold.json');
const ZJ = goldBlocks('zj-page-column-breaks.gold.json');

/** The text a range covers, blocks joined with '\n'. */
function textAt(blocks: readonly string[], r: BlockRange): string {
  if (r.startBlock === r.endBlock) return (blocks[r.startBlock] ?? '').slice(r.start, r.end);
  const parts = [(blocks[r.startBlock] ?? '').slice(r.start)];
  for (let b = r.startBlock + 1; b < r.endBlock; b++) parts.push(blocks[b] ?? '');
  parts.push((blocks[r.endBlock] ?? '').slice(0, r.end));
  return parts.join('\n');
}

const rangeOf = (r: AnchoredRange | null): BlockRange | null =>
  r ? { startBlock: r.startBlock, start: r.start, endBlock: r.endBlock, end: r.end } : null;

/** A selection of `exact` (its first occurrence from `from`) in one block. */
function select(blocks: readonly string[], block: number, exact: string, from = 0): Anchorable {
  const start = (blocks[block] ?? '').indexOf(exact, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeSelection(blocks, { startBlock: block, start, endBlock: block, end: start + exact.length });
}

const B1 = XSRB[1] ?? '';
const QUOTE = '积极推进“医银合作”新模式';

describe('describe', () => {
  it('takes the exact text and about 32 characters of context on each side', () => {
    const quote = '优化医保经办服务需求';
    const h = select(XSRB, 1, quote);
    const start = B1.indexOf(quote);
    expect(h.quote.exact).toBe(quote);
    expect(h.position).toEqual({ startBlock: 1, start, endBlock: 1, end: start + quote.length });
    expect(h.quote.prefix).toBe(B1.slice(start - CONTEXT_CHARS, start));
    expect(h.quote.suffix).toBe(B1.slice(start + quote.length, start + quote.length + CONTEXT_CHARS));
  });

  it('takes the context across block boundaries, up to the start of the article', () => {
    const h = select(XSRB, 1, QUOTE);
    const start = B1.indexOf(QUOTE);
    // 12 characters of byline, the block separator, and the block up to the quote: all there is.
    expect(h.quote.prefix).toBe(`${XSRB[0] ?? ''}\n${B1.slice(0, start)}`);
    expect(h.quote.prefix.length).toBeLessThan(CONTEXT_CHARS);
    const last = XSRB.length - 1;
    const end = describeSelection(XSRB, { startBlock: last - 1, start: 0, endBlock: last - 1, end: 4 });
    expect(end.quote.suffix).toBe(`${(XSRB[last - 1] ?? '').slice(4)}\n${XSRB[last] ?? ''}`.slice(0, CONTEXT_CHARS));
  });

  it('joins a selection over two blocks with a line break', () => {
    const h = describeSelection(XSRB, { startBlock: 1, start: B1.length - 5, endBlock: 2, end: 6 });
    expect(h.quote.exact).toBe(`${B1.slice(-5)}\n${(XSRB[2] ?? '').slice(0, 6)}`);
    expect(h.position).toEqual({ startBlock: 1, start: B1.length - 5, endBlock: 2, end: 6 });
  });

  it('normalises: reversed order, out-of-range offsets, edges on a block boundary', () => {
    const a = describeSelection(XSRB, { startBlock: 1, start: 20, endBlock: 1, end: 10 });
    expect(a.position).toEqual({ startBlock: 1, start: 10, endBlock: 1, end: 20 });
    const b = describeSelection(XSRB, { startBlock: 1, start: B1.length, endBlock: 3, end: 0 });
    expect(b.position).toEqual({ startBlock: 2, start: 0, endBlock: 2, end: (XSRB[2] ?? '').length });
    expect(b.quote.exact).toBe(XSRB[2]);
    const c = describeSelection(['abc'], { startBlock: 5, start: -3, endBlock: 9, end: 99 });
    expect(c.quote.exact).toBe('abc');
    const d = describeSelection(['abc'], { startBlock: 0, start: 2, endBlock: 0, end: 2 });
    expect(d.quote).toEqual({ exact: '', prefix: 'ab', suffix: 'c' });
    expect(describeSelection([], { startBlock: 0, start: 0, endBlock: 0, end: 1 }).quote.exact).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const blocks = [`${'文'.repeat(31)}𠮷中间𠮷${'字'.repeat(40)}`];
    // Offsets 32 and 36 fall inside the two 𠮷 (31–32 and 35–36): the range grows to cover them.
    const h = describeSelection(blocks, { startBlock: 0, start: 32, endBlock: 0, end: 36 });
    expect(h.quote.exact).toBe('𠮷中间𠮷');
    expect(h.position).toEqual({ startBlock: 0, start: 31, endBlock: 0, end: 37 });
    const p = describeSelection(blocks, { startBlock: 0, start: 33, endBlock: 0, end: 36 });
    expect(p.quote.prefix.charCodeAt(0)).not.toBe(0xdfb7);
    expect(p.quote.prefix.endsWith('𠮷')).toBe(true);
  });
});

describe('anchor', () => {
  it('uses the stored position when the text there is unchanged', () => {
    const h = select(XSRB, 1, QUOTE);
    const r = anchor(XSRB, h);
    expect(r?.method).toBe('position');
    expect(rangeOf(r)).toEqual(h.position);
  });

  it('finds the quote when characters were inserted before it', () => {
    const h = select(XSRB, 1, QUOTE);
    const shifted = [...XSRB];
    shifted[1] = `（更正）${B1}`;
    const r = anchor(shifted, h);
    expect(r?.method).toBe('quote');
    expect(r && textAt(shifted, r)).toBe(QUOTE);
    expect(r?.start).toBe(h.position.start + 4);
    // A whole block inserted before: the block index moves too.
    const withBlock = ['编者按：本文有更新。', ...XSRB];
    const r2 = anchor(withBlock, h);
    expect(r2?.method).toBe('quote');
    expect(r2?.startBlock).toBe(2);
    expect(r2 && textAt(withBlock, r2)).toBe(QUOTE);
  });

  it('chooses among repeated quotes by prefix and suffix, not by closeness', () => {
    // “医银合作” occurs in blocks 1 (twice), 2 and 3; highlight the one in block 3.
    const occurrences = XSRB.join('\n').split('“医银合作”').length - 1;
    expect(occurrences).toBeGreaterThanOrEqual(4);
    const h = select(XSRB, 3, '“医银合作”');
    // Insert text so that the old offset now points near the occurrence in block 2; the
    // context still says block 3.
    const moved = [...XSRB];
    moved.splice(2, 0, 'x'.repeat((XSRB[2] ?? '').length + 1));
    const r = anchor(moved, h);
    expect(r?.method).toBe('quote');
    expect(r?.startBlock).toBe(4);
    expect(r?.start).toBe((XSRB[3] ?? '').indexOf('“医银合作”'));
    // Same position, but only the suffix tells the two occurrences of block 1 apart.
    const second = B1.indexOf('“医银合作”', B1.indexOf('“医银合作”') + 1);
    const h2 = select(XSRB, 1, '“医银合作”', second);
    const shifted = [...XSRB];
    shifted[1] = `新${B1}`;
    expect(anchor(shifted, h2)).toMatchObject({ method: 'quote', startBlock: 1, start: second + 1 });
  });

  it('picks the right one of many one-character occurrences, even with an edit next to it', () => {
    const count = [...XSRB, ...ZJ].join('').split('的').length - 1;
    expect(count).toBeGreaterThan(100);
    const ARTICLE = [...XSRB, ...ZJ];
    const block = 25;
    const at = (ARTICLE[block] ?? '').indexOf('的', 100);
    expect(at).toBeGreaterThan(0);
    const h = describeSelection(ARTICLE, { startBlock: block, start: at, endBlock: block, end: at + 1 });
    const edited = ['新增一段', ...ARTICLE];
    const b = ARTICLE[block] ?? '';
    edited[block + 1] = `${b.slice(0, at)}们${b.slice(at)}`;
    // Its speed is measured by npm run bench (scripts/bench-highlights.ts: anchorAll with text edited inside highlights), not here.
    const r = anchor(edited, h);
    expect(r).toMatchObject({ method: 'quote', startBlock: block + 1, start: at + 1, end: at + 2 });
  });

  it('ranks duplicates by context even when the stored position is lost', () => {
    const blocks = ['他说：好。然后离开了。', '她说：好。然后坐下了。'];
    const h = describeSelection(blocks, { startBlock: 1, start: 3, endBlock: 1, end: 5 });
    const r = anchor(blocks, { ...h, position: { startBlock: 99, start: 0, endBlock: 99, end: 2 } });
    expect(r).toMatchObject({ method: 'quote', startBlock: 1, start: 3, end: 5 });
  });

  it('finds slightly changed text by fuzzy matching', () => {
    const h = select(XSRB, 2, '成功办理了医保异地就医备案业务');
    const edited = [...XSRB];
    edited[2] = (XSRB[2] ?? '').replace('成功办理了医保异地就医备案业务', '成功办好了医保异地就医备案手续');
    const r = anchor(edited, h);
    expect(r?.method).toBe('fuzzy');
    expect(r && textAt(edited, r)).toBe('成功办好了医保异地就医备案手续');
    // Also with the text moved, and with a character dropped and one added.
    const moved = ['前言', ...XSRB];
    moved[3] = (XSRB[2] ?? '').replace('医保异地就医备案业务', '医保异地就医的备案事务');
    const r2 = anchor(moved, h);
    expect(r2?.method).toBe('fuzzy');
    expect(r2?.startBlock).toBe(3);
    expect(r2 && textAt(moved, r2)).toBe('成功办理了医保异地就医的备案事务');
  });

  it('gives null (an orphan) when the text was removed, without throwing', () => {
    const h = select(XSRB, 2, '成功办理了医保异地就医备案业务');
    const removed = [...XSRB];
    removed[2] = (XSRB[2] ?? '').replace('在工作人员的帮助下，成功办理了医保异地就医备案业务，这也是', '');
    expect(anchor(removed, h)).toBeNull();
    expect(anchor(ZJ, h)).toBeNull();
  });

  it('does not accept a weak fuzzy match with no supporting context', () => {
    const h = select(XSRB, 2, '成功办理了医保异地就医备案业务');
    // Seven of fifteen characters differ and the surroundings are gone.
    expect(anchor(['甲乙丙丁', '成功办理了某某某某某某某业务', '戊己庚辛'], h)).toBeNull();
  });

  it('anchors highlights that span two blocks: by position, by quote and fuzzily', () => {
    const h = describeSelection(XSRB, { startBlock: 1, start: B1.length - 8, endBlock: 2, end: 10 });
    expect(h.quote.exact).toContain('\n');
    expect(anchor(XSRB, h)).toMatchObject({ method: 'position', ...h.position });

    const shifted = ['本报讯', ...XSRB];
    const r = anchor(shifted, h);
    expect(r).toMatchObject({ method: 'quote', startBlock: 2, start: B1.length - 8, endBlock: 3, end: 10 });

    const edited = [...XSRB];
    edited[1] = `${B1.slice(0, -3)}全覆盖！`;
    const r2 = anchor(edited, h);
    expect(r2?.method).toBe('fuzzy');
    expect(r2?.startBlock).toBe(1);
    expect(r2?.endBlock).toBe(2);
    expect(r2?.end).toBe(10);
  });

  it('survives empty and garbage input', () => {
    const h = select(XSRB, 1, QUOTE);
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'text',
      {},
      { quote: null },
      { quote: { exact: '' }, position: h.position },
      { quote: { exact: 7 }, position: h.position },
      { quote: { exact: QUOTE } },
      { quote: { exact: QUOTE, prefix: 5, suffix: null }, position: 'here' },
      { quote: { exact: QUOTE }, position: { startBlock: -1, start: NaN, endBlock: 1e12, end: Infinity } },
      { quote: { exact: QUOTE }, position: { startBlock: '1', start: '13', endBlock: '1', end: '26' } },
    ];
    for (const g of garbage) {
      expect(() => anchor(XSRB, g as Anchorable)).not.toThrow();
    }
    // A quote is still found from a broken position.
    expect(anchor(XSRB, garbage[10] as Anchorable)?.method).toBe('quote');
    expect(anchor(XSRB, garbage[11] as Anchorable)?.method).toBe('quote');
    expect(anchor(XSRB, garbage[9] as Anchorable)?.method).toBe('quote');
    expect(anchor(XSRB, garbage[6] as Anchorable)).toBeNull();
    expect(anchor([], h)).toBeNull();
    expect(anchor([''], h)).toBeNull();
    expect(anchor(null as unknown as string[], h)).toBeNull();
    expect(anchor([1, null, B1] as unknown as string[], h)).toMatchObject({ method: 'quote', startBlock: 2 });
    expect(anchorAll(XSRB, null as unknown as Anchorable[])).toEqual({ placed: [], orphans: [] });
    // A huge quote against a short text, and a quote of one character.
    expect(anchor(['短文'], { quote: { exact: '长'.repeat(5000), prefix: '', suffix: '' }, position: h.position })).toBeNull();
    expect(anchor(['短文'], { quote: { exact: '文', prefix: '短', suffix: '' }, position: h.position })).toMatchObject({ start: 1, end: 2 });
  });

  it('anchorAll sorts highlights into placed and orphans', () => {
    const keep = select(XSRB, 1, QUOTE);
    const gone = select(XSRB, 2, '成功办理了医保异地就医备案业务');
    const moved = select(XSRB, 3, '自助服务机');
    const changed = [...XSRB];
    changed[2] = '（本段已删除）';
    const { placed, orphans } = anchorAll(changed, [keep, gone, moved]);
    expect(placed.map((p) => p.highlight)).toEqual([keep, moved]);
    expect(placed.map((p) => p.range.method)).toEqual(['position', 'position']);
    expect(orphans).toEqual([gone]);
  });

  it('anchors a highlight made on simplified text on the simplified shadow of the traditional display', async () => {
    const convert = await loadTraditional();
    for (const [variant, blocks] of [
      ['tw', XSRB],
      ['hk', ZJ],
    ] as const) {
      const traditional = blocks.map((b) => convert(b, variant));
      expect(traditional.join('')).not.toBe(blocks.join(''));
      const shadow = traditional.map(toSimplified);
      // Highlights every 40 characters through the article, 12 to 30 characters long.
      const highlights: Anchorable[] = [];
      blocks.forEach((text, block) => {
        for (let start = 0; start + 12 <= text.length; start += 40) {
          highlights.push(describeSelection(blocks, { startBlock: block, start, endBlock: block, end: Math.min(text.length, start + 12 + (start % 19)) }));
        }
      });
      expect(highlights.length).toBeGreaterThan(50);
      const { placed, orphans } = anchorAll(shadow, highlights);
      expect(orphans).toEqual([]);
      for (const { highlight, range } of placed) {
        const found = textAt(shadow, range);
        // Simplified → traditional → simplified is not always the identity (a TW phrase such as
        // 软件 → 軟體 → 软体), so the shadow text may differ slightly; mostly it is the same.
        expect(editDistance(found, highlight.quote.exact)).toBeLessThanOrEqual(Math.floor(highlight.quote.exact.length / 4));
      }
      // The TW converter swaps vocabulary (优化 → 最佳化, 发布 → 释出), which survives the way
      // back; those highlights are found fuzzily. HK conversion is character-level: no change.
      const byPosition = placed.filter((p) => p.range.method === 'position').length / placed.length;
      expect(byPosition).toBeGreaterThan(variant === 'tw' ? 0.8 : 0.99);
    }
  });

  it('round trip: describe then anchor returns the same range; after an edit outside, the same text', () => {
    const text = fc.constantFrom(...XSRB.filter((b) => b.length > 20));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 8 }),
        (blocks, a, b, c, d, insert) => {
          const sb = a % blocks.length;
          const eb = sb + (b % (blocks.length - sb));
          const start = c % (blocks[sb] ?? '').length;
          const end = eb === sb ? start + 1 + (d % ((blocks[sb] ?? '').length - start)) : 1 + (d % (blocks[eb] ?? '').length);
          const h = describeSelection(blocks, { startBlock: sb, start, endBlock: eb, end });
          const r = anchor(blocks, h);
          expect(r?.method).toBe('position');
          expect(r && textAt(blocks, r)).toBe(h.quote.exact);
          // Insert text at the start of the first block: the quote is found again.
          const edited = [...blocks];
          edited[0] = `${insert}${blocks[0] ?? ''}`;
          const r2 = anchor(edited, h);
          expect(r2?.method === 'position' || r2?.method === 'quote').toBe(true);
          expect(r2 && textAt(edited, r2)).toBe(h.quote.exact);
        },
      ),
      { numRuns: 300 },
    );
  });
});
