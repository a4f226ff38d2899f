/**
 * Designation and programme nouns that turn a glossary term into the name of a place or a
 * campaign built on it: 夜间经济 + 集聚区, 共同富裕 + 示范区, 未来社区 + 试点. Where one directly
 * follows a matched form, the matcher takes it into the match (the card still explains the term),
 * so that the underline covers the whole name the article prints; so are the nouns of the work,
 * policy or channel built on a term (双减 + 工作, 浙里办 + 小程序). Pure.
 */

/** The nouns, longest first among those sharing a start. */
export const NAME_HEADS: readonly string[] = [
  '集聚区', '示范区', '先行区', '试验区', '样板区', '先导区', '示范带', '示范点', '示范村', '示范县', '示范镇',
  '示范基地', '试点', '基地', '专项行动', '三年行动', '攻坚行动', '行动计划', '集成改革',
  // The town, shop, contact point, park, pool and training ground built on a term (共同富裕先行市, 拥军优属示范店,
  // 社会救助联系点, 跨境电商产业园, 专精特新培育库, 具身智能训练场, 政协委员联络组). Not 联合体: 共富联合体 is no
  // named body of 共富 (tests/unit/glossary-detect-set-up-names.test.ts).
  '先行市', '示范店', '联系点', '产业园', '培育库', '训练场', '联络组',
];

/** A character after the noun that makes it part of a longer word (基地化, 试点县 is fine, 集聚区域 is not a 集聚区). */
const LONGER_WORD = /^[化性式型者员师长域]/u;

/**
 * Nouns of the work, policy or channel built on a term, taken in the same way: 双减 + 工作, 低保 +
 * 政策, 浙里办 + 小程序, 浙政钉 + APP (the text is folded, so Latin is lower case). The card stays the
 * term's; the underline covers the name the article prints. So are the fund and the index named on a
 * term (共富 + 基金, 共富 + 指数: a county's common-prosperity fund, a province's index of it).
 */
export const CONCERN_NOUNS: readonly string[] = ['工作', '政策', '机制', '制度', '改革', '建设', '模式', '理念', '体系', '平台', '小程序', 'app', '基金', '指数'];

/**
 * A character after a concern noun that makes it part of a longer word or a name: 工作室, 工作者,
 * 工作人员, 工作日, 工作站, 建设银行, 机制砂, 改革开放, 政策性; and a Latin letter or digit after app (apple).
 */
const LONGER_CONCERN = /^[化性式型者员师长域室人日站服银砂纸开a-z0-9]/u;

/**
 * The length of the designation noun that starts at `at` in `text` and ends by `limit` (the next
 * match or the end of the clause), and is not the start of a longer word; 0 when there is none.
 */
export function headAt(text: string, at: number, limit: number): number {
  for (const head of NAME_HEADS) {
    const end = at + head.length;
    if (end <= limit && text.startsWith(head, at) && !LONGER_WORD.test(text.slice(end, end + 1))) return head.length;
  }
  for (const noun of CONCERN_NOUNS) {
    const end = at + noun.length;
    if (end <= limit && text.startsWith(noun, at) && !LONGER_CONCERN.test(text.slice(end, end + 1))) return noun.length;
  }
  return 0;
}

/**
 * Level and kind words that, directly before a term, name which one the article means: 国家级 +
 * 高新区, 省级 + 未来社区, 紧密型 + 医共体. The matcher takes one into the match, as it takes a
 * designation noun after it; the card stays the term's.
 */
export const LEVEL_PREFIXES: readonly string[] = ['国家级', '省级', '市级', '县级', '区级', '镇级', '村级', '紧密型'];

/** A character before the level word that makes it the end of a longer word (城市级, 社区级, 园区级). */
const LONGER_BEFORE = /[城社园街景]$/u;

/**
 * The length of the level word that ends at `at` in `text` and starts at or after `floor` (the
 * end of the previous match or the start of the clause), and is not the end of a longer word; 0
 * when there is none.
 */
export function levelBefore(text: string, at: number, floor: number): number {
  for (const word of LEVEL_PREFIXES) {
    const start = at - word.length;
    if (start >= floor && text.startsWith(word, start) && !LONGER_BEFORE.test(text.slice(Math.max(floor, start - 1), start))) return word.length;
  }
  return 0;
}
