/**
 * Text a browser decoded with the wrong character encoding, as a page shows it: the page declares
 * one charset and its bytes are another (`../shared/epaper-sites.md`: GB2312 declared on UTF-8
 * bytes, UTF-8 declared on GBK bytes). Repairing such text would only rearrange garbage, so Dubao
 * does not start on it and says why. The command line decodes the bytes itself
 * (scripts/lib/decode.ts); in the browser only the decoded text is left, so this reads the text. Pure.
 *
 * - `mojibake`: UTF-8 bytes read as GBK. Every Chinese character of UTF-8 is three bytes whose
 *   first is E4–E9, and GBK reads such a byte with the next as one character of its rows E4–E9:
 *   rare characters (GB2312's second level, 鍖 鏂 浜 …). In Chinese prose 0.1–0.3% of the Han
 *   characters come from those rows (the CPP sentences 0.3%, the two corpus pages 0.1%; one
 *   encyclopaedia sentence of 21 reached 29%); in UTF-8 read as GBK, about a third do (37% on the
 *   blind2 湖南日报 page). A text with at least 100 Han characters, 20% or more of them from those
 *   rows, is mojibake.
 * - `undecodable`: GBK bytes read as UTF-8 leave U+FFFD for most Chinese characters (half the
 *   visible characters of the blind2 county page). 20 or more of them making 5% or more of the
 *   visible characters.
 */
export type Garbled = 'mojibake' | 'undecodable';

const MIN_HAN = 100;
const MOJIBAKE_SHARE = 0.2;
const MIN_REPLACEMENTS = 20;
const REPLACEMENT_SHARE = 0.05;
/** At most this many characters are read (a page's first 20,000 tell). */
const READ = 20_000;

let gbkRows: Set<number> | null | undefined;

/** Code points GBK gives a lead byte E4–E9 (null where the platform has no GBK decoder). */
function rows(): Set<number> | null {
  if (gbkRows !== undefined) return gbkRows;
  try {
    const dec = new TextDecoder('gbk');
    const out = new Set<number>();
    for (let a = 0xe4; a <= 0xe9; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const c = dec.decode(new Uint8Array([a, b]));
        if (c.length === 1 && c !== '\ufffd') out.add(c.charCodeAt(0));
      }
    }
    gbkRows = out;
  } catch {
    gbkRows = null;
  }
  return gbkRows;
}

/** Whether `text` reads as decoded with the wrong charset, and how; null when it reads as text. */
export function garbledText(text: string): Garbled | null {
  const t = text.length > READ ? text.slice(0, READ) : text;
  let visible = 0;
  let replacements = 0;
  let han = 0;
  let rare = 0;
  const gbk = rows();
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000 || c === 0xa0) continue;
    visible++;
    if (c === 0xfffd) replacements++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (gbk?.has(c)) rare++;
    }
  }
  if (replacements >= MIN_REPLACEMENTS && replacements >= REPLACEMENT_SHARE * visible) return 'undecodable';
  if (han >= MIN_HAN && rare >= MOJIBAKE_SHARE * han) return 'mojibake';
  return null;
}
