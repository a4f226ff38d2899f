/**
 * The segmentation lexicon of the word-aware matcher (see `./matcher.ts`): the dictionary words
 * that can compete with a glossary form for its characters. A form is underlined only where it
 * lies on word boundaries of the clause's best segmentation; the only words that can move those
 * boundaries are the ones that overlap a form — crossing one of its edges (个人 and 大额 around
 * 人大 in 个人大额) or containing it (双开门 around 双开). Keeping just those words makes the
 * lexicon a fraction of CC-CEDICT, small enough to hand to every article page.
 *
 * Pure: forms and dictionary words in, words out. `scripts/build-glossary-lexicon.ts` runs it
 * over `public/dict/cedict.txt` and the glossary into `public/glossary/edge-words.txt`, which the
 * background loads on first use and answers each article page from with only the words that
 * occur in its text ({@link wordsIn}).
 */
import { normalizeForm } from './matcher';
import type { Lexicon } from './segment';

/** Longest dictionary word kept, in characters (longer words hardly ever decide a boundary). */
export const EDGE_WORD_MAX = 6;

const HAN_WORD = /^(?:\p{Script=Han}|[0-9](?=\p{Script=Han}))\p{Script=Han}+$/u; // a figure only before a measure word (measureWords: 5支)

/** Forms up to this length (in code units) are short: a tie in pieces goes against them (`./segment.ts`). */
const SHORT_FORM_MAX = 3;

/**
 * The words among `dictWords` (Han only, 2 to {@link EDGE_WORD_MAX} characters) that overlap some
 * form of `forms` without being one: a proper suffix of the word is a proper prefix of a form, a
 * proper prefix of the word is a proper suffix of a form, the word contains a form, or the word
 * is itself the head or tail of a short form (two or three characters). The last kind is the
 * other half of a boundary that the first two make: in 刷新高考 the form 新高考 loses to
 * 刷新|高考 only when 高考, the form's tail, is a word of the lexicon too. A longer form beats
 * the words crossing its edges by its length (`./segment.ts`), and its own inner words would
 * only cost it that lead (全国人大|常委会 against 全国|人大常委会), so they are not kept.
 * Sorted, without repeats.
 */
export function edgeWords(forms: Iterable<string>, dictWords: Iterable<string>): string[] {
  const heads = new Set<string>();
  const tails = new Set<string>();
  const shortEnds = new Set<string>();
  const whole = new Set<string>();
  let longest = 0;
  for (const raw of forms) {
    const f = normalizeForm(raw);
    if (f === '') continue;
    whole.add(f);
    longest = Math.max(longest, f.length);
    for (let k = 1; k < f.length; k++) {
      heads.add(f.slice(0, k));
      tails.add(f.slice(f.length - k));
      if (f.length <= SHORT_FORM_MAX) shortEnds.add(f.slice(0, k)).add(f.slice(f.length - k));
    }
  }
  const out = new Set<string>();
  for (const w of dictWords) {
    if (w.length > EDGE_WORD_MAX || whole.has(w) || !HAN_WORD.test(w) || namesOffice(w, whole) || namesGovernment(w, heads, whole) || prepositionBeforeHead(w, heads, whole)) continue;
    if (shortEnds.has(w) || overlapsEdge(w, heads, tails) || containsForm(w, whole, longest)) out.add(w);
  }
  return [...out].sort();
}

/** The characters that, after the name of a field, make the name of its office (信访 → 信访局). */
const OFFICE_ENDS = '局办厅署';

/**
 * Whether `w` is a form followed by an office character (信访局, the office of 信访): such a word
 * names the office after the term, so it must not hide the term inside it (市信访局 underlines 信访).
 * A word that only ends in one of a form's characters (邮政局 = 邮 + 政局) is not one of them.
 */
function namesOffice(w: string, whole: ReadonlySet<string>): boolean {
  return w.length >= 3 && OFFICE_ENDS.includes(w.slice(-1)) && whole.has(w.slice(0, -1));
}

/**
 * Whether `w` is the government of a level (市政府, 县政府, 省政府 …) and some form opens with 政府: the
 * level's government writes its report, budget and purchases, so 县政府工作报告 is 县 + 政府工作报告 and the
 * term is underlined after the level (dev136). 市政 and other words that only share 政 are not concerned.
 */
function namesGovernment(w: string, heads: ReadonlySet<string>, whole: ReadonlySet<string>): boolean {
  if (whole.has(w.slice(0, 2))) return false; // a form inside it (市政 in 市政府) keeps the word, which hides it
  return w.length === 3 && '省市县区镇乡州'.includes(w[0] as string) && w.endsWith('政府') && heads.has('政府');
}

/**
 * Whether `w` is 据 ("according to") and a form's head (据统计 before 统计公报): the preposition is a word of its
 * own there, so the text reads 据|统计公报, not 据统计|公报.
 */
function prepositionBeforeHead(w: string, heads: ReadonlySet<string>, whole: ReadonlySet<string>): boolean {
  if (whole.has(w.slice(0, 2))) return false; // a form inside it keeps the word, which hides it
  return w.length === 3 && w[0] === '据' && heads.has(w.slice(1));
}

function overlapsEdge(w: string, heads: ReadonlySet<string>, tails: ReadonlySet<string>): boolean {
  for (let k = 1; k < w.length; k++) {
    if (heads.has(w.slice(w.length - k)) || tails.has(w.slice(0, k))) return true;
  }
  return false;
}

function containsForm(w: string, whole: ReadonlySet<string>, longest: number): boolean {
  for (let i = 0; i < w.length; i++) {
    for (let j = i + 1; j <= Math.min(w.length, i + longest); j++) if (whole.has(w.slice(i, j))) return true;
  }
  return false;
}

/**
 * Numerals and demonstratives that take a measure word (一把, 两台, 这批, 每户), and the figures, which
 * take one as the numerals do (5支|子基金, like 五支|子基金, not 5|支子|基金; in 21支 the pair is 1支).
 */
const NUMERALS = '一二三四五六七八九十两几半每这那某0123456789';
/**
 * Common measure words of news prose (个, 把, 张, 台, 户 …), with 人, which counts people as a
 * measure word does (两人|大吵, not 两|人大|吵), and 两, the weight (一两|新茶, not 一|两新|茶).
 */
const MEASURES = '个只把张条件台辆位名家所座间项次批块根支本份套种场届道首部片栋户头株棵盏艘架幅篇枚双对笔处层人两';

/**
 * A numeral or demonstrative with a measure word (一把, 两台, 这批, 两人, 一两), the unit Chinese
 * counts with: CC-CEDICT lists few of them (一个, but not 一把), yet they decide boundaries as words
 * do (一把|手电筒, not 一把手|电筒). Every pair of {@link NUMERALS} and {@link MEASURES}; the
 * lexicon keeps those that overlap a form ({@link edgeWords}).
 */
export function measureWords(): string[] {
  const out: string[] = [];
  for (const n of NUMERALS) for (const m of MEASURES) out.push(n + m);
  return out;
}

/** The words of a lexicon string as sent to a page (space-separated). */
export function splitWords(packed: string): string[] {
  return packed === '' ? [] : packed.split(' ');
}

/**
 * The words of a word-list file (`public/glossary/edge-words.txt`): one word a line; empty
 * lines and lines starting with `#` (where the list comes from) are skipped.
 */
export function parseWordList(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const w = line.trim();
    return w === '' || w.startsWith('#') ? [] : [w];
  });
}

/**
 * The words of `lexicon` (`newLexicon` of the list) that occur in `text` once all white space is
 * taken out of it (a word cut by a print line break, 银⏎行, is found), sorted, without repeats.
 */
export function wordsIn(text: string, lexicon: Lexicon): string[] {
  const flat = text.replace(/\s+/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < flat.length; i++) {
    const mask = lexicon.lengths.get(flat.charCodeAt(i) * 65536 + flat.charCodeAt(i + 1)) ?? 0;
    for (let l = 2; mask >> l !== 0 && i + l <= flat.length; l++) {
      if ((mask >> l) & 1) {
        const w = flat.slice(i, i + l);
        if (lexicon.words.has(w)) out.add(w);
      }
    }
  }
  return [...out].sort();
}
