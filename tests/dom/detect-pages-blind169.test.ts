// The blind169 pages (tests/fixtures/pages/blind169-*, see blind169-manifest.json): pages a reader opens Dubao on with
// "Use Dubao on this page" because the site is no e-paper, in an ordinary week (Monday 10 to Sunday 16 February 2031), on
// news portals, city and county news sites and government sites earlier forced sets did not use — a 浙江在线 article, a
// 中国宁波网 reprint of <br> print lines, a 潮新闻 share page, a 杭州网 TRS page, a 温州网 reprint of one <p> per print
// line, a 中国台州网 reprint of <p>s of <br> lines, a 人民网浙江频道 article, a 湖州 government 政府文件 通知, a 澎湃
// article, a 新昌 county 融媒体 site of <br> print lines, a 交通运输厅 工作动态 — and three pages the forced start must
// refuse (a column list, a search page, a photo gallery). Not in the browser suite. Written with their gold before Dubao
// ran on them. Figures per page: npm run -s score:blind -- --set blind169.
import { describe, expect, it } from 'vitest';
import { BLIND169_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind169-${stem}.html`;
const ZJOL_MON = f('zjol169a-zjol-news-arttitle-h1-arttext-p-indented-ideographic-zhejiangzaixian-xun-jizhe-glued-centred-img-caption-print-source-line-last-bianji-zebian-related-mon');
const CNNB_MON = f('cnnb169a-cnnb-article-h1-title-msg-laiyuan-zuozhe-zoom-br-print-lines-16-indented-empty-line-between-benbaoxun-jizhe-glued-bianji-shenhe-xiangguan-mon');
const THEPAPER_SAT = f('thepaper169a-thepaper-newsdetail-index-title-h1-cententwrap-p-unindented-pengpai-jizhe-line-first-strong-xiaobiaoti-figure-figcaption-tupian-laiyuan-benwen-laizi-last-zeren-bianji-jiaodui-sat');

// At the first run (12 of 14 pages all right, 73 of 74 gold blocks exact in both readers):
// - On the 浙江在线 article every gold block is exact, but the 《浙江日报》2031年02月10日　第1版 print-source line last in
//   div#artText is kept as a heading: the output is not the gold alone, and a false headline.
// - On the 中国宁波网 reprint the last paragraph of <br> print lines comes out in three pieces, cut after 提供免 (a
//   line holding 800 in half-width figures) and after 上调了300元。 (likewise): 4 of 5.
// - On the 澎湃 article every gold block is exact, but the （本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP） line last
//   is kept as a paragraph: the output is not the gold alone.
// Mended, the first and the third: a print-source line unbracketed with its page, and a portal's prompt to download its
// app, are portal boilerplate (lib/extract/boilerplate.ts); tests/unit/reflow-blind169.test.ts. The pages pass.
// Mended between rounds, the second: where every paragraph opens indented after an empty line and ends a sentence before
// it, indentation and blank lines agree and indentation counts (lib/reflow/evidence.ts `marksAgree`); the DOM reader reads
// `　周　亮）…` under `…通讯员` as no indented line (lib/extract/index.ts). The page passes.
const OPEN = new Set<string>([]);
const UNORDERED = new Set<string>([]);
const TITLE_OPEN = new Set<string>([]);
const HEADLINES_OPEN = new Set<string>([]);
// The first run's misses, passing now.
const FIRST_RUN_UNORDERED = [ZJOL_MON, THEPAPER_SAT];
const FIRST_RUN_OPEN = [CNNB_MON];
describeBlindPages('blind169', BLIND169_PAGES, OPEN, UNORDERED, { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind169 set', () => {
  it('holds eleven forced articles and three pages to refuse, none of them an e-paper, two a day for a week', () => {
    expect(BLIND169_PAGES.length).toBe(14);
    expect(BLIND169_PAGES.every((p) => !p.expect.recognized && p.expect.site === null && p.charset === 'utf-8')).toBe(true);
    const refused = BLIND169_PAGES.filter((p) => p.forcedRefused === true);
    expect(refused.length).toBe(3);
    expect(refused.every((p) => p.forced === undefined && p.file.includes('-refused-'))).toBe(true);
    expect([...OPEN, ...FIRST_RUN_UNORDERED, ...FIRST_RUN_OPEN].every((file) => BLIND169_PAGES.some((p) => p.file === file && p.forced !== undefined))).toBe(true);
    expect(BLIND169_PAGES.filter((p) => new URL(p.url).hostname.endsWith('.gov.cn')).length).toBe(2);
    const hosts = new Set(BLIND169_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND169_PAGES.map((p) => p.file.replace(/^.*-(mon|tue|wed|thu|fri|sat|sun)\.html$/u, '$1'));
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) expect(days.filter((x) => x === d).length).toBe(2);
    const dates = BLIND169_PAGES.flatMap((p) => (p.forced ? [p.forced.date] : []));
    expect(dates.length).toBe(11);
    expect(dates.every((d) => d !== null && d >= '2031-02-10' && d <= '2031-02-16')).toBe(true);
  });
});
