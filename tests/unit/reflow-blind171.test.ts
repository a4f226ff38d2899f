// What the blind171 pages showed (tests/fixtures/pages/blind171-*, a reader's week on the Zhejiang papers): in a narrow
// column of unindented print lines with no empty line (台州日报's <br> lines thirteen wide), a 小标题 of Han characters
// alone nearly as wide as the column (`新能源汽车模具成新增长点`, twelve in thirteen) stands apart as a heading
// (lib/reflow/lines-apart.ts narrowColumnHead, asked in plainRunHead). Snippets written for these tests in the page's
// shape; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const ABOVE = ['走进黄岩区一家模具企业的生', '产车间，数控机床轰鸣作响，', '工人们正加紧赶制一批模具。', '企业负责人说，今年的订单已', '经排到了6月份。'];
const ABOVE_TEXT = '走进黄岩区一家模具企业的生产车间，数控机床轰鸣作响，工人们正加紧赶制一批模具。企业负责人说，今年的订单已经排到了6月份。';
const BELOW = ['黄岩是“中国模具之乡”。今', '年1月，全区模具出口额同比', '增长两成，不少企业专门新建', '了生产线。'];
const BELOW_TEXT = '黄岩是“中国模具之乡”。今年1月，全区模具出口额同比增长两成，不少企业专门新建了生产线。';
const TAIL = ['订单多了，交货期却没有拉长，', '靠的是数字化改造。近两年，', '黄岩已有120多家模具企业完', '成数字化改造，交付周期缩短', '了约两成。'];
const TAIL_TEXT = '订单多了，交货期却没有拉长，靠的是数字化改造。近两年，黄岩已有120多家模具企业完成数字化改造，交付周期缩短了约两成。';
const run = (...lines: string[][]): string => lines.flat().join('\n');
const shown = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a 小标题 nearly as wide as a narrow column (blind171)', () => {
  it('sets apart a line of Han characters alone one or two short of a thirteen-wide column, between a finished sentence and prose', () => {
    expect(shown(run(ABOVE, ['新能源汽车模具成新增长点'], BELOW, ['数字化改造提升交付能力'], TAIL))).toEqual([
      `body: ${ABOVE_TEXT}`,
      'heading: 新能源汽车模具成新增长点',
      `body: ${BELOW_TEXT}`,
      'heading: 数字化改造提升交付能力',
      `body: ${TAIL_TEXT}`,
    ]);
  });

  it('leaves a paragraph\'s first line pushed short by a figure, an opening mark or a character and its mark in the paragraph', () => {
    const figure = ['全区模具企业去年出口额达到', '21.6亿元，同比增长两成，', '不少企业专门新建了生产线。'];
    expect(shown(run(ABOVE, figure))).toEqual([`body: ${ABOVE_TEXT}`, 'body: 全区模具企业去年出口额达到21.6亿元，同比增长两成，不少企业专门新建了生产线。']);
    const quote = ['黄岩区是全国闻名的模具之乡', '“黄岩模具”销往世界各地，', '不少企业专门新建了生产线。'];
    expect(shown(run(ABOVE, quote))).toEqual([`body: ${ABOVE_TEXT}`, 'body: 黄岩区是全国闻名的模具之乡“黄岩模具”销往世界各地，不少企业专门新建了生产线。']);
    const mark = ['全区模具企业去年出口额比上', '年，增长两成多。一些企业专', '门新建了生产线和研发中心。'];
    expect(shown(run(ABOVE, mark))).toEqual([`body: ${ABOVE_TEXT}`, 'body: 全区模具企业去年出口额比上年，增长两成多。一些企业专门新建了生产线和研发中心。']);
  });

  it('leaves a line as wide in a column of twenty in the paragraph, as before', () => {
    const wide = ['走进黄岩区一家模具企业的生产车间，数控机', '床轰鸣作响。今年的订单已经排到了6月份。', '黄岩区模具企业新建生产线研发中心和实验室', '今年1月，全区模具出口额同比增长两成，不少', '企业专门新建了生产线，订单排到了年中。'];
    expect(shown(run(wide)).length).toBe(shown(run(wide)).filter((b) => !b.startsWith('heading')).length);
  });
});
