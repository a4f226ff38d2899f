// Rules from what the blind3 pages showed (tests/fixtures/pages/blind3-*): jump lines between
// pages, reporters in brackets after the last paragraph, a notice's signature after 特此通告。,
// subheadings among print lines with no blank line, rows of a table of figures, and a range dash
// in a table's title. Each with the negatives it must leave alone. Snippets written for these
// tests in the pages' shapes (see blind3-manifest.json).
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText, type SourceLine } from '../../lib/reflow';
import { isBracketCredit, isHeadingCandidate, isJumpLine, isRoleByline } from '../../lib/reflow/classify';

const blocks = (lines: SourceLine[]): [string, string][] => reflowLines(lines, { punctuation: false }).map((b) => [b.kind, b.text]);
/** One <p> per entry: `　　` at its start marks indentation. */
const ps = (...paras: string[]): SourceLine[] => paras.map((t, i) => ({ text: t.replace(/^　　/u, ''), gap: i === 0 ? 0 : 1, indent: t.startsWith('　　') }));

describe('jump lines (下转 / 上接)', () => {
  it.each(['（下转第三版）', '（上接第1版）', '(转A2版)', '（紧接第一版）', '（下转第 5 版）'])('reads %s as a jump line', (t) => {
    expect(isJumpLine(t)).toBe(true);
    expect(isHeadingCandidate(t)).toBe(false);
  });

  it.each(['（上接第1版）成效持续显现。', '下转第三版', '（第三版）', '（详见第三版报道）'])('does not read %s as one', (t) => {
    expect(isJumpLine(t)).toBe(false);
  });

  it('keeps a jump line apart from the paragraph the page cut (…试点， / （下转第三版）)', () => {
    const last = '近年来，我省先后出台促进数据要素市场化配置等政策，在全国率先开展公共数据授权运营试点，';
    expect(blocks(ps('　　专家认为，数字经济持续壮大，离不开良好的创新生态。', `　　${last}`, '（下转第三版）'))).toEqual([
      ['body', '专家认为，数字经济持续壮大，离不开良好的创新生态。'],
      ['body', last],
      ['body', '（下转第三版）'],
    ]);
  });

  it('keeps a continued article\'s first line apart, never a headline', () => {
    expect(blocks(ps('（上接第1版）', '成效持续显现，一季度全市海河联运量同比增长15.3%。'))).toEqual([
      ['body', '（上接第1版）'],
      ['body', '成效持续显现，一季度全市海河联运量同比增长15.3%。'],
    ]);
  });
});

describe('reporters in brackets', () => {
  it.each(['（记者 沈晓燕 通讯员 朱磊）', '（记者 王俞楠）', '(本报记者 李洋 陈凤)', '（记者沈晓燕 通讯员朱磊）'])('reads %s as reporters in brackets', (t) => {
    expect(isBracketCredit(t)).toBe(true);
  });

  it.each(['（记者 沈晓燕 摄）', '（记者从市统计局获悉）', '本报讯（记者 王俞楠 陈伟聪）', '（新华社记者 刘艺说，数据仍在更新。）'])('does not read %s so', (t) => {
    expect(isBracketCredit(t)).toBe(false);
  });

  it('makes them the byline when they are an element of their own after the last paragraph', () => {
    const last = '下一步，嘉兴港区将加快推进码头项目建设，全力打造长三角海河联运枢纽港。';
    expect(blocks(ps('　　航线多了，企业的选择也多了。', `　　${last}`, '（记者 沈晓燕 通讯员 朱磊）'))).toEqual([
      ['body', '航线多了，企业的选择也多了。'],
      ['body', last],
      ['byline', '（记者 沈晓燕 通讯员 朱磊）'],
    ]);
  });

  it('does not make a byline of them where they are a print line of the paragraph (no break before them)', () => {
    const t = '首个比赛日吸引现场观众3万余人\n次，62支村级球队参赛。\n（记者 吴刚）';
    expect(reflowText(t, { punctuation: false }).map((b) => b.kind)).not.toContain('byline');
    // and a single reporter in brackets is still no byline line by itself
    expect(isRoleByline('（记者 吴刚）')).toBe(false);
  });
});

describe('a notice\'s signature after its closing sentence', () => {
  it('signs the notice with each organisation and the date (特此通告。 / 湖州市…办公室 / 湖州市公安局)', () => {
    const lines = ps('　　本通告自2025年9月1日起施行。', '　　特此通告。', '湖州市消防安全委员会办公室', '湖州市公安局', '2025年8月19日');
    expect(blocks(lines)).toEqual([
      ['body', '本通告自2025年9月1日起施行。'],
      ['body', '特此通告。'],
      ['body', '湖州市消防安全委员会办公室'],
      ['body', '湖州市公安局'],
      ['body', '2025年8月19日'],
    ]);
  });

  it('still joins a column piece that goes on after a sentence end on an indented page', () => {
    const lines = ps('　　截至目前，已有12个部门入驻。', '　　据介绍，服务中心由市公安局', '牵头建设，今年6月投入使用。');
    expect(blocks(lines).map((b) => b[1])).toEqual(['截至目前，已有12个部门入驻。', '据介绍，服务中心由市公安局牵头建设，今年6月投入使用。']);
  });
});

describe('subheadings among print lines with no blank line (county paper, <br> per line)', () => {
  // 14 characters a line, paragraphs opened by 　　, no blank line anywhere.
  const page = [
    '　　今年，全市杨梅种植面积达',
    '5.6万亩，预计产量4.2万吨。受',
    '春季气温偏高影响，杨梅上市时',
    '间比往年提前了一周左右，品质',
    '普遍较好。',
    '冷链物流跑出“加速度”',
    '　　“早上采的杨梅，第二天就',
    '能送到北京、成都消费者手里。”',
    '大溪镇一家家庭农场负责人告诉',
    '记者，今年他们在田间地头设立',
    '了收寄点。',
    '　　为帮助果农拓宽销路，当地',
    '还组织开展电商直播培训。',
  ].join('\n');

  it('reads a line between a short sentence end and an indented line as a subheading', () => {
    expect(reflowText(page, { punctuation: false }).map((b) => b.kind)).toEqual(['body', 'heading', 'body', 'body']);
  });

  it('does not take a paragraph\'s last line for one', () => {
    const t = page.replace('普遍较好。\n冷链物流跑出“加速度”', '普遍较好，冷链物流跑出了“加速度”\n。');
    expect(reflowText(t, { punctuation: false }).map((b) => b.kind)).toEqual(['body', 'body', 'body']);
  });

  it('does not make one where the line before fills its column (a wrapped sentence goes on)', () => {
    const t = page.replace('普遍较好。\n冷链物流跑出“加速度”', '普遍较好，物流企业也来了。冷\n链物流跑出“加速度”');
    expect(reflowText(t, { punctuation: false }).filter((b) => b.kind === 'heading')).toEqual([]);
  });
});

describe('tables of figures', () => {
  const row = (text: string): SourceLine => ({ text, gap: 1, indent: false, row: true });

  it('keeps every row a block of its own and the table\'s title a headline (1—4月 is a range, no clause dash)', () => {
    const lines: SourceLine[] = [
      ...ps('　　工业生产较快增长。1—4月，新能源汽车产量达38.2万辆。', '2024年1—4月全省主要经济指标'),
      row('指标 绝对值 同比增长（%）'),
      row('规模以上工业增加值 — 8.9'),
      row('社会消费品零售总额（亿元） 7952.3 5.1'),
      { text: '注：规模以上工业增加值只发布增速。', gap: 1, indent: true },
    ];
    expect(blocks(lines)).toEqual([
      ['body', '工业生产较快增长。1—4月，新能源汽车产量达38.2万辆。'],
      ['heading', '2024年1—4月全省主要经济指标'],
      ['body', '指标 绝对值 同比增长（%）'],
      ['body', '规模以上工业增加值 — 8.9'],
      ['body', '社会消费品零售总额（亿元） 7952.3 5.1'],
      ['body', '注：规模以上工业增加值只发布增速。'],
    ]);
  });

  it('still reads a clause dash as the mark of a fragment', () => {
    const lines = ps('　　工业生产较快增长，新能源汽车产量达38.2万辆。', '全省主要经济指标——', '　　省统计局有关负责人表示，要持续巩固经济回升向好基础。');
    expect(blocks(lines).filter((b) => b[0] === 'heading')).toEqual([]);
  });
});

describe('list items and a notice\'s closing formula in pre-wrap text (no mark but the line end)', () => {
  // 13 characters a line, every print line ending in a newline, no indentation, no blank line.
  const notice = [
    '一、禁止在下列区域停放电动',
    '自行车或者为电动自行车充电：',
    '（一）建筑物的公共门厅、疏',
    '散走道、楼梯间、安全出口处；',
    '（二）住宅楼的电梯轿厢内；',
    '（三）其他影响消防安全的室',
    '内公共区域。',
    '二、电动自行车应当停放在集',
    '中停放场所或者指定区域。',
    '特此通告。',
  ].join('\n');

  it('makes every item a paragraph, and the closing formula one of its own', () => {
    expect(texts(notice)).toEqual([
      '一、禁止在下列区域停放电动自行车或者为电动自行车充电：',
      '（一）建筑物的公共门厅、疏散走道、楼梯间、安全出口处；',
      '（二）住宅楼的电梯轿厢内；',
      '（三）其他影响消防安全的室内公共区域。',
      '二、电动自行车应当停放在集中停放场所或者指定区域。',
      '特此通告。',
    ]);
  });

  it('keeps an enumeration inside a paragraph that does not open with an item', () => {
    const t = ['今年，全省将重点抓好三项工作：', '（一）稳定粮食播种面积；（二）', '推广集中育秧。'].join('\n');
    expect(texts(t)).toEqual(['今年，全省将重点抓好三项工作：（一）稳定粮食播种面积；（二）推广集中育秧。']);
  });

  it('keeps 特此 that goes on as the sentence it begins', () => {
    const t = ['本通告自2025年9月1日起施行。', '特此通告全体业主，请相互转', '告。'].join('\n');
    expect(texts(t)).toEqual(['本通告自2025年9月1日起施行。特此通告全体业主，请相互转告。']);
  });
});

describe('a signature wrapped over print lines', () => {
  it('ends before the next organisation (its last line short) and before the date', () => {
    const t = ['依法追究相关责任。', '特此通告。', '湖州市消防安全委员会办', '公室', '', '湖州市公安局', '2025年8月19日'].join('\n');
    expect(texts(t)).toEqual(['依法追究相关责任。', '特此通告。', '湖州市消防安全委员会办公室', '湖州市公安局', '2025年8月19日']);
  });

  it('still joins an organisation\'s name cut where its line was full', () => {
    const t = ['依法追究相关责任。', '', '浙江省杭州市萧山区人民政府', '北干街道办事处'].join('\n');
    expect(texts(t)).toEqual(['依法追究相关责任。', '浙江省杭州市萧山区人民政府北干街道办事处']);
  });
});

describe('an indented first line on a page that does not indent otherwise', () => {
  it('counts the indentation when it asks whether the line is short (a photo page\'s lone paragraph)', () => {
    const t = [
      '4月19日，湘湖景区城山沟茶园内，茶农正在采摘明前龙井。（记者 沈小明 摄）', '',
      '游客在湘湖茶文化节上体验点茶。（通讯员 俞佳 摄）', '',
      '　　谷雨将至，萧山各产', '茶区进入春茶采摘加工的', '高峰期。今年全区茶园面', '',
      '积约2.1万亩，预计春茶', '产量280吨，产值1.5亿元，', '茶农们正抢抓晴好天气采', '摘炒制，满园茶香扑面而', '来。',
    ].join('\n');
    expect(texts(t).slice(2)).toEqual(['谷雨将至，萧山各产茶区进入春茶采摘加工的高峰期。今年全区茶园面积约2.1万亩，预计春茶产量280吨，产值1.5亿元，茶农们正抢抓晴好天气采摘炒制，满园茶香扑面而来。']);
  });
});

function texts(t: string): string[] {
  return reflowText(t, { punctuation: false }).map((b) => b.text);
}
