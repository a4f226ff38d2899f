import { describe, expect, it } from 'vitest';
import { BLIND143_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind143-${stem}.html`;
const ZJRB = f('zjrb143a-zjol-classic-yaowen-prewrap-plain-16-no-blank-benbao-jizhe-tongxunyuan-first-three-xiaobiaoti-quotes-across-lines-mon');
const SCRB = f('scrb143a-scdaily-pc-diaocha-br-plain-15-blank-at-col-ends-and-some-para-ends-chuanbao-guancha-jizhe-first-xiaobiaoti-col-cuts-inside-quote-and-between-xiaobiaoti-and-paragraph-mon');
const JXRB = f('jxrb143a-cnjxol-pc-jingji-prewrap-plain-17-no-blank-benbao-jizhe-first-full-line-sentence-ends-quote-paragraphs-tue');
const HUZHOU = f('huzhou143a-hz66-classic-renwu-br-plain-16-blank-at-col-ends-and-some-para-ends-jizhe-tongxunyuan-first-xiaobiaoti-col-cuts-after-full-line-sentence-and-inside-quotes-tue');
const RMRB = f('rmrb143a-people-pc-yaowen-br-plain-17-blank-at-col-ends-and-some-para-ends-benbao-jizhe-first-col-cuts-inside-quote-and-mid-sentence-wed');
const SXRB = f('sxrb143a-shaoxing-pc-diaocha-prewrap-plain-15-no-blank-benbao-jizhe-tongxunyuan-first-three-xiaobiaoti-quote-paragraphs-wed');
const QJWB = f('qjwb143a-thehour-classic-renwu-prewrap-plain-18-no-blank-jizhe-first-two-xiaobiaoti-quote-across-lines-full-line-sentence-ends-thu');
const HBRB = f('hbrb143a-hubeidaily-classic-jingji-br-plain-14-blank-at-col-ends-and-some-para-ends-quanmei-jizhe-tongxunyuan-first-col-cuts-inside-quote-and-after-full-line-quote-end-thu');
const XSRB = f('xsrb143a-xsnet-classic-bshare-jingji-prewrap-plain-14-no-blank-jizhe-tongxunyuan-first-full-line-sentence-ends-quote-paragraphs-zeren-bianji-fri');
const FJRB = f('fjrb143a-fjdaily-pc-h1-renwu-prewrap-plain-15-no-blank-benbao-jizhe-first-three-xiaobiaoti-quote-paragraphs-fri');
const TZRB = f('tzrb143a-taizhou-classic-diaocha-br-plain-13-blank-at-col-ends-and-some-para-ends-jizhe-tongxunyuan-first-xiaobiaoti-col-cuts-between-xiaobiaoti-and-paragraph-and-inside-quotes-sat');
const DZRB = f('dzrb143a-dzwww-classic-h1-yaowen-prewrap-plain-16-no-blank-dazhong-ribao-jizhe-first-full-line-sentence-ends-quote-paragraph-sat');
const NBRB = f('nbrb143a-cnnb-pc-jingji-br-plain-15-blank-at-col-ends-and-some-para-ends-jizhe-tongxunyuan-first-col-cuts-inside-quotes-sun');
const XHRB = f('xhrb143a-xhby-classic-renwu-br-plain-16-blank-at-col-ends-and-some-para-ends-benbao-jizhe-first-xiaobiaoti-col-cut-inside-quote-sun');

// At the first run (4 of 14 pages all right, 197 of 221 gold blocks exact in both readers; 人民日报, 萧山日报, 福建日报 and
// 宁波日报 all right):
// - 浙江日报 要闻 (pre-wrap, plain, sixteen wide): the 小标题 专家下沉：家门口看上“大医生” (a label, a colon and a quoted word)
//   is given as body, and 医保改革：从“按项目”到“按人头”, as wide as the column, is joined onto the paragraph under it.
// - 四川日报 调查 (<br> lines fifteen wide, empty lines at column ends and some paragraph ends): the byline 川报观察记者　罗　敏　文　静
//   is joined onto the first paragraph; the 小标题 “采下来三天不卖，就得降价” (one quotation), 建得起，更要用得起 (an empty line
//   above it only) and 从“单打独斗”到“织网成链” (the column's empty line under it) are given as body; a paragraph is parted
//   after a full line ending in 。 before a line opening a quotation (…正忙着采摘、分拣。 / “石榴皮厚…).
//   “采下来三天不卖，就得降价” is found since the round's rule (a 小标题 that is one quotation in a run of plain print lines:
//   lib/reflow/quoted-run-head.ts).
// - 嘉兴日报 经济 (pre-wrap, plain, seventeen wide): a paragraph is parted after a full line ending in 。 before a quotation
//   (…订单已占到总订单的三成。 / “多一个市场，就多一分底气。”).
// - 湖州日报 人物 (<br> lines sixteen wide): a column's empty line after a full line ending in 。 (…第一个报名参加培训。) parts
//   the paragraph: the empty line that marks a column end is the one that marks a paragraph end.
// - 绍兴日报 调查 (pre-wrap, plain, fifteen wide): the first paragraph is parted after a full line ending in 。 before a
//   quotation, and the 小标题 意见统一难：“一楼不同意，就卡住了”, wider than the column, is joined onto the quotation opening
//   the paragraph under it.
// - 钱江晚报 人物 (pre-wrap, plain, eighteen wide): the 小标题 “老人吃饭，讲究的是软、烂、淡” (one quotation) is given as body;
//   a paragraph is parted after a full line ending in 。 before a quotation (…几乎每天都来吃饭。 / “她做的菜…).
//   The 小标题 is found since the round's rule (lib/reflow/quoted-run-head.ts).
// - 湖北日报 经济 (<br> lines fourteen wide): a column's empty line inside a quotation (…预约通关、“先 / / 放行后检测”…),
//   the line a half character short of its column (a figure in it), parts the paragraph.
// - 台州日报 调查 (<br> lines thirteen wide): two paragraphs are joined over a full line ending in 。 (…学本事。 / 在玉环市，…).
// - 大众日报 要闻 (pre-wrap, plain, sixteen wide): the first two paragraphs are joined over a full line ending in 。
//   (…1000吨以上。 / 这是我省…), and a paragraph is parted after a full line ending in 。 before a quotation (…底层放养海参。 /
//   “海带能吸收…).
// - 新华日报 人物 (<br> lines sixteen wide): the 小标题 “好品种是在田里跑出来的” (one quotation) and 让农民种得好、卖得好 (two
//   phrases parted by 、) are given as body.
//   The first is found since the round's rule (lib/reflow/quoted-run-head.ts); 4 of 14 pages, 200 of 221 blocks.
// Second round: 专家下沉：家门口看上“大医生” (浙江日报) is found since a label head's phrase may hold quoted words
// (lib/reflow/lines-apart.ts, `labelHead`); the page stays open for 医保改革：从“按项目”到“按人头”, as wide as its column (a
// speaker's turn opening a paragraph, `王建强：最难的是“火候”`, fills a line of that form as often: no sure rule).
// 4 of 14 pages, 203 of 221 blocks.
const OPEN = new Set<string>([ZJRB, SCRB, JXRB, HUZHOU, SXRB, QJWB, HBRB, TZRB, DZRB, XHRB]);
describeBlindPages('blind143', BLIND143_PAGES, OPEN);

describe('the blind143 set', () => {
  it('holds a week of long 要闻, 经济, 调查 and 人物 articles, half pre-wrap and half <br> lines, two pages a day', () => {
    expect(BLIND143_PAGES.length).toBe(14);
    const hosts = new Set(BLIND143_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect([RMRB, XSRB, FJRB, NBRB].every((file) => BLIND143_PAGES.some((p) => p.file === file))).toBe(true);
    expect(BLIND143_PAGES.filter((p) => p.file.includes('-prewrap-')).length).toBe(7);
    expect(BLIND143_PAGES.filter((p) => p.file.includes('-br-')).length).toBe(7);
    const days = BLIND143_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-11-20' && d <= '2028-11-26')).toBe(true);
    expect(BLIND143_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
  });
});
