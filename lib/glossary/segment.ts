/**
 * The segmentation behind the word-aware matcher (`./matcher.ts`): a trie of glossary forms and
 * lexicon words, and the fewest-pieces segmentation of one clause over it. Pure.
 */

/** A node of the forms trie; keys are folded characters (`normalizeForm`). */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** Entry id of a form ending here. */
  id?: string;
}

/** The segmentation lexicon: words (folded), and for each two-character start a bit per word length. */
export interface Lexicon {
  readonly words: ReadonlySet<string>;
  /** First two characters → bit `1 << length` set for every word length starting with them. */
  readonly lengths: ReadonlyMap<string, number>;
}

/** A lexicon over `words` (already folded; words shorter than two characters are left out). */
export function newLexicon(words: Iterable<string>): Lexicon {
  const set = new Set<string>();
  const lengths = new Map<string, number>();
  for (const w of words) {
    if (w.length < 2 || w.length > 30) continue;
    set.add(w);
    const c = w.slice(0, 2);
    lengths.set(c, (lengths.get(c) ?? 0) | (1 << w.length));
  }
  return { words: set, lengths };
}

/** A form taken as one piece of a clause's best segmentation: [start, end) and its entry id. */
export interface FormPiece {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/**
 * Costs of pieces: a word and a single character cost the same (best = fewest pieces). A form of
 * two or three characters costs a hair more, so a tie goes against it (个人|大|额, not
 * 个|人大|额); a form of four or more characters a hair less, since so long a match is itself
 * evidence of a word.
 */
const WORD = 100;
const SINGLE = WORD;
const SHORT_FORM = 101;
const LONG_FORM = 99;

/** A new empty trie. */
export function newTrie(): TrieNode {
  return { next: new Map() };
}

/** The node for `key` in the trie, created with its path when missing. */
export function nodeFor(root: TrieNode, key: string): TrieNode {
  let node = root;
  for (const ch of key) {
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map() };
      node.next.set(ch, child);
    }
    node = child;
  }
  return node;
}

const LATIN = /[a-z0-9]/;

/** Whether a form occupying folded text [s, e) has Latin word boundaries where it needs them. */
function latinBounded(at: (k: number) => string, s: number, e: number): boolean {
  if (LATIN.test(at(s)) && LATIN.test(at(s - 1))) return false;
  return !(LATIN.test(at(e - 1)) && LATIN.test(at(e)));
}

/**
 * The stretch [first form start, last form end) of the clause [cs, ce) where forms occur
 * (quotation marks skipped inside a form), or null when none does.
 */
export function formStretch(root: TrieNode, at: (k: number) => string, isQuote: (ch: string) => boolean, cs: number, ce: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = cs; i < ce; i++) {
    let node = root.next.get(at(i));
    let j = i + 1;
    while (node) {
      if (node.id !== undefined) {
        if (first < 0) first = i;
        last = Math.max(last, j);
      }
      while (j < ce && isQuote(at(j))) j++;
      if (j >= ce) break;
      node = node.next.get(at(j));
      j++;
    }
  }
  return first < 0 ? null : [first, last];
}

/**
 * The forms among the pieces of the best segmentation of the clause [cs, ce) of a folded text
 * (`folded`, also read through `at`, which returns '' outside it). A piece is a form, a lexicon
 * word or a single character; quotation marks (`isQuote`) cost nothing and are skipped inside a
 * form (lexicon words hold none).
 * Best = cheapest (see the costs above); on a tie the longer last piece wins.
 */
export function formPieces(
  root: TrieNode,
  lexicon: Lexicon,
  folded: string,
  at: (k: number) => string,
  isQuote: (ch: string) => boolean,
  cs: number,
  ce: number,
): FormPiece[] {
  const len = ce - cs;
  const cost = new Int32Array(len + 1).fill(0x7fffffff);
  const from = new Int32Array(len + 1);
  const ids: (string | undefined)[] = new Array<string | undefined>(len + 1);
  cost[0] = 0;
  let anyForm = false;
  const relax = (j: number, c: number, i: number, id: string | undefined): void => {
    if (c < (cost[j] as number)) {
      cost[j] = c;
      from[j] = i;
      ids[j] = id;
    }
  };
  for (let i = 0; i < len; i++) {
    const c0 = cost[i] as number;
    const ch = at(cs + i);
    if (isQuote(ch)) {
      relax(i + 1, c0, i, undefined);
      continue;
    }
    relax(i + 1, c0 + SINGLE, i, undefined);
    const mask = i + 2 <= len ? (lexicon.lengths.get(folded.slice(cs + i, cs + i + 2)) ?? 0) : 0;
    if (mask & 4) relax(i + 2, c0 + WORD, i, undefined);
    for (let l = 3; mask >> l !== 0 && i + l <= len; l++) {
      if ((mask >> l) & 1 && lexicon.words.has(folded.slice(cs + i, cs + i + l))) relax(i + l, c0 + WORD, i, undefined);
    }
    let node = root.next.get(ch);
    let j = i + 1;
    while (node) {
      if (node.id !== undefined && latinBounded(at, cs + i, cs + j)) {
        relax(j, c0 + (j - i >= 4 ? LONG_FORM : SHORT_FORM), i, node.id);
        anyForm = true;
      }
      while (j < len && isQuote(at(cs + j))) j++;
      if (j >= len) break;
      node = node.next.get(at(cs + j));
      j++;
    }
  }
  if (!anyForm) return [];
  const out: FormPiece[] = [];
  for (let j = len; j > 0; j = from[j] as number) {
    const id = ids[j];
    if (id !== undefined) out.push({ start: cs + (from[j] as number), end: cs + j, id });
  }
  return out.reverse();
}
