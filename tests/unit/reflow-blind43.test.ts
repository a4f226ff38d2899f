// Rules from what the blind43 pages showed (tests/fixtures/pages/blind43-*, npm run score:blind -- --set blind43): short
// poems each under its own title and author, a 法官说法 box closing with the writer's unit and name in brackets, and a
// 健康 page's expert named with the unit and title in brackets. With the shapes each rule must leave alone. Text
// written for these tests in the shape of the blind43 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { isCreditLine } from '../../lib/reflow/classify';
import { isFieldLine } from '../../lib/reflow/notice-lines';
import { parseHtml } from '../../scripts/lib/html';

const blocksOf = (paras: string[]): string[] => {
  const html = `<html><body><div id="ozoom"><founder-content>${paras.join('')}</founder-content></div></body></html>`;
  const body = parseHtml(html, 'http://localhost/').querySelector('founder-content') as Element;
  return repairBody(body, { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
};
const P = (t: string): string => `<p>　　${t}</p>`;
const L = (t: string): string => `<p>${t}</p>`;
const B = (t: string): string => `<p><strong>${t}</strong></p>`;

describe('short poems each under a bold title and its author', () => {
  it('reads three or more short lines after the title and author as verse, not headlines', () => {
    const got = blocksOf([B('秋雨'), L('□ 李　梅'), L('一场雨'), L('落进了南湖'), L('湖面上的船'), L('慢慢靠了岸'),
      B('山村'), L('◎ 张小军'), L('炊烟升起来'), L('母亲在门口'), L('喊我的名字')]);
    expect(got).toEqual(['heading: 秋雨', 'byline: □ 李　梅', 'body: 一场雨', 'body: 落进了南湖', 'body: 湖面上的船', 'body: 慢慢靠了岸',
      'heading: 山村', 'byline: ◎ 张小军', 'body: 炊烟升起来', 'body: 母亲在门口', 'body: 喊我的名字']);
  });

  it('leaves alone two short lines after a title and author, short lines with no title before the author, and six-line verse as before', () => {
    // Two lines only: not enough to call verse (as before the rule, they are not made body).
    const two = blocksOf([B('秋雨'), L('□ 李　梅'), L('一场雨'), L('落进了南湖'), P('雨后的南湖格外安静，游船一条条靠了岸。')]);
    expect(two).not.toContain('body: 一场雨');
    // A byline with no bold title before it, then a 引题 and a title of the next piece: not verse.
    const noTitle = blocksOf([P('会议还部署了下一阶段的重点工作。'), L('记者　王　强'), L('乡村振兴'), L('村里来了新书记'), L('老街换新颜'),
      P('近日，记者走进南湖区新丰镇，看到了不一样的乡村新貌。')]);
    expect(noTitle).not.toContain('body: 村里来了新书记');
    // An ordinary bold 小标题 with no author after it, then text: unchanged.
    expect(blocksOf([P('今年以来，全市新建口袋公园30个。'), B('建好家门口的公园'), P('公园里的健身器材也换了新的。')])).toContain('heading: 建好家门口的公园');
  });
});

describe('the writer\'s unit and name in brackets closing a box', () => {
  it('is a credit (a byline), not a headline', () => {
    expect(isCreditLine('（椒江区人民法院　林　芳）')).toBe(true);
    expect(isCreditLine('（县检察院　王强）')).toBe(true);
    expect(isCreditLine('(市公安局交警支队　陈　亮)')).toBe(false); // 支队 is no unit ending of the rule
    expect(blocksOf([P('法官提醒，切勿把自己的银行卡交给他人使用。'), '<p align="right">（黄岩区人民法院　周　明）</p>'])).toEqual([
      'body: 法官提醒，切勿把自己的银行卡交给他人使用。',
      'byline: （黄岩区人民法院　周　明）',
    ]);
  });

  it('leaves alone a unit alone, a unit with more than a name, and a sentence in brackets', () => {
    expect(isCreditLine('（椒江区人民法院）')).toBe(false);
    expect(isCreditLine('（椒江区人民法院　一审判决已生效）')).toBe(false);
    expect(isCreditLine('（椒江区人民法院　林芳。）')).toBe(false);
    expect(isCreditLine('（法院　林芳）')).toBe(false);
  });
});

describe('a 健康 page\'s expert named with the unit and title in brackets', () => {
  it('is a field line of the text, not a headline', () => {
    const line = '本期专家：刘建华（衢州市人民医院消化内科主任医师）';
    expect(isFieldLine(line)).toBe(true);
    expect(isFieldLine('特邀嘉宾：王　芳（浙江大学医学院教授）'.replace('　', ''))).toBe(true);
    expect(blocksOf([P('入夏以来，因腹泻就诊的市民明显增多。'), P(line), P('问：夏天为什么容易腹泻？')])).toContain(`body: ${line}`);
  });

  it('leaves alone a label with no name and bracket, a headline with a colon, and a sentence', () => {
    expect(isFieldLine('专家：夏季腹泻不要乱用药')).toBe(false);
    expect(isFieldLine('专家提醒：夏季腹泻不要乱用药（上）')).toBe(false);
    expect(isFieldLine('专家：刘建华（主任医师）。他说要多喝水')).toBe(false);
    expect(isFieldLine('衢州：刘家村（文化礼堂）')).toBe(false);
  });
});
