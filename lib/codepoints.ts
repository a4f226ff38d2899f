// UTF-16 offsets and code points: the DOM counts the one, Array.from(text) the other. A
// surrogate pair is one code point; a lone surrogate is one code point of its own (as
// Array.from and for…of count it).

/** UTF-16 length of the code point at offset `i` of `text`: 2 for a surrogate pair, else 1. */
export function codePointLength(text: string, i: number): 1 | 2 {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Code point index for every UTF-16 offset of `text` (length + 1 entries; both halves of a pair share one). */
export function codePointIndex(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; cp++) {
    const len = codePointLength(text, i);
    out[i] = cp;
    if (len === 2) out[i + 1] = cp;
    i += len;
  }
  out[text.length] = cp;
  return out;
}
