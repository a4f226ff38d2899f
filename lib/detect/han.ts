// Counting Chinese characters, the measure of text the detector weighs pages by.

/** Han characters of a text (the CJK Unified Ideographs block). */
export function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}
