// A notice's name on a line of its own over its text (`减资公告`, `注销公告`, `遗失声明`, `寻物启事`, `停水通知`), as a
// 公告 page prints several companies' or readers' notices one under another: the first at the text's top, each next one
// right under the one before it ended (its date, or a finished sentence). In print lines that lost their bold and their
// centring nothing but the wording sets it apart, and the line is too short to be told from a paragraph's last line by
// its width alone.
import { isDateLine } from './notice-lines';
import type { Line } from './columns';
import { lineEndsSentence } from './line-tests';
import type { BlockKind } from './types';

/** A notice's name: two to ten Han characters of what it is about and the word for the kind of notice, no mark. */
const NOTICE_NAME = /^[\u4e00-\u9fff]{2,10}(?:公告|声明|启事|通知|通告|公示)$/u;
/** Words that open a notice's closing formula or a sentence announcing one (`特此公告`, `现予公告`, `兹定于…通知`), not a name. */
const NOT_A_NAME = /^(?:特此|谨此|现予|现将|予以|兹|依法|如下|以上|本)/u;

/** Whether `text` is a notice's name alone (see `NOTICE_NAME`). */
export const isNoticeName = (text: string): boolean => NOTICE_NAME.test(text) && !NOT_A_NAME.test(text);

/** Text of prose under a name: a sentence, or a line long enough to be one. */
const holdsProse = (text: string): boolean => /[。！？；，]/u.test(text) && text.length >= 16;

/**
 * A body block that is a notice's name alone (one print line), at the text's top or right under a finished notice (its
 * date alone, or a block ending a sentence), over a block of prose, is a heading. Not a name last, nor one over another
 * name, a row or a date; nor a closing formula (`特此公告`).
 */
export function noticeNameHeads<D extends { kind: BlockKind; text: string; lines: unknown[] }>(blocks: D[]): D[] {
  blocks.forEach((b, i) => {
    if (b.kind !== 'body' || b.lines.length !== 1) return;
    const t = b.text.trim();
    if (!isNoticeName(t)) return;
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    if (!next || next.kind !== 'body' || !holdsProse(next.text)) return;
    if (prev && !isDateLine(prev.text) && !/[。！？!?]$/u.test(prev.text.trim())) return;
    b.kind = 'heading';
  });
  return blocks;
}

/**
 * At a print-line boundary inside a run: line `a` is a notice's name alone (`停水通知`), the text's first line or under a
 * line ending a sentence or a date, and line `b` under it holds a clause's or a sentence's mark: the name ends there (the
 * last pass above makes it the heading). A run with no empty line and no indent gives nothing else to part them by.
 */
export function noticeNameAlone(lines: readonly Line[], a: Line, b: Line): boolean {
  if (!isNoticeName(a.text.trim()) || !/[，。；！？]/u.test(b.text)) return false;
  const above = lines[a.ord - 1];
  return above === undefined || lineEndsSentence(above) || isDateLine(above.text.trim());
}
