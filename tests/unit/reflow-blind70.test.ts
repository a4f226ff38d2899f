// The rules the blind70 round added. lib/reflow/notice-signers.ts signersOpen (asked in segment.ts where a sure rule would
// join, and in full-stop.ts where the scorer decides): the line that opens a notice's signers — one to three organisations'
// names, each on a line of its own or one wrapped over two, then the date alone — starts a block, whatever ends the line
// above it (a finished sentence, a contact field with a bracketed name, a labelled row, the first signer), unless that line
// stops mid-clause. lib/reflow/notice-parts.ts datedRowApart (asked with it, notice-signers.ts noticeLinesApart): a labelled
// row read whole whose value ends in a day or a clock time (`展示时间：2027年1月8日至1月9日`), before a line opening with a
// label of its own, ends its block even where its line fills the column.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { measure, type Line } from '../../lib/reflow/columns';
import { signersOpen } from '../../lib/reflow/notice-signers';
import { datedRowApart } from '../../lib/reflow/notice-parts';
import { textToLines } from '../../lib/reflow/lines';

const texts = (text: string): string[] => reflowText(text).map((b) => b.text);
/** Whether the boundary before print line `i` of `text` opens the signers. */
const opensAt = (text: string, i: number): boolean => {
  const lines: Line[] = measure(textToLines(text));
  return signersOpen(lines, lines[i - 1] as Line, lines[i] as Line);
};

describe('a notice\'s signers over their date (signersOpen)', () => {
  it('changes: one or two names, or one wrapped over two lines, then the date, under a sentence, a field, a row or a signer', () => {
    expect(opensAt(['　　特此通告。', '诸暨市公安局', '诸暨市交通运输局', '2026年12月26日'].join('\n'), 1)).toBe(true);
    expect(opensAt(['　　特此通告。', '诸暨市公安局', '诸暨市交通运输局', '2026年12月26日'].join('\n'), 2)).toBe(true);
    expect(opensAt(['　　联系电话：0577-86301234（陈', '先生）', '温州市瓯海区人民政府仙岩街道办事', '处', '2026年12月26日'].join('\n'), 2)).toBe(true);
    expect(opensAt(['来信地址：嘉兴市南湖区广场路1号市委组织部干部监督科', '中共嘉兴市委组织部', '2026年12月27日'].join('\n'), 1)).toBe(true);
  });
  it('leaves alone: no date under the names, a line that goes on mid-clause, one name the line end cut, words that are no name', () => {
    expect(opensAt(['　　特此通告。', '诸暨市公安局', '诸暨市交通运输局', '责任编辑：郭　勇'].join('\n'), 1)).toBe(false);
    expect(opensAt(['　　如有疑问，请咨询', '诸暨市公安局', '2026年12月26日'].join('\n'), 1)).toBe(false);
    expect(opensAt(['　　特此通告。', '宁波市江北区住房和', '城乡建设局', '2026年12月26日'].join('\n'), 2)).toBe(false);
    expect(opensAt(['　　特此通告。', '杭州市人民政府', '办公室', '2026年12月26日'].join('\n'), 2)).toBe(false);
    expect(opensAt(['　　本次活动由市文化广电旅游局', '主办，市图书馆承办。', '2026年12月26日'].join('\n'), 1)).toBe(false);
  });
  it('parts two signers in pre-wrap text sixteen wide, and a field\'s bracketed name from the wrapped signer under it', () => {
    expect(texts(['　　四、违反本通告的，由公安机关', '交通管理部门依法处理。', '　　特此通告。', '诸暨市公安局', '诸暨市交通运输局', '2026年12月26日'].join('\n')).slice(-3))
      .toEqual(['诸暨市公安局', '诸暨市交通运输局', '2026年12月26日']);
    expect(texts(['　　四、逾期未登记迁移的，视为无', '主坟墓，由街道统一迁葬至仙岩公墓。', '　　联系电话：0577-86301234（陈', '先生）', '温州市瓯海区人民政府仙岩街道办事', '处', '2026年12月26日'].join('\n')).slice(-3))
      .toEqual(['联系电话：0577-86301234（陈先生）', '温州市瓯海区人民政府仙岩街道办事处', '2026年12月26日']);
  });
  it('still joins one signer the line end cut, over its date', () => {
    expect(texts(['　　特此通告。', '宁波市江北区住房和', '城乡建设局', '2026年12月26日'].join('\n'))).toContain('宁波市江北区住房和城乡建设局');
  });
});

describe('a labelled row ending in a day or a time, before the next label (datedRowApart)', () => {
  it('changes: a row whose value ends in 日, a clock time or 时, then a label of its own', () => {
    expect(datedRowApart('展示时间：2027年1月8日至1月9日', '展示时间：2027年1月8日至1月9日', '报名截止：2027年1月11日16:00')).toBe(true);
    expect(datedRowApart('起拍价4.2万元，保证金1万元。报名截止：2027年1月11日16:00', '报名截止：2027年1月11日16:00', '联系电话：0579-82138888')).toBe(true);
    expect(datedRowApart('检修时间：12月30日9时至17时', '17时', '影响范围：海曙区望春街道')).toBe(true);
  });
  it('leaves alone: a value ending otherwise, a sentence in the row, no label opening the next line, a long paragraph', () => {
    expect(datedRowApart('联系人：王先生', '联系人：王先生', '联系电话：0573-82012345')).toBe(false);
    expect(datedRowApart('展示时间：2027年1月8日至1月9日', '展示时间：2027年1月8日至1月9日', '（节假日除外）')).toBe(false);
    expect(datedRowApart('展示时间：2027年1月8日至1月9日', '展示时间：2027年1月8日至1月9日', '上午9:00开始')).toBe(false);
    expect(datedRowApart('报名后，展示时间：2027年1月8日', '报名后，展示时间：2027年1月8日', '报名截止：2027年1月11日')).toBe(false);
    expect(datedRowApart('为保障春节期间城区道路交通安全畅通决定于2027年2月4日', '交通安全畅通决定于2027年2月4日', '限行路段：暨阳路')).toBe(false);
  });
  it('parts two full rows in pre-wrap text fifteen wide (a 拍卖公告 as 金华日报 prints it), and still joins a row cut before its date', () => {
    const text = ['受义乌市人民法院委托，本公司定', '于2027年2月3日10:00在网络司法', '拍卖平台公开拍卖下列标的：', '标的一：稠城街道工人北路1088号',
      '5幢601室房产，建筑面积96.5平方', '米，起拍价152万元，保证金15万', '元。', '标的二：浙G·5C3K8小型轿车一辆，', '起拍价4.2万元，保证金1万元。',
      '展示时间：2027年1月8日至1月9日', '报名截止：2027年2月2日16:00', '联系电话：0579-85201234'].join('\n');
    // (Whether the row goes on from the lot's sentence on the full line above it is the scorer's to say.)
    const out = texts(text);
    expect(out.slice(-2)).toEqual(['报名截止：2027年2月2日16:00', '联系电话：0579-85201234']);
    expect(out[out.length - 3]?.endsWith('展示时间：2027年1月8日至1月9日')).toBe(true);
    expect(texts(['　　有关事项公告如下：', '展示时间：2027年1月8日至1', '月9日', '报名截止：2027年1月11日'].join('\n'))).toContain('展示时间：2027年1月8日至1月9日');
  });
});
