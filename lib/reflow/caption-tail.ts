// A photo caption printed over two print lines whose second line, holding the credit, opens with the rest of the
// sentence the first line's end cut (`修缮完工后的长虹桥，桥下不时有货船` / `驶过。记者　戚建卫　摄`; `图为书法家在天一广场为
// 市民书写春` / `联。　记者　唐　严　摄`; a credit's own word cut, `…驻足拍照。通` / `讯员　金　晨　摄`). The second line is a
// caption by its words (classify.ts isCaptionLine), so the segmenter set it apart as a caption of its own and left the
// first line as body or as a caption cut short: it is the last line of the caption above it.
import { columnWidthFor, type Line } from './columns';
import { endsInPhotoCredit } from './credit-captions';
import { lineEndsSentence } from './line-tests';

/**
 * How the rest of a cut sentence opens a print line: a word or two closed by a sentence mark (`驶过。`, `联。`), or the
 * rest of a credit's role cut after its first character (`讯员　…`, `者　…`).
 */
const CUT_REST = /^(?:[^，。！？、；：\s]{1,4}[。！？]|(?:讯员|者)\s)/u;
/** Print lines a caption runs over at most (a longer paragraph ending in a credit is a report signed by it). */
const MAX_CAPTION_LINES = 4;

/** The width most of the page's lines have (the column, where every print line is an element of its own and no run is measured). */
function commonWidth(lines: readonly Line[]): number | undefined {
  const count = new Map<number, number>();
  for (const x of lines) count.set(Math.round(x.width), (count.get(Math.round(x.width)) ?? 0) + 1);
  let best: [number, number] | undefined;
  for (const [w, n] of count) if (!best || n > best[1]) best = [w, n];
  return best && best[1] >= 3 ? best[0] : undefined;
}

/** A block so far: its kind, print lines and text. */
interface Above { kind: string; lines: readonly Line[]; text: string }

/**
 * Of the blocks `above` (the paragraph in progress, then the last caption or block), the one whose last print line is
 * the line before line `i` when line `i` is that caption's last line: line `i` follows in the same run (or each print
 * line is an element of its own), not indented,
 * and opens with the rest of a cut sentence; the line before it fills its column and ends no sentence; and the block
 * with line `i` joined on is a caption of a few print lines ending in a photo credit: a caption already, or a block
 * opened unindented where the page indents its paragraphs.
 */
export function captionTailAbove<T extends Above>(lines: readonly Line[], i: number, widths: readonly (number | undefined)[], above: readonly (T | null | undefined)[]): T | undefined {
  const l = lines[i];
  const prev = lines[i - 1];
  if (!l || !prev || l.indent || l.afterMedia || (l.gap > 0 && prev.gap === 0) || !CUT_REST.test(l.text.trim()) || lineEndsSentence(prev)) return undefined;
  const w = columnWidthFor(widths, prev, l) ?? commonWidth(lines);
  if (w === undefined || prev.width < w - 1) return undefined;
  // A block opened as a paragraph (indented, or on a page that indents none) is no caption: only a caption, or a block
  // opened unindented on a page that indents its paragraphs, may be a caption's first lines.
  const indents = lines.filter((x) => x.indent).length >= 2;
  return above.find((b): b is T => !!b && b.lines[b.lines.length - 1] === prev && b.lines.length < MAX_CAPTION_LINES &&
    (b.kind === 'caption' || (indents && !(b.lines[0] as Line).indent)) && endsInPhotoCredit(b.text + l.text.trim()));
}
