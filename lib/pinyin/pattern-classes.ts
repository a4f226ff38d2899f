// Character classes that the reading patterns (./measure-patterns.ts, ./idiom-patterns.ts,
// ./news-patterns.ts) share, written once so that a fix to one reaches every pattern that reads it.
// Each is the text of a regular-expression class (or its inside, for composing with more characters).

/** Figures and Chinese numerals, the inside of a class (三石, 5斗, 上千石, 几斗). */
export const NUMERAL_CHARS = '0-9０-９〇零一二两三四五六七八九十百千万几';
/** A numeral right before a measure (三石, 上千石, 5斗). */
export const NUMERAL = `[${NUMERAL_CHARS}]`;
/** A numeral, a demonstrative or a word of amount right before a measure word (两担, 半沓, 这担, 每担). */
export const NUMERAL_OR_DEMONSTRATIVE = `[${NUMERAL_CHARS}数半这那每]`;
/** The end of a clause: a clause mark, a closing quote or bracket, or the end of the text. */
export const CLAUSE_END = '(?:[，。；、！？”）]|$)';
/**
 * Characters before 种 that make it the measure zhǒng ("kind"): a demonstrative, a numeral or a word
 * of amount (这种, 三种, 各种, 多种, 该种, 本种), the inside of a class. Patterns of 种 zhòng ("to grow")
 * add the compounds their context needs (品种, 良种, 树种 …) next to it.
 */
export const ZHONG_COUNTED_BY = '这那哪每各某几一二两三四五六七八九十多此该同本';
/**
 * What stands before 汗 in 阿富汗 (Afghanistan), where 汗 spells a syllable of the name and is read hàn:
 * every 汗 hán rule (a khan's title or throne) refuses it.
 */
export const AFGHAN_BEFORE_HAN = '阿富';
