// A photo page's last run: three pictures or more, each with one element of text under it and nothing else after them
// but a photographer's credit alone (a 摄影 feature's short texts under its pictures, indented or not, one sentence or
// two: `<p><img></p><p>　　在仓桥直街，保洁员徐美娟用长柄夹捡拾石板缝里的垃圾。</p><p><img></p><p>…</p>`, `…</p><p>记者　X　摄</p>`).
import { isPhotoCreditLine } from './classify';
import type { Line } from './columns';

/** Pictures a photo page's run holds at least. */
const MIN_PICTURES = 3;
/** Longer than this, an element under a picture is an article's paragraph, even in such a run. */
const MAX_RUN_CAPTION = 60;

/** One element of text right under a picture of its own (the text's first, or after a break), short and whole. */
const underPicture = (x: Line, k: number): boolean => x.afterMedia && (x.gap > 0 || k === 0) && Array.from(x.text.trim()).length <= MAX_RUN_CAPTION;

/**
 * The element `lines[i]`, right under a picture, is one of a photo page's last run: from the first picture's element
 * of the run to the text's end, every element is one under a picture of its own (a credit alone may close the run),
 * and there are three or more of them: each is its picture's caption, indented or not — not where an element under no
 * picture (an article's paragraph, the rest of a cut one) or a long one follows the pictures.
 */
export function inPhotoRun(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  if (!l || !underPicture(l, i)) return false;
  let start = i;
  while (start > 0 && underPicture(lines[start - 1] as Line, start - 1)) start--;
  let end = i + 1;
  while (end < lines.length && underPicture(lines[end] as Line, end)) end++;
  // After the run: nothing, or one credit alone as the text's last line.
  const after = lines[end];
  const creditLast = end === lines.length - 1 && after !== undefined && after.gap > 0 && isPhotoCreditLine(after.text);
  return end - start >= MIN_PICTURES && (end === lines.length || creditLast);
}
