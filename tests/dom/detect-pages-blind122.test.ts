// The blind122 pages (tests/fixtures/pages/blind122-*, see blind122-manifest.json): the hard kinds, a fourth set, of an
// ordinary week (Monday 10 to Sunday 16 April 2028) on Zhejiang city and county papers — 简讯, 快讯 and 一句话新闻 columns
// whose items open with 【…】, ■, ▲ or ◆ and close with a credit in brackets, 乡镇动态 columns under town heads, picture
// news and a 镜头 caption opening with 【…】, a 数据 box, 提示 and 温馨提示 boxes — on the classic, pc, pad and mobile Founder
// families. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind122.
import { describe, expect, it } from 'vitest';
import { BLIND122_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind122-${stem}.html`;
const XSRB = f('xsrb122a-xsnet-classic-bshare-br-14-indented-jingji-benbaoxun-jizhe-glued-shuju-box-diamond-head-alone-four-figure-rows-shuju-laiyuan-last-wed');
const PHRB = f('phrb122a-pinghu-classic-jingtou-font01-picture-above-body-br-blank-15-indented-caption-bracket-head-glued-jizhe-she-alone-last-thu');
const YWSB = f('ywsb122a-ywshangbao-pc-zhenjie-dongtai-p-per-column-piece-5-16-indented-three-bold-town-heads-alone-jizhe-tongxunyuan-bracket-last-fri');
const HUZHOU = f('huzhou122a-hz66-classic-bshare-quxian-jianxun-br-18-indented-four-items-diamond-place-colon-glued-jizhe-tongxunyuan-bracket-last-sat');
const QZRB = f('qzrb122a-qz828-pad-xianqu-kuaixun-p-per-print-line-15-indented-three-bracket-county-heads-alone-jizhe-tongxunyuan-bracket-last-sun');

// At the first run (5 of 14 pages all right, 49 of 70 gold blocks exact in both readers):
// - ZJRB, TXRB, HUZHOU, ZSRB: the column's last item (■, 【town】 or ◆ glued, closing with its bracketed credit) given as
//   a caption, every other item body as written.
// - RARB: each ▲ one-sentence item in <br> lines plain fourteen wide cut after its first print line, the line made a
//   caption and the rest body (five blocks).
// - XSRB: the 数据 box's head (◆数读一季度), four figure rows and the 数据来源 line run together into two body blocks.
// - PHRB: the 镜头 caption opening with 【麦浪】 in the body given as body (the 摄 line alone is a caption as written).
// - YWSB: in <p> per column piece, a piece that ends just before an item's closing credit: （通讯员　X） split off as a byline.
// - QZRB: in <p> per print line, the 【county】 heads alone after the first glued to the end of the item before them.
// The 诸暨日报 (zjrb122a), 桐乡日报 (txrb122a) and 舟山日报 (zsrb122a) pages and HUZHOU's blocks pass since this set's round: a column's last item after another opening alike
// (the same mark, or a bracketed head glued) is no longer taken for a photo caption (sameItemOpening,
// lib/reflow/marked-items.ts). HUZHOU stays in TITLE_OPEN below.
// RARB passes since ▲ items opening after a finished sentence count as elements do when no picture is near
// (lib/reflow/marked-items.ts unpicturedTriangles) and a line ending on an opening mark goes on (chars.ts endsOnOpeningMark).
const OPEN = new Set<string>([XSRB, PHRB, YWSB, QZRB]);
// XSRB and HUZHOU: the manifest expects site "founder" where the detector names these papers' own templates ("xsrb",
// "huzhou", as earlier sets' manifests for 萧山日报 and 湖州日报 expect): a fault of the manifest, not of the detector;
// title and date are found as written. The manifest is not edited after the first run, so both stay open here.
const TITLE_OPEN = new Set<string>([XSRB, HUZHOU]);
describeBlindPages('blind122', BLIND122_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN });

describe('the blind122 set', () => {
  it('holds an ordinary week of columns and boxes on fourteen Zhejiang city and county papers, two pages a day', () => {
    expect(BLIND122_PAGES.length).toBe(14);
    const hosts = new Set(BLIND122_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND122_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-04-10' && d <= '2028-04-16')).toBe(true);
    expect(BLIND122_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
  });
  it('marks its items as the theme asks: 【…】, ■, ▲ and ◆ heads, bracketed credits, boxes', () => {
    const text = BLIND122_PAGES.map((p) => p.file).join(' ');
    for (const w of ['square-bracket', 'square-mark', 'triangle-mark', 'diamond', 'shuju-box', 'wenxin-tishi', 'tishi-head', 'jingtou', 'town-heads'])
      expect(text).toContain(w);
  });
});
