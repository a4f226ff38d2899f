// The items of a 简讯 column printed as one run of print lines (<br> lines or pre-wrap, no empty line between items):
// `■ 柳市镇日前举办…现场签约。（记者　郑　洁` / `　通讯员　黄　浩）` / `■ 虹桥镇新建的…`. Each item opens with the mark the
// item before it opened with, after that item's finished sentence and its bracketed credit. Where no empty line and
// no indent says so, the mark is the only evidence: the line that opens with the same mark after a finished item opens
// the next item. (A mark inside a sentence, or a figure row with no sentence mark, `■ 3.6万人次　上周末…`, is not read.)
import { endsSentence } from './chars';
import { markOf, sameListMark } from './marked-items';

/** A finished sentence and then one closed bracket (the item's credit): `…现场签约。（记者　郑　洁通讯员　黄　浩）`. */
const SENTENCE_THEN_CREDIT = /[。！？][（(][^（()）。！？]{1,40}[)）]$/u;

/**
 * Line `b`, in the same run as the item's last line `a` (no empty line between them), opens with the list mark the
 * item (`opening`) opened with, and the item so far ends a sentence, bare or followed by its bracketed credit
 * (`tail`: the item's last two print lines, enough to hold a credit the line end cut).
 */
export function markedItemOpensInRun(opening: string, tail: string, bGap: number, b: string): boolean {
  if (bGap !== 0 || markOf(b) === null || !sameListMark(opening, b)) return false;
  const t = tail.trimEnd();
  return endsSentence(t) || SENTENCE_THEN_CREDIT.test(t.slice(-48));
}
