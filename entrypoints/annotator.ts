import { displayReadings, displayTerms } from '../lib/annotate';
import { toSimplified } from '../lib/convert/simplify';
import { isUncommon } from '../lib/pinyin';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** What the annotator script gives the content script. */
export interface Annotator {
  displayReadings: typeof displayReadings;
  displayTerms: typeof displayTerms;
  isUncommon: typeof isUncommon;
  toSimplified: typeof toSimplified;
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
  globalThis.__dubaoAnnotator ??= { displayReadings, displayTerms, isUncommon, toSimplified };
});
