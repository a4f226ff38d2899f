// Plain pre-wrap text (no indentation, no blank lines between paragraphs): where a sentence ends
// on a full print line, nothing in the layout says whether the paragraph ends there, and the next
// line's opening decides when it is an entry's: a clock time or a date set off by a space (a
// live report's timeline, a 大事记), a list mark (`●…`), an interview's turn labelled by a surname
// alone (`俞：`) or a Latin capital (`Q：`/`A：`) that labels another line of the page too, or a
// correction's closing formula (`特此更正，…`); a sentence opening with 他 or 她 leans on the one
// before it and goes on with its paragraph. Text written for these tests in the shape of
// county papers' race reports, interviews, 政策问答, data reports and 更正.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { CONTINUES, ENTRY, NEW_PARAGRAPH } from '../../lib/reflow/openings';
import { fullStopJoins, openingDecides } from '../../lib/reflow/full-stop';
import { textToLines } from '../../lib/reflow/lines';
import { segment } from '../../lib/reflow/segment';
import { printBlocks } from '../helpers/print-shapes';

const TIMELINE: Block[] = [
  { kind: 'heading', text: '半程马拉松在江边开跑' },
  { kind: 'body', text: '6:30　天刚亮，参赛选手陆续来到起点，检录、热身、合影，现场十分热闹。' },
  { kind: 'body', text: '7:30　发令枪响，五千名选手沿江而行。不少跑者边跑边用手机拍下沿途的风景。' },
  { kind: 'body', text: '8:45　男子组第一名冲过终点，成绩为1小时05分12秒。他说，今天的风不大，跑起来很舒服。' },
  { kind: 'body', text: '11:00　关门时间到，比赛圆满结束，全程没有发生安全事故。' },
];
const INTERVIEW: Block[] = [
  { kind: 'heading', text: '返乡青年的茶园' },
  { kind: 'body', text: '记者：您当初为什么选择回到村里种茶？' },
  { kind: 'body', text: '俞：我从小在茶山边长大，看着老人们一年年种不动了，心里着急。大学毕业后，我就回来了。' },
  { kind: 'body', text: '记者：刚开始遇到过什么困难？' },
  { kind: 'body', text: '俞：最难的是说服村民把茶园交给合作社统一管理。我们挨家挨户上门，一笔一笔算账。' },
];
const QA: Block[] = [
  { kind: 'heading', text: '医保家庭共济怎么办' },
  { kind: 'body', text: 'Q：什么是家庭共济？' },
  { kind: 'body', text: 'A：职工医保个人账户的钱，可以给配偶、父母和子女看病买药用，减轻家里的负担。' },
  { kind: 'body', text: 'Q：在哪里可以办理？' },
  { kind: 'body', text: 'A：可以在医保服务窗口办理，也可以在手机上自助办理，几分钟就能办好。' },
];
const FIGURES: Block[] = [
  { kind: 'heading', text: '前11个月全区经济运行平稳' },
  { kind: 'body', text: '前11个月，全区经济运行稳中有进，主要指标保持增长，发展质量持续提升。' },
  { kind: 'body', text: '●规上工业增加值增长6.8%，其中高新技术产业增加值增长9.1%，占比进一步提高。' },
  { kind: 'body', text: '●社会消费品零售总额增长5.3%，汽车、家电等升级类商品销售较快增长。' },
  { kind: 'body', text: '●港口货物吞吐量4.2亿吨，集装箱吞吐量增长7.1%。' },
];
const CORRECTION: Block[] = [
  { kind: 'body', text: '本报12月9日第3版《古籍修复师的一天》一文中，“共展出古籍126种”应为“共展出古籍162种”。' },
  { kind: 'body', text: '特此更正，并向读者致歉。' },
];

const bodiesOf = (blocks: readonly Block[]): string[] => blocks.filter((b) => b.kind === 'body').map((b) => b.text);

describe('entries after a sentence ending on a full line, in plain pre-wrap text', () => {
  // Each width puts at least one of the named sentence ends at a full line's end, right before an entry.
  const cases: [string, Block[], number, RegExp][] = [
    ['a timeline of clock times', TIMELINE, 12, /热闹。\n7:30　|舒服。\n11:00　/u],
    ['a timeline of clock times', TIMELINE, 13, /风景。\n8:45　/u],
    ['an interview with a surname as the label', INTERVIEW, 13, /种茶？\n俞：|回来了。\n记者：/u],
    ['an interview with a surname as the label', INTERVIEW, 14, /种茶？\n俞：/u],
    ['Q and A turns', QA, 12, /共济？\nA：|负担。\nQ：|办理？\nA：/u],
    ['Q and A turns', QA, 18, /负担。\nQ：|办理？\nA：/u],
    ['items opening with a list mark', FIGURES, 11, /提升。\n●|提高。\n●|增长。\n●/u],
    ['items opening with a list mark', FIGURES, 16, /提升。\n●|提高。\n●|增长。\n●/u],
    ["a correction's closing formula", CORRECTION, 14, /162种”。\n特此更正/u],
  ];
  for (const [what, blocks, width, fullLineEnd] of cases) {
    it(`gives each paragraph of ${what} (${width} wide)`, () => {
      const text = printBlocks(blocks, 'prewrap-plain', width, 30);
      expect(text).toMatch(fullLineEnd);
      expect(bodiesOf(reflowText(text, { punctuation: false }))).toEqual(bodiesOf(blocks));
    });
  }

  it('takes a time or date set off by a space, or a list mark, for an entry, not a time or date in prose', () => {
    for (const t of ['7:30　发令枪响，选手出发。', '11:00 关门时间到。', '3月15日　长湖申线航道开通。', '2025年7月1日　首艘纯电动集装箱船下水。', '●港口货物吞吐量4.2亿吨。', '▲聚焦产业提质。']) {
      expect(ENTRY.test(t)).toBe(true);
    }
    for (const t of ['3月15日，长湖申线航道开通。', '7:30发令枪响。', '12月9日上午，记者来到现场。', '二○二五年十二月十五日', '○○后的年轻人']) {
      expect(ENTRY.test(t)).toBe(false);
    }
  });

  it("takes a correction's or notice's closing formula for an opening, not the words elsewhere", () => {
    for (const t of ['特此更正，并向读者致歉。', '特此公告。', '谨此讣告。']) expect(NEW_PARAGRAPH.test(t)).toBe(true);
    for (const t of ['特此感谢各位志愿者。', '此次更正涉及两处数字。', '特此通告全体业主，请相互转告。']) expect(NEW_PARAGRAPH.test(t)).toBe(false);
  });

});

describe('a sentence opening with a pronoun for one person after a sentence end', () => {
  const PROFILE: Block[] = [
    { kind: 'heading', text: '老周的修车铺' },
    { kind: 'body', text: '在镇东头的老街上，周师傅的修车铺已经开了二十多年。他每天早上六点开门，晚上天黑才收摊。' },
    { kind: 'body', text: '今年，镇里把老街改造成了步行街，修车铺也换上了新招牌。老周说，只要还干得动，他就一直修下去。' },
  ];

  it('goes on with the paragraph where the sentence before ends on a full line (the pronoun refers back)', () => {
    const text = printBlocks(PROFILE, 'prewrap-plain', 12, 30);
    expect(text).toMatch(/。\n他每天/u);
    const worded: (boolean | undefined)[] = [];
    const blocks = segment(textToLines(text), (ctx, a, para, b, kind) => {
      if (b.text.startsWith('他')) worded.push(openingDecides(ctx, a, b));
      return fullStopJoins(ctx, a, para, b, kind);
    });
    expect(worded).toEqual([true]);
    expect(bodiesOf(blocks)).toEqual(bodiesOf(PROFILE));
  });

  it('takes 他 and 她 alone for the pronoun, not 他们 or 她们 (a group opens paragraphs as often as not)', () => {
    for (const t of ['他每天早上六点开门。', '她说，老周手艺好。']) expect(CONTINUES.test(t)).toBe(true);
    for (const t of ['他们一家三代都在这里修车。', '她们组成了巡河队。']) expect(CONTINUES.test(t)).toBe(false);
  });
});
