// The blind147 pages (tests/fixtures/pages/blind147-*, see blind147-manifest.json): pages a reader opens Dubao on with
// "Use Dubao on this page" because the site is no e-paper, in an ordinary week (Monday 16 to Sunday 22 October 2028) —
// three 政务 WeChat public-account articles (div#js_content of <p> with <span leaf> and numbered bold 小标题, of
// <section>/<span> soup with boxed 小标题, a boxed lead and numbered items with <strong> heads; captions, 来源/编辑/责编/审核
// footers, 往期推荐, 点击关注, 阅读原文), a JCMS 政策解读 page under its 索引号/发布机构 table, 潮新闻 and 浙江新闻 share
// pages, a 百家号 and a 今日头条 政务号 article, a county 融媒体 site's <br> print-line reprint with 打印本页/关闭窗口, a city
// government 部门动态 article — and four pages the forced start must refuse (a 公众号 profile list, a 政策解读 column list,
// a WeChat search page, a video page with a one-line summary). Not in the browser suite. Written with their gold before
// Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind147.
import { describe, expect, it } from 'vitest';
import { BLIND147_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind147-${stem}.html`;
const LPFB_MON = f('lpfb147a-wechat-js-content-p-per-paragraph-span-leaf-strong-numbered-subheads-img-caption-laiyuan-bianji-shenhe-wangqi-tuijian-yuedu-yuanwen-mon');
const AJFB_TUE = f('ajfb147a-wechat-js-content-section-soup-spans-centred-img-caption-section-box-subheads-laiyuan-jizhe-zebian-shenhe-footer-dianji-guanzhu-tue');
const WLFB_SUN = f('wlfb147a-wechat-js-content-lead-in-boxed-section-numbered-items-strong-heads-glued-img-caption-laiyuan-bianji-zebian-shenhe-sun');
const BAIJIAHAO_THU = f('tongxiang147a-baijiahao-zhengwuhao-index-module-content-text-p-span-bjh-p-bjh-strong-question-subheads-image-caption-report-author-recent-thu');
const TOUTIAO_FRI = f('zhoushan147a-toutiao-article-syl-article-base-p-per-paragraph-h1-subheads-pgc-img-caption-author-card-related-hot-fri');
const HAOKAN_SUN = f('haokan147a-bjh-video-page-player-title-playnums-author-one-line-desc-recommend-refused-sun');

// At the first run (11 of 14 pages all right, 73 of 74 gold blocks exact in both readers):
// - On the three WeChat pages the 点击关注　了解更多 line under the follow GIF after the 往期推荐 list comes out as a last
//   caption (the 往期推荐 list itself is left out): every gold block is given, not the gold alone. Mended: the follow
//   prompt at the foot is left out as the one at the head always was (lib/extract/boilerplate.ts FOLLOW_PROMPT;
//   tests/unit/reflow-blind147.test.ts); the three pages pass.
// - On the 百家号 page the picture's caption, a <p class="bjh-image-caption"> after the picture's own block, comes out
//   as a body paragraph. Mended: a short line right under a picture in a block whose class names it a caption is the
//   picture's caption, as a centred one is (lib/extract/styles.ts namesCaption; tests/unit/reflow-blind147.test.ts).
// - On the 今日头条 page the block read is the whole div.article-content: the page's <h1> title, the time/account line
//   and the 举报 link after the <article> come out as headlines around the article's blocks.
// - The 好看视频 page (a player, a title, a date/plays line, the account and a one-sentence summary) is not refused by
//   the forced start: it reads the title, the plays line and the account as headlines over the summary. Mended: a dated
//   line that says no more than when the page was published and how often it was played or read weighs nothing, as a
//   dated 来源 line never did (lib/detect/densest.ts PUBLISHED; tests/unit/reflow-blind147.test.ts); the summary alone
//   is too light to be an article and the page is refused.
const OPEN = new Set<string>([]);
// The first run's open page, passing now.
const FIRST_RUN_OPEN = [BAIJIAHAO_THU];
// 今日头条 passes since a page with no Founder markup read by the forced start takes the densest block inside an element
// named like a Founder body (div.article-content): its <article> (lib/detect/index.ts findBody; tests/unit/reflow-blind147.test.ts).
const UNORDERED = new Set<string>([]);
// The first run's unordered WeChat pages, all passing now.
const FIRST_RUN_UNORDERED = [LPFB_MON, AJFB_TUE, WLFB_SUN];
const TITLE_OPEN = new Set<string>([]);
const HEADLINES_OPEN = new Set<string>([]);
const FIRST_RUN_HEADLINES_OPEN = [TOUTIAO_FRI];
describeBlindPages('blind147', BLIND147_PAGES, OPEN, UNORDERED, { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind147 set', () => {
  it('holds ten forced articles and four pages to refuse, none of them an e-paper, two a day for a week', () => {
    expect(BLIND147_PAGES.length).toBe(14);
    expect(BLIND147_PAGES.every((p) => !p.expect.recognized && p.expect.site === null && p.charset === 'utf-8')).toBe(true);
    const refused = BLIND147_PAGES.filter((p) => p.forcedRefused === true);
    expect(refused.length).toBe(4);
    expect(refused.every((p) => p.forced === undefined)).toBe(true);
    expect(refused.some((p) => p.file === HAOKAN_SUN)).toBe(true);
    expect([...FIRST_RUN_OPEN, ...FIRST_RUN_HEADLINES_OPEN].every((file) => BLIND147_PAGES.some((p) => p.file === file && p.forced !== undefined))).toBe(true);
    const wechat = BLIND147_PAGES.filter((p) => new URL(p.url).hostname === 'mp.weixin.qq.com');
    expect(wechat.length).toBe(4);
    expect(wechat.filter((p) => p.forced !== undefined).map((p) => p.file).sort()).toEqual([...FIRST_RUN_UNORDERED].sort());
    expect(BLIND147_PAGES.filter((p) => new URL(p.url).hostname.endsWith('.gov.cn')).length).toBe(3);
    const days = BLIND147_PAGES.map((p) => p.file.replace(/^.*-(mon|tue|wed|thu|fri|sat|sun)\.html$/u, '$1'));
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) expect(days.filter((x) => x === d).length).toBe(2);
    const dates = BLIND147_PAGES.flatMap((p) => (p.forced ? [p.forced.date] : []));
    expect(dates.length).toBe(10);
    expect(dates.every((d) => d !== null && d >= '2028-10-16' && d <= '2028-10-22')).toBe(true);
  });
});
