// Optional punctuation repair: half-width punctuation set inside Chinese text becomes full-width.

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF = /[,:;?!()]/gu;

/** Han, CJK punctuation or full-width forms, by UTF-16 code unit (surrogates count as Han). */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f) ||
    (c >= 0xdc00 && c <= 0xdfff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 ||
    c === 0x00b7 || c === 0x300a || c === 0x300b
  );
}
const isHanCode = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xdfff);
const isWordCode = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Turns half-width `, : ; ? ! ( )` into full-width where they sit in Chinese text. Numbers,
 * times, URLs and Latin text (`1.7亿元`, `36-38℃`, `5:30`, `in:pak`, `(CPI)`) are left alone.
 * Length-preserving: every character keeps its offset.
 */
export function repairPunctuation(text: string): string {
  HALF.lastIndex = 0;
  if (!HALF.test(text)) return text;
  const out = new Map<number, string>();
  // Every half-width mark's offset, in order (what may be replaced), and the marks other than brackets.
  const all: number[] = [];
  const matches: number[] = [];
  const open: number[] = [];
  HALF.lastIndex = 0;
  // Brackets first: whether a pair is Chinese decides what stands next to the other marks.
  for (let m = HALF.exec(text); m; m = HALF.exec(text)) {
    const i = m.index;
    all.push(i);
    if (m[0] === '(') open.push(i);
    else if (m[0] === ')') {
      const start = open.pop();
      if (start !== undefined && bracketsChinese(text, start, i)) {
        out.set(start, '（');
        out.set(i, '）');
      }
    } else matches.push(i);
  }
  const code = (k: number): number => {
    if (k < 0 || k >= text.length) return -1;
    const r = out.get(k);
    return r === undefined ? text.charCodeAt(k) : r.charCodeAt(0);
  };
  for (const i of matches) {
    const c = text[i] as string;
    const prev = code(i - 1);
    const next = code(i + 1);
    if (isWordCode(prev) && isWordCode(next)) continue; // 5:30, 1,000, in:pak
    const nextOk = next === -1 || next === 0x20 || isCjkCode(next) || isWordCode(next) || (text[i + 1] as string) in FULL;
    const digitBefore = (prev >= 0x30 && prev <= 0x39) || prev === 0x25 || prev === 0xff05;
    if ((isCjkCode(prev) && nextOk) || (isCjkCode(next) && digitBefore)) out.set(i, FULL[c] as string);
  }
  if (out.size === 0) return text;
  let result = '';
  let from = 0;
  for (const i of all) {
    const r = out.get(i);
    if (r === undefined) continue;
    result += text.slice(from, i) + r;
    from = i + 1;
  }
  return result + text.slice(from);
}

/** Brackets whose content is Chinese (and not Latin), or that follow Chinese text. */
function bracketsChinese(text: string, start: number, end: number): boolean {
  let han = false;
  let latin = false;
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    han ||= isHanCode(c);
    latin ||= isLatinCode(c);
  }
  return han && (!latin || (start > 0 && isCjkCode(text.charCodeAt(start - 1))));
}
