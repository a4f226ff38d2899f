// Corrections applied on top of pinyin-pro for readings it gets wrong in news text.
//
// Mechanism (a context-aware override, not pinyin-pro's customPinyin):
//   readings() first asks pinyin-pro for the whole paragraph, then scans the same text for
//   every correction's `word`. Where the word occurs and its context conditions hold, the
//   readings of exactly those characters are replaced; neighbouring characters keep
//   pinyin-pro's readings. A correction is keyed by a word plus optional context:
//     before / notBefore — regex source that must / must not match right before the word
//     after  / notAfter  — regex source that must / must not match right after the word
//     when               — a predicate for conditions a single regex states badly
//   Corrections are applied shortest word first, then in table order, so a longer or later
//   entry wins where two overlap.
//
// Why not customPinyin: it mutates pinyin-pro's global dictionary for every caller in the
// bundle, it is keyed by word only (一行 is yì xíng after a delegation's leader and yì háng in
// 一行字), and a custom word also changes pinyin-pro's segmentation of the neighbours.
//
// Every entry carries an `example` in which it must fire (tests assert the reading there) and
// optionally `keep` sentences in which it must not fire (tests assert that too).
// Readings follow the Xiandai Hanyu Cidian; 一/不 tone sandhi as pinyin-pro applies it.

import { NEWS_CORRECTIONS, type Correction } from './correction-table';
import { JARGON_CORRECTIONS, NAME_CORRECTIONS } from './names';
import { COLUMN_PATTERNS } from './column-patterns';
import { DAILY_PATTERNS } from './daily-patterns';
import { FEATURE_PATTERNS } from './feature-patterns';
import { LITERARY_PATTERNS } from './literary-patterns';
import { NEWS_PATTERNS } from './news-patterns';
import { NOTICE_PATTERNS } from './notice-patterns';
import { PAGE_PATTERNS } from './page-patterns';
import { PERSON_NAME_CORRECTIONS } from './person-names';
import { REGISTER_PATTERNS } from './register-patterns';
import { REPORT_PATTERNS } from './report-patterns';
import { SPEECH_PATTERNS } from './speech-patterns';
import { USAGE_PATTERNS } from './usage-patterns';
import { withBmpHan } from './han-class';

export type { Correction } from './correction-table';

/** Every correction, in table order: news words and patterns, everyday usage patterns, policy-register patterns, culture-page patterns, reported-speech, social, services and industry patterns, food, travel, sport and local-history patterns, court, health, weather, finance, school, farm and memoir patterns, arts, science, transport, housing, tourism, e-commerce, volunteer and family-page patterns with quoted classical lines, health, opera, Party, farm, family and police column patterns, then jargon, then names, then surnames inside full names. */
export const CORRECTIONS: readonly Correction[] = [...NEWS_CORRECTIONS, ...NEWS_PATTERNS, ...USAGE_PATTERNS, ...REGISTER_PATTERNS, ...LITERARY_PATTERNS, ...SPEECH_PATTERNS, ...FEATURE_PATTERNS, ...REPORT_PATTERNS, ...PAGE_PATTERNS, ...COLUMN_PATTERNS, ...DAILY_PATTERNS, ...NOTICE_PATTERNS, ...JARGON_CORRECTIONS, ...NAME_CORRECTIONS, ...PERSON_NAME_CORRECTIONS];

interface Compiled {
  readonly correction: Correction;
  /** The pattern's source; made a RegExp the first time its word turns up in a text (`re`). */
  readonly source: string;
  re?: RegExp;
  readonly readings: readonly string[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(c: Correction): Compiled {
  const source =
    (c.before ? `(?<=${c.before})` : '') +
    (c.notBefore ? `(?<!${c.notBefore})` : '') +
    escapeRegExp(c.word) +
    (c.after ? `(?=${c.after})` : '') +
    (c.notAfter ? `(?!${c.notAfter})` : '');
  const readings = c.pinyin.split(' ');
  if (readings.length !== Array.from(c.word).length) {
    throw new Error(`correction ${c.word}: ${readings.length} readings for ${Array.from(c.word).length} characters`);
  }
  // Made a RegExp, and compiled, only the first time its word turns up (most texts hold few of the words): \p{Script=Han}
  // spelled as ranges compiles ~50× faster (han-class.ts).
  return { correction: c, source: withBmpHan(source), readings };
}

let compiled: readonly Compiled[] | undefined;

function compiledCorrections(): readonly Compiled[] {
  if (!compiled) {
    compiled = CORRECTIONS.map(compile)
      .map((c, order) => ({ c, order }))
      .sort((a, b) => a.c.correction.word.length - b.c.correction.word.length || a.order - b.order)
      .map(({ c }) => c);
  }
  return compiled;
}

export interface CorrectionHit {
  /** UTF-16 offset of the word in the text. */
  readonly index: number;
  readonly correction: Correction;
  /** One marked reading per code point of the word. */
  readonly readings: readonly string[];
}

/** All places in `text` where a correction applies, in the order they are to be applied. */
export function findCorrections(text: string): CorrectionHit[] {
  const hits: CorrectionHit[] = [];
  for (const compiled of compiledCorrections()) {
    const { correction, readings } = compiled;
    const { word, when } = correction;
    let from = 0;
    for (;;) {
      const index = text.indexOf(word, from);
      if (index < 0) break;
      from = index + 1;
      const re = (compiled.re ??= new RegExp(compiled.source, 'uy'));
      re.lastIndex = index;
      if (!re.test(text)) continue;
      if (when && !when(text, index, index + word.length)) continue;
      hits.push({ index, correction, readings });
    }
  }
  return hits;
}
