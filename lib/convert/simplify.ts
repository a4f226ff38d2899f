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

const COMPAT_IDEOGRAPH_RE = /[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;
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

function getConverter(): (text: string) => string {
  if (!converter) {
    const variants: DictLike[] = [
      ...firstGroup(t2cnPreset.from['hk']),
      ...firstGroup(t2cnPreset.from['tw']).map(withoutLeftOut),
      ZHE_PHRASES,
    ];
    const toCn = t2cnPreset.to['cn'] ?? [];
    const convert = ConverterFactory(variants, ...toCn);
    converter = (text) => convert(text.replace(COMPAT_IDEOGRAPH_RE, (ch) => ch.normalize('NFC')));
  }
  return converter;
}

/** Traditional (TW, HK or OpenCC-standard forms) → simplified, character by character. */
export function toSimplified(text: string): string {
  if (!text) return text;
  return getConverter()(text);
}
