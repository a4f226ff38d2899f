// UTF-16 offsets and code points: the DOM counts the one, Array.from(text) the other.

/** Code point index for every UTF-16 offset of `text` (length + 1 entries). */
export function codePointIndex(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff)) cp++;
  }
  out[text.length] = cp;
  return out;
}
