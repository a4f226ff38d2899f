// The rule the blind130 round added. lib/reflow/full-stop.ts (turnLabel, asked by interviewTurn in openingDecides): a
// speaker set in lenticular brackets (`【记者】`, `【答】`, `【沈一鸣】`: one to four characters) is an interview turn's label
// as `记者：` is, so where a sentence ends on a full print line and the next line opens with such a label that opens another
// line of the page too, the turn ends there instead of going to the boundary scorer.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

/** Print lines `width` characters wide (full-width text only), no indent, nothing between paragraphs: pre-wrap plain. */
const print = (paras: readonly string[], width: number): string =>
  paras.flatMap((p) => Array.from({ length: Math.ceil(p.length / width) }, (_, i) => p.slice(i * width, (i + 1) * width))).join('\n');
const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('an interview turn whose speaker is set in 【】 (turnLabel)', () => {
  it('changes: an answer ending on a full line before 【记者】 ends there (plain, eleven wide)', () => {
    const paras = [
      '今年春茶开采比往年早了一周，记者和村里的一位老茶农聊了聊行情。',
      '【记者】今年的春茶收成怎么样？',
      '【答】产量比去年多了两成，价格也稳住了，一斤明前茶能卖到八百多元。',
      '【记者】采茶的人手够不够？',
      '【答】村里请了三十多位采茶工，合作社还买了两台采茶机，人手不紧张。',
    ];
    expect(paras[2]?.length).toBe(33); // three full lines: the answer's last line is full and ends its sentence
    expect(blocks(print(paras, 11))).toEqual(paras.map((p) => `body: ${p}`));
  });
  it('changes: a named speaker\'s answer ending on a full line before the next 【记者】 ends there (plain, eleven wide)', () => {
    const paras = [
      '记者和返乡创业的茶农沈一鸣聊了聊种茶的门道。',
      '【记者】你的茶园和别人家有什么不一样？',
      '【沈一鸣】去年合作社的茶叶卖到了上海和北京。',
      '【记者】今后有什么打算？',
      '【沈一鸣】想和周边的茶农成立合作社，统一品牌、统一销售。',
    ];
    expect(paras[2]?.length).toBe(22);
    expect(blocks(print(paras, 11))).toEqual(paras.map((p) => `body: ${p}`));
  });
  it('leaves alone: a bracketed label that opens one line only (no turns) stays the scorer\'s, joined here', () => {
    const paras = ['今年春茶开采比往年早了一周，全市各个茶园的采摘工作已经全面铺开了。', '【提示】市民购买明前茶时，请认准茶叶包装上的产地标识。'];
    expect(blocks(print(paras, 11))).toEqual([`body: ${paras.join('')}`]);
  });
  it('leaves alone: brackets round figures (`【2028】`), no speaker however often they recur', () => {
    const paras = ['今年春茶开采比往年早了一周，全市各个茶园的采摘已经全面铺开了。', '【2028】年度的茶叶评比将于下月举行。', '【2028】年度评比结果将在网上公布。'];
    expect(blocks(print(paras, 11))).toEqual([`body: ${paras.join('')}`]);
  });
  it('leaves alone: 【】 turns on short last lines, which end their paragraphs without the rule', () => {
    const paras = ['记者和返乡创业的茶农沈一鸣聊了聊。', '【记者】你的茶园和别人家有什么不一样？', '【沈一鸣】每块茶园施了多少肥、打了几次药，手机上都有记录。', '【记者】今后有什么打算？', '【沈一鸣】想和周边的茶农成立合作社。'];
    expect(blocks(print(paras, 11))).toEqual(paras.map((p) => `body: ${p}`));
  });
});
