// The rule the blind101 round added. lib/reflow/notice-lines.ts wrappedFieldEnds (asked in join-rule.ts): a notice's contact
// field whose value the line end wrapped (`通信地址：…北京东路41` / `号（邮编210008）`), its last print line short of its column,
// ends before the notice's next part — the organisation that signs it (its name wrapped too, or not), the date, the next
// field — across an empty line or not: print fills every line of a paragraph but its last, and cuts a column after a full
// line only. And two more endings of a signing organisation's name (isSignatureLine): a government's 办公厅 and a company's 清算组.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isSignatureLine, signerTail, wrappedFieldEnds } from '../../lib/reflow/notice-lines';
import { measure, runWidths, type Line } from '../../lib/reflow/columns';
import { textToLines } from '../../lib/reflow/lines';
import { pageEvidence } from '../../lib/reflow/evidence';

describe('a wrapped contact field before the notice\'s next part (wrappedFieldEnds)', () => {
  it('changes: a field over two lines, its last short, before a signer, a wrapped signer, a date or a field', () => {
    expect(wrappedFieldEnds('通信地址：南京市北京东路41号（邮编210008）', 2, '号（邮编210008）', '南京市人民政府办公室', true)).toBe(true);
    expect(wrappedFieldEnds('地址：衢州市柯城区荷花中路88号', 2, '88号', '衢州市综合行政执法局', true)).toBe(true);
    expect(wrappedFieldEnds('地址：丽水市莲都区人民街128号', 2, '街128号', '丽水市公安局交通警察支', true, '队')).toBe(true);
    expect(wrappedFieldEnds('联系地址：湖州市吴兴区仁皇山路666号', 2, '山路666号', '2027年3月22日', true)).toBe(true);
    expect(wrappedFieldEnds('报名地址：嘉兴市南湖区昌盛南路1588号', 2, '88号', '咨询电话：0573-82215678', true)).toBe(true);
  });
  it('leaves alone: a full last line (a column cut), one line only, a clause mark, no field, a sentence after it, a long tail', () => {
    expect(wrappedFieldEnds('通信地址：温岭市太平街道东辉北路168号', 2, '东辉北路168号', '市妇联办公室', false)).toBe(false);
    expect(wrappedFieldEnds('地址：衢州市柯城区荷花中路88号', 1, '地址：衢州市柯城区荷花中路88号', '衢州市综合行政执法局', true)).toBe(false);
    expect(wrappedFieldEnds('地址：衢州市柯城区荷花中路88号，', 2, '88号，', '衢州市综合行政执法局', true)).toBe(false);
    expect(wrappedFieldEnds('市民可通过信函方式提出建议，邮寄至市政府办公室', 2, '府办公室', '南京市人民政府办公室', true)).toBe(false);
    expect(wrappedFieldEnds('地址：衢州市柯城区荷花中路88号', 2, '88号', '请市民提前规划出行路线。', true)).toBe(false);
    expect(wrappedFieldEnds('地址：丽水市莲都区人民街128号', 2, '街128号', '丽水市公安局交通警察支', true, '队负责解释说明')).toBe(false);
  });
  it('parts the field from the signer and the date in print lines set apart by empty lines, thirteen wide', () => {
    const text = ['联系人：李　明', '', '联系电话：0512-65221234', '', '通信地址：苏州市姑苏区人民路', '1188号', '', '苏州市姑苏区人民政府办公室', '', '2027年3月22日'].join('\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([
      '联系人：李　明', '联系电话：0512-65221234', '通信地址：苏州市姑苏区人民路1188号', '苏州市姑苏区人民政府办公室', '2027年3月22日',
    ]);
  });
});

describe('a notice signed by a 办公厅 or a 清算组 (isSignatureLine)', () => {
  it('changes: the name alone on its line', () => {
    expect(isSignatureLine('南京市人民政府办公厅')).toBe(true);
    expect(isSignatureLine('台州市椒江区海润贸易有限公司清算组')).toBe(true);
  });
  it('leaves alone: a sentence\'s words, a mark at the end, another ending, a reporter\'s opening', () => {
    expect(isSignatureLine('南京市人民政府办公厅。')).toBe(false);
    expect(isSignatureLine('南京市人民政府办公厅主任')).toBe(false);
    expect(isSignatureLine('记者从省人民政府办公厅')).toBe(false);
    expect(isSignatureLine('清算组成立之日起')).toBe(false);
  });
  it('parts the signer and the date from the address over them in print lines thirteen wide with empty lines', () => {
    const text = ['联系电话：025-83621234', '', '通信地址：南京市玄武区中山路', '258号', '', '江苏省人民政府办公厅', '', '2027年3月22日'].join('\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([
      '联系电话：025-83621234', '通信地址：南京市玄武区中山路258号', '江苏省人民政府办公厅', '2027年3月22日',
    ]);
  });
});

describe('a signer whose name a column cut after a full line (signerTail, for wrappedFieldEnds)', () => {
  // Shape: a 注销公告 in <br> print lines eleven wide with empty lines where columns end (the blind103 公告 column, re-printed):
  // the contact field wraps, then the liquidation group's name fills a column and its last characters open the next one.
  const notice = (tail: string): string => ['关于暂停办理住房公积金业务的公告', '', '因住房公积金系统升级，', '湖州市住房公积金管理中', '心将于2027年6月12日（', '星期六）至6月13日（星', '期日）暂停办理各项住房', '', '公积金业务，6月14日起', '恢复正常。由此带来的不', '便，敬请谅解。', '', '特此公告。', '', '湖州市住房公积金管理中心', '', '2027年6月3日', '', '注销公告', '', '湖州市兴达纺织服饰有限', '公司（统一社会信用代码：', '91330502MA2D7E8F9G）经', '股东会决议，拟向登记机', '关申请注销登记，请债权', '', '人自本公告发布之日起45', '日内向本公司清算组申报', '债权。', '', '联系人：王女士　联系电', '话：13857212345', '', '湖州市兴达纺织服饰有限', '', tail, '', '2027年6月4日'].join('\n');
  it('changes: the field ends before the signer, its name read across the column cut', () => {
    expect(reflowText(notice('公司清算组'), { punctuation: false }).map((b) => b.text).slice(-3)).toEqual([
      '联系人：王女士　联系电话：13857212345', '湖州市兴达纺织服饰有限公司清算组', '2027年6月4日',
    ]);
  });
  it('leaves alone: no line after the cut where the signer\'s line is short of its column, and none after the page\'s end', () => {
    const lines = measure(textToLines(`${notice('公司清算组')}\n\n湖州市兴达纺织\n\n公司清算组`));
    const widths = runWidths(lines);
    const ctx = { lines, widths, ev: pageEvidence(lines, widths) };
    const at = (text: string, from = 0): Line => lines.slice(from).find((l) => l.text === text) as Line;
    expect(signerTail(ctx, at('湖州市兴达纺织服饰有限', 20))).toBe('公司清算组'); // full: the name goes on after the cut
    expect(signerTail(ctx, at('湖州市兴达纺织'))).toBeUndefined(); // short of the column: the name ended on it
    expect(signerTail(ctx, lines[lines.length - 1] as Line)).toBeUndefined(); // the last line
    expect(wrappedFieldEnds('联系人：王女士　联系电话：13857212345', 2, '话：13857212345', '湖州市兴达纺织服饰有限', true, '公司的债权债务由股东承担')).toBe(false);
  });
});
