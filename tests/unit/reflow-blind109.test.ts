// The rule the blind109 round added: lib/reflow/name-rows.ts nameUnitRowEnds (asked in join-rule.ts): a 名单's row of a
// person and their unit (`李梓涵　城厢街道湘湖小学`) short of its column ends before the next such row, and before the line
// with a sentence's mark or a field's label (`公示时间：…`) under the list, in print lines with no empty line between them
// as after an element's break.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (texts: readonly string[]): string[] => reflowText(texts.join('\n')).map((b) => `${b.kind}: ${b.text}`);

// A 公示 in print lines fourteen wide, no indent and no empty line, its 名单 a person and their school or unit to a line
// (written for this test).
const GONGSHI = ['经学校推荐、镇街初评、区级评审，拟', '推荐以下4名同学为区级“美德少年”，', '现予公示。', '王一鸣　新塘街道中心小学', '陈　可　城南初级中学',
  '刘子轩　河庄街道第二小学', '赵雨桐　城北初级中学', '公示时间：12月1日至12月7日。如有异', '议，请在公示期内向区教育局反映。'];

describe('a 名单\'s person-and-unit rows in print lines with no empty line (join-rule.ts)', () => {
  it('changes: each row short of its column ends before the next row, and the last before the line with a sentence\'s mark', () => {
    const out = blocks(GONGSHI);
    expect(out).toContain('body: 王一鸣　新塘街道中心小学');
    expect(out).toContain('body: 陈　可　城南初级中学');
    expect(out).toContain('body: 赵雨桐　城北初级中学');
    expect(out).toContain('body: 公示时间：12月1日至12月7日。如有异议，请在公示期内向区教育局反映。');
  });
  it('leaves alone: a sentence naming a person and a school over a line end, and a row whose unit\'s name goes on', () => {
    const prose = ['　　记者在现场看到，城东街道的志愿', '者王一鸣　新塘街道中心小学的老师', '们一起为孩子们准备了午餐和点心。'];
    expect(blocks(prose)).toEqual(['body: 记者在现场看到，城东街道的志愿者王一鸣　新塘街道中心小学的老师们一起为孩子们准备了午餐和点心。']);
    const goesOn = ['经学校推荐、镇街初评、区级评审，拟', '推荐以下两名教师为区级“优秀班主', '任”，现予公示。', '王建国　萧山区湘湖实验学校', '附属幼儿园', '陈　可　城南初级中学'];
    expect(blocks(goesOn)).toContain('body: 王建国　萧山区湘湖实验学校附属幼儿园');
    expect(blocks(goesOn)).toContain('body: 陈　可　城南初级中学');
  });
});
