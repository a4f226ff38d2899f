// The blind116 pages (tests/fixtures/pages/blind116-*, see blind116-manifest.json): news brief columns and picture news
// of an ordinary week (Monday 13 to Sunday 19 March 2028) on fourteen Zhejiang city and county papers — 简讯, 快讯 and
// 一句话新闻 columns of short items under 【】, ■, bold or place-and-colon heads with 本报讯 and bracketed credits, a
// 乡镇动态 column, 图片新闻 and 镜头 pages with captions and 摄影 credits, and 数据 boxes of figure rows, each in its
// paper's body shape. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind116.
import { describe, expect, it } from 'vitest';
import { BLIND116_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind116-${stem}.html`;
const HUZHOU = f('huzhou116a-hz66-classic-xiangzhen-dongtai-p-per-print-line-18-indented-four-items-square-town-heads-alone-tongxunyuan-bracket-last-tue');
const NBRB = f('nbrb116a-cnnb-classic-jingtou-column-font01-picture-above-body-br-blank-15-indented-caption-over-three-lines-jizhe-she-alone-last-wed');
const WZRB = f('wzrb116a-wzdaily-pc-prewrap-indented-16-benbao-jizhe-first-shuju-box-head-alone-dot-figure-rows-unindented-one-wrapping-shuju-laiyuan-last-wed');
const ZHUJI = f('zjrb116a-zhuji-mobile-zhenxiang-dongtai-prewrap-plain-15-three-items-place-colon-heads-alone-benbaoxun-tongxunyuan-bracket-last-sun');
const YHCB = f('yhcb116a-eyh-pc-yizhou-shuju-prewrap-16-four-square-figure-rows-unindented-wrapping-shuju-laiyuan-wrapping-jizhe-zhengli-bracketed-last-sun');

// At the first run (7 of 14 pages all right, 48 of 76 gold blocks exact in both readers):
// - 萧山日报 镇街快讯 (<br> lines plain 14): the four items, each opening with its town in 【】 and closing with
//   （通讯员　X） (the credit's bracket cut over two lines twice), run into one paragraph;
// - 湖州日报 乡镇动态 (<p> per print line 18 indented): the head ■ 新市镇 joined to the item before it (after its
//   short credit line), and ■ 和孚镇 given as a byline;
// - 宁波日报 镜头 (classic, the caption alone in the body, 记者　X　摄 alone last): not recognised (no title, no date);
// - 温州日报 story with a 数据 box (pre-wrap indented 16): the head 数据, the four ● rows and 数据来源：X joined to the
//   last paragraph;
// - 衢州日报 县区快讯 (<p> per print line plain 15): the items opening with their county in 【】 with no 区/县 ending run
//   into one paragraph, the last given as a caption;
// - 诸暨日报 镇乡动态 (pre-wrap plain 15): the head 枫桥镇：“枫桥经验”陈列馆改陈开放, running over two print lines,
//   joined to its item and the whole given as a caption;
// - 余杭晨报 一周数据 (pre-wrap plain 16): the four ■ figure rows, 数据来源：X and （记者　X　整理） in one paragraph.
// The 萧山日报 镇街快讯 (xsrb116a) and the 衢州日报 县区快讯 (qzrb116a) pass since the blind122 round: a 快讯 column's last item after another opening alike (【town】 glued)
// is no longer taken for a photo caption (sameItemOpening, lib/reflow/marked-items.ts).
const OPEN = new Set<string>([HUZHOU, NBRB, WZRB, ZHUJI, YHCB]);
const TITLE_OPEN = new Set<string>([NBRB]);
describeBlindPages('blind116', BLIND116_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN });

describe('the blind116 set', () => {
  it('holds an ordinary week of brief columns and picture news on fourteen Zhejiang papers', () => {
    expect(BLIND116_PAGES.length).toBe(14);
    const hosts = new Set(BLIND116_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND116_PAGES.map((p) => p.expect.date);
    expect(new Set(days).size).toBe(7);
    expect(BLIND116_PAGES.every((p) => p.expect.kind === 'article' && (p.expect.date ?? '') >= '2028-03-13' && (p.expect.date ?? '') <= '2028-03-19')).toBe(true);
    expect(BLIND116_PAGES.every((p) => p.charset === 'utf-8')).toBe(true);
  });
});
