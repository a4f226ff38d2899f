// The blind56 pages (tests/fixtures/pages/blind56-*, see blind56-manifest.json): central papers' e-paper pages (人民日报 in
// its pc/, pad/, older nw. and nbs. paths, 光明日报, 经济日报, 中国青年报, 农民日报, 法治日报, 工人日报, 中国纪检监察报, 学习时报)
// in the four Founder families, with what is hard on them — 本报评论员 alone at the body's top with no other byline,
// 人民日报记者 X、Y over a dateline lead, a 新华社 reprint with 新华社记者 X last, （据新华社…电） last, a 理论版 article
// under 作者：X with numbered 小标题, ［1］ note marks and a 注释 list, 记者手记, 编后 and 短评 boxes after the body, a
// table as <p> rows with 数据来源 under it, a 图片新闻 with 新华社发 and 人民视觉 credits, a court 公告 with 特此公告, the
// old 人民日报 template's <br> print lines — and an nbs. layout page and a 往期回顾 list to leave alone. Not in the browser
// suite. Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind56.
import { describe, expect, it } from 'vitest';
import { BLIND56_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind56-${stem}.html`;
const PHOTOS = f('nmrb3-pc-p-tupian-xinwen-benbaoxun-lead-captions-xinhuashe-fa-renmin-shijue-nongmin-ribao-jizhe-she');

// At the first run (11 of 14 pages all right, 101 of 105 gold blocks exact in both readers): on the 人民日报 pad/ page the
// byline 人民日报记者　丁怡婷、王　浩 (two names parted by 、) was given as body text; on the 光明日报 理论 page the author
// line 作者：陈志刚（中国人民大学经济学院教授） and the project line （本文系国家社科基金重大项目“…”阶段性成果） last were
// given as body text, and the second numbered bold 小标题 (二、以科技创新推动产业创新) as body text while the first and the
// third were headings; the 农民日报 图片新闻's title 冬闲变冬忙　田间增收忙 was read with its full-width space made a plain
// space (as blind42's 免签“朋友圈”扩容　“中国游”持续升温).
// After the round's rules (a padded name listed after another with 、 is one name; an author's line with the post in
// brackets and a project note are credits; a note mark after a sentence's end leaves the sentence ended): both pages
// are all right (13 of 14 pages, 105 of 105 blocks). Still open: the title's full-width space (the sets' gold disagree on it).
const OPEN = new Set<string>();
// Since blind144's round (an enpproperty title whose spaces stand where the page's own <h1> prints the same title with full-width spaces, two paired phrases or a letter-spaced head, keeps them: asPrinted in lib/detect/index.ts) the 图片新闻's title is found as the gold writes it: 14 of 14 pages.
const TITLE_OPEN = new Set<string>([]);
describeBlindPages('blind56', BLIND56_PAGES, OPEN, new Set<string>(), { titleOpen: TITLE_OPEN });

describe('the blind56 set', () => {
  it('holds twelve articles of central papers in all four families, a layout and a page to leave alone', () => {
    expect(BLIND56_PAGES.length).toBe(14);
    const hosts = new Set(BLIND56_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['paper.people.com.cn', 'epaper.gmw.cn', 'paper.ce.cn', 'zqb.cyol.com', 'szb.farmer.com.cn', 'epaper.legaldaily.com.cn',
      'epaper.workercn.cn', 'jjjcb.ccdi.gov.cn', 'paper.cntheory.com']) {
      expect(hosts.has(h)).toBe(true);
    }
    for (const fam of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(BLIND56_PAGES.some((p) => p.url.includes(fam))).toBe(true);
    expect(BLIND56_PAGES.some((p) => p.url.includes('/nw.D110000renmrb_'))).toBe(true);
    expect(BLIND56_PAGES.some((p) => p.url.includes('/nbs.D110000renmrb_'))).toBe(true);
    expect(BLIND56_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(12);
    expect(BLIND56_PAGES.filter((p) => p.expect.kind === 'layout').length).toBe(1);
    expect(BLIND56_PAGES.filter((p) => p.forcedRefused === true).length).toBe(1);
  });
});

describe('the blind56 pages whose titles were open', () => {
  it('are in the set', () => {
    for (const file of [PHOTOS]) expect(BLIND56_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
