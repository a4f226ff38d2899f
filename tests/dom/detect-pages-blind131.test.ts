import { describe, expect, it } from 'vitest';
import { BLIND131_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind131-${stem}.html`;
const ZJRB = f('zjrb131a-zjol-classic-p-per-column-piece-14-shendu-yi-er-san-strong-xiaobiaoti-benbao-jizhe-tongxunyuan-first-xiazhuan-mon');
const SCRB = f('scrb131a-scdaily-pc-p-per-paragraph-lilun-yi-er-san-plain-xiaobiaoti-zuozhe-last-mon');
const HZRB = f('hzrb131a-hzdaily-article-detail-p-per-column-cut-16-diaocha-strong-square-marked-xiaobiaoti-caption-between-columns-lianjie-box-zeren-bianji-tue');
const WZRB = f('wzrb131a-wzdaily-pc-prewrap-indented-16-renwu-texie-benbao-jizhe-first-quoted-xiaobiaoti-alone-jizhe-shouji-last-wed');
const JXRB = f('jxrb131a-cnjxol-pc-detail-art-p-per-print-line-17-indented-zhuanti-jizhe-tongxunyuan-first-diamond-marked-xiaobiaoti-caption-between-lianjie-box-wed');
const SXRB = f('sxrb131a-shaoxing-pc-prewrap-plain-15-blank-between-tongxun-benbao-jizhe-tongxunyuan-first-short-line-xiaobiaoti-thu');
const HUZHOU = f('huzhou131a-hz66-classic-br-18-plain-blank-between-zhuanti-benbao-jizhe-first-triangle-marked-xiaobiaoti-zeren-bianji-fri');
const QJWB = f('qjwb131a-thehour-classic-p-per-paragraph-indented-renwu-jizhe-first-corner-quoted-bold-xiaobiaoti-caption-between-fri');

// At the first run (4 of 14 pages all right, 230 of 248 gold blocks exact in both readers):
// - 四川日报 理论: the author line last, （作者系四川省社会科学院研究员）, is given as a byline; the gold has it as body.
// - 杭州日报 民生调查 (<p> per column piece, the indent given by CSS only): a column ends exactly after a paragraph's first
//   sentence (……“想来但来不了”。), and the paragraph was parted there — nothing on the page tells the cut from a paragraph end.
// - 温州日报 人物特写 (pre-wrap, indented, sixteen wide): two of the three 小标题 made of a quotation in “” alone on a line
//   were joined onto the paragraph before, whose last line was full and ended in 。”.
// - 嘉兴日报 专题 (<p> per print line, indented, seventeen wide): four paragraphs were parted after a full line ending in 。
//   (one of them seventeen wide with its 。 hanging as the eighteenth), and the first line of one paragraph was made a 小标题,
//   as was the first line of the 链接 box's paragraph (false headlines).
// - 台州日报 头版 调查 (<br> print lines thirteen wide, indented): the ◎ 小标题 longer than the column, after a paragraph's
//   short last line, was joined onto that paragraph. Passes since the round's rule (a ◎ head is a marked head as ■ and ◆
//   ones are: lib/reflow/marked-lines.ts); 5 of 14 pages, 232 of 248 blocks.
// - 金华日报 人物特写 (<p> per print line, indented, sixteen wide): three paragraphs were parted after a first line that ends in
//   。 exactly at full width (indent included) or after a full line ending in 。”.
// Since the blind135 round (a credited caption in a <p> of its own among print lines no longer stops the page being read as
// one print line per <p>: lib/reflow/line-elements.ts) the 嘉兴日报 专题 and the 金华日报 人物特写 are all right, and the
// 嘉兴日报 page makes no false headline: 6 of 14 pages, 242 of 248 blocks.
const OPEN = new Set<string>([SCRB, HZRB, WZRB]);
// Six pages are recognised as their paper's own template (zjrb, hangzhou, jxrb, sxrb, huzhou, qjwb) where the manifest,
// written before the run, expects the generic 'founder' site: the manifest's expectation is what is off there, and it is
// left as written. On the 湖州日报 page the title found is the pretitle in td.font01 (绿水青山就是金山银山), not the
// founder-title in td.font02: a real miss of the title.
const TITLE_OPEN = new Set<string>([ZJRB, HZRB, JXRB, SXRB, HUZHOU, QJWB]);
describeBlindPages('blind131', BLIND131_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN });

describe('the blind131 set', () => {
  it('holds a week of long articles on Zhejiang and other provinces\' papers, two pages a day', () => {
    expect(BLIND131_PAGES.length).toBe(14);
    const hosts = new Set(BLIND131_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(13);
    expect(hosts.has('epaper.scdaily.cn') && hosts.has('paper.dzwww.com') && hosts.has('epaper.jfdaily.com')).toBe(true);
    const days = BLIND131_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-09-18' && d <= '2028-09-24')).toBe(true);
    expect(BLIND131_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
  });
});
