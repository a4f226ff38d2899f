// Marks the jargon detector must not put on ordinary prose, seen on the blind pages read in Chromium
// (tests/fixtures/pages/blind13-jrpy-correction-vendor.html, blind14-ykrb-court-case-vendor.html,
// blind15-nhwb-profile-pull-quote.html, blind17-xinhua-jiucuo-fontsize.html): a verb and its object
// taken for a policy product, a number taken for a 一X一Y formula, a quoted date in a correction, a
// nickname someone is called by. Each beside the mark the rule must still make.
import { describe, expect, it } from 'vitest';
import { detectJargon } from '../../lib/glossary/detect';

const words = new Set(['设立', '建立', '提升', '茶叶', '非遗', '企业', '技术', '含量']);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string): string[] => detectJargon(text, [], isWord).map((d) => d.term);

describe('no detected mark on ordinary prose', () => {
  it('takes a verb of setting up or improving before 工坊 / 券 / 码 for a verb and its object, not a product name', () => {
    expect(terms('浙江一些竹制品企业在12个村设立工坊，编竹篮、削竹签。')).toEqual([]);
    expect(terms('并建立工坊与企业的订单对接。')).toEqual([]);
    expect(terms('下一步还需在提升工坊的技术含量和品牌上下功夫。')).toEqual([]);
    expect(terms('开化县的一家茶叶工坊，去年起尝试直播。')).toEqual(['茶叶工坊']);
    expect(terms('村里新建了一家非遗工坊。')).toEqual(['非遗工坊']);
  });

  it('reads 一千一百 in a number as a number, not a 一X一Y formula', () => {
    expect(terms('《中华人民共和国民法典》第一千一百九十三条规定')).toEqual([]);
    expect(terms('推行一村一品，发展特色产业。')).toEqual(['一村一品']);
  });

  it('takes a quoted date or time for a date, not a coinage', () => {
    expect(terms('本报12月23日第3版的图片说明中，“12月22日”应为“12月21日”，特此更正。')).toEqual([]);
    expect(terms('活动定在“2025年”举行，“8点”开始。')).toEqual([]);
    expect(terms('落实“8+4”政策体系。')).toEqual(['8+4']);
  });

  it('takes a quoted name someone is called by (叫他“老沈”) for a name, not a coinage', () => {
    expect(terms('街坊们叫他“老沈”，年轻人则叫她们“沈师傅”。')).toEqual([]);
    expect(terms('街坊们搞起了“邻里帮”。')).toEqual(['邻里帮']);
  });
});

describe('no detected mark on half a name', () => {
  it('leaves a middle part of a joined name A+B+C alone, not an XX+ action', () => {
    const isPart = (w: string): boolean => ['物业', '代表', '联络', '人工', '智能', '人工智能', '教育'].includes(w);
    expect(detectJargon('牵头成立了代表联络站+物业+业委会议事小组', [], isPart).map((d) => d.term)).toEqual([]);
    expect(detectJargon('推进人工智能+教育', [], isPart).map((d) => d.term)).toEqual(['人工智能+教育']);
  });
});
