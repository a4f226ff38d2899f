// The rules the blind59 round added. lib/reflow/numbered-heads.ts: in print lines that lost their indentation, a
// numbered line with no mark in its head (`一、从源头减量`, `（一）支持企业吸纳就业`), well short of its column, after a
// finished sentence and before a line of prose that fills its column, is a subheading. lib/reflow/discourse-openers.ts:
// where a sentence ends on a full line of plain print lines, a line opening with a paragraph's turn (`此前，`, `此外，`,
// `另外，`, `与此同时，`) opens a paragraph. lib/reflow/lines-apart.ts briefItemTitle: a 简讯 item's title inside a run
// of print lines, under a line ending the item above with a full stop or its credit's bracket, over 本报讯.
// lib/reflow/spaced-rows.ts rowLinesApart and join-rule.ts ANNOUNCES_LIST: a 名单 announced by `…如下（按姓氏笔画排序）：`,
// its rows (`王　静　海曙区白云街道`) print lines of their own. lib/reflow/lines-apart.ts creditUnderCaption: a photographer's
// credit on a print line of its own in the run of its caption's words (a 图片新闻 in <br> lines) ends that caption.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import { numberedHeadWords, numberedPlainHead } from '../../lib/reflow/numbered-heads';
import { discourseOpens } from '../../lib/reflow/discourse-openers';
import { briefItemTitle, creditUnderCaption } from '../../lib/reflow/lines-apart';
import { rowLinesApart } from '../../lib/reflow/spaced-rows';
import { measure, runWidths } from '../../lib/reflow/columns';
import { pageEvidence } from '../../lib/reflow/evidence';

/** numberedPlainHead asked of line `i` of print lines (`　` opening a line indents it), the paragraph before being `before`. */
function head(texts: string[], i: number, before: string): boolean {
  const lines = measure(texts.map((t) => ({ text: t, gap: 0, indent: t.startsWith('　') })));
  const widths = runWidths(lines);
  return numberedPlainHead(lines, i, widths, pageEvidence(lines, widths).slack, before);
}
const kinds = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a numbered subheading in print lines without indentation (numberedPlainHead)', () => {
  it('reads the head of a numbered line: its words with no mark, quotation marks around a word allowed', () => {
    expect(numberedHeadWords('一、从源头减量')).toBe('从源头减量');
    expect(numberedHeadWords('（三）强化困难群体帮扶')).toBe('强化困难群体帮扶');
    expect(numberedHeadWords('2.预留进站时间')).toBe('预留进站时间');
    expect(numberedHeadWords('二、让垃圾“变废为宝”')).toBe('让垃圾“变废为宝”');
    expect(numberedHeadWords('三、公示时间：12月8日')).toBeNull();
    expect(numberedHeadWords('（一）企业吸纳就业的，给予补助')).toBeNull();
    expect(numberedHeadWords('二、让垃圾“变废')).toBeNull();
    expect(numberedHeadWords('2.5万元的补贴')).toBeNull();
    expect(numberedHeadWords('从源头减量')).toBeNull();
  });

  it('changes: 一、 and （一） heads between paragraphs of pre-wrapped plain lines, a blank line of a column end after one', () => {
    const text = [
      '作为全国首批“无废城市”建设试点，湖州近',
      '年来不断探索固体废物减量化、资源化、无害',
      '化的新路子。去年，全市一般工业固废综合利',
      '用率达到99.2%。',
      '一、从源头减量',
      '',
      '在长兴县，一家蓄电池企业投用了新的铅回收',
      '生产线，每年可回收废旧铅酸蓄电池30万吨。',
      '企业负责人说，过去是“用完就扔”，现在是',
      '“吃干榨净”。',
      '二、让垃圾“变废为宝”',
      '走进德清县的一家再生资源利用中心，建筑垃',
      '圾经过破碎、筛分，变成了再生骨料和环保砖。',
    ].join('\n');
    expect(kinds(text)).toContain('heading: 一、从源头减量');
    expect(kinds(text)).toContain('heading: 二、让垃圾“变废为宝”');
    const paren = [
      '日前，金华市出台《关于进一步稳',
      '岗扩就业的若干措施》，从三个方',
      '面推出14条举措。',
      '（一）支持企业吸纳就业',
      '企业招用毕业年度高校毕业生并签',
      '订1年以上劳动合同的，按每人',
      '1500元给予一次性扩岗补助。',
    ].join('\n');
    expect(kinds(paren)).toContain('heading: （一）支持企业吸纳就业');
  });

  it('leaves alone: the next item of a numbered list, a numbered line after a clause, one nearly full, one before a short line', () => {
    // The paragraph before opens with a number of the same style: `2.户口簿原件` is the list's next item.
    const list = ['申请人需携带以下材料到窗口办理，', '材料不全的不予受理。', '1.本人身份证原件和复印件一份。', '2.户口簿原件', '窗口工作人员审核材料后，将在五个', '工作日内通知申请人领取证件。'];
    expect(head(list, 3, '1.本人身份证原件和复印件一份。')).toBe(false);
    expect(head(list, 3, '申请人需携带以下材料到窗口办理，材料不全的不予受理。')).toBe(true);
    // After a clause the line goes on the sentence (a column cut before the numeral).
    const clause = ['全市今年将新建城市书房二十个，其中', '分布在老城区的城市书房将实现', '一、二类社区全覆盖', '各区县还将同步建设乡村阅读点，让群', '众在家门口就能借书读书。'];
    expect(head(clause, 2, '')).toBe(false);
    // A line within a character and a half of its column could be a paragraph's line the column cut.
    const full = ['今年以来，柯桥区把发展新质生产力作为', '主攻方向，推动企业实施数字化改造。', '三、四季度新增技改项目一百二十个', '右，累计投入技改资金四十二亿元，为', '全年目标的八成以上。'];
    expect(head(full, 2, '')).toBe(false);
    // Before a short line (a list of short items), or before another numbered line, not a head over prose.
    const items = ['会议总结了去年的工作，部署了今年的', '重点任务，提出了明确的要求和目标。', '一、总体要求', '坚持稳中求进', '二、主要任务'];
    expect(head(items, 2, '')).toBe(false);
    expect(head(['会议总结了去年的工作，部署了今年的', '重点任务，提出了明确的要求和目标。', '一、总体要求', '二、主要任务'], 2, '')).toBe(false);
    // Indented (a page that indents its paragraphs has its own rules), or a head with a mark in it.
    expect(head(['作为全国首批试点，湖州近年来不断探索', '固体废物减量化的新路子。', '　　一、从源头减量', '在长兴县，一家蓄电池企业投用了新的铅', '回收生产线。'], 2, '')).toBe(false);
    expect(head(['作为全国首批试点，湖州近年来不断探索', '固体废物减量化的新路子。', '一、源头减量：成效', '在长兴县，一家蓄电池企业投用了新的铅', '回收生产线。'], 2, '')).toBe(false);
    expect(head(['作为全国首批试点，湖州近年来不断探索', '固体废物减量化的新路子。', '一、从源头减量', '在长兴县，一家蓄电池企业投用了新的铅', '回收生产线。'], 2, '')).toBe(true);
  });
});

describe('a paragraph\'s opening turn after a sentence ended on a full line (discourseOpens)', () => {
  it('changes: 此前，, 此外，, 另外，, 与此同时， after a sentence end', () => {
    expect(discourseOpens('部分线路发车间隔缩短至10分钟。', '此前，不少村民反映，从村里到')).toBe(true);
    expect(discourseOpens('一些。”县农业农村局相关负责人说。', '此外，松阳还建起了茶叶溯源平台，消')).toBe(true);
    expect(discourseOpens('全年完成植树造林任务的六成。', '与此同时，多地还推出了“互联网+')).toBe(true);
    expect(discourseOpens('旅客3.2万人次，同比增长8%。', '另外，铁路部门还加开了临时列车。')).toBe(true);
  });
  it('leaves alone: after a clause or a colon, the word with no comma after it, a plain opening, 同时，, 截至目前，, and the openings the scorer reads already', () => {
    expect(discourseOpens('平均发车间隔为20分钟，', '此外，早晚高峰时段还将加密班次。')).toBe(false);
    expect(discourseOpens('会议强调了以下几点：', '此外，要坚持人民至上。')).toBe(false);
    expect(discourseOpens('部分线路发车间隔缩短至10分钟。', '此外还有3条线路正在规划中。')).toBe(false);
    expect(discourseOpens('部分线路发车间隔缩短至10分钟。', '微循环线路采用中巴车运营，票')).toBe(false);
    // A word leaning on the sentence before goes on it.
    expect(discourseOpens('部分线路发车间隔缩短至10分钟。', '同时，早晚高峰时段还将加密班次。')).toBe(false);
    // The figures that back a paragraph's first sentence go on it (`…重要力量。` / `截至目前，全市累计…`).
    expect(discourseOpens('数字经济成为拉动增长的重要力量。', '截至目前，全市累计建成5G基站')).toBe(false);
    // `据悉，`, `会议指出，`: the scorer's opening class (NEW_PARAGRAPH) ends the paragraph there; this rule is not asked.
    expect(discourseOpens('总结2025年全省安全生产工作，部署今年重点任务。', '会议指出，过去一年，全省各地各部门')).toBe(false);
    expect(discourseOpens('让老产业跑出新速度。”', '据悉，该措施自2026年3月1日起施')).toBe(false);
  });
  it('parts a news report\'s paragraphs at 此前， after a sentence ended on a full line, fourteen wide', () => {
    const text = [
      '据了解，新线路主要串联村社、',
      '学校、菜市场和地铁站，平均发',
      '车间隔为20分钟。早晚高峰时段，',
      '部分线路发车间隔缩短至10分钟。',
      '此前，不少村民反映，从村里到',
      '地铁站要步行半小时以上。',
    ].join('\n');
    expect(reflowText(text).map((b) => b.text)).toEqual([
      '据了解，新线路主要串联村社、学校、菜市场和地铁站，平均发车间隔为20分钟。早晚高峰时段，部分线路发车间隔缩短至10分钟。',
      '此前，不少村民反映，从村里到地铁站要步行半小时以上。',
    ]);
  });
});

describe('a 简讯 item\'s title inside a run of print lines (briefItemTitle)', () => {
  const at = (texts: string[], i: number): boolean => briefItemTitle(measure(texts.map((t) => ({ text: t, gap: 0, indent: false }))), i);
  it('changes: a title under an item\'s credit bracket or full stop, over 本报讯', () => {
    expect(at(['证免费借阅。（记者　潘　', '虹）', '龙湾开展冬季消防演练', '本报讯　1月8日，龙湾区消'], 2)).toBe(true);
    expect(at(['300余名商户和员工参加。', '鹿城发放首批“安居券”', '本报讯　日前，鹿城区向符'], 1)).toBe(true);
    const text = ['瓯海新增3个城市书房', '本报讯　近日，瓯海区娄桥、', '郭溪3个城市书房正式开放，', '市民可凭身份证免费借阅。', '（记者　潘　虹）', '龙湾开展冬季消防演练', '本报讯　1月8日，龙湾区消',
      '防救援大队在永中街道一家', '大型商场开展消防演练。', '（通讯员　郑　毅）'].join('\n');
    expect(reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`)).toEqual([
      'heading: 瓯海新增3个城市书房',
      'body: 本报讯　近日，瓯海区娄桥、郭溪3个城市书房正式开放，市民可凭身份证免费借阅。（记者　潘　虹）',
      'heading: 龙湾开展冬季消防演练',
      'body: 本报讯　1月8日，龙湾区消防救援大队在永中街道一家大型商场开展消防演练。（通讯员　郑　毅）',
    ]);
  });
  it('leaves alone: under a line ending inside a clause, a line holding a sentence, a line over no dateline', () => {
    expect(at(['记者从有关部门获悉，', '龙湾开展冬季消防演练', '本报讯　1月8日，龙湾区消'], 1)).toBe(false);
    expect(at(['300余名商户和员工参加。', '演练持续了两个小时。', '本报讯　日前，鹿城区向符'], 1)).toBe(false);
    expect(at(['300余名商户和员工参加。', '龙湾开展冬季消防演练', '1月8日，龙湾区消防救援'], 1)).toBe(false);
  });
});

describe('a 名单\'s rows in print lines with no break, after the colon announcing them (rowLinesApart)', () => {
  const apart = (texts: string[], k: number, w: number | undefined): boolean => {
    const lines = measure(texts.map((t) => ({ text: t, gap: 0, indent: false })));
    return rowLinesApart(lines, lines[k]!, lines[k + 1]!, w);
  };
  const colon = '2025年度宁波市“最美志愿者”名单如下（按姓氏笔画排序）：';
  it('changes: a row after the colon, a row after a row, the last row before the prose after the list', () => {
    expect(apart([colon, '王　静　海曙区白云街道', '叶小芬　江北区慈城镇'], 1, 26)).toBe(true);
    expect(apart([colon, '王　静　海曙区白云街道', '叶小芬　江北区慈城镇', '朱国平　镇海区招宝山街道'], 2, 26)).toBe(true);
    expect(apart([colon, '叶小芬　江北区慈城镇', '俞佳佳　宁海县跃龙街道', '市文明办将为入选者颁发证书，并通过'], 2, undefined)).toBe(true);
    const text = ['本报讯（记者　林　旻）　日前，宁波市文明办公布2025年', '度宁波市“最美志愿者”名单，共有3人入选。', colon, '王　静　海曙区白云街道', '叶小芬　江北区慈城镇',
      '朱国平　镇海区招宝山街道', '市文明办将为入选者颁发证书，并通过“甬城志愿”平台宣', '传他们的事迹。'].join('\n');
    expect(reflowText(text).map((b) => b.text)).toEqual([
      '本报讯（记者　林　旻）　日前，宁波市文明办公布2025年度宁波市“最美志愿者”名单，共有3人入选。',
      colon, '王　静　海曙区白云街道', '叶小芬　江北区慈城镇', '朱国平　镇海区招宝山街道',
      '市文明办将为入选者颁发证书，并通过“甬城志愿”平台宣传他们的事迹。',
    ]);
  });
  it('leaves alone: a row-like line after prose, one filling its column, a line with a mark, before a line of no marks', () => {
    expect(apart(['村里的老人们都说，最热闹的还是', '叶小芬　江北区慈城镇', '叶小芬　江北区慈城镇'], 1, 16)).toBe(false);
    expect(apart([colon, '叶小芬　江北区慈城镇慈湖村', '叶小芬　江北区慈城镇'], 1, 13)).toBe(false);
    expect(apart([colon, '叶小芬，江北区慈城镇', '叶小芬　江北区慈城镇'], 1, 26)).toBe(false);
    expect(apart([colon, '叶小芬　江北区慈城镇', '入选者来自各行各业'], 1, 26)).toBe(false);
  });
});

describe('a photographer\'s credit on a print line of its own under its caption\'s words (creditUnderCaption)', () => {
  // A 图片新闻 in <br> lines: each picture, then its caption's words and the credit as print lines of the run.
  const L = (text: string, gap = 0, afterMedia = false) => ({ text, gap, indent: false, afterMedia });
  const blocks = (ls: ReturnType<typeof L>[]): string[] => reflowLines(ls).map((b) => `${b.kind}: ${b.text}`);
  it('changes: a dated caption and a longer one, each with its credit under it in the run, one caption each', () => {
    expect(blocks([L('本报讯　近日，西溪湿地的候鸟陆续', 1), L('飞抵，吸引不少市民前来观鸟。'), L('12月3日，游客在湿地里划船观鸟。', 1, true), L('记者　李　明　摄'),
      L('一群白鹭在芦苇荡上空盘旋，场面壮观。', 1, true), L('通讯员　陈　晨　摄'), L('据介绍，湿地今年冬季预计迎来候鸟'), L('两万余只。')])).toEqual([
      'body: 本报讯　近日，西溪湿地的候鸟陆续飞抵，吸引不少市民前来观鸟。',
      'caption: 12月3日，游客在湿地里划船观鸟。记者　李　明　摄',
      'caption: 一群白鹭在芦苇荡上空盘旋，场面壮观。通讯员　陈　晨　摄',
      'body: 据介绍，湿地今年冬季预计迎来候鸟两万余只。',
    ]);
    const lines = measure([L('12月3日，游客在湿地里划船观鸟。', 1, true), L('记者　李　明　摄')]);
    expect(creditUnderCaption(lines, 1, { kind: 'caption', lines: [lines[0]!] })).toBe(true);
  });
  it('leaves alone: a credit in an element of its own, a credit under another credit, one under a paragraph', () => {
    expect(blocks([L('12月3日，游客在湿地里划船观鸟。', 1, true), L('记者　李　明　摄', 1), L('据介绍，湿地今年冬季预计迎来候鸟', 1), L('两万余只。')])).toEqual([
      'caption: 12月3日，游客在湿地里划船观鸟。', 'caption: 记者　李　明　摄', 'body: 据介绍，湿地今年冬季预计迎来候鸟两万余只。',
    ]);
    expect(blocks([L('12月3日，游客在湿地里划船观鸟。', 1, true), L('记者　李　明　摄'), L('通讯员　陈　晨　摄'), L('据介绍，湿地今年冬季预计迎来候鸟'), L('两万余只。')])).toEqual([
      'caption: 12月3日，游客在湿地里划船观鸟。记者　李　明　摄', 'caption: 通讯员　陈　晨　摄', 'body: 据介绍，湿地今年冬季预计迎来候鸟两万余只。',
    ]);
    const lines = measure([L('一群白鹭在芦苇荡上空盘旋。', 1), L('记者　李　明　摄'), L('记者　李　明　摄')]);
    expect(creditUnderCaption(lines, 1, { kind: 'body', lines: [lines[0]!] })).toBe(false);
    expect(creditUnderCaption(lines, 1, { kind: 'caption', lines: [lines[1]!] })).toBe(false);
    expect(creditUnderCaption(lines, 2, { kind: 'caption', lines: [lines[1]!] })).toBe(false);
  });
});
