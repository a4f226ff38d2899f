// A line ending in a colon before the first item of a numbered list (`…初步确定以下8个候选项目：` /
// `1.新建改建农村公路50公里；`): the colon announces the list, so the paragraph ends there, as after
// `…如下：`, though no `如下` or `以下：` says so.

/** The first item of a numbered list: `1.`, `1、`, `一、`, `（一）`, `（1）`, `①` (not a decimal `1.5`; not `一是`, which runs on in its paragraph). */
const FIRST_ITEM = /^(?:1[.．、](?![0-9])|一、|（一）|\(一\)|[（(]1[)）]|①)/u;

/** Line `a` ends in a colon and line `b` opens the first item of a numbered list. */
export function colonOpensList(a: string, b: string): boolean {
  return /[：:]$/u.test(a.trim()) && FIRST_ITEM.test(b.trim());
}
