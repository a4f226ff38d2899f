// Which word a character belongs to: reverse maximum matching with the dictionary over the
// clause that holds it (right to left, longest word first), which segments Chinese more
// reliably than left to right (记者|从|医保, not 记者|从医|保).
import type { Dictionary } from './index';

const CLAUSE_END = /[。！？；，、：“”‘’（）《》「」\s,.;:!?()]/u;
/** How far a clause boundary is looked for on either side. */
const REACH = 40;
const MAX_WORD = 12;

/** The word around UTF-16 `offset` of `text`, as `{start, end}` (end exclusive), or null. */
export function wordAt(dict: Dictionary, text: string, offset: number): { start: number; end: number } | null {
  if (offset < 0 || offset >= text.length) return null;
  let start = offset;
  while (start > 0 && offset - start < REACH && !CLAUSE_END.test(text[start - 1] as string)) start--;
  let end = offset + 1;
  while (end < text.length && end - offset < REACH && !CLAUSE_END.test(text[end] as string)) end++;
  let e = end;
  while (e > start) {
    let len = 1;
    for (let l = Math.min(MAX_WORD, e - start); l >= 2; l--) {
      if (dict.has(text.slice(e - l, e))) {
        len = l;
        break;
      }
    }
    const s = e - len;
    if (offset >= s && offset < e) return { start: s, end: e };
    e = s;
  }
  return { start: offset, end: offset + 1 };
}
