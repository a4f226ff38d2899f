// The rules the blind60 rounds added. lib/reflow/document-lines.ts: the date under a notice's signer ends its paragraph
// before whatever follows (a draft's title, a 名单's title); a document's part head alone on its line (`第一章　总　则`)
// is a heading of its own; a 名单 printed under its title as print lines of names keeps its count and each row apart.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { attachmentEnds, isPartHead, nameRowsApart, signedDateEnds } from '../../lib/reflow/document-lines';
import { isEntryRow, opensDocumentPart } from '../../lib/reflow/document-rows';
import { measure } from '../../lib/reflow/columns';
import { textToLines } from '../../lib/reflow/lines';

describe('the date under a notice\'s signer ends its paragraph (signedDateEnds)', () => {
  it('changes: a date alone under an organisation, before a title or a note', () => {
    expect(signedDateEnds('杭州市萧山区住房和城乡建设局', 1, '2026年1月7日', '萧山区既有住宅加装电梯实施办法（征求意见稿）')).toBe(true);
    expect(signedDateEnds('　　　　　乐清市人民代表大会常务委员会', 1, '　　　　　　　　2026年1月12日', '乐清市选出的温州市第十五届人民代表大会代表名单')).toBe(true);
  });
  it('leaves alone: a date that opens a sentence, a date not under a signer, a paragraph longer than the date', () => {
    expect(signedDateEnds('湖州市人民政府', 1, '2026年1月7日', '起，全市中心城区禁止燃放烟花爆竹。')).toBe(false);
    expect(signedDateEnds('湖州市人民政府', 1, '2026年1月7日', '至2月6日，公众可提出意见。')).toBe(false);
    expect(signedDateEnds('会议决定，本办法自', 1, '2026年3月1日', '萧山区既有住宅加装电梯实施办法')).toBe(false);
    expect(signedDateEnds(undefined, 1, '2026年3月1日', '萧山区既有住宅加装电梯实施办法')).toBe(false);
    expect(signedDateEnds('湖州市人民政府', 2, '2026年1月7日', '萧山区既有住宅加装电梯实施办法')).toBe(false);
    expect(signedDateEnds('湖州市人民政府', 1, '1月7日上午，', '市政府召开常务会议')).toBe(false);
  });
  it('parts the signer\'s date from the draft printed under it, in <br> print lines indented fourteen wide', () => {
    const text = [
      '　　为进一步规范既有住宅加装电梯',
      '工作，区住房和城乡建设局起草了',
      '《萧山区既有住宅加装电梯实施办',
      '法》，现向社会公开征求意见：',
      '　　1.电子邮件：xsjsj@xiaoshan.gov.cn；',
      '　　2.信函：萧山区市心中路818号区',
      '住房和城乡建设局（邮编311200）。',
      '杭州市萧山区住房和城乡建设局',
      '2026年1月7日',
      '萧山区既有住宅加装电梯实施办法（征求意见稿）',
      '　　第一条　为了改善既有住宅居住',
      '条件，方便居民生活，结合本区实',
      '际，制定本办法。',
    ].join('\n');
    expect(reflowText(text).map((b) => b.text).slice(3)).toEqual([
      '杭州市萧山区住房和城乡建设局', '2026年1月7日', '萧山区既有住宅加装电梯实施办法（征求意见稿）', '第一条　为了改善既有住宅居住条件，方便居民生活，结合本区实际，制定本办法。',
    ]);
  });
});

const squeezed = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s+/gu, '')}`);

describe('a document\'s part head alone on its line is a heading of its own (isPartHead, partHeadLine)', () => {
  it('reads the shape: 第X编/篇/章/节, a space and a title with no mark of a clause', () => {
    expect(isPartHead('　　　　第一章　总　则')).toBe(true);
    expect(isPartHead('第二篇　加快建设现代化产业体系')).toBe(true);
    expect(isPartHead('第十二节　附　则')).toBe(true);
    expect(isPartHead('第三章节目由县文工团演出。')).toBe(false);
    expect(isPartHead('第一章写得最好，')).toBe(false);
    expect(isPartHead('第一条　为了加强电动自行车')).toBe(false);
    expect(isPartHead('第二章　销售和登记，见下。')).toBe(false);
    expect(isPartHead('第5章　附录')).toBe(false);
  });
  it('changes: a centred 第一章 across a blank line from its first 第一条 (classic <br> lines fifteen wide)', () => {
    const text = ['　　（2025年10月29日宁波市第十', '六届人民代表大会常务委员会第三', '十五次会议通过）', '', '　　　　第一章　总　则', '',
      '　　第一条　为了加强电动自行车', '管理，维护道路交通秩序，预防和', '减少火灾事故，保障人身和财产安', '全，根据有关法律、法规，结合本', '市实际，制定本条例。', '',
      '　　第二条　本市行政区域内电动', '自行车的销售、登记、通行、停放、', '充电及其相关管理活动，适用本条', '例。'].join('\n');
    expect(squeezed(text)).toEqual([
      'body: （2025年10月29日宁波市第十六届人民代表大会常务委员会第三十五次会议通过）',
      'heading: 第一章总则',
      'body: 第一条为了加强电动自行车管理，维护道路交通秩序，预防和减少火灾事故，保障人身和财产安全，根据有关法律、法规，结合本市实际，制定本条例。',
      'body: 第二条本市行政区域内电动自行车的销售、登记、通行、停放、充电及其相关管理活动，适用本条例。',
    ]);
  });
  it('changes: two heads in a row after a table\'s last row, ending no clause (pre-wrap indented eighteen wide)', () => {
    const text = ['　　十四五时期，面对百年变局和世纪疫情', '交织叠加的复杂形势，全市上下坚决贯彻落', '实党中央国务院决策部署和省委省政府工作',
      '要求，经济社会发展取得重大成就，宁波舟', '山港货物吞吐量连续多年居全球第一。', '研发经费投入强度　三点二　预期性', '第二篇　加快建设现代化产业体系', '第三章　做强先进制造业',
      '　　坚持把发展经济的着力点放在实体经济', '上，深入实施万千亿级产业集群培育工程，', '推动绿色石化、汽车及零部件、高端装备等', '产业向高端化、智能化、绿色化发展。'].join('\n');
    const out = squeezed(text);
    expect(out.slice(-3)).toEqual([
      'heading: 第二篇加快建设现代化产业体系',
      'heading: 第三章做强先进制造业',
      'body: 坚持把发展经济的着力点放在实体经济上，深入实施万千亿级产业集群培育工程，推动绿色石化、汽车及零部件、高端装备等产业向高端化、智能化、绿色化发展。',
    ]);
  });
  it('leaves alone: a head whose title the line end cut, a head after a clause the line end cut, prose on 第三章', () => {
    const cut = ['　　十四五时期，面对百年变局和世纪疫情', '交织叠加的复杂形势，全市上下坚决贯彻落', '实党中央国务院决策部署，取得重大成就。',
      '第三章　做强先进制造业和现代服务业集群', '培育', '　　坚持把发展经济的着力点放在实体经济', '上，深入实施万千亿级产业集群培育工程，', '推动产业向高端化、智能化、绿色化发展。'].join('\n');
    expect(squeezed(cut).some((b) => b.startsWith('heading: 第三章'))).toBe(false);
    expect(squeezed(cut).some((b) => b.includes('第三章做强先进制造业和现代服务业集群培育'))).toBe(true);
    const clause = ['　　本规划的目标和任务，详见下列各篇，', '第二篇　加快建设现代化产业体系', '　　坚持把发展经济的着力点放在实体经', '济上，推动产业向高端化发展。'].join('\n');
    expect(squeezed(clause).some((b) => b === 'heading: 第二篇加快建设现代化产业体系')).toBe(false);
    const prose = ['　　他说，这本书他最喜欢的是第三章，', '第三章节奏明快，人物鲜明，值得一读。'].join('\n');
    expect(squeezed(prose)).toEqual(['body: 他说，这本书他最喜欢的是第三章，第三章节奏明快，人物鲜明，值得一读。']);
  });
});

describe('a 名单 under its title keeps its count and each row of names apart (nameRowsApart)', () => {
  const apart = (text: string, i: number): boolean => {
    const lines = measure(textToLines(text));
    return nameRowsApart(lines, lines[i]?.text, lines[i] as (typeof lines)[number], lines[i + 1] as (typeof lines)[number]);
  };
  const roll = ['乐清市选出的温州市第十五届人民代表大会代表名单', '（共12名，按姓氏笔画排序）', '王建国　叶海波　包晓燕　朱　敏　刘伟民',
    '孙丽华　李　娜　吴晓东　陈志明　林海峰', '周　强　蔡秀英（女）'];
  it('changes: the count under a title, a row of names under the count, the next row, the last short row', () => {
    expect(apart(roll.join('\n'), 0)).toBe(true);
    expect(apart(roll.join('\n'), 1)).toBe(true);
    expect(apart(roll.join('\n'), 2)).toBe(true);
    expect(apart(roll.join('\n'), 3)).toBe(true);
  });
  it('leaves alone: a row of names after a sentence the line end cut, a row with its group label, a row of two names', () => {
    const afterSentence = ['另有5名同志列入培育名单：', '朱晓东　陈佳慧　费建新', '金　涛　范丽娟'].join('\n');
    expect(apart(afterSentence, 1)).toBe(false);
    const labelled = ['2025年度优秀教师名单', '一等奖：龙志刚　杨秀英　田茂林　吴建波', '张晓红　石光明　麻德胜　罗　丹', '二等奖：蒲国华　肖云峰　滕　勇'].join('\n');
    expect(apart(labelled, 1)).toBe(false);
    const pair = ['2025年度优秀教师名单', '龙志刚　杨秀英', '张晓红　石光明'].join('\n');
    expect(apart(pair, 1)).toBe(false);
    expect(apart(['他说，获奖的有这些人（共3名）：', '王建国　叶海波　包晓燕'].join('\n'), 0)).toBe(false);
  });
  it('parts a 名单\'s title, count and rows in classic <br> lines nineteen wide with no blank lines', () => {
    const text = ['　　　　　乐清市人民代表大会常务委员会', '　　　　　　　　2026年1月12日', ...roll].join('\n');
    expect(squeezed(text).slice(2)).toEqual([
      'body: 乐清市选出的温州市第十五届人民代表大会代表名单', 'body: （共12名，按姓氏笔画排序）', 'body: 王建国叶海波包晓燕朱敏刘伟民',
      'body: 孙丽华李娜吴晓东陈志明林海峰', 'body: 周强蔡秀英（女）',
    ]);
  });
});

describe('the last item of a notice\'s 附件 list ends before the signer (attachmentEnds)', () => {
  it('changes: an item opening the list, an item after one, before an organisation alone on its line', () => {
    expect(attachmentEnds('　　四、本通告自2026年1月1日起施行，有效期5年。', '附件：1.湖州市中心城区禁止燃放烟花爆竹区域范围', '湖州市人民政府')).toBe(true);
    expect(attachmentEnds('　　附件：1.湖州市中心城区禁止燃放烟花爆竹区域范围', '2.举报投诉电话', '湖州市人民政府')).toBe(true);
    expect(attachmentEnds('　　附件：1.报名表', '2.承诺书', '杭州市萧山区住房和城乡建设局')).toBe(true);
  });
  it('leaves alone: a numbered item of anything else, an item with a sentence in it, a next line that is no signer', () => {
    expect(attachmentEnds('　　下一步，我们将做好以下工作：', '2.加快推进', '湖州市人民政府')).toBe(false);
    expect(attachmentEnds('　　附件：1.报名表', '2.请于3月1日前报送，逾期不予受理。', '湖州市人民政府')).toBe(false);
    expect(attachmentEnds('　　附件：1.报名表', '2.举报投诉电话', '0572-12345')).toBe(false);
    expect(attachmentEnds('　　附件：1.报名表', '2.举报投诉电话', '各县区要认真落实')).toBe(false);
    expect(attachmentEnds(undefined, undefined, '湖州市人民政府')).toBe(false);
  });
  it('parts the 附件\'s second item from the signer in <p> per column piece', () => {
    const text = ['　　四、本通告自2026年1月1日起施行，有效期5年。', '', '　　附件：1.湖州市中心城区禁止燃放烟花爆竹区域范围', '', '　　　　　2.举报投诉电话', '',
      '湖州市人民政府', '', '2025年12月20日'].join('\n');
    expect(squeezed(text)).toEqual([
      'body: 四、本通告自2026年1月1日起施行，有效期5年。', 'body: 附件：1.湖州市中心城区禁止燃放烟花爆竹区域范围', 'body: 2.举报投诉电话', 'body: 湖州市人民政府', 'body: 2025年12月20日',
    ]);
  });
});

describe('an unindented short line with no mark on an indenting page is a heading (unindentedHead)', () => {
  const draft = ['　　第二条　本办法所称既有住', '宅，是指本区行政区域内已建成', '投入使用、未设电梯的四层以上', '住宅。', '　　第三条　加装电梯应当经本',
    '单元房屋专有部分面积占比三分', '之二以上的业主同意。'];
  const notes = ['　　截至2025年底，全区已完成', '既有住宅加装电梯586台，惠及', '居民1.2万余户。'];
  it('changes: a part\'s title and its first numbered head between a finished sentence and an indented paragraph (<br> lines fourteen wide)', () => {
    expect(squeezed([...draft, '起草说明', '一、起草背景', ...notes].join('\n')).slice(-4)).toEqual([
      'body: 第三条加装电梯应当经本单元房屋专有部分面积占比三分之二以上的业主同意。', 'heading: 起草说明', 'heading: 一、起草背景',
      'body: 截至2025年底，全区已完成既有住宅加装电梯586台，惠及居民1.2万余户。',
    ]);
  });
  it('leaves alone: the signer and date under a sentence, a short line after a clause, a line that fills its column', () => {
    const signed = squeezed([...draft, '杭州市萧山区住房和城乡建设局', '2026年1月7日', ...notes].join('\n'));
    expect(signed.some((b) => b.startsWith('heading:'))).toBe(false);
    const clause = squeezed([...draft.slice(0, 6), '之二以上的业主', '同意后实施', ...notes].join('\n'));
    expect(clause.some((b) => b.startsWith('heading:'))).toBe(false);
    const full = squeezed([...draft, '萧山区加装电梯补助办法说明', '一、起草背景', ...notes].join('\n'));
    expect(full.some((b) => b === 'heading: 萧山区加装电梯补助办法说明')).toBe(false);
  });
});

// The third round (lib/reflow/document-rows.ts): a 名单's row of names with their units in brackets, the 附件 line, a table's
// title and its head row printed as text lines are no headlines (as a 表彰决定 and a 统计公报 print them, one <p> an element);
// the rows and the table's lines stay blocks of their own; a bold part head under a document's date in brackets is a heading.
describe('a full-text document\'s rows, 附件 line and table lines are no headlines (documentRowLine, documentRowEnds)', () => {
  it('tells a 名单\'s row of two entries or more, a name padded to three characters or not', () => {
    expect(isEntryRow('王建国（嘉兴市第一医院）　　钱海峰（浙江嘉化能源化工股份有限公司）')).toBe(true);
    expect(isEntryRow('朱　敏（南湖区七星街道湘家荡村）　许志强（嘉兴南湖学院）　李　娜（平湖市实验小学）')).toBe(true);
    expect(isEntryRow('王建国（嘉兴市第一医院）')).toBe(false);
    expect(isEntryRow('王建国　钱海峰　朱　敏')).toBe(false);
    expect(isEntryRow('市政府（办公室）发布通知，要求各地（各部门）落实')).toBe(false);
    expect(isEntryRow('全市新增就业（城镇）12.6万人')).toBe(false);
  });
  it('tells a document\'s date in brackets, not a date in a sentence', () => {
    expect(opensDocumentPart('（2026年3月16日）')).toBe(true);
    expect(opensDocumentPart('（2026年3月16日在市第十六届人民代表大会第五次会议上）')).toBe(false);
    expect(opensDocumentPart('2026年3月16日')).toBe(false);
  });
  const decision = ['市政府决定，授予王建国等60名同志“嘉兴市劳动模范”称号。', '', '附件：2025年度嘉兴市劳动模范和先进工作者名单', '', '嘉兴市人民政府', '',
    '2026年1月6日', '', '2025年度嘉兴市劳动模范和先进工作者名单', '', '一、嘉兴市劳动模范（60名）', '', '南湖区', '',
    '王建国（嘉兴市第一医院）　　钱海峰（浙江嘉化能源化工股份有限公司）', '', '朱　敏（南湖区七星街道湘家荡村）　　许志强（嘉兴南湖学院）', '',
    '秀洲区', '', '陆卫东（浙江新凤鸣集团股份有限公司）　　张　华（秀洲区油车港镇）', '', '（名单有删节）'];
  it('changes: the 附件 line and each row of a 名单 one element apiece, body blocks apart and no headlines', () => {
    const out = squeezed(decision.join('\n'));
    expect(out.filter((b) => b.startsWith('heading:'))).not.toContain('heading: 附件：2025年度嘉兴市劳动模范和先进工作者名单');
    expect(out).toContain('body: 附件：2025年度嘉兴市劳动模范和先进工作者名单');
    expect(out).toContain('body: 王建国（嘉兴市第一医院）钱海峰（浙江嘉化能源化工股份有限公司）');
    expect(out).toContain('body: 朱敏（南湖区七星街道湘家荡村）许志强（嘉兴南湖学院）');
    expect(out).toContain('body: 陆卫东（浙江新凤鸣集团股份有限公司）张华（秀洲区油车港镇）');
    expect(out).toContain('body: （名单有删节）');
  });
  it('leaves alone: a short title with a bracketed note between breaks stays a headline', () => {
    const out = squeezed(['全市经济运行稳中有进。', '', '南湖区（试点）', '', '今年以来，南湖区推进改革，成效明显。'].join('\n'));
    expect(out).toContain('heading: 南湖区（试点）');
  });
  const report = ['初步核算，全年全市地区生产总值23120亿元，比上年增长5.6%。', '', '表1　2025年全市地区生产总值主要指标', '', '指　标　绝对数（亿元）　比上年增长（%）', '',
    '地区生产总值　23120　5.6', '', '第一产业　393　2.8', '', '全年全市居民消费价格比上年上涨0.3%。'];
  it('changes: a table\'s title and its head row (its label padded) body lines of their own', () => {
    const out = squeezed(report.join('\n'));
    expect(out.slice(1, 4)).toEqual(['body: 表12025年全市地区生产总值主要指标', 'body: 指标绝对数（亿元）比上年增长（%）', 'body: 地区生产总值231205.6']);
  });
  it('leaves alone: a title with no table under it, a line of cells with no row under it', () => {
    const noTable = squeezed(['全市经济运行稳中有进。', '', '表1　2025年全市地区生产总值主要指标', '', '今年以来，全市推进改革，成效明显。'].join('\n'));
    expect(noTable).toContain('heading: 表12025年全市地区生产总值主要指标');
    const noRow = squeezed(['全市经济运行稳中有进。', '', '指　标　绝对数　比上年增长', '', '今年以来，全市推进改革，成效明显。'].join('\n'));
    expect(noRow).toContain('heading: 指标绝对数比上年增长');
    // A dateline's credit spaced out and cut by the line end is no head row over the line under it.
    const credit = squeezed(['本报讯（记者　余　勤　通讯', '员　浙　发）记者从12月9日', '召开的全省推进会上获悉，全省', '数字经济增加值同比增长9.6%。'].join('\n'));
    expect(credit[0]).toBe('body: 本报讯（记者余勤通讯员浙发）记者从12月9日召开的全省推进会上获悉，全省数字经济增加值同比增长9.6%。');
  });
});
