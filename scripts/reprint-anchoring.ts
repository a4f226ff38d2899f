// How highlights fare on an article printed again with its paragraphs cut differently: for
// highlights of 2, 3, 4 and 6 characters (one every 11 characters of every block), the block is
// split into two paragraphs inside the highlight; for 2–6 characters across the end of one
// block and the start of the next, the two blocks are joined. Each highlight is anchored on the
// changed article and counted as right (its own characters, where they are now), elsewhere (the
// same words somewhere else) or lost (not found). A control inserts a note before the article.
//
//   node --import tsx scripts/reprint-anchoring.ts
//
// Texts: the 萧山日报 page the anchoring tests use (xsrb), the 浙江日报 page (zj) and the
// development sentences of the line-wrap repair grouped four to a paragraph (dev): tests/fixtures/corpus,
// none of them held out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchor, describe } from '../lib/anchor';
import type { BlockRange } from '../lib/anchor';

const CORPUS = new URL('../tests/fixtures/corpus/', import.meta.url).pathname;
const gold = (file: string): string[] =>
  (JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as { blocks: { text: string }[] }).blocks.map((b) => b.text);
const sentences = readFileSync(join(CORPUS, 'dev/sentences.txt'), 'utf8').split('\n').map((s) => s.trim()).filter((s) => s.length > 5 && !s.startsWith('#'));
const dev: string[] = [];
for (let i = 0; i < sentences.length; i += 4) dev.push(sentences.slice(i, i + 4).join(''));

/** A range as [start, end) in the blocks joined with '\n'. */
function joined(blocks: readonly string[], r: BlockRange | null): string {
  if (!r) return 'lost';
  const at = (b: number): number => blocks.slice(0, b).reduce((n, t) => n + t.length + 1, 0);
  return `${at(r.startBlock) + r.start}-${at(r.endBlock) + r.end}`;
}

type Tally = { right: number; elsewhere: number; lost: number };
const tally = (): Tally => ({ right: 0, elsewhere: 0, lost: 0 });
function count(t: Tally, got: string, want: string): void {
  if (got === 'lost') t.lost++;
  else if (got === want) t.right++;
  else t.elsewhere++;
}

function measure(blocks: string[]): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  for (const len of [2, 3, 4, 6]) {
    const t = (out[`split inside ${len}`] = tally());
    blocks.forEach((text, b) => {
      for (let s = 0; s + len <= text.length; s += 11) {
        const h = describe(blocks, { startBlock: b, start: s, endBlock: b, end: s + len });
        const cut = s + Math.floor(len / 2);
        const reprint = [...blocks.slice(0, b), text.slice(0, cut), text.slice(cut), ...blocks.slice(b + 1)];
        count(t, joined(reprint, anchor(reprint, h)), joined(reprint, { startBlock: b, start: s, endBlock: b + 1, end: s + len - cut }));
      }
    });
  }
  for (const [l, r] of [[1, 1], [1, 2], [2, 2], [3, 3]] as const) {
    const t = (out[`join across ${l}+${r}`] = tally());
    for (let b = 0; b + 1 < blocks.length; b++) {
      const [a, c] = [blocks[b] ?? '', blocks[b + 1] ?? ''];
      if (a.length < l || c.length < r) continue;
      const h = describe(blocks, { startBlock: b, start: a.length - l, endBlock: b + 1, end: r });
      const reprint = [...blocks.slice(0, b), a + c, ...blocks.slice(b + 2)];
      count(t, joined(reprint, anchor(reprint, h)), joined(reprint, { startBlock: b, start: a.length - l, endBlock: b, end: a.length + r }));
    }
  }
  const t = (out['control: note before, 3'] = tally());
  blocks.forEach((text, b) => {
    for (let s = 0; s + 3 <= text.length; s += 13) {
      const h = describe(blocks, { startBlock: b, start: s, endBlock: b, end: s + 3 });
      const reprint = ['编者按：本文有更新。', ...blocks];
      count(t, joined(reprint, anchor(reprint, h)), joined(reprint, { startBlock: b + 1, start: s, endBlock: b + 1, end: s + 3 }));
    }
  });
  return out;
}

for (const [name, blocks] of [['xsrb', gold('xsrb-page-narrow-columns.gold.json')], ['zj', gold('zj-page-column-breaks.gold.json')], ['dev', dev]] as const) {
  for (const [what, t] of Object.entries(measure(blocks))) {
    const n = t.right + t.elsewhere + t.lost;
    console.log(`${name.padEnd(5)} ${what.padEnd(24)} right ${t.right}/${n}  elsewhere ${t.elsewhere}  lost ${t.lost}`);
  }
}
