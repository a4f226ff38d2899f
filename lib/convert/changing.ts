// Which texts the traditional → simplified chain (./simplify.ts) can change. Computed from the
// chain's dictionaries by scripts/build-changing.ts into ./changing.generated.ts, so the page
// never walks the dictionaries for it; a test checks that the generated lists are what the
// installed opencc-js gives.

import type { DictLike } from 'opencc-js/core';
import { getChain, isCompatIdeograph } from './simplify';

/** Calls `visit` with each entry of a dictionary ("from to|from to|…" or pairs), in order. */
function eachEntry(dict: DictLike, visit: (from: string, to: string) => void): void {
  if (typeof dict !== 'string') {
    for (const [from, to] of dict) visit(from, to);
    return;
  }
  for (const line of dict.split('|')) {
    const space = line.indexOf(' ');
    if (space > 0) visit(line.slice(0, space), line.slice(space + 1));
  }
}

const isOne = (s: string): boolean => Array.from(s).length === 1;

/** What the chain can change. */
export interface Changing {
  /**
   * Characters that the chain's single-character entries change wherever they stand, in
   * code-point order (台 → 臺 → 台 is no change; the compatibility ideographs, normalised before
   * the chain, are left to the caller).
   */
  chars: string;
  /**
   * Characters the chain changes except inside a phrase of the variant step that gives them back
   * (么 → 幺, but 什么 → 什麼 → 什么), with those phrases: `phrase:offset`, the character's UTF-16 offset in the phrase (guarded
   * characters are all in the BMP).
   * Each such phrase starts with a character that no phrase of the variant step has after its start,
   * so no match begun earlier can take the phrase's first character from it.
   */
  guarded: Map<string, string[]>;
  /**
   * Character sequences that a phrase entry changes: a phrase of the variant step that the
   * simplifying step does not undo, and a phrase of the simplifying step as the text may hold it
   * before the variant step (each of its characters, or one the variant step turns into it) where
   * the phrase does not give that text back.
   */
  phrases: string[];
}

/**
 * What makes the chain change a text. A text holding none of `chars` and `phrases`, and the
 * `guarded` characters only inside their phrases, comes out unchanged: every entry that can match
 * in it gives back what the text held there. `tests/unit/convert-shortcut.test.ts` checks the
 * claim against the chain itself.
 */
export function changing(): Changing {
  const { variants, toCn } = getChain();
  const second = toCn.flat();
  // Each step's single-character entries (the first dictionary of a step with a key wins, as in the converter).
  const one = new Map<string, string>();
  const two = new Map<string, string>();
  for (const d of variants) eachEntry(d, (from, to) => isOne(from) && !one.has(from) && one.set(from, to));
  for (const d of second) eachEntry(d, (from, to) => isOne(from) && !two.has(from) && two.set(from, to));
  const simplify = (ch: string): string => two.get(ch) ?? ch;
  const chars = new Set<string>();
  const undone = new Set<string>();
  for (const [ch, mid] of one) {
    if (isOne(mid) && simplify(mid) === ch) continue;
    chars.add(ch);
    if (isOne(mid)) undone.add(ch);
  }
  // Inside a phrase of the variant step that keeps it, a character meets the simplifying step as it is.
  for (const [ch, to] of two) {
    if (to === ch) continue;
    chars.add(ch);
    undone.delete(ch);
  }
  // The characters the text may hold where the simplifying step sees each character (itself included).
  const before = new Map<string, Set<string>>();
  const addSource = (seen: string, held: string): void => {
    if (seen !== held) (before.get(seen) ?? before.set(seen, new Set([seen])).get(seen))?.add(held);
  };
  for (const [from, to] of one) if (isOne(to)) addSource(to, from);
  const phrases = new Set<string>();
  const firstPhrases: [string, string][] = [];
  for (const d of variants) eachEntry(d, (from, to) => !isOne(from) && firstPhrases.push([from, to]));
  const afterStart = new Set(firstPhrases.flatMap(([from]) => Array.from(from).slice(1)));
  const guarded = new Map<string, string[]>();
  for (const [from, to] of firstPhrases) {
    if (from === to) continue;
    const a = Array.from(from);
    const b = Array.from(to);
    if (a.length !== b.length || b.map(simplify).join('') !== from) {
      phrases.add(from);
      continue;
    }
    // The simplifying step gives this phrase back: no trigger, but what it turned its characters into is seen there.
    a.forEach((ch, i) => addSource(b[i] ?? ch, ch));
    a.forEach((ch, i) => {
      if (undone.has(ch) && !afterStart.has(a[0] ?? '') && ch.length === 1) (guarded.get(ch) ?? guarded.set(ch, []).get(ch))?.push(`${from}:${a.slice(0, i).join('').length}`);
    });
  }
  for (const d of second) {
    eachEntry(d, (from, to) => {
      if (isOne(from)) return;
      // Every way the text may hold this phrase before the variant step, except its own replacement.
      let ways = [''];
      for (const ch of from) ways = ways.flatMap((w) => [...(before.get(ch) ?? [ch])].map((s) => w + s));
      for (const w of ways) if (w !== to) phrases.add(w);
    });
  }
  const ordered = (set: Iterable<string>): string[] => [...set].map((ch) => ch.codePointAt(0) ?? 0).filter((cp) => !isCompatIdeograph(cp)).sort((x, y) => x - y).map((cp) => String.fromCodePoint(cp));
  const unguarded = ordered([...chars].filter((ch) => !guarded.has(ch)));
  return {
    chars: unguarded.join(''),
    guarded: new Map(ordered(guarded.keys()).map((ch) => [ch, [...(guarded.get(ch) ?? [])].sort()])),
    phrases: [...phrases].sort(),
  };
}
