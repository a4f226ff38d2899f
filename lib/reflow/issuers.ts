// The issuers a statistical bulletin or report prints first, under its title (`杭州市统计局　国家统计局杭州调查队`,
// `湖州市统计局`): they sign it, a byline, not a headline nor a paragraph. A line twice as wide as a county paper's
// column wraps them (`宁波市统计局　国家统计局宁波调` / `查队`).
import type { BlockKind } from './types';

/**
 * One to three issuing bodies of statistics parted by spaces, nothing else: a province's, city's, county's or district's
 * 统计局 (its place named in two characters or more: not `据市统计局`) or the national bureau's and its 调查队 or 调查总队.
 */
const ISSUERS = /^(?:(?:[\u4e00-\u9fff]{2,8}[省市县区]统计局|国家统计局(?:[\u4e00-\u9fff]{2,8}调查总?队)?)[\u3000 ]*){1,3}$/u;

/** `text` names the issuers of a bulletin and nothing else (see `ISSUERS`). */
export function isIssuerLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && (t.endsWith('局') || t.endsWith('队')) && ISSUERS.test(t);
}

/** A block as the segmenter drafts it: its kind, its text, its lines and where a break was removed. */
interface DraftLike<L> {
  kind: BlockKind;
  text: string;
  lines: L[];
  joins: number[];
}

/**
 * The text's first block names a bulletin's issuers (see `isIssuerLine`): a byline. Where their line wrapped and the two
 * print lines were taken for two blocks of one line each (two headlines: `宁波市统计局　国家统计局宁波调` / `查队`), they
 * are one byline.
 */
export function issuersFirst<L, D extends DraftLike<L>>(blocks: D[]): D[] {
  const [first, second] = blocks;
  if (first === undefined || first.kind === 'byline' || first.kind === 'caption') return blocks;
  if (isIssuerLine(first.text)) {
    first.kind = 'byline';
    return blocks;
  }
  if (second === undefined || first.lines.length !== 1 || second.lines.length !== 1 || second.kind !== first.kind) return blocks;
  if (!isIssuerLine(first.text.trimEnd() + second.text.trim())) return blocks;
  first.kind = 'byline';
  first.joins.push(first.text.trimEnd().length);
  first.text = first.text.trimEnd() + second.text.trim();
  first.lines.push(...second.lines);
  blocks.splice(1, 1);
  return blocks;
}
