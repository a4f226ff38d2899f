// A 简讯 or 快讯 column set one <p> per column piece: its items close with their credits in brackets glued to their last
// sentence (`……达成意向420人。（记者　X）`), and where a column ended right after an item's last sentence, the credit
// stands in a <p> of its own at the next column's top (`……比去年增加15公斤。` / `（通讯员　张建华）`). It is the item's end,
// not a byline: the page shows its column cuts (an element ending mid-sentence, the next going on unindented where the
// paragraphs are indented), and another item carries its credit glued.
import { isBracketCredit } from './classify';
import type { Line } from './columns';

/** A bracketed credit glued after a sentence's end, closing an element (`……。（记者　X　通讯员　Y）`). */
const GLUED_CREDIT = /[。！？”][（(](?:本报)?(?:首席|特约|实习|见习)?(?:记者|通讯员)[^（）()]{2,40}[)）]$/u;
/** An item's opening mark or its place in 【】 (`■日前，…`, `【柯城】10月19日，…`). */
const ITEM_MARK = /^[■□●○◆◇▲△★☆]|^【[^】]{1,8}】/u;
/** An element's last character that ends nothing: a Han character, a letter or a figure. */
const MID_SENTENCE = /[\u4e00-\u9fff0-9A-Za-z]$/u;

/** A column cut inside a paragraph: element `k` ends mid-sentence and the next element goes on unindented. */
const cutAfter = (lines: readonly Line[], k: number): boolean => {
  const a = lines[k] as Line;
  const b = lines[k + 1];
  return b !== undefined && b.gap > 0 && !b.indent && !a.bold && !b.bold && MID_SENTENCE.test(a.text.trim()) && !/^[（(【［\[■□●○▲△◆◇★☆◎]/u.test(b.text.trim());
};

/**
 * Line `i`, an element of its own in mid-text, is a bracketed credit under an element that ends a sentence with no credit,
 * the paragraph it would close (`item`) an item opening with a mark or its place in 【】,
 * on a page of indented elements that shows a column cut and another element closing with its credit glued.
 */
export function creditCutFromItem(lines: readonly Line[], i: number, item: string): boolean {
  if (!ITEM_MARK.test(item)) return false;
  const l = lines[i] as Line;
  const prev = lines[i - 1];
  if (!prev || l.gap === 0 || l.indent || i === lines.length - 1 || !prev.indent && !lines.slice(0, i).some((x) => x.indent)) return false;
  if (!isBracketCredit(l.text)) return false;
  const p = prev.text.trim();
  if (!/[。！？”]$/u.test(p) || GLUED_CREDIT.test(p)) return false;
  let glued = false;
  let cut = false;
  for (let k = 0; k < lines.length && !(glued && cut); k++) {
    if (k === i) continue;
    if (!glued && GLUED_CREDIT.test((lines[k] as Line).text.trim())) glued = true;
    if (!cut && cutAfter(lines, k)) cut = true;
  }
  return glued && cut;
}
