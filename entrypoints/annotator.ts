import '../lib/annotator-arrival';
import { displayReadings, displayTerms } from '../lib/annotate';
import { toSimplified } from '../lib/convert/simplify';
import { isUncommon, numberedReading } from '../lib/pinyin';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** What the annotator script gives the content script. */
export interface Annotator {
  displayReadings: typeof displayReadings;
  displayTerms: typeof displayTerms;
  isUncommon: typeof isUncommon;
  toSimplified: typeof toSimplified;
  numbered: typeof numberedReading;
}

declare global {
   
  var __dubaoAnnotator: Annotator | undefined;
}

/**
 * Pinyin (pinyin-pro and its correction table), the character-frequency table and the
 * traditional → simplified tables: injected into a tab's content-script world only when the
 * reader turns pinyin or a script conversion on, so the content script's default path stays small.
 */
export default defineUnlistedScript(() => {
  if (globalThis.__dubaoAnnotator) return;
  // The script has reached the page, been compiled and run its modules' set-up: from here on,
  // pinyin-pro's first use (dubao:annotator-warm, printed by tests/e2e/pinyin-speed.e2e.ts).
  const t0 = performance.now();
  // pinyin-pro builds its dictionaries on first use (~150 ms): do it while loading, not while drawing.
  displayReadings('银行一行重点长期调研供给便民处理种植只需还将和谐', 'mark');
  isUncommon('嬗');
  performance.measure('dubao:annotator-warm', { start: t0, end: performance.now() });
  globalThis.__dubaoAnnotator = { displayReadings, displayTerms, isUncommon, toSimplified, numbered: numberedReading };
});
