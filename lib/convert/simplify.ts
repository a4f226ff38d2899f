// Traditional → simplified, synchronous, character-level.
//
// Uses opencc-js's small t2cn preset (~110 KB with its dictionaries; the ~1 MB
// simplified→traditional phrase table is not part of it). One conversion chain serves
// Taiwan, Hong Kong and OpenCC-standard traditional text:
//   1. CJK compatibility ideographs → unified ideographs (their canonical decomposition),
//   2. HK and TW variant forms → OpenCC standard forms (HKVariantsRev*, TWVariantsRev*),
//   3. OpenCC standard → simplified (TSPhrases, TSCharacters).
// One exception to step 2: the single-character rule TW 著 → 着 is left out, because 著 is
// also a simplified character (著名, 显著) and simplified or mixed text must pass through
// unchanged. Instead TW 著 becomes 着 after the common verbs in V_ZHE (看著, 隨著 …) and in
// the zhuó/zháo words of ZHUO_WORDS (著手, 著重 …); elsewhere a TW 著 stays 著.
// No regional vocabulary is swapped (軟體 stays 软体, not 软件): the result has one code point
// per code point of the input, so readings computed on it belong to the characters that are
// displayed. UTF-16 length can still change (some BMP characters map to supplementary ones);
// simplifiedShadow() handles that.

import { ConverterFactory } from 'opencc-js/core';
import type { DictGroup, DictLike } from 'opencc-js/core';
import * as t2cnPreset from 'opencc-js/preset/t2cn';
import { CHANGING_CHARS, CHANGING_PHRASES, GUARDED } from './changing.generated';

/** The CJK compatibility ideographs (normalised to unified ideographs before the chain). */
export const COMPAT_IDEOGRAPHS: readonly (readonly [number, number])[] = [
  [0xf900, 0xfaff],
  [0x2f800, 0x2fa1f],
];
export const isCompatIdeograph = (cp: number): boolean => COMPAT_IDEOGRAPHS.some(([a, b]) => cp >= a && cp <= b);
const COMPAT_IDEOGRAPH_RE = new RegExp(`[${COMPAT_IDEOGRAPHS.map(([a, b]) => `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`).join('')}]`, 'gu');
const LEFT_OUT: ReadonlySet<string> = new Set(['著']);

/** Verbs (TW forms) after which TW 著 is the aspect particle, written 着 in simplified text. */
const V_ZHE: readonly string[] = [
  ...'看說想帶拿跟隨沿向朝為靠憑本接等活睡穿戴站坐躺走笑哭聽忙守抱牽握望盯喊唱寫滿伴揮演係響動歷臨負持續錄證徵誌味藏貼閃亮開關圍繞陪載有',
  '存在',
];
/** TW words with 著 read zhuó / zháo, written with 着 in simplified text. */
const ZHUO_WORDS = ['著手', '著重', '著想', '著眼', '著陸', '著落', '著迷', '著急', '著涼', '著火', '著力', '著裝', '著實'];
/** 著 (zhù) words that must survive a preceding verb: 擁有著作權 is not 有着 + 作权. */
const ZHU_WORDS = ['著作', '著名', '著稱', '著述', '著錄'];
const ZHE_PHRASES: DictLike = [
  ...V_ZHE.map((v): readonly [string, string] => [`${v}著`, `${v}着`]),
  ...V_ZHE.flatMap((v) => ZHU_WORDS.map((w): readonly [string, string] => [`${v}${w}`, `${v}${w}`])),
  ...ZHUO_WORDS.map((w): readonly [string, string] => [w, w.replace('著', '着')]),
];

let converter: ((text: string) => string) | undefined;
/** The dictionaries of the chain, in order (built once). */
let chain: { variants: DictLike[]; toCn: readonly DictGroup[] } | undefined;
/**
 * What may make the chain change a text (./changing.ts, generated into ./changing.generated.ts):
 * a text with none of those characters and phrases comes out unchanged, so it is given back as it
 * is without building the converter (~25 ms of tables and cold code on the first call) or walking
 * it. Most simplified text has none. `phrases` holds them by their first character.
 */
let changing: Changing | undefined;

interface Changing {
  /** Per BMP character: 1 changed wherever it stands, 2 changed except inside its guards, else 0. */
  bmp: Uint8Array;
  astral: Set<number>;
  /** Changing phrases by their first character. */
  phrases: Map<string, string[]>;
  /** Per guarded character, the phrases that keep it and its position in each. */
  guards: Map<string, { phrase: string; at: number }[]>;
}

function withoutLeftOut(dict: DictLike): DictLike {
  if (typeof dict === 'string') {
    return dict
      .split('|')
      .filter((entry) => !LEFT_OUT.has(entry.split(' ')[0] ?? ''))
      .join('|');
  }
  return dict.filter(([from]) => !LEFT_OUT.has(from));
}

function firstGroup(groups: readonly DictGroup[] | undefined): DictGroup {
  return groups?.[0] ?? [];
}

/** The conversion chain: the variant step (HK, TW, 著 after verbs), then the simplifying step. */
export function getChain(): { variants: DictLike[]; toCn: readonly DictGroup[] } {
  chain ??= {
    variants: [...firstGroup(t2cnPreset.from['hk']), ...firstGroup(t2cnPreset.from['tw']).map(withoutLeftOut), ZHE_PHRASES],
    toCn: t2cnPreset.to['cn'] ?? [],
  };
  return chain;
}

function getConverter(): (text: string) => string {
  if (!converter) {
    const { variants, toCn } = getChain();
    const convert = ConverterFactory(variants, ...toCn);
    converter = (text) => convert(text.replace(COMPAT_IDEOGRAPH_RE, (ch) => ch.normalize('NFC')));
  }
  return converter;
}

function getChanging(): Changing {
  if (changing) return changing;
  const into: Changing = { bmp: new Uint8Array(0x10000), astral: new Set(), phrases: new Map(), guards: new Map() };
  for (let i = 0; i < CHANGING_CHARS.length; i++) {
    const cp = CHANGING_CHARS.codePointAt(i) ?? 0;
    if (cp > 0xffff) {
      into.astral.add(cp);
      i++;
    } else into.bmp[cp] = 1;
  }
  // The compatibility ideographs are normalised before the chain.
  for (const [a, b] of COMPAT_IDEOGRAPHS) for (let cp = a; cp <= b; cp++) if (cp > 0xffff) into.astral.add(cp);
  else into.bmp[cp] = 1;
  for (const p of CHANGING_PHRASES.split('|')) {
    const head = String.fromCodePoint(p.codePointAt(0) ?? 0);
    const list = into.phrases.get(head);
    if (list) list.push(p);
    else into.phrases.set(head, [p]);
  }
  for (const g of GUARDED.split('|')) {
    const colon = g.lastIndexOf(':');
    const phrase = g.slice(0, colon);
    const at = Number(g.slice(colon + 1));
    const ch = phrase[at] ?? '';
    into.bmp[ch.charCodeAt(0)] = 2;
    (into.guards.get(ch) ?? into.guards.set(ch, []).get(ch))?.push({ phrase, at });
  }
  changing = into;
  return into;
}

/** Whether `text` holds a character or a phrase that the conversion chain may change. */
export function mayChange(text: string): boolean {
  const { bmp, astral, phrases, guards } = getChanging();
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    const wide = cp > 0xffff;
    if (wide ? astral.has(cp) : bmp[cp] === 1) return true;
    if (!wide && bmp[cp] === 2 && !guards.get(text[i] ?? '')?.some((g) => i >= g.at && text.startsWith(g.phrase, i - g.at))) return true;
    const starting = phrases.get(wide ? String.fromCodePoint(cp) : (text[i] ?? ''));
    if (starting) for (const p of starting) if (text.startsWith(p, i)) return true;
    if (wide) i++;
  }
  return false;
}

/** Traditional (TW, HK or OpenCC-standard forms) → simplified, character by character. */
export function toSimplified(text: string): string {
  if (!text || !mayChange(text)) return text;
  return getConverter()(text);
}

/** The conversion chain itself, with no shortcut for text it leaves alone (for tests). */
export function toSimplifiedThroughChain(text: string): string {
  return text ? getConverter()(text) : text;
}
