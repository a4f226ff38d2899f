// The headline printed again as the body's first element, as pages pasted from the typesetting file carry it
// (`<p align="center"><strong>标题</strong></p>` first in `founder-content`, the same words in the page's <h1> above);
// and the title block a template prints at the head of the container that holds the pictures before the body
// (`div.article`: h3 引题, h1, h2, the picture table, `div#ozoom`), which the reader sees above the text already.
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
    lines,
    pieces: ex.pieces.slice(1),
    media: ex.media.map((m) => ({ ...m, afterLine: Math.max(-1, m.afterLine - 1) })),
  };
}

/** Most elements of a title block (引题, title, subtitle, a title table). */
const MAX_TITLE_PARTS = 4;
/** A sentence's end: no part of a title block holds one. */
const SENTENCE_END = /[。！？!?]/u;

/** An element of a title block: no picture, and no text or a headline's (a sentence's end nowhere in it). */
function isTitlePart(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE') return true;
  if (el.querySelector('img')) return false;
  const t = flat(el.textContent);
  return t.length <= MAX_TITLE && !SENTENCE_END.test(t);
}

/**
 * The elements standing before `pictures` in its parent when each is a part of a title block (at most four; none is
 * an empty list); null where anything else stands there.
 */
export function titleBlockBefore(pictures: Element): Element[] | null {
  const parts: Element[] = [];
  for (let el = pictures.previousElementSibling; el; el = el.previousElementSibling) {
    if (parts.length >= MAX_TITLE_PARTS || !isTitlePart(el)) return null;
    parts.unshift(el);
  }
  return parts;
}

/**
 * The extraction without its first lines where `body` holds a title block, then the pictures (an element with a
 * picture), then the body's own container, and those lines come from the title block alone (the container
 * `withLeadingCaptions` takes for a caption printed between the title and the text). Anything else is left as it is.
 */
export function withoutTitleBlock(body: Element, ex: Extraction): Extraction {
  const kids = body.children;
  if (kids.length < 3) return ex;
  const pictures = kids[kids.length - 2];
  if (!pictures || !pictures.querySelector('img')) return ex;
  const parts = titleBlockBefore(pictures);
  if (!parts || parts.length === 0) return ex;
  let n = 0;
  while (n < ex.lines.length && (ex.pieces[n]?.length ?? 0) > 0 && (ex.pieces[n] ?? []).every((p) => parts.some((el) => el.contains(p.node)))) n++;
  if (n === 0 || n === ex.lines.length) return ex;
  const lines = ex.lines.slice(n);
  const first = lines[0];
  if (first) lines[0] = { ...first, gap: 0 };
  return {
    lines,
    pieces: ex.pieces.slice(n),
    media: ex.media.map((m) => ({ ...m, afterLine: Math.max(-1, m.afterLine - n) })),
  };
}
