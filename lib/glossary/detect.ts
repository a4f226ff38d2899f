/**
 * Jargon the glossary has never seen: coinages in quotation marks and numbered formulas, found
 * in running text so that they can get a lighter mark than glossary terms. Pure.
 *
 * What counts
 * - A coinage: two to six characters (Han, or Han with Latin letters and digits) inside a pair of
 *   quotation marks (“小切口”), that are not an ordinary word (`isWord`, e.g. CC-CEDICT), do not
 *   end like a clause (…的, …了) and are not a name being given (称为“…”, 原名“…”, 名叫“…”).
 *   Quoted speech (longer, or holding punctuation) is not one.
 * - A quoted code: digits with a letter or plus sign, or three or more digits, in quotes
 *   (“141”, “8+4”, “415X”).
 * - A numbered formula, quoted or not: a count and 个/项/大 before a quoted phrase or a policy
 *   head noun (三个“一号工程”, 十项重大工程, 四大行动), "N+N" (5+2, 1+N), 一X一Y (一村一品),
 *   and three or more 大XX in a row (大走访大调研大服务).
 * Nothing that overlaps a glossary match (`known`) is reported.
 */
import type { TermMatch } from './types';

/** One detected piece of jargon. */
export interface DetectedTerm {
  /** The span as printed, without wrapping quotation marks. */
  readonly term: string;
  /** Start offset in UTF-16 code units, inclusive (inside the quotes). */
  readonly start: number;
  /** End offset in UTF-16 code units, exclusive. */
  readonly end: number;
  /** `coinage`: a quoted phrase; `formula`: a numbered formula or a quoted code. */
  readonly kind: 'coinage' | 'formula';
}

const NUM = '[两二三四五六七八九十百千万]';
const HEAD = '(?:工程|行动|战略|体系|攻坚|任务|产业|平台|机制|举措|改革|计划|专项|提升|建设|集群|板块|目标|理念|精神|要求|原则|优势|短板|清单)';
const PATTERNS: readonly [RegExp, DetectedTerm['kind']][] = [
  [new RegExp(`${NUM}[个项大](?:[“"‘][^”"’\\s]{2,8}[”"’]|\\p{Script=Han}{0,4}${HEAD})`, 'gu'), 'formula'],
  [/(?<![\d.])\d{1,2}\+(?:\d{1,2}|[NnX])(?![\d.%])/gu, 'formula'],
  [/一(\p{Script=Han})一(\p{Script=Han})/gu, 'formula'],
  [/(?:大\p{Script=Han}{2}){3,}/gu, 'formula'],
];
const QUOTED = /[“"‘「]([^”"’」\s，。、；：！？,.;:!?《》]{2,6})[”"’」]/gu;
const HAN = /\p{Script=Han}/u;
/** Just before the opening quote: a name is being given (称为“…”, 原名“…”), so the quote holds a name. */
const NAMING = /(?:称|名|叫|号|为)[\s▁]*$/u;
/** A quoted phrase ending like a clause, not a term (“真正的”, “完成了”). */
const CLAUSE_TAIL = /[的了着过吗呢吧]$/u;
const CODE = /^(?=.*\d)(?:[\dA-Za-z+]*[A-Za-z+][\dA-Za-z+]*|\d{3,})$/u;
const MIXED = /^[\p{Script=Han}A-Za-z\d+]+$/u;

/**
 * Detected jargon in `text`, in text order, none overlapping another or a `known` match.
 * `isWord` tells an ordinary dictionary word (simplified); without it, no quoted phrase is
 * taken for an ordinary word.
 */
export function detectJargon(
  text: string,
  known: readonly Pick<TermMatch, 'start' | 'end'>[] = [],
  isWord: (w: string) => boolean = () => false,
): DetectedTerm[] {
  const found: DetectedTerm[] = [];
  for (const [re, kind] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const s = m.index;
      if (kind === 'formula' && m[0].startsWith('一') && isWord(m[0])) continue;
      found.push({ term: m[0], start: s, end: s + m[0].length, kind });
    }
  }
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] as string;
    const s = m.index + 1;
    const code = CODE.test(inner);
    if (!code && (!HAN.test(inner) || !MIXED.test(inner) || isWord(inner) || CLAUSE_TAIL.test(inner))) continue;
    if (!code && NAMING.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    found.push({ term: inner, start: s, end: s + inner.length, kind: code ? 'formula' : 'coinage' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DetectedTerm[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
  for (const d of found) {
    if (known.some((k) => overlaps(k, d)) || out.some((o) => overlaps(o, d))) continue;
    out.push(d);
  }
  return out;
}

/** Start of the matcher id of a detected term: `detected:<term>`. */
export const DETECTED_PREFIX = 'detected:';

/**
 * Glossary matches `found` with the jargon detected in `text` added as matches whose id is
 * {@link DETECTED_PREFIX} + the term, all in text order (for drawing a lighter mark).
 */
export function withDetected(text: string, found: readonly TermMatch[], isWord?: (w: string) => boolean): TermMatch[] {
  const detected = detectJargon(text, found, isWord).map((d) => ({ id: DETECTED_PREFIX + d.term, term: d.term, start: d.start, end: d.end }));
  return detected.length === 0 ? [...found] : [...found, ...detected].sort((a, b) => a.start - b.start);
}

/** What an article says about a detected term: the sentence that defines it, and every sentence that uses it. */
export interface ArticleExplanation {
  /** The sentence that introduces or defines the term (the first with a defining phrase, else the first use), or null. */
  readonly definition: string | null;
  /** Every sentence that holds the term, in order, the defining one included. */
  readonly occurrences: readonly string[];
}

const DEFINING = /即|是指|指的是|就是|主要是|包括|涵盖|分别是|：/u;

/** The article's own explanation of `term` from its block texts (sentences end at 。！？；). */
export function explainInArticle(term: string, blocks: readonly string[]): ArticleExplanation {
  const occurrences = blocks.flatMap((b) => b.split(/(?<=[。！？；])/u)).map((s) => s.trim()).filter((s) => s.includes(term));
  const defining = occurrences.find((s) => DEFINING.test(s.slice(s.indexOf(term))));
  return { definition: defining ?? occurrences[0] ?? null, occurrences };
}
