// A line ending in a colon, or a list's short title (`节目单`), before the first item of a numbered list (`…初步确定以下8个候选项目：` /
// `1.新建改建农村公路50公里；`): the colon announces the list, so the paragraph ends there, as after
// `…如下：`, though no `如下` or `以下：` says so.
import { endsIn } from './chars';

/** The first item of a numbered list: `1.`, `1、`, `一、`, `（一）`, `（1）`, `①` (not a decimal `1.5`; not `一是`, which runs on in its paragraph). */
const FIRST_ITEM = /^(?:1[.．、](?![0-9])|一、|（一）|\(一\)|[（(]1[)）]|①)/u;

/** The second item's mark on the same line: the items run on in one paragraph (`（一）…；（二）…`). */
const SECOND_ITEM = /(?<![0-9])2[.．、](?![0-9])|二、|（二）|\(二\)|[（(]2[)）]|②/u;

/**
 * Line `a` ends in a colon and line `b` opens the first item of a numbered list, with no second item
 * on the same line (an enumeration run on inside its paragraph).
 */
export function colonOpensList(a: string, b: string): boolean {
  return endsIn(a.trim(), '：:') && opensList(b);
}

/** Line `b` opens the first item of a numbered list, with no second item on it. */
function opensList(b: string): boolean {
  const next = b.trim();
  return FIRST_ITEM.test(next) && !SECOND_ITEM.test(next);
}

/** A list's title: a paragraph of a few characters with no mark at all (`节目单`, `获奖名单`). */
const LIST_TITLE = /^[\u4e00-\u9fff]{2,10}$/u;

/**
 * The paragraph so far, `para`, is a short title with no mark and line `b` opens the first item of a
 * numbered list (with no second item on its line): the title stands apart from its list.
 */
export function titleOpensList(para: string, b: string): boolean {
  const t = para.trim();
  // A title holds ten characters at most: a longer paragraph (asked at every boundary) is answered without the patterns.
  return t.length <= 10 && LIST_TITLE.test(t) && opensList(b);
}
