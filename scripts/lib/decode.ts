// Reading page files for the CLI: charset sniffing from the markup, decoding.

/** A readable input that is not text (or not decodable) ends in this error. */
export class InputError extends Error {}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/** True when the bytes look like HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/iu.test(text) || /<(?:p|br|div)(?:\s[^>]*)?\/?>/iu.test(text.slice(0, 20000));
}

/** Strict decoding with one label; null when the bytes are not clean in that charset. */
function strict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return null;
  }
}

/** The decoder label for a declared charset; UTF-16 on a byte stream means UTF-8, as in browsers. */
function labelOf(declared: string): string {
  if (declared === 'gb2312' || declared === 'gbk' || declared === 'x-gbk') return 'gb18030';
  if (/^utf-?16/u.test(declared) || declared === 'utf8' || declared === 'unicode') return 'utf-8';
  return declared;
}

/**
 * Decodes input bytes. The declared charset is tried first and strictly; where the bytes are
 * not clean in it, clean UTF-8 wins, then clean GB18030 (GBK pages declared as UTF-8). When no
 * decoding is clean, an InputError names the problem: never mojibake.
 */
export function decode(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: not a text file (it contains NUL bytes)`);
  const declared = declaredCharset(bytes);
  const label = declared ? labelOf(declared) : null;
  if (label) {
    try {
      new TextDecoder(label);
    } catch {
      throw new InputError(`${name}: unsupported charset "${declared}"`);
    }
  }
  // A clean UTF-8 reading of bytes outside ASCII is almost never an accident: it beats a
  // declared legacy charset (a page declaring GB2312 whose bytes are UTF-8).
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== null) return utf8;
  if (label && label !== 'utf-8') {
    const text = strict(bytes, label);
    if (text !== null) return text;
  }
  if (label === 'utf-8') {
    const gbk = strict(bytes, 'gb18030');
    if (gbk !== null && hasHan(gbk)) return gbk;
    throw new InputError(`${name}: declared charset "${declared}" does not match its bytes, and no other decoding is clean`);
  }
  if (label) throw new InputError(`${name}: declared charset "${declared}" does not match its bytes, and they are not UTF-8 either`);
  throw new InputError(`${name}: not valid UTF-8 and no charset declared`);
}

function hasHan(text: string): boolean {
  return /[\u4e00-\u9fff]/u.test(text);
}
