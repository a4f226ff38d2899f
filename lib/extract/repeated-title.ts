// The headline printed again as the body's first element, as pages pasted from the typesetting file carry it
// (`<p align="center"><strong>标题</strong></p>` first in `founder-content`, the same words in the page's <h1> above).
import type { Extraction } from './index';

/** Longest line read as a repeated headline. */
const MAX_TITLE = 40;
/** A sentence's marks: a headline ends in none of them (a lead that opens with the headline's words goes on). */
const SENTENCE_MARK = /[。！？；：，!?;:,]$/u;

const flat = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000\u00a0]+/gu, '');
const hanCount = (s: string): number => (s.match(/[\u3400-\u9fff]/gu) ?? []).length;

/** Whether some element before `body` in the document (not holding it) has exactly `text` as its text. */
function shownBefore(body: Element, text: string): boolean {
  for (let at: Element | null = body; at && at.tagName !== 'BODY'; at = at.parentElement) {
    for (let sib = at.previousElementSibling; sib; sib = sib.previousElementSibling) {
      // Flattened once per sibling; a descendant whose raw text is shorter than the words cannot be them.
      const whole = flat(sib.textContent);
      if (!whole.includes(text)) continue;
      if (whole === text) return true;
      for (const el of Array.from(sib.querySelectorAll('*'))) {
        const raw = el.textContent ?? '';
        if (raw.length >= text.length && flat(raw) === text) return true;
      }
    }
  }
  return false;
}

/**
 * The extraction without its first line when that line is an element of its own set in bold, four Han characters or more
 * and no sentence's mark at its end, and an element before the body shows the same words (the page's headline): the
 * headline repeated, which the reader sees above the text already. Anything else is left as it is.
 */
export function withoutRepeatedTitle(body: Element, ex: Extraction): Extraction {
  const first = ex.lines[0];
  if (!first || first.bold !== true || ex.lines.length < 2) return ex;
  const t = flat(first.text);
  if (t.length > MAX_TITLE || hanCount(t) < 4 || SENTENCE_MARK.test(t) || !shownBefore(body, t)) return ex;
  const [, ...lines] = ex.lines;
  const second = lines[0];
  if (second) lines[0] = { ...second, gap: 0 };
  return {
    ...ex,
    lines,
    pieces: ex.pieces.slice(1),
    media: ex.media.map((m) => ({ ...m, afterLine: Math.max(-1, m.afterLine - 1) })),
  };
}
