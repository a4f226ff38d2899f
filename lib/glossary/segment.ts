/**
 * The segmentation behind the word-aware matcher (`./matcher.ts`): a trie of glossary forms, the
 * lexicon words, and the cheapest segmentation of one stretch of a clause over them. Pure.
 * Characters are UTF-16 code units of the folded text (`normalizeForm`), read with charCodeAt.
 */

/** A node of the forms trie, keyed by folded code units. */
export interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Entry id of a form ending here. */
  id?: string;
}

/** The segmentation lexicon: words (folded), and for each two-unit start a bit per word length. */
export interface Lexicon {
  readonly words: ReadonlySet<string>;
  /** First two code units (`a * 65536 + b`) → bit `1 << length` for every word length starting with them. */
  readonly lengths: ReadonlyMap<number, number>;
  /** Length of the longest word (0 without words). */
  readonly longest: number;
}

/** A lexicon over `words` (already folded; words shorter than two or longer than 30 units are left out). */
export function newLexicon(words: Iterable<string>): Lexicon {
  const set = new Set<string>();
  const lengths = new Map<number, number>();
  let longest = 0;
  for (const w of words) {
    if (w.length < 2 || w.length > 30) continue;
    set.add(w);
    const key = w.charCodeAt(0) * 65536 + w.charCodeAt(1);
    lengths.set(key, (lengths.get(key) ?? 0) | (1 << w.length));
    longest = Math.max(longest, w.length);
  }
  return { words: set, lengths, longest };
}

/** A form occurrence: [start, end) in the folded text and its entry id. */
export interface FormPiece {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/** A new empty trie. */
export function newTrie(): TrieNode {
  return { next: new Map() };
}

/** The node for `key` in the trie, created with its path when missing. */
export function nodeFor(root: TrieNode, key: string): TrieNode {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const ch = key.charCodeAt(k);
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map() };
      node.next.set(ch, child);
    }
    node = child;
  }
  return node;
}

const DE = '的'.charCodeAt(0);

/**
 * Whether a form of five or more characters may be read over one 的 the text puts inside it (the
 * 的-form of a formula: 钉钉子的精神 for 钉钉子精神, 农业转移人口的市民化), with two or more of its
 * characters on either side; shorter forms are not (人的大脑 holds no 人大, 城市的大脑 no 城市大脑).
 */
function optionalDe(start: number, de: number, end: number): boolean {
  return de - start >= 2 && end - de - 1 >= 2 && end - start - 1 >= 5;
}

/** Whether a folded code unit is a Latin letter or digit (needs a Latin word boundary). */
function isLatin(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Every form occurrence in the clause [cs, ce) of `folded` whose Latin edges are bounded, in
 * order of start (quotation marks, `isQuote`, are skipped inside a form, and so may be one 的 the
 * form lacks, see optionalDe). At one start every form that ends there is listed, shortest first.
 */
export function formOccurrences(root: TrieNode, folded: string, isQuote: (c: number) => boolean, cs: number, ce: number): FormPiece[] {
  const out: FormPiece[] = [];
  for (let i = cs; i < ce; i++) {
    let node = root.next.get(folded.charCodeAt(i));
    if (node === undefined) continue;
    let j = i + 1;
    let de = -1; // where a 的 the form lacks was read over (see optionalDe)
    for (;;) {
      if (node.id !== undefined && latinBounded(folded, i, j) && (de < 0 || optionalDe(i, de, j))) out.push({ start: i, end: j, id: node.id });
      while (j < ce && isQuote(folded.charCodeAt(j))) j++;
      if (j >= ce) break;
      let next = node.next.get(folded.charCodeAt(j));
      if (next === undefined && de < 0 && folded.charCodeAt(j) === DE && j - i >= 2 && j + 1 < ce) {
        next = node.next.get(folded.charCodeAt(j + 1));
        if (next !== undefined) de = j++;
      }
      if (next === undefined) break;
      node = next;
      j++;
    }
  }
  return out;
}

/**
 * Whether the form at [s, e) has Latin word boundaries. One exception: a form that holds Chinese
 * and ends in a Latin letter may be followed by a figure, which in Chinese text starts a count
 * (乡村CEO15名, 村BA8强), while DIP stays unfound in DIP2 and BA in BA8. The figure must be digits
 * only: a run that goes on with a letter is a code, such as the number plate 浙BA7Q26, not a count.
 * Its mirror: a form that holds Chinese and ends in a figure may be followed by a Latin word of
 * two letters or more that no digit continues (交管12123APP, an app's name and the word APP), while
 * 交管12123 stays unfound in 交管12123A5 and a one-letter suffix (…5G) is still part of the figure.
 */
function latinBounded(folded: string, s: number, e: number): boolean {
  if (isLatin(folded.charCodeAt(s)) && s > 0 && isLatin(folded.charCodeAt(s - 1))) return false;
  const last = folded.charCodeAt(e - 1);
  if (!isLatin(last) || e >= folded.length) return true;
  const next = folded.charCodeAt(e);
  if (!isLatin(next)) return true;
  if (isDigit(last) && !isDigit(next)) return hasHan(folded, s, e) && latinWordAfter(folded, e);
  if (!isDigit(next) || isDigit(last) || !hasHan(folded, s, e)) return false;
  let k = e;
  while (k < folded.length && isDigit(folded.charCodeAt(k))) k++;
  return k >= folded.length || !isLatin(folded.charCodeAt(k));
}

/** Whether the letters from `e` make a word of two or more that no digit continues. */
function latinWordAfter(folded: string, e: number): boolean {
  let k = e;
  while (k < folded.length && isLatin(folded.charCodeAt(k)) && !isDigit(folded.charCodeAt(k))) k++;
  return k - e >= 2 && (k >= folded.length || !isDigit(folded.charCodeAt(k)));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function hasHan(folded: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (folded.charCodeAt(i) >= 0x3400) return true;
  return false;
}

/**
 * Drops every form occurrence that starts inside a longer, earlier one and runs past its end
 * (leftmost-longest): where a longer known form stands whole, a shorter form crossing its end is
 * not a reading of the text (共同富裕示范区建设: 共同富裕示范区, not 共同富裕 + 示范区建设).
 */
export function dropCrossed(occ: readonly FormPiece[]): FormPiece[] {
  return occ.filter((a) => !occ.some((b) => b.end - b.start > a.end - a.start && b.start < a.start && a.start < b.end && b.end < a.end));
}

/**
 * Costs of pieces: a word and a single character cost one piece (best = fewest pieces). A form
 * of two or three characters costs a hair more, so a tie goes against it (个人|大|额, not
 * 个|人大|额); a form of four or more characters a hair less, by the square of its length, so
 * that among equally short segmentations the one with the longest forms wins and so long a
 * match beats the words that cross its end (推动|低空经济|发展, not 推动|低空|经济发展). A form
 * that starts inside a word, one that began before it, has no such edge: it costs a little more
 * than a piece, more than any bonus, so on a tie the words win (加大|思政课, not 加|大思政课).
 */
const PIECE = 1 << 20;
const SHORT_FORM = PIECE + 1;
const longForm = (len: number): number => PIECE - Math.min(len, 30) ** 2;
const STARTS_IN_WORD = 1024;
/**
 * A conjunction, particle or preposition standing alone costs a hair less than a piece, more
 * than the short form's hair: on an otherwise even tie the reading that leaves it alone wins
 * (抛荒地|和, 新市民|和, 赋分|为 — not 抛荒|地和, 新|市民和, 赋|分为, where CC-CEDICT's rare 地和, a
 * mahjong hand, and 民和, a county, would take it). 都 is not among them: 人|大都 ("mostly") is
 * the reading of 当地人大都说方言, not 人大|都.
 */
const ALONE = PIECE - 2;
const STANDS_ALONE = new Set([...'和与及或的在是对将为以于等也就而并还又把被从向'].map((c) => c.charCodeAt(0)));

/**
 * The forms among the pieces of the best segmentation of the stretch [cs, ce) of `folded`. A
 * piece is one of the form occurrences `occ` (sorted by start, inside the stretch), a lexicon word
 * or a single code unit; what `isFree` says (quotation marks, and the punctuation some form holds)
 * costs nothing: a mark is no word, so 乡镇（街道） is 乡镇|街道, not 乡 + the form 镇（街道）.
 * Best = cheapest (see the costs above); on a tie the longer last piece wins.
 */
export function formPieces(occ: readonly FormPiece[], lexicon: Lexicon, folded: string, isFree: (c: number) => boolean, cs: number, ce: number): FormPiece[] {
  const len = ce - cs;
  const cost = new Float64Array(len + 1).fill(Infinity);
  const from = new Int32Array(len + 1);
  const form = new Int32Array(len + 1).fill(-1);
  cost[0] = 0;
  // inWord[t]: some lexicon word starts before t and ends after it.
  const inWord = new Uint8Array(len + 1);
  const relax = (j: number, c: number, i: number, f: number): void => {
    if (c < (cost[j] as number)) {
      cost[j] = c;
      from[j] = i;
      form[j] = f;
    }
  };
  let k = 0;
  for (let i = 0; i < len; i++) {
    const c0 = cost[i] as number;
    const ch = folded.charCodeAt(cs + i);
    if (isFree(ch)) relax(i + 1, c0, i, -1);
    else relax(i + 1, c0 + (STANDS_ALONE.has(ch) ? ALONE : PIECE), i, -1);
    const mask = i + 2 <= len ? (lexicon.lengths.get(ch * 65536 + folded.charCodeAt(cs + i + 1)) ?? 0) : 0;
    if (mask & 4) {
      relax(i + 2, c0 + PIECE, i, -1);
      inWord[i + 1] = 1;
    }
    for (let l = 3; mask >> l !== 0 && i + l <= len; l++) {
      if ((mask >> l) & 1 && lexicon.words.has(folded.slice(cs + i, cs + i + l))) {
        relax(i + l, c0 + PIECE, i, -1);
        inWord.fill(1, i + 1, i + l);
      }
    }
    for (; k < occ.length && (occ[k] as FormPiece).start === cs + i; k++) {
      const o = occ[k] as FormPiece;
      const n = o.end - o.start;
      relax(o.end - cs, c0 + (n >= 4 ? longForm(n) : SHORT_FORM) + (inWord[i] === 1 ? STARTS_IN_WORD : 0), i, k);
    }
  }
  const out: FormPiece[] = [];
  for (let j = len; j > 0; j = from[j] as number) {
    const f = form[j] as number;
    if (f >= 0) out.push(occ[f] as FormPiece);
  }
  return out.reverse();
}

/**
 * The forms that the clause [cs, ce) of `folded` holds as pieces of its best segmentation. Only
 * words near a form can move its boundaries, so the stretch from the first form to the last, with
 * a margin of the lexicon's longest word on either side, is segmented, not the whole clause.
 */
export function clausePieces(root: TrieNode, lexicon: Lexicon, folded: string, isQuote: (c: number) => boolean, cs: number, ce: number, isFree: (c: number) => boolean = isQuote): FormPiece[] {
  const occ = formOccurrences(root, folded, isQuote, cs, ce);
  if (occ.length === 0) return [];
  const kept = dropCrossed(occ);
  let last = 0;
  for (const o of kept) last = Math.max(last, o.end);
  const s = Math.max(cs, (kept[0] as FormPiece).start - lexicon.longest);
  return formPieces(kept, lexicon, folded, isFree, s, Math.min(ce, last + lexicon.longest));
}
