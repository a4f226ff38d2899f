// Features of one character in its sentence, for the polyphone model (./polyphone-model.ts).
// The training script (scripts/train-polyphones.ts) and the reader in the annotator call the
// same function, so what the model learnt from is exactly what it sees when reading.

/** Stands for the looked-up character inside a word pattern ("~大" for 长 in 长大). */
export const SELF = '~';

/** Readings of polyphonic characters in dictionary words (see ./word-table.ts). */
export interface WordTable {
  /** Numbered reading of `ch` in the word `pattern` (the word with `~` in place of `ch`), or ''. */
  reading(pattern: string, ch: string): string;
  /** `ch`'s readings ordered by how many words of the table use them, most first. */
  prior(ch: string): readonly string[];
  /** Whether the table has any word for `ch`. */
  has(ch: string): boolean;
  /** Whether some word of `ch` has the characters `neighbours` (one or more) right before `ch`. */
  before(ch: string, neighbours: string): boolean;
  /** Whether some word of `ch` has the characters `neighbours` (one or more) right after `ch`. */
  after(ch: string, neighbours: string): boolean;
}

/** Longest dictionary word looked up around a character. */
export const MAX_WORD = 5;

/** What the dictionary says about the character at one position. */
export interface WordEvidence {
  /** Reading from the longest dictionary word covering the position ('' if none). */
  readonly longest: string;
  /** That word with `~` in the character's place ("心~" for 脏 in 心脏), or ''. */
  readonly word: string;
  /** Every reading given by some covering word. */
  readonly all: readonly string[];
  /** The character's readings ordered by how many dictionary words use them (most first). */
  readonly prior: readonly string[];
  /** The engine's reading of the character on its own, without context ('' if not given). */
  readonly alone: string;
}

/** Characters on each side whose presence anywhere in the window is a feature. */
export const WINDOW = 4;
const HAN = /\p{Script=Han}/u;

const clsCache = new Map<string, string>();

/**
 * Neighbour class of a code point as the features see it: the character itself for Han, '#' past
 * either end of the text, else a coarse class ('0' digit, 'a' letter, '_' space, ',' comma, '.'
 * other). Memoised.
 */
export function charClass(cp: string | undefined): string {
  if (cp === undefined) return '#';
  let c = clsCache.get(cp);
  if (c === undefined) {
    c = classOf(cp);
    if (clsCache.size < 50_000) clsCache.set(cp, c);
  }
  return c;
}

function classOf(cp: string): string {
  if (HAN.test(cp)) return cp;
  if (/[0-9０-９]/u.test(cp)) return '0';
  if (/\p{L}/u.test(cp)) return 'a';
  if (/\s/u.test(cp)) return '_';
  return cp === '，' || cp === '、' || cp === ',' ? ',' : '.';
}

/**
 * Dictionary evidence for position `i` of `cps`: all words of `table` (2 to MAX_WORD
 * characters) that cover it, and the character's readings by frequency. `engine` is the engine's
 * reading there (it settles a tie between equally long words that disagree, 人民|调解 vs 民调:
 * without it such a tie gives no longest word); `alone` its reading of the character alone.
 */
export function wordEvidence(cps: readonly string[], i: number, table: WordTable, alone = '', engine = ''): WordEvidence {
  const ch = cps[i] ?? '';
  if (!table.has(ch)) return { longest: '', word: '', all: [], prior: [], alone };
  const all: string[] = [];
  let best = 0;
  let top: { w: string; r: string; s: number }[] = [];
  const found: { s: number; len: number; r: string }[] = [];
  // A word reaching k characters left (right) of the character needs those k characters to be
  // what some word of the character has there: most positions are settled by a look-up or two.
  const maxLeft = reach(cps, i, -1, (part) => table.before(ch, part));
  const maxRight = reach(cps, i, 1, (part) => table.after(ch, part));
  if (maxLeft === 0 && maxRight === 0) return { longest: '', word: '', all, prior: table.prior(ch), alone };
  for (let len = MAX_WORD; len >= 2; len--) {
    for (let s = Math.max(0, i - len + 1); s <= i && s + len <= cps.length; s++) {
      if (i - s > maxLeft || s + len - 1 - i > maxRight) continue;
      let w = '';
      for (let k = s; k < i; k++) w += cps[k] ?? '';
      w += SELF;
      for (let k = i + 1; k < s + len; k++) w += cps[k] ?? '';
      const r = table.reading(w, ch);
      if (!r) continue;
      found.push({ s, len, r });
      if (best === 0 || best === len) {
        best = len;
        top.push({ w, r, s });
      }
    }
  }
  if (top.some((h) => h.r !== top[0]?.r)) top = settleTie(cps, top, best, table, engine);
  const hit = top[0];
  // A word that reaches outside the chosen word cannot stand beside it in the sentence (充分|发挥
  // leaves no room for 分发): its reading is no evidence. Words inside the chosen one are.
  for (const f of found) {
    if (hit && (f.s < hit.s || f.s + f.len > hit.s + best)) continue;
    if (!all.includes(f.r)) all.push(f.r);
  }
  return { longest: hit?.r ?? '', word: hit?.w ?? '', all, prior: table.prior(ch), alone };
}

/**
 * Equally long words around the character that read it differently (充分 / 分发 in 充分发挥): the
 * one whose neighbours are words themselves wins (充分|发挥 against 充|分发|挥, 空间|作业 against
 * 空|间作|业); where that does not decide, the engine's reading does; else none.
 */
function settleTie<T extends { r: string; s: number }>(cps: readonly string[], top: T[], len: number, table: WordTable, engine: string): T[] {
  const fit = (h: T): number => (wordEnds(cps, h.s, -1, table) ? 1 : 0) + (wordEnds(cps, h.s + len, 1, table) ? 1 : 0);
  const most = Math.max(...top.map(fit));
  const fitting = top.filter((h) => fit(h) === most);
  if (fitting.every((h) => h.r === fitting[0]?.r)) return fitting;
  return fitting.filter((h) => h.r === engine);
}

/** Whether a table word of 2–4 characters ends at `at` (dir -1: cps[at-n..at)) or starts there (dir 1). */
function wordEnds(cps: readonly string[], at: number, dir: -1 | 1, table: WordTable): boolean {
  for (let n = 2; n <= 4; n++) {
    const a = dir < 0 ? at - n : at;
    if (a < 0 || a + n > cps.length) break;
    const w = cps.slice(a, a + n);
    for (let k = 0; k < n; k++) {
      const c = w[k] ?? '';
      if (!table.has(c)) continue;
      const pattern = w.map((x, j) => (j === k ? SELF : x)).join('');
      if (table.reading(pattern, c)) return true;
    }
  }
  return false;
}

/**
 * How many characters (up to MAX_WORD - 1) on side `dir` (-1 left, 1 right) of position `i` some
 * dictionary word of the character can reach, by `known` (a part as it stands next to the character).
 */
function reach(cps: readonly string[], i: number, dir: -1 | 1, known: (part: string) => boolean): number {
  let part = '';
  let n = 0;
  for (let k = i + dir; n < MAX_WORD - 1 && k >= 0 && k < cps.length; k += dir) {
    part = dir < 0 ? (cps[k] ?? '') + part : part + (cps[k] ?? '');
    if (!known(part)) break;
    n++;
  }
  return n;
}

/**
 * Context features of position `i` (independent of the candidate reading): neighbours at ±1 and
 * ±2, the bigrams on each side, the pair around it, the Han characters within WINDOW, the
 * engine's reading `engine` (pinyin-pro in context) and whether context moved it from its reading
 * alone, and the dictionary word covering it.
 */
export function contextFeatures(cps: readonly string[], i: number, engine: string, ev: WordEvidence): string[] {
  const cls = charClass;
  const l1 = cls(cps[i - 1]);
  const l2 = cls(cps[i - 2]);
  const r1 = cls(cps[i + 1]);
  const r2 = cls(cps[i + 2]);
  const f = ['b', `l:${l1}`, `r:${r1}`, `ll:${l2}`, `rr:${r2}`, `L:${l2}${l1}`, `R:${r1}${r2}`, `m:${l1}${r1}`, `e:${engine}`, `x:${engine === ev.alone ? '' : engine}`];
  for (let k = i - WINDOW; k <= i + WINDOW; k++) {
    const c = cps[k];
    if (c !== undefined && (k < i - 1 || k > i + 1) && cls(c) === c) f.push(`c:${c}`);
  }
  if (ev.word) f.push(`w:${ev.word}`);
  if (ev.longest) f.push(`d:${ev.longest}`);
  return f;
}

/**
 * Candidate-level features shared by all characters: does the candidate agree with the engine
 * (and did context move the engine from its reading alone), with the longest dictionary word,
 * with some dictionary word, with the dictionary's commonest readings. These carry over to
 * characters the model has no weights for.
 */
export function agreementFeatures(candidate: string, engine: string, ev: WordEvidence): string[] {
  const f: string[] = [];
  eachAgreement(candidate, engine, ev, (name) => f.push(name));
  return f;
}

/**
 * Calls `visit` with each of agreementFeatures' features, in the same order, without building
 * the list (the reader's fast path sums their weights directly).
 */
export function eachAgreement(candidate: string, engine: string, ev: WordEvidence, visit: (feature: string) => void): void {
  if (candidate === engine) { visit('E'); visit(engine === ev.alone ? 'EA' : 'EM'); }
  if (candidate === ev.longest) visit('D');
  if (ev.all.includes(candidate)) visit('A');
  if (candidate === engine && candidate === ev.longest) visit('ED');
  if (!ev.longest) visit(candidate === engine ? 'E0' : 'N0');
  const rank = ev.prior.indexOf(candidate);
  if (rank >= 0 && rank < 2) visit(`F${rank}`);
  if (rank === 0 && candidate === engine) visit('EF');
}
