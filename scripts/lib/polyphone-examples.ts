// Extra training examples for the polyphone model: CC-CEDICT's words and the project's fitted
// news set. Used by scripts/train-polyphones.ts and tests/unit/pinyin-polyphones-cv.test.ts.

import { aloneReading, engineReadings, numberedReading } from '../../lib/pinyin/readings';
import { contextFeatures, wordEvidence, type WordTable } from '../../lib/pinyin/polyphone-features';
import type { Example } from './polyphone-training';

/** How many of a character's dictionary words must share a neighbour for it to become a feature. */
export const MIN_SHARED = 2;

/**
 * Extra training examples from the dictionary itself: each word of `words` read at each
 * position of a character in `chars`, labelled with CC-CEDICT's reading. The word is seen without
 * a sentence around it (features that would look past its ends are left out) and without
 * dictionary evidence (the evidence would be the label). These teach each character which
 * neighbours go with which reading beyond the few CPP sentences it has.
 */
export function dictionaryExamples(words: ReadonlyMap<string, readonly string[]>, chars: ReadonlySet<string>): Example[] {
  const out: Example[] = [];
  for (const [w, row] of words) {
    const cps = Array.from(w);
    let engine: string[] | undefined;
    row.forEach((label, i) => {
      const ch = cps[i] ?? '';
      if (!label || !chars.has(ch)) return;
      engine ??= engineReadings(w, cps).map(numberedReading);
      const e = engine[i] ?? '';
      const ev = { longest: '', word: '', all: [], prior: [], alone: aloneReading(ch) };
      const ctx = contextFeatures(cps, i, e, ev).filter((f) => !f.includes('#') && /^[lr]:/u.test(f));
      out.push({ ch, label, engine: e, dubao: e, ctx, ev, dict: true });
    });
  }
  // A neighbour seen in a single word of the character says nothing beyond that word (which the
  // word table already has): keep only neighbours shared by two or more of its words.
  const seen = new Map<string, number>();
  for (const e of out) for (const f of e.ctx) seen.set(`${e.ch}\u0000${f}`, (seen.get(`${e.ch}\u0000${f}`) ?? 0) + 1);
  return out
    .map((e) => ({ ...e, ctx: e.ctx.filter((f) => (seen.get(`${e.ch}\u0000${f}`) ?? 0) >= MIN_SHARED) }))
    .filter((e) => e.ctx.length > 0);
}

/** An item of the project's news polyphone sets (tests/fixtures/polyphones*.json). */
export interface NewsItem { readonly text: string; readonly word: string; readonly index: number; readonly pinyin: string }

/**
 * Training examples from news sentences labelled word by word (the project's fitted set): one per
 * character of the labelled word that `keep` accepts, label from the item's tone-marked pinyin.
 */
export function newsExamples(items: readonly NewsItem[], table: WordTable, keep: (ch: string) => boolean): Example[] {
  const out: Example[] = [];
  for (const item of items) {
    const cps = Array.from(item.text);
    const start = Array.from(item.text.slice(0, item.index)).length;
    const engine = engineReadings(item.text, cps).map(numberedReading);
    const labels = item.pinyin.split(' ');
    Array.from(item.word).forEach((ch, k) => {
      const i = start + k;
      const label = numberedReading(labels[k] ?? '');
      if (!keep(ch) || !label || cps[i] !== ch) return;
      const e = engine[i] ?? '';
      const ev = wordEvidence(cps, i, table, aloneReading(ch), e);
      out.push({ ch, label, engine: e, dubao: e, ctx: contextFeatures(cps, i, e, ev), ev });
    });
  }
  return out;
}

