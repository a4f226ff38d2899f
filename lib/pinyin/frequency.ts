// Character frequency from Jun Da's modern Chinese character frequency list (top 6000,
// generated into ./char-rank.generated.ts by scripts/build-char-rank.ts).
//
// Traditional characters are ranked by their simplified form: charRank looks the character
// up directly and, through toSimplified() (opencc-js t2cn, already in the bundle for the
// simplified view), under its simplified form, and takes the better rank. So 銀 ranks as 银.

import { toSimplified } from '../convert/simplify';
import { CHAR_RANK } from './char-rank.generated';

const HAN_CP_RE = /^\p{Script=Han}$/u;

let rankOf: Map<string, number> | undefined;
const simplifiedRank = new Map<string, number>();

function ranks(): Map<string, number> {
  if (!rankOf) {
    rankOf = new Map();
    let rank = 1;
    for (const ch of CHAR_RANK) rankOf.set(ch, rank++);
  }
  return rankOf;
}

/**
 * 1-based rank of a character in Jun Da's frequency list (的 = 1), Infinity if it is not among
 * the top 6000 or is not a single character. Traditional characters rank as their simplified form.
 */
export function charRank(ch: string): number {
  const cps = Array.from(ch);
  const c = cps[0];
  if (cps.length !== 1 || c === undefined) return Infinity;
  const direct = ranks().get(c) ?? Infinity;
  if (!HAN_CP_RE.test(c)) return direct;
  let viaSimplified = simplifiedRank.get(c);
  if (viaSimplified === undefined) {
    const s = toSimplified(c);
    viaSimplified = s !== c ? (ranks().get(s) ?? Infinity) : Infinity;
    simplifiedRank.set(c, viaSimplified);
  }
  return Math.min(direct, viaSimplified);
}

/** A Han character whose rank is above `n` (not among the n most frequent characters). */
export function isUncommon(ch: string, n = 1500): boolean {
  return HAN_CP_RE.test(ch) && charRank(ch) > n;
}
