// How the rules read the paragraph so far (lib/reflow/paragraph-read.ts): whole where it is short, from its lines where
// it is long, so that a paragraph of thousands of print lines is not copied at every boundary. The repair's decisions on
// long paragraphs must be those it makes on short ones. Prose written for these tests in the shape of the corpus's
// county-paper reports (tests/fixtures/corpus), print lines of 16 characters.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import type { Line } from '../../lib/reflow/columns';
import { holdsMark, openingText, READ_WHOLE, wholeText, type ParagraphLines } from '../../lib/reflow/paragraph-read';

const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}:${b.text.length}`);

/** A draft as `segment` keeps one: the lines' texts joined (Chinese lines join with nothing between). */
function draft(texts: string[]): ParagraphLines {
  return { lines: texts.map((text) => ({ text }) as Line), text: texts.join(''), depth: 0 };
}

/** Print lines of `width` characters cut from `prose` repeated, `n` of them. */
function printLines(prose: string, n: number, width = 16): string[] {
  const out: string[] = [];
  for (let i = 0, p = 0; i < n; i++) {
    let s = '';
    for (let j = 0; j < width; j++, p++) s += prose[p % prose.length];
    out.push(s);
  }
  return out;
}

const PROSE = '今年以来，区里围绕经济社会发展大局，持续推进城市有机更新和乡村全面振兴，各项工作取得明显成效，群众获得感不断增强，基层治理体系更加完善，';

describe('reading the paragraph so far', () => {
  it('reads a short paragraph whole, and a paragraph of one line however long', () => {
    const short = draft(['本报讯（记者 王 芳）', '今年以来，']);
    expect(wholeText(short)).toBe(short.text);
    const oneLine = draft(['这'.repeat(READ_WHOLE + 500)]);
    expect(wholeText(oneLine)).toBe(oneLine.text);
  });

  it('does not read a long paragraph of many lines whole, but its opening from its first lines', () => {
    const long = draft(printLines(`（一）${PROSE}`, 200));
    expect(long.text.length).toBeGreaterThan(READ_WHOLE);
    expect(wholeText(long)).toBeUndefined();
    const opening = openingText(long, undefined);
    expect(long.text.startsWith(opening)).toBe(true);
    expect(opening.length).toBeGreaterThanOrEqual(32);
    expect(opening.length).toBeLessThan(64);
  });

  it('finds a mark in a long paragraph\'s lines as a pattern finds it in its text, lines added later included', () => {
    const texts = printLines('经济发展城市建设乡村振兴社会治理', 180);
    const cur = draft(texts);
    const mark = /[，、；]/u;
    expect(holdsMark(cur, undefined, mark)).toBe(false);
    // The draft grows (the same lines array, as `segment` pushes to it): the new line is searched.
    (cur.lines as Line[]).push({ text: '生态环境，文化事业' } as Line);
    expect(holdsMark(cur, undefined, mark)).toBe(true);
    // Another pattern is searched on its own.
    expect(holdsMark(cur, undefined, /[。]/u)).toBe(false);
    // Where the text is read whole, the pattern reads it.
    expect(holdsMark(draft(['经济发展，', '城市建设']), '经济发展，城市建设', mark)).toBe(true);
    expect(holdsMark(draft(['经济发展', '城市建设']), '经济发展城市建设', mark)).toBe(false);
  });
});

describe('the repair of a paragraph longer than the rules read whole', () => {
  it('keeps prose cut by blank lines mid-clause one paragraph, long as short', () => {
    // Blank lines after every third print line, none where a sentence ends: a column cut inside one paragraph.
    const page = (n: number): string => printLines(PROSE, n).map((l, i) => (i % 3 === 2 ? `${l}\n` : l)).join('\n');
    expect(kinds(page(30))).toEqual(['body:480']);
    expect(kinds(page(600))).toEqual(['body:9600']);
  });

  it('ends a long numbered item before the next item, as it ends a short one (the item read from the opening)', () => {
    const item = (n: number): string[] => [`（一）${PROSE}`.slice(0, 16), ...printLines(PROSE, n).slice(1)];
    // The item's last line ends with its semicolon; the next item opens a paragraph.
    const text = (n: number): string => [...item(n).slice(0, -1), '基层治理体系更加完善营商环境好；', '（二）坚持系统观念，统筹推进。'].join('\n');
    const short = reflowText(text(10), { punctuation: false });
    const long = reflowText(text(300), { punctuation: false });
    expect(short.map((b) => b.text.slice(0, 3))).toEqual(['（一）', '（二）']);
    expect(long.map((b) => b.text.slice(0, 3))).toEqual(['（一）', '（二）']);
    expect(long[0]?.text.length).toBeGreaterThan(READ_WHOLE);
  });
});
