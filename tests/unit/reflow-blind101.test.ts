// The rule the blind101 round added. lib/reflow/notice-lines.ts wrappedFieldEnds (asked in join-rule.ts): a notice's contact
// field whose value the line end wrapped (`通信地址：…北京东路41` / `号（邮编210008）`), its last print line short of its column,
// ends before the notice's next part — the organisation that signs it (its name wrapped too, or not), the date, the next
// field — across an empty line or not: print fills every line of a paragraph but its last, and cuts a column after a full
// line only.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { wrappedFieldEnds } from '../../lib/reflow/notice-lines';

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
