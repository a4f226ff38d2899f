// The rule the blind77 round added. lib/reflow/appointment-rows.ts (asked in document-rows.ts documentRowEnds, which the
// segmenter asks before the boundary scorer): a 任免名单's row ending in a semicolon (`任命X为…厅长；`, `X为…主任；`,
// `免去X的…职务；`) ends before a line that opens the next row, though a semicolon ends no sentence.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { appointmentRowEnds } from '../../lib/reflow/appointment-rows';

describe('a 任免名单 row ends before the next row (appointmentRowEnds)', () => {
  it('changes: rows with 任命/免去/决定任命 or none, a padded name, an office or 职务 last, before the next row', () => {
    expect(appointmentRowEnds('任命林志强为浙江省科学技术厅厅长；', '任命方晓燕为浙江省民政厅')).toBe(true);
    expect(appointmentRowEnds('沈晓东为绍兴市人民代表大会常务委员会财政经济工作委员会主任委员；', '张立新为绍兴市发展和改')).toBe(true);
    expect(appointmentRowEnds('免去何永明的浙江省科学技术厅厅长职务；', '免去周　敏的浙江省民政厅')).toBe(true);
    expect(appointmentRowEnds('王　芳为绍兴市教育局局长；', '陈国强为绍兴市中级人民法')).toBe(true);
    expect(appointmentRowEnds('刘晓梅为江西省高级人民法院副院长、审判委员会委员；', '黄志刚为江西省高级人民法')).toBe(true);
  });
  it('leaves alone: no semicolon, a clause mark inside, no office or 职务 last, a next line that opens no row, a row cut', () => {
    expect(appointmentRowEnds('任命林志强为浙江省科学技术厅厅长', '任命方晓燕为浙江省民政厅')).toBe(false);
    expect(appointmentRowEnds('王建国为大家带来了精彩的演出；', '李明为观众演唱了一首歌')).toBe(false);
    expect(appointmentRowEnds('张　伟为此付出了很多，他是局长；', '李明为大家介绍了情况')).toBe(false);
    expect(appointmentRowEnds('任命林志强为浙江省科学技术厅厅长；', '同时，会议还听取了报告')).toBe(false);
    expect(appointmentRowEnds('一是加强组织领导，明确各部门职务；', '二是加大投入力度')).toBe(false);
    expect(appointmentRowEnds('免去周　敏的浙江省民政厅厅', '长职务。')).toBe(false);
  });
  it('parts the rows of a list re-printed one <p> per column piece, a row cut by a column still whole', () => {
    const text = ['（2027年1月7日浙江省第十四届人民代表大会常务委员会第二十二次会议通过）', '任命林志强为浙江省科学技术厅厅长；', '任命方晓燕为浙江省民政厅厅长；',
      '免去何永明的浙江省科学技术厅厅长职务；', '免去周　敏的浙江省民政厅厅', '长职务。'].join('\n\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([
      '（2027年1月7日浙江省第十四届人民代表大会常务委员会第二十二次会议通过）', '任命林志强为浙江省科学技术厅厅长；', '任命方晓燕为浙江省民政厅厅长；',
      '免去何永明的浙江省科学技术厅厅长职务；', '免去周　敏的浙江省民政厅厅长职务。',
    ]);
  });
  it('still joins a name and 为 opening clauses parted by a semicolon that name no office', () => {
    const text = ['王建国为获奖企业颁发奖牌；', '李明为新入驻企业代表授牌。'].join('\n\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual(['王建国为获奖企业颁发奖牌；李明为新入驻企业代表授牌。']);
  });
});
