// The rules the second blind57 round added, for the shapes of a county paper's 停水 and 停电 notices: a clock time the line
// end cut after its colon goes on (lib/reflow/county-items.ts clockCutAtColon); a labelled row before the next row's label
// alone, a numbered part's head short of its column and a row before the next part stand apart, and a numbered list whose
// items end in `；` ends with the item that closes with a full stop (lib/reflow/notice-parts.ts), each called from join-rule.ts;
// a letter's signature and date under its salute are body text (lib/reflow/letter-close.ts, called from segment.ts); and a
// forecast's last row, set as a row, ends before an indented element (county-items.ts relativeDayRowEnds).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { clockCutAtColon, relativeDayRowEnds } from '../../lib/reflow/county-items';
import { labelAfterRow, numberedListCloses, partLineApart } from '../../lib/reflow/notice-parts';
import { letterCloseBody } from '../../lib/reflow/letter-close';

const texts = (t: string): string[] => reflowText(t).map((b) => b.text);

describe('a clock time cut after its colon (clockCutAtColon)', () => {
  it('changes: the minutes on the next line go on', () => {
    expect(clockCutAtColon('日22:00至12月11日6:', '00')).toBe(true);
    expect(clockCutAtColon('开放时间为每天8：', '30至17:00，')).toBe(true);
    const text = ['停水时间：2026年12月9', '日8:00至12月9日18:', '00', '', '停水区域：'].join('\n');
    expect(texts(text)).toEqual(['停水时间：2026年12月9日8:00至12月9日18:00', '停水区域：']);
  });
  it('leaves alone: a label\'s colon, a year before a colon, minutes that are no minutes, a ratio', () => {
    expect(clockCutAtColon('停水时间:', '2026年12月9日')).toBe(false);
    expect(clockCutAtColon('比例为1:', '10000')).toBe(false);
    expect(clockCutAtColon('会议于2026:', '30')).toBe(false);
    expect(clockCutAtColon('至12月9日18:', '75名')).toBe(false);
    expect(clockCutAtColon('至12月9日18', '00')).toBe(false);
  });
});

describe('a labelled row, then the next row\'s label alone (labelAfterRow)', () => {
  it('changes: 停水区域： after 停水时间：… opens a row of its own', () => {
    expect(labelAfterRow('停水时间：2026年12月10日22:00至12月11日6:00', '停水区域：')).toBe(true);
    expect(labelAfterRow('施工时间：12月3日至12月20日', '影响路段：')).toBe(true);
  });
  it('leaves alone: a label after prose, a label with its value, a sentence\'s colon', () => {
    expect(labelAfterRow('施工期间，过往车辆请绕行', '具体路段：')).toBe(false);
    expect(labelAfterRow('停水时间：12月10日', '停水区域：万松路沿线')).toBe(false);
    expect(labelAfterRow('记者了解到，停水时间：12月10日', '停水区域：')).toBe(false);
  });
});

describe('a notice\'s numbered part and the rows under it (partLineApart)', () => {
  it('changes: a part\'s head short of its column, a row short of its column before the next part', () => {
    expect(partLineApart(1, '一、停电时间', '12月10日7:30—16:30', true)).toBe(true);
    expect(partLineApart(1, '12月10日7:30—16:30', '二、停电线路及区域', true)).toBe(true);
    const text = ['为保障电网安全运行，国网某某', '市供电公司将对以下线路进行检', '修，届时相关区域将停电。停电', '期间，请用户做好准备，并注意', '用电安全。', '一、停电时间',
      '12月10日7:30—16:30', '二、停电线路及区域', '1.周巷镇：环城北路、万安庄', '村、天元村；'].join('\n');
    expect(texts(text)).toEqual(['为保障电网安全运行，国网某某市供电公司将对以下线路进行检修，届时相关区域将停电。停电期间，请用户做好准备，并注意用电安全。', '一、停电时间',
      '12月10日7:30—16:30', '二、停电线路及区域', '1.周巷镇：环城北路、万安庄村、天元村；']);
  });
  it('leaves alone: a full line, a part with a sentence in it, a table\'s row before a part, a line far from a part', () => {
    expect(partLineApart(1, '一、停电时间', '12月10日7:30—16:30', false)).toBe(false);
    expect(partLineApart(1, '一、停电时间为12月10日，', '届时请做好准备', true)).toBe(false);
    expect(partLineApart(1, '南田镇　新宅村、南田村', '三、请停水区域内的单位和居民提', true)).toBe(false);
    expect(partLineApart(2, '时段为白天', '请用户做好准备', true)).toBe(false);
  });
});

describe('a numbered list whose items end in ；, closed by a full stop (numberedListCloses)', () => {
  it('changes: the line after the last item opens the next paragraph', () => {
    expect(numberedListCloses('3.逍林镇：樟新南路两侧企业。', '村部分用户；', '3.逍林镇：樟新南路两侧企业。', '如遇雨雪等恶劣天气，检修工作')).toBe(true);
    expect(numberedListCloses('（2）安阳街道虹桥路沿线', '用户；', '用户。', '受停水影响的用户请提前做好')).toBe(true);
  });
  it('leaves alone: items not ending in ；, an item with no full stop, the next item, a paragraph that is no item', () => {
    expect(numberedListCloses('3.逍林镇：樟新南路两侧企业。', '村部分用户。', '3.逍林镇：樟新南路两侧企业。', '如遇雨雪等恶劣天气')).toBe(false);
    expect(numberedListCloses('3.逍林镇：樟新南路两侧企', '村部分用户；', '3.逍林镇：樟新南路两侧企', '业。')).toBe(false);
    expect(numberedListCloses('2.坎墩街道：坎墩五村。', '村、天元村；', '2.坎墩街道：坎墩五村。', '3.逍林镇：樟新南路')).toBe(false);
    expect(numberedListCloses('受停水影响的用户请提前做好。', '用户；', '受停水影响的用户请提前做好。', '施工期间')).toBe(false);
  });
});

describe('a letter\'s signature and date under its salute (letterCloseBody)', () => {
  type K = 'body' | 'byline' | 'heading';
  const b = (kind: K, text: string): { kind: K; text: string } => ({ kind, text });
  it('changes: the signer and the date after 敬礼！ are body text', () => {
    expect(letterCloseBody([b('body', '此致'), b('body', '敬礼！'), b('byline', '读者　胡建平'), b('heading', '12月5日')]).map((x) => x.kind))
      .toEqual(['body', 'body', 'body', 'body']);
    expect(letterCloseBody([b('body', '此致敬礼！'), b('byline', '王建国'), b('heading', '2026年3月2日')]).map((x) => x.kind)).toEqual(['body', 'body', 'body']);
  });
  it('leaves alone: a signature with an address note under it, no salute, a sentence after the salute', () => {
    expect(letterCloseBody([b('body', '敬礼！'), b('byline', '读者　沈建华'), b('byline', '（地址：平湖市当湖街道西门社区）')]).map((x) => x.kind))
      .toEqual(['body', 'byline', 'byline']);
    expect(letterCloseBody([b('body', '谢谢大家。'), b('byline', '读者　胡建平'), b('heading', '12月5日')]).map((x) => x.kind)).toEqual(['body', 'byline', 'heading']);
    expect(letterCloseBody([b('body', '敬礼！'), b('body', '我们会继续关注这件事。'), b('heading', '12月5日')]).map((x) => x.kind)).toEqual(['body', 'body', 'heading']);
  });
});

describe('a forecast\'s last row before an indented element (relativeDayRowEnds)', () => {
  it('changes: a row with no full stop ends before an indented element', () => {
    expect(relativeDayRowEnds('后天：晴转多云，4℃～16℃', '后天：晴转多云，4℃～16℃', true)).toBe(true);
    expect(relativeDayRowEnds('明日：小雨', '明日：小雨', true)).toBe(true);
  });
  it('leaves alone: an unindented element, a row ending in a full stop or a clause mark, a paragraph that is no forecast row', () => {
    expect(relativeDayRowEnds('后天：晴转多云，4℃～16℃', '后天：晴转多云，4℃～16℃', false)).toBe(false);
    expect(relativeDayRowEnds('后天：晴转多云，4℃～16℃。', '后天：晴转多云，4℃～16℃。', true)).toBe(false);
    expect(relativeDayRowEnds('明天：晴，最高气温', '最高气温，', true)).toBe(false);
    expect(relativeDayRowEnds('温馨提示：近期早晚温差较大', '温差较大', true)).toBe(false);
  });
});
