// Pinyin and glossary terms for displayed block text, whatever its script: both run on a
// simplified shadow of the text and are mapped back to the displayed characters.
import { codePointIndex } from './codepoints';
import { simplifiedShadow } from './convert';
import type { TermMatch } from './glossary/types';
import { readings, type ToneStyle } from './pinyin';

/** A matcher over glossary forms (lib/glossary/matcher). */
export interface TermMatcherLike {
  match(text: string): TermMatch[];
}

/**
 * One reading per code point of `display` (`Array.from(display)`): the pinyin of a Han
 * character read in context, or '' for anything else. Traditional text is read through its
 * simplified shadow.
 */
export function displayReadings(display: string, tone: ToneStyle = 'mark'): string[] {
  const shadow = simplifiedShadow(display);
  if (shadow.text === display) return readings(display, { tone });
  const shadowReadings = readings(shadow.text, { tone });
  const cpAt = codePointIndex(shadow.text);
  const out: string[] = [];
  let offset = 0;
  for (const ch of display) {
    const s = shadow.toShadow(offset);
    const r = shadowReadings[cpAt[s] ?? -1] ?? '';
    out.push(/\p{Script=Han}/u.test(ch) ? r : '');
    offset += ch.length;
  }
  return out;
}

/** Glossary terms in displayed text, with offsets into the displayed text. */
export function displayTerms(display: string, matcher: TermMatcherLike): TermMatch[] {
  const shadow = simplifiedShadow(display);
  const found = matcher.match(shadow.text);
  if (shadow.text === display) return found;
  return found.map((m) => ({ ...m, start: shadow.toDisplay(m.start), end: shadow.toDisplay(m.end) }));
}

