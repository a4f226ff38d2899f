// How a repaired block is set beyond its kind: the lines of a poem's stanza close together with
// the stanza apart, and a signature the page sets to the right (本报编辑部 / the date under a
// 更正) to the right, unindented. Read from the source lines and the page's own markup only.
import type { Extraction } from '../../lib/extract';
import type { RepairedBlock } from '../../lib/reflow';

/** Class names of the looks (styled by style.css). */
export const LOOK = {
  /** A line of a run the page set line by line in one element (a stanza): no indent, no space below. */
  setLine: 'dubao-set-line',
  /** The last line of such a run: the paragraph's space below it. */
  setEnd: 'dubao-set-end',
  /** A short block the page aligns to the right (a signature, a date). */
  right: 'dubao-right',
} as const;

/** Lines longer than this are prose items (一是…；), kept as paragraphs, not set close as verse. */
const MAX_SET_LINE = 24;
/** A block longer than this is no signature, whatever its alignment. */
const MAX_RIGHT = 40;

/** The looks of every block, in order: the extra class names of each (see `LOOK`). */
export function blockLooks(blocks: readonly RepairedBlock[], ex: Extraction): string[][] {
  const out = blocks.map((): string[] => []);
  const single = (k: number): boolean => {
    const b = blocks[k];
    const line = b && b.lines.length === 1 ? ex.lines[b.lines[0] as number] : undefined;
    return !!b && b.kind === 'body' && !!line && !line.indent && !line.caption && !line.row && [...line.text].length <= MAX_SET_LINE;
  };
  // A run: one-line blocks where each after the first begins at a line that followed the one
  // before in the same element (no paragraph boundary, gap 0): the page broke those lines itself.
  let k = 0;
  while (k < blocks.length) {
    let e = k;
    while (single(k) && single(e + 1) && ex.lines[blocks[e + 1]?.lines[0] as number]?.gap === 0 && blocks[e + 1]?.lines[0] === (blocks[e]?.lines[0] as number) + 1) e++;
    if (e > k) {
      for (let j = k; j <= e; j++) out[j]?.push(LOOK.setLine);
      out[e]?.push(LOOK.setEnd);
    }
    k = e + 1;
  }
  // The body's own alignment (its first line's element), asked once and only when a short block is set right.
  let bodyAlign: string | undefined;
  const bodyIsRight = (): boolean => {
    if (bodyAlign === undefined) {
      const body = ex.pieces[0]?.[0]?.node.parentElement ?? null;
      bodyAlign = body ? alignOf(body, null) || computedAlign(body) : '';
    }
    return bodyAlign === 'right' || bodyAlign === 'end';
  };
  blocks.forEach((b, i) => {
    if ((b.kind === 'body' || b.kind === 'byline') && [...b.text].length <= MAX_RIGHT && b.lines.length > 0 && b.lines.every((l) => setRight(ex, l, bodyIsRight))) out[i]?.push(LOOK.right);
  });
  return out;
}

/** Alignment set by an element's own markup: `align="right"` or an inline `text-align`. */
function ownAlign(el: Element): string {
  const m = /text-align\s*:\s*([a-z-]+)/iu.exec(el.getAttribute('style') ?? '');
  return (m?.[1] ?? el.getAttribute('align') ?? '').toLowerCase();
}

/** The alignment an element takes: its own, or the nearest ancestor's that sets one. */
function alignOf(el: Element | null, stop: Element | null): string {
  for (let e = el; e && e !== stop; e = e.parentElement) {
    const a = ownAlign(e);
    if (a) return a;
  }
  return '';
}

/**
 * True when source line `l` is set to the right by its element while the body around it is not
 * (`bodyIsRight`: a whole article set right is left alone).
 */
function setRight(ex: Extraction, l: number, bodyIsRight: () => boolean): boolean {
  const first = ex.pieces[l]?.[0]?.node.parentElement ?? null;
  if (!first) return false;
  const a = alignOf(first, null) || computedAlign(first);
  return (a === 'right' || a === 'end') && !bodyIsRight();
}

/** The computed alignment where the browser gives one (page style sheets), '' otherwise. */
function computedAlign(el: Element): string {
  try {
    const view = el.ownerDocument.defaultView;
    const a = view?.getComputedStyle?.(el).textAlign ?? '';
    return a === 'start' || a === 'left' || a === 'right' || a === 'end' || a === 'center' || a === 'justify' ? (a === 'start' ? '' : a) : '';
  } catch {
    return '';
  }
}
