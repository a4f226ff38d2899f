// A reader's letter closes as a notice does: `此致` / `敬礼！`, then the writer's signature and the date, each a line of
// its own — body text, as a notice's signer and date are, not a byline and a headline.
import type { BlockKind } from './types';
import { isDateLine } from './notice-lines';

/** `敬礼！`, `此致敬礼！`: a letter's closing salute. */
const SALUTE = /^(?:此致[ \u3000]*)?敬礼[！!]?$/u;
/** `读者　胡建平`, `一位老党员　王建国`, `胡建平`: who signs a letter, a name after who they are or alone. */
const SIGNER = /^(?:[\u4e00-\u9fff]{1,8}[ \u3000]+)?[\u4e00-\u9fff·]{2,4}$/u;
/** `12月5日`: a letter's date with no year (papers print a reader's letter dated as it was written). */
const MONTH_DAY = /^\d{1,2}月\d{1,2}日$/u;

/**
 * After a letter's salute, a signature and a date under it (`读者　胡建平` / `12月5日`) are the letter's close, body
 * text: a signature with no date under it (an address note follows, `（地址：…）`) is left to the credit rules.
 */
export function letterCloseBody<T extends { kind: BlockKind; text: string }>(blocks: T[]): T[] {
  blocks.forEach((b, i) => {
    const signer = blocks[i + 1];
    const date = blocks[i + 2];
    if (!signer || !date || !SALUTE.test(b.text.trim()) || !SIGNER.test(signer.text.trim())) return;
    if (!isDateLine(date.text) && !MONTH_DAY.test(date.text.trim())) return;
    signer.kind = 'body';
    date.kind = 'body';
  });
  return blocks;
}
