// A simplified copy ("shadow") of displayed text with offset maps both ways, so that pinyin and
// glossary matching can run on simplified text and their offsets map back to the display.
//
// Offsets are UTF-16 offsets (what String.prototype.slice and DOM ranges use), 0…length.
//
// How the map is built:
//   1. shadow = convert(text). With the default converter (toSimplified, one code point per
//      code point) and equal UTF-16 lengths the maps are the identity (the normal case, no
//      arrays).
//   2. Default converter, different UTF-16 lengths (a BMP character converted to a
//      supplementary one or back): code point k maps to code point k.
//   3. Any other converter (it may swap phrases of different lengths, 部落格 → 博客, even
//      where the total length happens to stay the same):
//      the text is cut after sentence punctuation and line breaks, each piece is converted on
//      its own, and inside a piece the unchanged characters are aligned (longest common
//      subsequence) and serve as anchors (a lone Han character shared by a reordered phrase,
//      視窗 → 窗口, is not kept as an anchor).
//      Between anchors, stretches of equal length map character by character; stretches of
//      different length map proportionally, so the start and end of a replaced phrase map to
//      the start and end of its replacement.
//   An offset inside a surrogate pair maps like the start of that code point. Both maps are
//   monotonic (non-decreasing).

import { toSimplified } from './simplify';

export interface Shadow {
  /** The simplified copy. */
  readonly text: string;
  /** Shadow offset → display offset. */
  toDisplay(offset: number): number;
  /** Display offset → shadow offset. */
  toShadow(offset: number): number;
}

export type Converter = (text: string) => string;

/** Pieces are cut after these characters; no dictionary phrase spans them. */
const PIECE_END_RE = /[。！？；，、：\n\r\t!?;,:]/u;
/** Above this many cells an LCS table is not built; the piece maps proportionally instead. */
const MAX_LCS_CELLS = 4_000_000;

export function simplifiedShadow(text: string, convert: Converter = toSimplified): Shadow {
  const shadow = convert(text);
  if (shadow === text) return identityShadow(shadow);
  if (convert === toSimplified) {
    // toSimplified keeps one code point per code point (tested), so positions correspond.
    if (shadow.length === text.length && sameSurrogateLayout(text, shadow)) return identityShadow(shadow);
    const displayCps = Array.from(text);
    const shadowCps = Array.from(shadow);
    if (displayCps.length === shadowCps.length) {
      return fromSegments(text, shadow, displayCps, shadowCps, [[0, displayCps.length, 0, shadowCps.length]]);
    }
  }
  // Any other converter may swap phrases of different lengths, even where the totals happen
  // to agree, so positions are aligned piece by piece.
  return pieceWise(text, Array.from(text), convert);
}

function identityShadow(shadow: string): Shadow {
  const clamp = (offset: number): number => clampOffset(offset, shadow.length);
  return { text: shadow, toDisplay: clamp, toShadow: clamp };
}

function clampOffset(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return offset > 0 ? length : 0;
  const n = Math.trunc(offset);
  return n < 0 ? 0 : n > length ? length : n;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function sameSurrogateLayout(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    if (isHigh(a.charCodeAt(i)) !== isHigh(b.charCodeAt(i))) return false;
  }
  return true;
}

/** [displayStart, displayEnd, shadowStart, shadowEnd] in code points; consecutive and covering both texts. */
type Segment = readonly [number, number, number, number];

function pieceWise(text: string, displayCps: readonly string[], convert: Converter): Shadow {
  const segments: Segment[] = [];
  const shadowParts: string[] = [];
  let dBase = 0;
  let sBase = 0;
  let start = 0;
  const flush = (end: number): void => {
    if (end <= start) return;
    const piece = displayCps.slice(start, end);
    const converted = convert(piece.join(''));
    const convertedCps = Array.from(converted);
    shadowParts.push(converted);
    for (const [a0, a1, b0, b1] of alignPiece(piece, convertedCps)) {
      segments.push([dBase + a0, dBase + a1, sBase + b0, sBase + b1]);
    }
    dBase += piece.length;
    sBase += convertedCps.length;
    start = end;
  };
  for (let i = 0; i < displayCps.length; i++) {
    if (PIECE_END_RE.test(displayCps[i] ?? '')) flush(i + 1);
  }
  flush(displayCps.length);
  const shadow = shadowParts.join('');
  return fromSegments(text, shadow, displayCps, Array.from(shadow), segments);
}

/**
 * Segments for one piece: equal characters (longest common subsequence) are anchors, the
 * stretches between them are hunks. A piece too large for the table maps as one hunk.
 */
function alignPiece(a: readonly string[], b: readonly string[]): Segment[] {
  const n = a.length;
  const m = b.length;
  if (n === m && a.every((cp, k) => cp === b[k])) return [[0, n, 0, m]];
  if (n === 0 || m === 0 || n * m > MAX_LCS_CELLS) return [[0, n, 0, m]];
  // LCS lengths of suffixes: table[i * (m + 1) + j] = LCS(a[i:], b[j:]).
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const parts: Part[] = [];
  let i = 0;
  let j = 0;
  let hunkA = 0;
  let hunkB = 0;
  const closeHunk = (): void => {
    if (i > hunkA || j > hunkB) parts.push({ seg: [hunkA, i, hunkB, j], anchor: false });
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      closeHunk();
      parts.push({ seg: [i, i + 1, j, j + 1], anchor: true });
      i++;
      j++;
      hunkA = i;
      hunkB = j;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      i++;
    } else {
      j++;
    }
  }
  i = n;
  j = m;
  closeHunk();
  return mergeStrayAnchors(parts, a).map((p) => p.seg);
}

interface Part {
  seg: Segment;
  anchor: boolean;
}

const HAN_CP_RE = /^\p{Script=Han}$/u;
const isDeletion = (p: Part | undefined): boolean => p !== undefined && !p.anchor && p.seg[1] > p.seg[0] && p.seg[3] === p.seg[2];
const isInsertion = (p: Part | undefined): boolean => p !== undefined && !p.anchor && p.seg[1] === p.seg[0] && p.seg[3] > p.seg[2];

/**
 * A single Han character shared by a reordered phrase (視窗 → 窗口 shares 窗) is not a real
 * anchor. Its signature: characters dropped on one side of it and the same number added on
 * the other side. Such a deletion + anchor + insertion (or the reverse) becomes one hunk of
 * equal lengths, which then maps character by character.
 */
function mergeStrayAnchors(parts: Part[], a: readonly string[]): Part[] {
  const out: Part[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (!part) continue;
    const prev = out[out.length - 1];
    const next = parts[k + 1];
    const reordered = (isDeletion(prev) && isInsertion(next)) || (isInsertion(prev) && isDeletion(next));
    if (part.anchor && prev && next && reordered && HAN_CP_RE.test(a[part.seg[0]] ?? '')) {
      const merged: Segment = [prev.seg[0], next.seg[1], prev.seg[2], next.seg[3]];
      if (merged[1] - merged[0] === merged[3] - merged[2]) {
        out[out.length - 1] = { seg: merged, anchor: false };
        k++;
        continue;
      }
    }
    out.push(part);
  }
  return out;
}

/** Maps a code point boundary x inside [a0, a1] to [b0, b1]. */
function mapInside(x: number, a0: number, a1: number, b0: number, b1: number): number {
  if (a1 - a0 === b1 - b0) return b0 + (x - a0);
  if (a1 === a0) return b0;
  return b0 + Math.round(((x - a0) * (b1 - b0)) / (a1 - a0));
}

function utf16Starts(cps: readonly string[]): Int32Array {
  const starts = new Int32Array(cps.length + 1);
  let u = 0;
  cps.forEach((cp, k) => {
    starts[k] = u;
    u += cp.length;
  });
  starts[cps.length] = u;
  return starts;
}

function fromSegments(
  text: string,
  shadow: string,
  displayCps: readonly string[],
  shadowCps: readonly string[],
  segments: readonly Segment[],
): Shadow {
  const dStart = utf16Starts(displayCps);
  const sStart = utf16Starts(shadowCps);
  const toShadowMap = new Int32Array(text.length + 1);
  const toDisplayMap = new Int32Array(shadow.length + 1);
  for (const [a0, a1, b0, b1] of segments) {
    for (let x = a0; x < a1; x++) {
      const target = sStart[mapInside(x, a0, a1, b0, b1)] ?? 0;
      const u = dStart[x] ?? 0;
      toShadowMap[u] = target;
      if ((displayCps[x] ?? '').length === 2) toShadowMap[u + 1] = target;
    }
    for (let y = b0; y < b1; y++) {
      const target = dStart[mapInside(y, b0, b1, a0, a1)] ?? 0;
      const u = sStart[y] ?? 0;
      toDisplayMap[u] = target;
      if ((shadowCps[y] ?? '').length === 2) toDisplayMap[u + 1] = target;
    }
  }
  toShadowMap[text.length] = shadow.length;
  toDisplayMap[shadow.length] = text.length;
  return {
    text: shadow,
    toDisplay: (offset) => toDisplayMap[clampOffset(offset, shadow.length)] ?? 0,
    toShadow: (offset) => toShadowMap[clampOffset(offset, text.length)] ?? 0,
  };
}
