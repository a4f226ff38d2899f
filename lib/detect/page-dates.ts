// The date a news page prints around its article's text, for a page read by the forced start: a date line under the
// title, a meta line just before the body, a platform's publishing line right after it.
import { dateFromText } from './date';

/** Text with every run of white space (full-width and no-break spaces too) as one space. */
const flat = (t: string): string => t.replace(/[\s\u3000\u00a0]+/gu, ' ');

/** How far after the title a news page prints its date line (`澎湃新闻记者 X 2024-10-11 18:42 来源：…`). */
const DATE_LINE_REACH = 120;

/** The first date printed right under the title in the page's text (a news page's date line), or null. */
export function dateUnderTitle(doc: Document, title: string): string | null {
  const text = flat(doc.body?.textContent ?? '');
  const at = text.indexOf(title);
  return at < 0 ? null : dateFromText(text.slice(at + title.length, at + title.length + DATE_LINE_REACH));
}

/**
 * The last date printed in the page's text just before the body (a news page's meta line, `天目新闻记者 X
 * 2025-11-25 16:40 来源：…`), for a forced page whose title is printed nowhere in it; null without one.
 */
export function dateAboveBody(doc: Document, body: Element): string | null {
  const text = flat(doc.body?.textContent ?? '');
  const head = flat(body.textContent ?? '').trim().slice(0, 40);
  const at = head ? text.indexOf(head) : -1;
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - DATE_LINE_REACH), at);
  const dates = before.match(/\d{4}\s*(?:年|-|\/|\.)\s*\d{1,2}\s*(?:月|-|\/|\.)\s*\d{1,2}/gu) ?? [];
  const last = dates[dates.length - 1];
  return last ? dateFromText(last) : null;
}

/** How far after the body a platform prints its publishing line. */
const PUBLISHED_REACH = 40;
/** A date said to be when the text was published or last edited (`编辑于 2029-04-18 09:21`, `发布于 2024-10-11`). */
const PUBLISHED_ON = /(?:编辑|发布|发表|更新)于\s*(\d{4}\s*(?:年|-|\/|\.)\s*\d{1,2}\s*(?:月|-|\/|\.)\s*\d{1,2})/u;

/**
 * The date of the publishing line right under the body (a platform's `编辑于 2029-04-18 09:21・IP 属地浙江` under a
 * 知乎 post): for a forced page that prints no date over its text; null without one. Only a date said to be when
 * the text was published or edited is read, so a related list's dates after the text are not.
 */
export function dateBelowBody(doc: Document, body: Element): string | null {
  const text = flat(doc.body?.textContent ?? '');
  const tail = flat(body.textContent ?? '').trim().slice(-40);
  const at = tail ? text.lastIndexOf(tail) : -1;
  if (at < 0) return null;
  const m = PUBLISHED_ON.exec(text.slice(at + tail.length, at + tail.length + PUBLISHED_REACH));
  return m ? dateFromText(m[1] as string) : null;
}
