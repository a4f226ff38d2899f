// Highlights on an article the paper printed again with its paragraphs cut differently: a
// paragraph split inside the highlighted words, or two paragraphs the highlight spans joined into
// one. The words are all still there, in the same order; only the block breaks moved. Short
// highlights (a word or a name of 2–3 characters, what a reader marks most) have no fuzzy step to
// fall back on, so they must be found by their words alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSelection } from '../../lib/anchor';
import type { AnchoredRange } from '../../lib/anchor';

// The 萧山日报 page's repaired blocks (tests/fixtures/corpus, a development page, not held out).
const XSRB = (JSON.parse(readFileSync(join(__dirname, '../fixtures/corpus/xsrb-page-narrow-columns.gold.json'), 'utf8')) as { blocks: { text: string }[] }).blocks.map((b) => b.text);
const B1 = XSRB[1] ?? '';

/** Where a range lies in the blocks joined with '\n' (its start and end). */
function joined(blocks: readonly string[], r: AnchoredRange | null): [number, number] | null {
  if (!r) return null;
  const start = (b: number): number => blocks.slice(0, b).reduce((n, t) => n + t.length + 1, 0);
  return [start(r.startBlock) + r.start, start(r.endBlock) + r.end];
}

/** Block 1 printed again as two paragraphs, cut `at` characters in. */
const splitAt = (at: number): string[] => [XSRB[0] ?? '', B1.slice(0, at), B1.slice(at), ...XSRB.slice(2)];

describe('highlights on a re-printed article whose paragraphs are cut differently', () => {
  it('a three-character highlight split between two new paragraphs is found, not lost', () => {
    const at = B1.indexOf('分局了');
    const h = describeSelection(XSRB, { startBlock: 1, start: at, endBlock: 1, end: at + 3 });
    const reprint = splitAt(at + 1);
    const r = anchor(reprint, h);
    // 分 ends the first new paragraph, 局了 starts the second.
    expect(r).toMatchObject({ startBlock: 1, start: at, endBlock: 2, end: 2 });
  });

  it('a two-character word split by the new cut stays where it was, not on the same word elsewhere', () => {
    // 医保 occurs many times in the article; the reader marked the one in 医保萧山分局.
    const at = B1.indexOf('医保萧山分局');
    expect(XSRB.join('\n').split('医保').length - 1).toBeGreaterThan(5);
    const h = describeSelection(XSRB, { startBlock: 1, start: at, endBlock: 1, end: at + 2 });
    const reprint = splitAt(at + 1);
    const r = anchor(reprint, h);
    expect(r).toMatchObject({ startBlock: 1, start: at, endBlock: 2, end: 1 });
    expect(joined(reprint, r)).toEqual([XSRB[0]!.length + 1 + at, XSRB[0]!.length + 1 + at + 3]);
  });

  it('a short highlight over the end of one paragraph and the start of the next is found when the re-print joins them', () => {
    // 。(end of block 1) + 农 (start of block 2): three characters with the break.
    const h = describeSelection(XSRB, { startBlock: 1, start: B1.length - 1, endBlock: 2, end: 1 });
    expect(h.quote.exact).toBe('。\n农');
    const reprint = [XSRB[0] ?? '', B1 + (XSRB[2] ?? ''), ...XSRB.slice(3)];
    expect(anchor(reprint, h)).toMatchObject({ startBlock: 1, start: B1.length - 1, endBlock: 1, end: B1.length + 1 });
  });
});
