// Highlights on the page: block offsets ⇄ DOM ranges in the repaired view and in the original
// view, drawn with the CSS Custom Highlight API (no element is added to the page's text).
import type { Extraction } from '../../lib/extract';
import type { HighlightColor } from '../../lib/highlights/types';
import type { RepairedBlock } from '../../lib/reflow';
import type { BlockRange } from '../../lib/anchor';

/** A DOM position. */
interface Point {
  node: Text;
  offset: number;
}

/** Text nodes of a rendered block that hold displayed characters (readings excluded). */
function blockTextNodes(blockEl: Element): Text[] {
  const out: Text[] = [];
  const walker = blockEl.ownerDocument.createTreeWalker(blockEl, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('rt')) out.push(n as Text);
  }
  return out;
}

/**
 * The DOM position of a displayed-text offset in a rendered block. Where the offset falls between
 * two text nodes, a range's end stays at the end of the first and its start goes to the start of
 * the next: a start left at the end of a word's base text (会议|要求 under pinyin) put the word's
 * reading, drawn after its base, inside the range, and a highlight painted that reading too.
 */
function repairedPoint(blockEl: Element, offset: number, isStart = false): Point | null {
  let at = 0;
  const nodes = blockTextNodes(blockEl);
  for (const t of nodes) {
    if (offset < at + t.data.length || (!isStart && offset === at + t.data.length)) return { node: t, offset: Math.max(0, offset - at) };
    at += t.data.length;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}

/** The displayed-text offset in its block of a DOM position, or null outside the article. */
export function offsetInRepaired(node: Node, offset: number): { block: number; offset: number } | null {
  const el = node.nodeType === 3 ? node.parentElement : (node as Element);
  const blockEl = el?.closest('[data-dubao-block]');
  if (!blockEl) return null;
  const r = blockEl.ownerDocument.createRange();
  r.setStart(blockEl, 0);
  r.setEnd(node, offset);
  const frag = r.cloneContents();
  frag.querySelectorAll('rt').forEach((x) => x.remove());
  return { block: Number((blockEl as HTMLElement).dataset.dubaoBlock), offset: (frag.textContent ?? '').length };
}

/** The block range a DOM Range covers in the repaired view, or null when an end is outside the article or it is empty. */
export function blockRangeOf(r: Range): BlockRange | null {
  const a = offsetInRepaired(r.startContainer, r.startOffset);
  const b = offsetInRepaired(r.endContainer, r.endOffset);
  if (!a || !b || (a.block === b.block && a.offset === b.offset)) return null;
  return { startBlock: a.block, start: a.offset, endBlock: b.block, end: b.offset };
}

/** A DOM Range for a block range in the repaired view; `blockAt` gives a block's element. */
export function repairedRange(blockAt: (i: number) => Element | undefined, r: BlockRange): Range | null {
  const a = blockAt(r.startBlock);
  const b = blockAt(r.endBlock);
  if (!a?.isConnected || !b?.isConnected) return null;
  const s = repairedPoint(a, r.start, true);
  const e = repairedPoint(b, r.end);
  if (!s || !e) return null;
  const range = a.ownerDocument.createRange();
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  return range;
}

/** The original DOM position of a repaired-text offset (through the extraction's pieces). */
function originalPoint(blocks: readonly RepairedBlock[], ex: Extraction, block: number, offset: number, isEnd: boolean): Point | null {
  const b = blocks[block];
  if (!b) return null;
  const starts = [0, ...b.joins];
  let k = b.lines.length - 1;
  // An end that falls where a print line starts belongs to the end of the line before it.
  while (k > 0 && ((starts[k] ?? 0) > offset || (isEnd && (starts[k] ?? 0) === offset))) k--;
  const line = b.lines[k] ?? 0;
  const inLine = offset - (starts[k] ?? 0);
  const pieces = ex.pieces[line] ?? [];
  for (const p of pieces) {
    const len = p.nodeEnd - p.nodeStart;
    if (inLine <= p.lineStart + len) return { node: p.node, offset: p.nodeStart + Math.max(0, Math.min(len, inLine - p.lineStart)) };
  }
  const last = pieces[pieces.length - 1];
  return last ? { node: last.node, offset: last.nodeEnd } : null;
}

/** A DOM Range for a block range in the original view. */
export function originalRange(doc: Document, blocks: readonly RepairedBlock[], ex: Extraction, r: BlockRange): Range | null {
  const s = originalPoint(blocks, ex, r.startBlock, r.start, false);
  const e = originalPoint(blocks, ex, r.endBlock, r.end, true);
  if (!s || !e) return null;
  const range = doc.createRange();
  try {
    range.setStart(s.node, s.offset);
    range.setEnd(e.node, e.offset);
  } catch {
    return null;
  }
  return range;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

/**
 * What a highlight over `range` paints under pinyin: the characters it covers and the reading
 * syllables of those characters only. A word's readings are one `<rt>` after its base text (one
 * span per character, render.ts wordRuby), so the range itself held the whole reading of a word
 * it starts inside (全 of 安全 painted ān too) and none of the word it ends in or at. Without
 * ruby in the range, the range itself.
 */
export function paintedParts(range: Range): Range[] {
  const doc = range.startContainer.ownerDocument;
  const common = range.commonAncestorContainer;
  const scope = common.nodeType === 1 ? (common as Element) : common.parentElement;
  const ruby = scope?.closest('ruby');
  const rubies = ruby ? [ruby] : Array.from(scope?.querySelectorAll('ruby') ?? []).filter((r) => range.intersectsNode(r));
  if (!doc || rubies.length === 0) return [range];
  const parts: Range[] = [];
  let from = range.cloneRange();
  for (const r of rubies) {
    const rt = r.querySelector('rt');
    if (rt && range.intersectsNode(rt)) {
      // The text before this reading, then on after it.
      from.setEndBefore(rt);
      if (!from.collapsed) parts.push(from);
      from = range.cloneRange();
      from.setStartAfter(rt);
    }
    const base = r.firstChild;
    if (!rt || base?.nodeType !== 3) continue;
    const text = (base as Text).data;
    let k = 0;
    for (let i = 0; i < text.length; k++) {
      const next = i + ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);
      const syllable = rt.children[k];
      if (syllable && range.comparePoint(base, i) === 0 && range.comparePoint(base, next) === 0) {
        const part = doc.createRange();
        part.selectNodeContents(syllable);
        parts.push(part);
      }
      i = next;
    }
  }
  if (!from.collapsed) parts.push(from);
  return parts;
}

/** Draws ranges by colour with the CSS Custom Highlight API; returns false where it is missing. */
export function drawHighlights(doc: Document, byColor: ReadonlyMap<HighlightColor, Range[]>): boolean {
  const view = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: HighlightRegistry } }) | null;
  const registry = view?.CSS?.highlights;
  const Ctor = view?.Highlight;
  if (!registry || !Ctor) return false;
  for (const color of ['yellow', 'green', 'blue', 'pink'] as const) {
    const ranges = byColor.get(color) ?? [];
    if (ranges.length) registry.set(`dubao-${color}`, new Ctor(...ranges.flatMap(paintedParts)));
    else registry.delete(`dubao-${color}`);
  }
  return true;
}

/** The part of range `r` from the start of element `first` to the end of `last` (null when none, or they are gone). */
export function partBetween(doc: Document, r: Range, first: Element | undefined, last: Element | undefined): Range | null {
  if (!first?.isConnected || !last?.isConnected) return null;
  const area = doc.createRange();
  area.setStart(first, 0);
  area.setEnd(last, last.childNodes.length);
  const part = r.cloneRange();
  if (part.compareBoundaryPoints(Range.START_TO_START, area) < 0) part.setStart(first, 0);
  if (part.compareBoundaryPoints(Range.END_TO_END, area) > 0) part.setEnd(last, last.childNodes.length);
  return part.collapsed ? null : part;
}

/** The article range of the document's selection over the article in `root` (blocks `blockEls`), or null. */
export function articleSelection(doc: Document, root: Element, blockEls: readonly HTMLElement[]): BlockRange | null {
  const sel = doc.getSelection?.();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (root.contains(r.commonAncestorContainer)) return blockRangeOf(r);
  // A drag that overshoots the article (from the headline, or past the last paragraph) stands
  // for the part of it in the article.
  if (!r.intersectsNode(root)) return null;
  const part = partBetween(doc, r, blockEls[0], blockEls[blockEls.length - 1]);
  return part ? blockRangeOf(part) : null;
}

/** Selects block range `r` of the repaired article. */
export function selectArticleRange(doc: Document, blockAt: (i: number) => Element | undefined, r: BlockRange): void {
  const range = repairedRange(blockAt, r);
  const sel = doc.getSelection?.();
  if (!range || !sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}
