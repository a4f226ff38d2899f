// The rules the blind65 round added. lib/reflow/notice-parts.ts labelledRowsApart (asked in join-rule.ts with the rules for
// rows): a notice's labelled row read whole (`停电时间：12月23日8:00至15:00`, no sentence in its value), before a line opening
// with a label of its own (`停电范围：…`) after an explicit break or a line short of its column, ends its block.
// lib/reflow/county-items.ts phoneFieldEnds (asked in join-rule.ts with the notice's field rules): a line ending in a telephone
// field's whole number (`电话：0579-82345678`, or the number alone under its label), then a line opening with a Chinese
// character, ends its item. lib/reflow/set-apart.ts partSeriesGoesOn (asked in segment.ts with the section heads): a section
// head (`二、招聘条件`) after the page's last heading, its series' head before it (`一、招聘岗位`), over the part's text, is a
// heading whatever ended the part before it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { labelledRowsApart } from '../../lib/reflow/notice-parts';
import { endsInPhoneField, phoneFieldEnds, phoneNumberUnderLabel } from '../../lib/reflow/county-items';
import { partSeriesGoesOn } from '../../lib/reflow/set-apart';
import type { SourceLine } from '../../lib/reflow/types';
import { reflowLines } from '../../lib/reflow';

const texts = (text: string): string[] => reflowText(text).map((b) => b.text);

describe('labelled rows printed one under another (labelledRowsApart)', () => {
  it('changes: a labelled row, then a label opening the next line after a break or a short line', () => {
    expect(labelledRowsApart('停电时间：12月23日8:00至15:00', '停电范围：瓜沥镇航坞村、党山', true)).toBe(true);
    expect(labelledRowsApart('周一上午：心血管内科　王建平主任医师', '周一下午：消化内科　陈丽华　', true)).toBe(true);
    expect(labelledRowsApart('网上报名：2027年1月6日至1月9日', '网上缴费：2027年1月6日至1月11', true)).toBe(true);
    expect(labelledRowsApart('停电时间：12月23日8:00至15:00', '瓜沥镇航坞村：党山村部分用户', true)).toBe(true);
  });
  it('leaves alone: a full line, a row holding a sentence, no label at the line\'s start, a label of one or seven characters, a paragraph not read whole', () => {
    expect(labelledRowsApart('停电时间：12月23日8:00至15:00', '停电范围：瓜沥镇航坞村、党山', false)).toBe(false);
    expect(labelledRowsApart('联系人：王先生，工作日上午', '联系电话：0573-82012345', true)).toBe(false);
    expect(labelledRowsApart('停电时间：12月23日8:00至15:00', '瓜沥镇航坞村党山村部分用户', true)).toBe(false);
    expect(labelledRowsApart('停电时间：12月23日8:00至15:00', '注：雨天顺延', true)).toBe(false);
    expect(labelledRowsApart('停电时间：12月23日8:00至15:00', '停电线路及其区域：瓜沥镇', true)).toBe(false);
    expect(labelledRowsApart('为配合施工，停电时间：12月23日', '停电范围：瓜沥镇航坞村', true)).toBe(false);
    expect(labelledRowsApart(undefined, '停电范围：瓜沥镇航坞村', true)).toBe(false);
  });
  it('parts such rows in print lines fourteen wide, unindented under an indented paragraph', () => {
    const text = ['　　因电网设备检修需要，国网', '杭州市萧山区供电公司将于近日', '对部分线路停电检修。现将停电', '时间和范围公告如下：',
      '停电时间：12月23日8:00至', '15:00', '停电范围：瓜沥镇航坞村、党山', '村、长联村部分用户', '停电时间：12月24日9:00至', '16:30',
      '停电范围：衙前镇项漾村、凤凰', '村部分用户'].join('\n');
    expect(texts(text)).toEqual([
      '因电网设备检修需要，国网杭州市萧山区供电公司将于近日对部分线路停电检修。现将停电时间和范围公告如下：',
      '停电时间：12月23日8:00至15:00',
      '停电范围：瓜沥镇航坞村、党山村、长联村部分用户',
      '停电时间：12月24日9:00至16:30',
      '停电范围：衙前镇项漾村、凤凰村部分用户',
    ]);
  });
  it('still joins a row whose full line the line end cut before a label inside it', () => {
    const text = ['　　有关事项通知如下：', '联系人：王先生　联系电话：05', '73-82012345', '　　特此通知。'].join('\n');
    expect(texts(text)).toContain('联系人：王先生　联系电话：0573-82012345');
  });
});

describe('a telephone field\'s whole number ending an item (phoneFieldEnds)', () => {
  it('changes: a whole number after 电话/热线/手机 at the line\'s end, or alone under its label, then words', () => {
    expect(phoneFieldEnds(undefined, '上门服务，价格公道。电话：0579-82345678', '空调清洗、家电维修，上门服务')).toBe(true);
    expect(phoneFieldEnds('有拾到者请联系，必有重谢。电话：', '13957981234', '房屋租售')).toBe(true);
    expect(phoneFieldEnds(undefined, '服务热线：0575-85123456', '停车服务热线：0575-85012345')).toBe(true);
  });
  it('leaves alone: a number the line end cut, digits after it, no telephone label, a mark opening the next line', () => {
    expect(phoneFieldEnds(undefined, '上门服务，价格公道。电话：0579-823', '45678')).toBe(false);
    expect(phoneFieldEnds(undefined, '上门服务，价格公道。电话：0579-8234', '空调清洗、家电维修')).toBe(false);
    expect(phoneFieldEnds(undefined, '全年接待游客13957981234', '人次，同比增长')).toBe(false);
    expect(phoneFieldEnds(undefined, '咨询电话：0579-82345678', '。')).toBe(false);
    expect(phoneFieldEnds('统一社会信用代码：', '92330109', '声明作废。')).toBe(false);
  });
  it('parts 分类广告 items ending in telephone numbers in plain print lines fifteen wide', () => {
    const text = ['专业保洁、月嫂、育儿嫂、钟点工，', '持证上岗。电话：0579-82345678', '空调清洗、家电维修，上门服务，', '价格公道。电话：13735734567'].join('\n');
    expect(texts(text)).toEqual([
      '专业保洁、月嫂、育儿嫂、钟点工，持证上岗。电话：0579-82345678',
      '空调清洗、家电维修，上门服务，价格公道。电话：13735734567',
    ]);
  });
});

describe('a section head after its series\' head before it (partSeriesGoesOn)', () => {
  const out = [{ kind: 'body', text: '有关事项公告如下：' }, { kind: 'heading', text: '一、招聘岗位' }, { kind: 'body', text: '3.会计　1名' }];
  it('changes: the next numeral after the last heading, over a line with a mark', () => {
    expect(partSeriesGoesOn(out, '二、招聘条件', '（一）护理员：年龄50周岁以下；')).toBe(true);
  });
  it('leaves alone: a numeral out of turn, no heading before, the last heading of another kind, a row with no mark under it', () => {
    expect(partSeriesGoesOn(out, '三、报名方式', '报名时间为12月21日至12月30日。')).toBe(false);
    expect(partSeriesGoesOn(out.filter((b) => b.kind !== 'heading'), '二、招聘条件', '（一）护理员：年龄50周岁以下；')).toBe(false);
    expect(partSeriesGoesOn([...out, { kind: 'heading', text: '岗位要求' }], '二、招聘条件', '（一）护理员：年龄50周岁以下；')).toBe(false);
    expect(partSeriesGoesOn(out, '二、考试时间', '3月13日9:00—11:00　科目一')).toBe(false);
    expect(partSeriesGoesOn(out, '二、招聘条件', undefined)).toBe(false);
  });
  it('makes the second part\'s head a heading after the first part\'s last row, one element to a paragraph', () => {
    const lines: SourceLine[] = ['因工作需要，现面向社会公开招聘编外工作人员6名。有关事项公告如下：', '一、招聘岗位', '1.护理员　4名', '2.会计　1名',
      '二、招聘条件', '（一）护理员：年龄50周岁以下，初中及以上学历；', '（二）会计：年龄35周岁以下，本科及以上学历。']
      .map((text, k) => ({ text, gap: k === 0 ? 0 : 1, indent: false, bold: /^[一二]、/u.test(text) }));
    expect(reflowLines(lines).map((b) => `${b.kind}: ${b.text}`)).toContain('heading: 二、招聘条件');
  });
});

describe('a contact list\'s rows, a place and its whole telephone number (phoneFieldEnds, the row form)', () => {
  it('changes: a row of a place and a whole number, then words; a telephone label\'s colon over such a row', () => {
    expect(phoneFieldEnds(undefined, '五马街道　88212345', '松台街道　88223456')).toBe(true);
    expect(phoneFieldEnds(undefined, '藤桥镇　　88456789', '温州市鹿城区征兵办公室')).toBe(true);
    expect(phoneFieldEnds(undefined, '濮院镇便民服务中心 永越路166号 0573-88723456', '特此公告。')).toBe(true);
    expect(phoneFieldEnds(undefined, '五、咨询电话：', '五马街道　88212345')).toBe(true);
  });
  it('leaves alone: no space before the number, a cut number, a clause mark in the row, a label over words or a bare number', () => {
    expect(phoneFieldEnds(undefined, '全年接待游客13957981234', '人次，同比增长')).toBe(false);
    expect(phoneFieldEnds(undefined, '五马街道　882123', '45')).toBe(false);
    expect(phoneFieldEnds(undefined, '五马街道　8821', '松台街道　88223456')).toBe(false);
    expect(phoneFieldEnds(undefined, '截至目前，累计　88212345', '人次参与')).toBe(false);
    expect(phoneFieldEnds(undefined, '五、咨询电话：', '工作日上午8:30至11:30拨打')).toBe(false);
    expect(phoneFieldEnds(undefined, '咨询电话：', '0577-88212345')).toBe(false);
  });
  it('parts the rows under 咨询电话： in pre-wrap lines sixteen wide, indented paragraphs, the rows unindented', () => {
    const text = ['　　四、注意事项：体检前一天晚上', '8点后禁食禁水，体检当天携带身份', '证和应征青年登记表。', '　　五、咨询电话：',
      '五马街道　88212345', '松台街道　88223456', '藤桥镇　　88456789', '温州市鹿城区征兵办公室', '2026年12月19日'].join('\n');
    expect(texts(text)).toEqual([
      '四、注意事项：体检前一天晚上8点后禁食禁水，体检当天携带身份证和应征青年登记表。',
      '五、咨询电话：', '五马街道　88212345', '松台街道　88223456', '藤桥镇　　88456789', '温州市鹿城区征兵办公室', '2026年12月19日',
    ]);
  });
});

describe('a telephone label at a line\'s end over its whole number alone (phoneNumberUnderLabel)', () => {
  it('changes: 电话/热线/手机 and a colon closing the line, then a whole number and nothing else', () => {
    expect(phoneNumberUnderLabel('三室两厅，128平方米。电话：', '15967923456')).toBe(true);
    expect(phoneNumberUnderLabel('设备齐全。服务热线：', '0579-82471234')).toBe(true);
    expect(phoneNumberUnderLabel('联系手机：', '13957981234')).toBe(true);
  });
  it('leaves alone: another label, a number with words after it, a number the line end cut, a row of a place', () => {
    expect(phoneNumberUnderLabel('统一社会信用代码：', '92330109MA2B')).toBe(false);
    expect(phoneNumberUnderLabel('现将有关事项公告如下：', '13957981234')).toBe(false);
    expect(phoneNumberUnderLabel('三室两厅，128平方米。电话：', '15967923456（王先生）')).toBe(false);
    expect(phoneNumberUnderLabel('三室两厅，128平方米。电话：', '159679')).toBe(false);
    expect(phoneNumberUnderLabel('五、咨询电话：', '五马街道　88212345')).toBe(false);
  });
  it('keeps a 分类广告 item\'s label and its number together in plain print lines fifteen wide, the next head apart', () => {
    const text = ['出售：金东区多湖街道星月花园三', '室两厅，128平方米。电话：', '15967923456', '家政服务', '专业保洁、月嫂、育儿嫂、钟点工，', '持证上岗。电话：0579-82345678'].join('\n');
    const out = texts(text);
    expect(out).toContain('出售：金东区多湖街道星月花园三室两厅，128平方米。电话：15967923456');
    expect(out).not.toContain('15967923456');
  });
});

describe('an item ending in a telephone field\'s whole number has ended (endsInPhoneField), a category head after it', () => {
  const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind}: ${b.text}`);
  it('changes: a text ending in 电话/热线/手机, its colon and a whole number', () => {
    expect(endsInPhoneField('专业保洁、月嫂、育儿嫂、钟点工，持证上岗。电话：0579-82345678')).toBe(true);
    expect(endsInPhoneField('有拾到者请联系，必有重谢。电话：13957981234')).toBe(true);
  });
  it('leaves alone: a number the line end cut, no telephone label, words after the number', () => {
    expect(endsInPhoneField('持证上岗。电话：0579-823')).toBe(false);
    expect(endsInPhoneField('全年接待游客13957981234')).toBe(false);
    expect(endsInPhoneField('电话：13957981234（王先生）')).toBe(false);
  });
  const lines = ['本人于12月18日在金华火车站遗失黑', '色双肩包一个，内有重要资料，有拾', '到者请联系，必有重谢。电话：', '13957981234', '家政服务',
    '专业保洁、月嫂、育儿嫂、钟点工，', '持证上岗。电话：0579-82345678', '空调清洗、家电维修，上门服务，', '价格公道。电话：13735734567'];
  it('makes a short line with no mark, after such an item and over a full line of prose, a heading (plain print lines fifteen wide)', () => {
    expect(blocks(lines.join('\n'))).toContain('heading: 家政服务');
  });
  it('leaves alone: the signer after a contact field, over its date; a short line over a line with no mark', () => {
    const signed = ['有关事项通告如下：请市民提前储水，做好准备。', '联系电话：0570-8881234', '衢州市水务集团有限公司', '2026年11月12日'].join('\n');
    expect(blocks(signed)).toContain('body: 衢州市水务集团有限公司');
    const unmarked = [...lines.slice(0, 4), '家政服务', '专业保洁月嫂育儿嫂钟点工持证上岗'].join('\n');
    expect(blocks(unmarked)).not.toContain('heading: 家政服务');
  });
});
