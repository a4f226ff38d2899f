// Credits of 理论 and 学术 pages: the author's line with the post in brackets, and the note naming the project a piece
// comes out of.
import { isSurnamed } from './name-rows';

/**
 * `作者：陈志刚（中国人民大学经济学院教授）`, `作者：王　静（中共中央党校（国家行政学院）教授）`: 作者 and a colon, a
 * personal name of two to four characters (padded or not), and the author's post or unit in brackets (one bracket may
 * nest inside), the whole line. No sentence mark inside: `作者：这是一篇（…）` with a comma or a full stop is prose.
 */
const AUTHOR_POST =
  /^作者\s*[：:]\s*[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3}\s*[（(](?:[^（()）。，！？；]|[（(][^（()）。，！？；]{1,16}[)）]){2,40}[)）]$/u;

/**
 * `（本文系国家社科基金重大项目“新质生产力的理论与实践研究”阶段性成果）`, `（本文为教育部人文社科项目（23YJA710001）的研究成果）`:
 * the project a piece comes out of, in brackets on a line of its own, opening 本文系/本文为/本文是 and ending in 成果 or 项目.
 * No sentence mark inside (the project's title in “” may hold a 、).
 */
const FUNDING_NOTE =
  /^[（(]\s*本(?:文|研究)(?:系|为|是)(?:[^（()）。，！？；]|[（(][^（()）。，！？；]{1,24}[)）]){4,80}(?:成果|项目|资助)\s*[)）]$/u;

/**
 * `□ 王海燕（宁波大学马克思主义学院教授）`: a 理论 page's author after a box or bullet, with the post in brackets as
 * `AUTHOR_POST` reads it after 作者：. The name begins with a family name and the post holds four characters or more:
 * `□ 故乡的河（外一首）` is a poem's title.
 */
const MARKED_POST =
  /^[■□●◆★◎☆◇]\s*([\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,3})\s*[（(](?:[^（()）。，！？；]|[（(][^（()）。，！？；]{1,16}[)）]){4,40}[)）]$/u;

/** An author's line with the post in brackets, or a project note: a credit of the article, no sentence text. */
export function isAuthorCredit(text: string): boolean {
  const t = text.trim();
  const c = t.charCodeAt(0);
  if (c >= 0x25a0 && c <= 0x2606) return markedPost(t);
  if (c !== 0x4f5c && c !== 0xff08 && c !== 0x28) return false; // 作, （, (
  return AUTHOR_POST.test(t) || FUNDING_NOTE.test(t);
}

function markedPost(t: string): boolean {
  const m = MARKED_POST.exec(t);
  return m !== null && isSurnamed((m[1] as string).replace(/[ \u3000]/gu, ''));
}
