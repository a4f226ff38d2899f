// Silver training examples for the polyphone model (issue 15, trial (c)): the CPP sentences'
// other, unlabelled polyphonic characters, read where two independent sources agree — the
// CC-CEDICT word of two or more characters covering the character and pinyin-pro's reading in
// context. Cross-validation adds a sentence's silver examples only when the sentence itself is in
// the training folds (scripts/train-polyphones.ts, --compare).

import { aloneReading, engineReadings, numberedReading } from '../../lib/pinyin/readings';
import { contextFeatures, wordEvidence, type WordTable } from '../../lib/pinyin/polyphone-features';
import { ENGINE_TRUSTED } from '../../lib/pinyin/polyphone-model';
import type { CppSentence, Example } from './polyphone-training';

/**
 * For each sentence (same order as `sentences`), its silver examples: every position other than
 * the labelled one whose character `keep` accepts (and that is not ENGINE_TRUSTED), where the
 * longest CC-CEDICT word covering it has two or more characters and gives the same reading as
 * pinyin-pro in context. Label: that reading; features: as the reader computes them.
 */
/** A silver example and the position of its character in the sentence. */
export type SilverExample = Example & { readonly at: number };

export function silverExamples(sentences: readonly CppSentence[], table: WordTable, keep: (ch: string) => boolean): SilverExample[][] {
  return sentences.map((s) => {
    const out: SilverExample[] = [];
    let engine: string[] | undefined;
    s.cps.forEach((ch, i) => {
      if (i === s.index || !keep(ch) || ENGINE_TRUSTED.has(ch) || !table.has(ch)) return;
      engine ??= engineReadings(s.cps.join(''), s.cps).map(numberedReading);
      const e = engine[i] ?? '';
      if (!e) return;
      const ev = wordEvidence(s.cps, i, table, aloneReading(ch), e);
      if (!ev.word || ev.longest !== e) return;
      out.push({ ch, label: e, engine: e, dubao: e, ctx: contextFeatures(s.cps, i, e, ev), ev, at: i });
    });
    return out;
  });
}
