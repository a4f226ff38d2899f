// The rules the blind88 round added. lib/reflow/set-apart.ts nextArabicItem: a circled item number (`②…`) right after the
// one the block opens with (`①…`), after an explicit break, opens the next item. lib/reflow/notice-parts.ts labelRowUnder:
// a line opening with a label of its own under a one-field labelled row ending no sentence, or under a paragraph ending in
// a colon, is the notice's next row, however full the line above (asked by the segmenter
// before the boundary scorer, in lib/reflow/document-rows.ts documentRowEnds). (join-rule.ts's rule for a signature wrapped
// over print lines now reads an indented line's width with its indent, as the plain-continuation shortcut does: that is
// checked by tests/unit/reflow-plain-continuation.test.ts, which fails without it on this set's re-printed 规划 公示.)
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { labelRowUnder } from '../../lib/reflow/notice-parts';
import { nextArabicItem } from '../../lib/reflow/set-apart';
import { parseHtml } from '../../scripts/lib/html';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind}: ${b.text}`);
const repaired = (html: string): string[] => {
  const doc = parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/');
  return repairBody(doc.getElementById('body') as Element, { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
};

describe('circled item numbers in order (nextArabicItem)', () => {
  it('changes: the next circled number after the one the block opens with', () => {
    expect(nextArabicItem('①2月3日至2月5日（9:00—16:30）：', '②2月6日至2月8日（9:00—16:00）：')).toBe(true);
    expect(nextArabicItem('⑨　…', '⑩　…')).toBe(true);
  });
  it('leaves alone: a number out of order, another form, no number', () => {
    expect(nextArabicItem('①2月3日', '③2月9日')).toBe(false);
    expect(nextArabicItem('①2月3日', '2.报名')).toBe(false);
    expect(nextArabicItem('1.报名', '②缴费')).toBe(false);
    expect(nextArabicItem('天一广场献血屋', '②2月6日')).toBe(false);
    expect(nextArabicItem('1.报名', '2.缴费')).toBe(true); // the Arabic numbers as before
  });
  it('parts circled rows over two print lines each, one <p> per print line, on a page that indents its paragraphs', () => {
    const lines = ['　　春节前后是临床用血高峰，为保', '障全市医疗用血需求，宁波市中心血', '站联合各区（县、市）于2月开展', '“热血迎新春”无偿献血活动。现将', '有关事项通知如下：', '一、献血时间地点',
      '①2月3日至2月5日（9:00—16:30）：', '天一广场献血屋', '②2月6日至2月8日（9:00—16:00）：', '鄞州万达广场献血车', '③2月9日（8:30—15:00）：北仑区', '政府大院献血车',
      '二、献血须知', '　　年龄18周岁至60周岁、身体健康', '的市民均可献血。献血前一晚请保证', '充足睡眠，当天不要空腹，避免进食', '油腻食物，并携带本人身份证件。',
      '咨询电话：0574-87193234', '宁波市中心血站', '2027年1月29日'];
    expect(repaired(lines.map((l) => `<p>${l}</p>`).join(''))).toEqual([
      'body: 春节前后是临床用血高峰，为保障全市医疗用血需求，宁波市中心血站联合各区（县、市）于2月开展“热血迎新春”无偿献血活动。现将有关事项通知如下：',
      'heading: 一、献血时间地点',
      'body: ①2月3日至2月5日（9:00—16:30）：天一广场献血屋',
      'body: ②2月6日至2月8日（9:00—16:00）：鄞州万达广场献血车',
      'body: ③2月9日（8:30—15:00）：北仑区政府大院献血车',
      'heading: 二、献血须知',
      'body: 年龄18周岁至60周岁、身体健康的市民均可献血。献血前一晚请保证充足睡眠，当天不要空腹，避免进食油腻食物，并携带本人身份证件。',
      'body: 咨询电话：0574-87193234',
      'body: 宁波市中心血站',
      'body: 2027年1月29日',
    ]);
  });
  it('still joins a circled row\'s lines, and a row whose next line is no next number', () => {
    const lines = ['　　春节前后是临床用血高峰，为保', '障全市医疗用血需求，宁波市中心血', '站联合各区（县、市）于2月开展', '“热血迎新春”无偿献血活动。现将', '有关事项通知如下：',
      '①2月3日至2月5日（9:00—16:30）：', '天一广场献血屋', '③2月9日（8:30—15:00）：北仑区', '政府大院献血车'];
    expect(repaired(lines.map((l) => `<p>${l}</p>`).join('')).slice(1)).toEqual(['body: ①2月3日至2月5日（9:00—16:30）：天一广场献血屋③2月9日（8:30—15:00）：北仑区政府大院献血车']);
  });
});

describe('a labelled row under a one-field row or a colon (labelRowUnder)', () => {
  it('changes: a label under a one-field labelled row, under a colon', () => {
    expect(labelRowUnder('开发企业：金华金西置业有限公司', '预售许可证号：金售许字（2027）')).toBe(true);
    expect(labelRowUnder('预售范围：5幢、6幢、8幢，共计312套，预售面积35868.42平方米', '监管银行：中国建设银行金华分行')).toBe(true);
    expect(labelRowUnder('根据《城市商品房预售管理办法》规定，经审核，下列商品房项目符合预售条件，准予预售，现予公示：', '项目名称：金华市婺城区金西未来')).toBe(true);
  });
  it('leaves alone: a row of two fields cut before its second label, no label opening the line, prose, a row ending a sentence or cut after a comma, a long row', () => {
    expect(labelRowUnder('联系人：王先生　联系', '电话：0571-82731234')).toBe(false);
    expect(labelRowUnder('项目名称：金华市婺城区金西未来', '社区三期')).toBe(false);
    expect(labelRowUnder('今年以来，全市累计完成投资', '项目：一是…')).toBe(false);
    expect(labelRowUnder('报名时间：2027年2月1日至2月7日。', '报名地点：…')).toBe(false);
    expect(labelRowUnder('第一步：打开“浙里办”APP，搜索“社保卡申领”，', '第二步：填写个人信息，')).toBe(false);
    expect(labelRowUnder('备注：' + '一'.repeat(60), '联系电话：0579-1234')).toBe(false);
  });
  it('parts the rows of a 预售 公示 in pre-wrapped plain text fifteen wide', () => {
    const text = ['根据《城市商品房预售管理办法》', '规定，经审核，下列商品房项目符', '合预售条件，准予预售，现予公示：', '项目名称：金华市婺城区金西未来', '社区三期',
      '开发企业：金华金西置业有限公司', '预售许可证号：金售许字（2027）', '第008号', '预售范围：5幢、6幢、8幢，共计3', '12套，预售面积35868.42平方米',
      '监管银行：中国建设银行金华分行', '营业部', '', '监管账号：33050167613509001234', '金华市住房和城乡建设局', '2027年1月28日'].join('\n');
    expect(blocks(text)).toEqual([
      'body: 根据《城市商品房预售管理办法》规定，经审核，下列商品房项目符合预售条件，准予预售，现予公示：',
      'body: 项目名称：金华市婺城区金西未来社区三期',
      'body: 开发企业：金华金西置业有限公司',
      'body: 预售许可证号：金售许字（2027）第008号',
      'body: 预售范围：5幢、6幢、8幢，共计312套，预售面积35868.42平方米',
      'body: 监管银行：中国建设银行金华分行营业部',
      'body: 监管账号：33050167613509001234',
      'body: 金华市住房和城乡建设局',
      'body: 2027年1月28日',
    ]);
  });
});
