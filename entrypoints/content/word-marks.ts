// Finding the saved words in what the page displays, whatever its script: saved forms are
// simplified (and as written where they were met), while the article may be shown in Taiwan or
// Hong Kong script or printed in traditional characters. Both ways are tried: the saved forms
// converted to the displayed script (phrase conversion: 信息 → 資訊 in Taiwan script), and the
// displayed text folded back to simplified character by character (a traditional page's 醫保 → 医保).
import { createWordMatcher, type WordHit, type WordMatcher } from '../../lib/words/matcher';

/** How the displayed text is written when it is not simplified (null: simplified, nothing to convert). */
export interface DisplayScript {
  /** Identifies the script and the helpers loaded: the matcher is rebuilt when it changes. */
  key: string;
  /** Simplified → the displayed script (the converter of a tw/hk display), or null when not loaded. */
  convert: ((text: string) => string) | null;
  /** Displayed text → simplified, one code point per code point (the annotator's), or null when not loaded. */
  fold: ((text: string) => string) | null;
}

/** The saved words' matcher for one display, and how to search a displayed text with it. */
export interface MarkMatcher {
  readonly size: number;
  /** Saved words in a displayed text (offsets into it): leftmost-longest, never overlapping. */
  find(text: string): WordHit[];
}

/** How many folded block texts a matcher keeps. */
const FOLDS_KEPT = 2000;

/** Saved forms as the display writes them: converted in one call (forms are one per line). */
function converted(forms: readonly string[], convert: (text: string) => string): string[] {
  const out = convert(forms.join('\n')).split('\n');
  return out.length === forms.length ? out : forms.map(convert);
}

/** Hits of two searches of the same text merged: by start, the longer first at one place, no overlaps. */
function merge(a: WordHit[], b: WordHit[]): WordHit[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const all = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: WordHit[] = [];
  for (const h of all) if (!out.length || h.start >= (out[out.length - 1] as WordHit).end) out.push(h);
  return out;
}

/**
 * A matcher of the saved `forms` (simplified and as written) for a display: a Taiwan or Hong
 * Kong display (the converter loaded) also holds the forms converted to that script; a page
 * printed in traditional (no converter) is also searched folded to simplified (when the fold
 * keeps every offset). Either way a word saved in one script is found in the other.
 */
export function markMatcher(forms: readonly string[], script: DisplayScript | null): MarkMatcher {
  const plain: WordMatcher = createWordMatcher(script?.convert ? [...forms, ...converted(forms, script.convert)] : forms);
  // With the converter the display is the forms' own conversion: folding adds nothing but time.
  const fold = script?.convert ? null : (script?.fold ?? null);
  /** Folded block texts (folding 10,000 characters takes ~10 ms; a redraw shows the same texts again). */
  const folds = new Map<string, string>();
  return {
    size: plain.size,
    find(text) {
      const hits = plain.find(text);
      if (!fold) return hits;
      let folded = folds.get(text);
      if (folded === undefined) {
        if (folds.size >= FOLDS_KEPT) folds.clear();
        folds.set(text, (folded = fold(text)));
      }
      return folded === text || folded.length !== text.length ? hits : merge(hits, plain.find(folded));
    },
  };
}
