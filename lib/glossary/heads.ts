/**
 * Designation and programme nouns that turn a glossary term into the name of a place or a
 * campaign built on it: 夜间经济 + 集聚区, 共同富裕 + 示范区, 未来社区 + 试点. Where one directly
 * follows a matched form, the matcher takes it into the match (the card still explains the term),
 * so that the underline covers the whole name the article prints. Pure.
 */

/** The nouns, longest first among those sharing a start. */
export const NAME_HEADS: readonly string[] = [
  '集聚区', '示范区', '先行区', '试验区', '样板区', '先导区', '示范带', '示范点', '示范村', '示范县', '示范镇',
  '示范基地', '试点', '基地', '专项行动', '三年行动', '攻坚行动', '行动计划', '集成改革',
];

/** A character after the noun that makes it part of a longer word (基地化, 试点县 is fine, 集聚区域 is not a 集聚区). */
const LONGER_WORD = /^[化性式型者员师长域]/u;

/**
 * The length of the designation noun that starts at `at` in `text` and ends by `limit` (the next
 * match or the end of the clause), and is not the start of a longer word; 0 when there is none.
 */
export function headAt(text: string, at: number, limit: number): number {
  for (const head of NAME_HEADS) {
    const end = at + head.length;
    if (end <= limit && text.startsWith(head, at) && !LONGER_WORD.test(text.slice(end, end + 1))) return head.length;
  }
  return 0;
}
