/**
 * Finds glossary terms in running text.
 *
 * Pure: no DOM, no browser APIs, no conversion tables. Build a matcher once with
 * {@link buildMatcher} and call `match` for each text.
 *
 * Matching rules
 * - Word-aware: the text is cut into clauses at punctuation and white space, and each clause
 *   that holds a form is segmented into words — the segmentation with the fewest pieces, where
 *   a piece is a glossary form, a lexicon word (`options.words`: the dictionary words that
 *   overlap a form, `./lexicon.ts`) or a single character. A form is reported only where that
 *   best segmentation takes it as one piece, so 个人大额 (个人|大额) and 城镇街道 (城镇|街道) hold
 *   no term. A form of two or three characters counts a hair more than a word, so where a
 *   segmentation without the form is as short, that one wins (被人大声 → 被|人|大声); a longer
 *   form a hair less, more the longer it is, so among equally short segmentations the one with
 *   the longest forms wins. A form that starts inside a longer, earlier form occurrence and runs
 *   past its end is not a candidate (共同富裕示范区建设 → 共同富裕示范区, not 共同富裕 +
 *   示范区建设). Otherwise, among equally short segmentations the one whose last piece is longer
 *   wins (双减少 → 双|减少). Matches never overlap; every occurrence is reported.
 * - A form that begins (ends) with a Latin letter or digit matches only where the text has no
 *   Latin letter or digit just before (after) it: DIP is not found in "diploma". A form that holds
 *   Chinese and ends in a Latin letter may be followed by a digit (乡村CEO15名, 村BA8强), and one
 *   that holds Chinese and ends in a digit by a Latin word (交管12123APP).
 * - Quotation marks (“ ” ‘ ’ " ' 「 」 『 』, and their full-width ASCII forms) are ignored
 *   inside a term: `三个“一号工程”` in the text matches the form `三个一号工程`, and
 *   `“医银合作”网点` matches `医银合作网点`. Forms are stored with their quotes stripped.
 * - Offsets cover the quoted form as printed, following one rule: a match never leaves a quote
 *   pair half inside. A quote opened inside the match is taken in with its closing partner when
 *   that stands directly after the match (`三个“一号工程”` → the whole span); a quote closed
 *   inside the match is taken in with its opening partner directly before the match; and a
 *   pair that wraps the match directly on both sides is taken in (`“十五五”时期` → `“十五五”`).
 *   A single quote on one side only (`十五五”时期`) is left out.
 * - White space is never skipped: a line break or space inside a term breaks the match.
 * - A level word directly before a term (`./heads.ts`: 国家级, 省级, 紧密型 …) is taken into the match
 *   (国家级高新区, 紧密型医共体), unless it ends a longer word (城市级) or lies in the previous match.
 * - A designation noun directly after a term (`./heads.ts`: 集聚区, 示范区, 试点, 专项行动 …) is taken
 *   into the match, which then covers the name the article prints (夜间经济集聚区, with the card of
 *   夜间经济), unless another match starts inside it or it begins a longer word (集聚区域).
 * - A form that is also a plain everyday word (一盘棋, 抓手, 闭环, M2, DIP: `./everyday.ts`) is kept
 *   only where it is quoted or its sentence reads as policy prose (a word of policy prose, or another
 *   term of the glossary's same category that is no everyday word: 其他垃圾 beside 厨余垃圾).
 * - Full-width ASCII letters, digits and signs (`１５`, `＋`) match their half-width forms, and
 *   Latin letters match regardless of case (`AI+`, `ai+`).
 */
import { clausePieces, newLexicon, newTrie, nodeFor } from './segment';
import { spellingVariants } from './spellings';
import { headAt, levelBefore } from './heads';
import { inPolicySense } from './everyday';
import type { GlossaryEntry, TermMatch } from './types';

export type { TermMatch } from './types';

/** Options of {@link buildMatcher}. */
export interface MatcherOptions {
  /**
   * The segmentation lexicon besides the forms themselves: ordinary words (simplified) that may
   * compete with a form for its characters, e.g. 个人 and 大专 around 人大. Without it, only
   * forms and single characters are pieces, and every form occurrence on a clean path matches.
   */
  readonly words?: Iterable<string>;
}

/** A built matcher. */
export interface TermMatcher {
  /** All non-overlapping term occurrences in `text`, in text order. */
  match(text: string): TermMatch[];
}

/** Opening quotation mark → its closing partner. Straight quotes close themselves. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ["'", "'"],
]);

/** Closing quotation mark → its opening partner (curly and corner quotes only). */
const CLOSER_TO_OPENER: ReadonlyMap<string, string> = new Map([
  ['”', '“'],
  ['’', '‘'],
  ['」', '「'],
  ['』', '『'],
]);

const STRAIGHT_QUOTES = new Set(['"', "'"]);

/** Punctuation that ends a clause for segmentation (unless some form contains it). */
const CLAUSE_PUNCTUATION = '。！？；，、：（）《》【】〈〉…—·,.;:!?()[]<>/|';

/** Code units that folding changes: full-width ASCII and Latin capitals. */
const NEEDS_FOLD = /[A-Z\uff01-\uff5e]/;
const FOLD_ALL = /[A-Z\uff01-\uff5e]/g;

/** Fold one UTF-16 code unit: full-width ASCII (U+FF01–U+FF5E) to half-width, then A–Z to a–z. */
function foldUnit(code: number): string {
  let c = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return String.fromCharCode(c);
}

/** Whether a (folded) character is a quotation mark that the matcher ignores. */
export function isQuoteMark(ch: string): boolean {
  return QUOTE_PAIRS.has(ch) || CLOSER_TO_OPENER.has(ch);
}

/**
 * The key under which a surface form is stored: quotation marks removed, full-width ASCII
 * folded to half-width and Latin letters lower-cased. Two forms with the same key are the same
 * form for matching purposes.
 */
export function normalizeForm(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = foldUnit(s.charCodeAt(i));
    if (!isQuoteMark(ch)) out += ch;
  }
  return out;
}

/** The headword and variants of an entry. */
export function surfaceForms(entry: GlossaryEntry): string[] {
  return [entry.term, ...entry.variants];
}

/**
 * The forms the matcher looks for on behalf of an entry: its surface forms, then their other
 * spellings (`./spellings.ts`: 15分钟… as 十五分钟…, 新的社会阶层 as 新社会阶层), without repeats.
 */
export function matchingForms(entry: GlossaryEntry): string[] {
  const forms = surfaceForms(entry);
  return [...new Set([...forms, ...forms.flatMap(spellingVariants)])];
}

/**
 * Build a matcher over the entries' headwords and variants, plus `extraForms` (surface form →
 * entry id: traditional forms, a reader's own terms), plus the other spellings of the entries'
 * forms ({@link matchingForms}). When two forms normalise to the same key, the entries' own forms
 * win over extra forms, extra forms over other spellings, and among each kind the first one wins. An extra
 * form whose id is not among `entries` is still matched; its `term` is then the form itself.
 */
export function buildMatcher(
  entries: readonly GlossaryEntry[],
  extraForms?: ReadonlyMap<string, string>,
  options?: MatcherOptions,
): TermMatcher {
  const root = newTrie();
  const headwords = new Map<string, string>();
  const category = new Map(entries.map((e) => [e.id, e.category]));
  for (const e of entries) if (!headwords.has(e.id)) headwords.set(e.id, e.term);
  const inForms = new Set<string>();
  const insert = (form: string, id: string): void => {
    const key = normalizeForm(form);
    if (key === '') return;
    const node = nodeFor(root, key);
    node.id ??= id;
    for (const ch of key) inForms.add(ch);
  };
  for (const e of entries) for (const form of surfaceForms(e)) insert(form, e.id);
  if (extraForms) {
    for (const [form, id] of extraForms) {
      insert(form, id);
      if (!headwords.has(id)) headwords.set(id, form);
    }
  }
  for (const e of entries) for (const form of surfaceForms(e).flatMap(spellingVariants)) insert(form, e.id);
  const lexicon = newLexicon(Array.from(options?.words ?? [], normalizeForm));
  const flags = unitFlags(inForms);
  const isQuote = (c: number): boolean => flags[c] === 2;
  // Marks inside a clause are no words: they cost nothing in its segmentation.
  const isFree = (c: number): boolean => (flags[c] ?? 0) >= 2;

  const match = (text: string): TermMatch[] => {
    const out: TermMatch[] = [];
    const n = text.length;
    // Folded copy, one code unit per code unit, so offsets stay the same.
    const folded = NEEDS_FOLD.test(text) ? text.replace(FOLD_ALL, (ch) => foldUnit(ch.charCodeAt(0))) : text;
    const at = (k: number): string => (k >= 0 && k < n ? folded.charAt(k) : '');
    let floor = 0; // nothing before this offset may be taken into a match
    let cs = 0;
    while (cs < n) {
      while (cs < n && flags[folded.charCodeAt(cs)] === 1) cs++;
      let ce = cs;
      while (ce < n && flags[folded.charCodeAt(ce)] !== 1) ce++;
      const pieces = clausePieces(root, lexicon, folded, isQuote, cs, ce, isFree);
      pieces.forEach((p, i) => {
        const [start, end] = widenOverQuotes(at, p.start, p.end, floor, n);
        // A designation noun right after the term, before the next match (夜间经济集聚区), and a level word right before it (国家级高新区).
        const head = headAt(folded, end, Math.min(ce, pieces[i + 1]?.start ?? ce));
        const lead = levelBefore(folded, start, Math.max(floor, cs));
        out.push({ id: p.id, term: headwords.get(p.id) ?? text.slice(p.start, p.end), start: start - lead, end: end + head });
        floor = end + head;
      });
      cs = ce;
    }
    // Everyday words among the forms (一盘棋, 抓手, M2) only in a policy sentence (./everyday.ts).
    // Another term of the same category in the sentence reads as policy prose too (其他垃圾 beside 厨余垃圾).
    // (The matches grouped by category once, not filtered again for every match: linear in the matches.)
    const byCategory = new Map<string | undefined, typeof out>();
    for (const o of out) {
      const c = category.get(o.id);
      const group = byCategory.get(c);
      if (group) group.push(o);
      else byCategory.set(c, [o]);
    }
    return out.filter((m) => inPolicySense(text, m.start, m.end, m.id, byCategory.get(category.get(m.id))));
  };

  return { match };
}

/**
 * One flag per folded code unit: 1 = clause end (white space, and punctuation that no form
 * contains), 2 = quotation mark, 3 = punctuation that some form holds (、 · （）), inside a clause.
 */
function unitFlags(inForms: ReadonlySet<string>): Uint8Array {
  const flags = new Uint8Array(65536);
  for (const ch of CLAUSE_PUNCTUATION) flags[ch.charCodeAt(0)] = inForms.has(ch) ? 3 : 1;
  for (const ch of ' \n\t\r\u3000\u00a0') flags[ch.charCodeAt(0)] = 1;
  for (const ch of [...QUOTE_PAIRS.keys(), ...CLOSER_TO_OPENER.keys()]) flags[ch.charCodeAt(0)] = 2;
  return flags;
}

/**
 * Widen the match [start, end) so that no quote pair is left half inside it, and take in a
 * pair that wraps it directly. Never reaches before `floor` (the end of the previous match).
 */
function widenOverQuotes(
  at: (k: number) => string,
  start: number,
  end: number,
  floor: number,
  n: number,
): [number, number] {
  const open: string[] = []; // openers still waiting for their closer, innermost last
  const strayClosers: string[] = []; // closers whose opener lies before the match, in order
  for (let k = start; k < end; k++) {
    const ch = at(k);
    if (!isQuoteMark(ch)) continue;
    if (STRAIGHT_QUOTES.has(ch)) {
      if (open[open.length - 1] === ch) open.pop();
      else open.push(ch);
    } else if (QUOTE_PAIRS.has(ch)) {
      open.push(ch);
    } else {
      const opener = CLOSER_TO_OPENER.get(ch);
      if (open[open.length - 1] === opener) open.pop();
      else strayClosers.push(ch);
    }
  }

  let s = start;
  let e = end;
  // A straight quote left open may instead close a quote that stands just before the match.
  while (open.length > 0 && STRAIGHT_QUOTES.has(open[0] as string) && s - 1 >= floor && at(s - 1) === open[0]) {
    s--;
    open.shift();
  }
  for (const closer of strayClosers) {
    if (s - 1 >= floor && at(s - 1) === CLOSER_TO_OPENER.get(closer)) s--;
    else break;
  }
  for (let t = open.length - 1; t >= 0; t--) {
    if (e < n && at(e) === QUOTE_PAIRS.get(open[t] as string)) e++;
    else break;
  }
  // A pair wrapping the match directly on both sides.
  while (s - 1 >= floor && e < n) {
    const closer = QUOTE_PAIRS.get(at(s - 1));
    if (closer === undefined || at(e) !== closer) break;
    s--;
    e++;
  }
  return [s, e];
}
