// The blind155 pages (tests/fixtures/pages/blind155-*, see blind155-manifest.json): pages a reader opens Dubao on with
// "Use Dubao on this page" because the site is no e-paper, in an ordinary week (Monday 16 to Sunday 22 April 2029), on
// news portals and platforms earlier sets did not use — a 新浪新闻 k.sina reprint, a 宁波 government 部门文件 通知 under its
// 索引号/文号 table, a 新华网浙江频道 article, a 知乎专栏 post, a 小红书 note, a 温州 government 政策解读 of 问/答 turns, a
// 凤凰网浙江 article, a 甬上 share page, a 微博头条文章, a 央视新闻 share page — and four pages the forced start must refuse
// (a channel list, a search page, a login wall, a photo gallery). Not in the browser suite. Written with their gold
// before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind155.
import { describe, expect, it } from 'vitest';
import { BLIND155_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind155-${stem}.html`;
const ZHIHU_WED = f('zhihu155a-zhuanlan-post-richtext-p-unindented-h2-subheads-blockquote-figcaption-author-card-edited-ip-actions-comments-recommend-wed');
const XHS_WED = f('xhs155a-xiaohongshu-explore-note-detail-title-desc-note-text-br-lines-emoji-numbered-hashtags-after-date-ip-comments-likes-wed');
const WZGOV_THU = f('wzgov155a-jcms-zhengce-jiedu-xxgk-table-th-td-h2-art-title-zoom-p-indent-bold-span-wen-heads-da-answers-items-xiangguan-wenjian-print-close-thu');

// At the first run (11 of 14 pages all right, 65 of 75 gold blocks exact in both readers):
// - The 小红书 note's text, lines set apart by <br> inside span.note-text with empty <br><br> lines between its lead,
//   its four emoji-numbered lines and its closing line, comes out as one paragraph with the #hashtag links glued to
//   its end: 0 of 6 blocks. Its date is not found either: the page says 04-18 浙江 with no year (the year is only in
//   the pictures' addresses), so the manifest's 2029-04-18 asks for what the page does not say.
// - On the 温州 政策解读 page the four bold 一问：…？ questions (bold by <span style="font-weight:bold">, not <strong>)
//   come out as body paragraphs, not headings: text right, kind wrong (7 of 11).
// - On the 知乎专栏 post every block is exact but no date is found: the only date is in the 编辑于 2029-04-18 09:21・IP
//   属地浙江 line under the text. Mended: a forced page that prints no date over its text takes the date of a
//   publishing line (编辑于/发布于/发表于/更新于 …) right after the text (lib/detect/index.ts dateBelowBody;
//   tests/unit/reflow-blind155.test.ts); the page passes.
const OPEN = new Set<string>([XHS_WED, WZGOV_THU]);
const UNORDERED = new Set<string>([]);
const TITLE_OPEN = new Set<string>([XHS_WED]);
// The first run's page whose date was open, passing now.
const FIRST_RUN_TITLE_OPEN = [ZHIHU_WED];
const HEADLINES_OPEN = new Set<string>([]);
describeBlindPages('blind155', BLIND155_PAGES, OPEN, UNORDERED, { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind155 set', () => {
  it('holds ten forced articles and four pages to refuse, none of them an e-paper, two a day for a week', () => {
    expect(BLIND155_PAGES.length).toBe(14);
    expect(BLIND155_PAGES.every((p) => !p.expect.recognized && p.expect.site === null && p.charset === 'utf-8')).toBe(true);
    const refused = BLIND155_PAGES.filter((p) => p.forcedRefused === true);
    expect(refused.length).toBe(4);
    expect(refused.every((p) => p.forced === undefined && p.file.includes('-refused-'))).toBe(true);
    expect([...OPEN, ...TITLE_OPEN, ...FIRST_RUN_TITLE_OPEN].every((file) => BLIND155_PAGES.some((p) => p.file === file && p.forced !== undefined))).toBe(true);
    expect(BLIND155_PAGES.filter((p) => new URL(p.url).hostname.endsWith('.gov.cn')).length).toBe(2);
    const hosts = new Set(BLIND155_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(13);
    const days = BLIND155_PAGES.map((p) => p.file.replace(/^.*-(mon|tue|wed|thu|fri|sat|sun)\.html$/u, '$1'));
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) expect(days.filter((x) => x === d).length).toBe(2);
    const dates = BLIND155_PAGES.flatMap((p) => (p.forced ? [p.forced.date] : []));
    expect(dates.length).toBe(10);
    expect(dates.every((d) => d !== null && d >= '2029-04-16' && d <= '2029-04-22')).toBe(true);
  });
});
