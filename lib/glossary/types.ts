/**
 * Types for the policy-jargon glossary: the terms of Chinese (and especially Zhejiang) local
 * news that a reader may want explained — programme names, numbered slogans, agency short
 * forms, social-insurance and finance vocabulary.
 *
 * The data lives in `assets/glossary/*.json` (one file per category) and is combined in
 * `lib/glossary/data.ts`; matching it against page text is done by `lib/glossary/matcher.ts`.
 */

/** Subject areas; each JSON file under `assets/glossary/` holds one of them. */
export const GLOSSARY_CATEGORIES = [
  'medical-insurance',
  'social-security',
  'finance',
  'party-governance',
  'gov-services',
  'economy',
  'rural',
  'urban-environment',
  'education-science',
  'energy-utilities',
  'elderly-child-care',
  'zhejiang-programmes',
  'slogans',
  'justice-safety',
  'culture-society',
] as const;

/** Subject area of an entry. */
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/**
 * Where a term belongs:
 * - `national`: used across China (central policy, national programmes, nationwide jargon);
 * - `zhejiang`: a programme, brand or usage of Zhejiang province;
 * - `local`: the usage of one city, county or district (for example a Xiaoshan brand).
 */
export const GLOSSARY_SCOPES = ['national', 'zhejiang', 'local'] as const;

/** Geographic reach of a term; see {@link GLOSSARY_SCOPES}. */
export type GlossaryScope = (typeof GLOSSARY_SCOPES)[number];

/** One glossary entry. */
export interface GlossaryEntry {
  /** Stable identifier: kebab-case ASCII (`^[a-z0-9]+(-[a-z0-9]+)*$`), unique in the glossary. */
  readonly id: string;
  /**
   * Headword in simplified Chinese, written the way the newspapers write it. Quotation marks
   * that are part of the name stay (`三个“一号工程”`); quotes that merely wrap the whole term
   * (`“十五五”`) are left out. The matcher ignores quotation marks either way.
   */
  readonly term: string;
  /**
   * Other simplified surface forms that mean the same thing: aliases, short forms, the full
   * official name. Never forms that differ from another form only by quotation marks (the
   * matcher ignores quotes) and never traditional-character forms (a traditional page's text is
   * matched folded to simplified). No form may be shared with another entry.
   */
  readonly variants: readonly string[];
  /**
   * Hanyu Pinyin with tone marks, syllables separated by spaces. Present only where the
   * automatic reading would be wrong (a polyphonic character read the other way); omitted
   * normally.
   */
  readonly pinyin?: string;
  /** Subject area. */
  readonly category: GlossaryCategory;
  /** Geographic reach. */
  readonly scope: GlossaryScope;
  /** Short English gloss, at most 60 characters. */
  readonly gloss: string;
  /** One to three plain Chinese sentences explaining the term. */
  readonly zh: string;
  /** One to three plain English sentences for a reader who does not know the Chinese policy world. */
  readonly en: string;
  /**
   * Only for numbered slogans (`五篇大文章`, `八八战略`, `六稳六保` …): what each numbered item
   * is, in the usual order. The count equals the number(s) in the slogan.
   */
  readonly items?: readonly string[];
  /** Ids of related entries (each must exist and differ from this entry's id). */
  readonly related: readonly string[];
  /**
   * Where the entry's facts come from, as a citation without a URL: the document's name, issuer
   * and date (`国务院《…》（2019年12月）`), or for a stored reading the dictionary it follows.
   * Optional for entries written before sources were recorded.
   */
  readonly source?: string;
}

/** One occurrence of a glossary term in a text. */
export interface TermMatch {
  /** Id of the matched entry (or, for an extra form with an unknown id, that id). */
  readonly id: string;
  /** Headword of the matched entry (or the extra form itself when its id is unknown). */
  readonly term: string;
  /** Start offset in UTF-16 code units, inclusive. */
  readonly start: number;
  /** End offset in UTF-16 code units, exclusive. */
  readonly end: number;
}
