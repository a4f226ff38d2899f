// A page of several short pieces by several writers (a 诗歌 page of three poets, a 副刊 corner of two short essays), each
// under its own title and its writer's mark and name on a line of its own (`紫阳街` / `□ 王一舟`), printed as one run of
// print lines with no empty line between the pieces: the marked name signs the piece that starts there, even after a
// verse line or a paragraph with no end mark, and the short line right above it is that piece's title, a heading of its own (segment.ts).
import type { Line } from './columns';
import { lineIsByline } from './line-tests';
import { OPENS_WITH_MARK } from './marked-items'; // a writer's mark opening a byline (`□ 王一舟`, `■ 林　汐`)

/** A piece's title: a short line with no punctuation at all (`紫阳街`, `在龙井村`). */
const TITLE = /^[\u4e00-\u9fff·]{1,10}$/u;
/**
 * A 评论 or 观点 piece's head, longer and with words in quotation marks (`别让“数据跑路”卡在最后一步`,
 * `充电桩要“建得好”更要“管得好”`): Han characters and pairs of quotation marks around words only, eighteen characters or fewer (the marks counted).
 */
const QUOTED_TITLE = /^(?=.{1,18}$)(?:[\u4e00-\u9fff·]|“[\u4e00-\u9fff·]{1,8}”)+$/u;

/**
 * Line `i`, not the first two of the body, is a marked writer's byline (`□ X`), the line before it a title alone (see
 * `TITLE`) and the line after it text that is not another byline: it signs the next piece, however the text before ended.
 */
export function signsNextPiece(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const title = lines[i - 1];
  const next = lines[i + 1];
  if (i < 2 || !l || !title || !next || !OPENS_WITH_MARK.test(l.text.trim()) || !lineIsByline(l)) return false;
  return (TITLE.test(title.text.trim()) || QUOTED_TITLE.test(title.text.trim())) && !lineIsByline(next) && !OPENS_WITH_MARK.test(next.text.trim());
}
