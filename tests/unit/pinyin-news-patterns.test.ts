// Readings that follow from a construction of news text (lib/pinyin/news-patterns.ts):
// hand-written expectations, readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('news patterns', () => {
  it.each([
    ['一场及时雨缓解了旱情', '场', 'cháng'],
    ['他去年生了一场大病', '场', 'cháng'],
    ['山民挑着三担柴下山', '担', 'dàn'],
    ['民警在车上找到两沓现金', '沓', 'dá'],
    ['该村被评为省级美丽乡村', '为', 'wéi'],
    ['学校正式更名为杭州第二实验小学', '为', 'wéi'],
    ['今年全市生猪出栏量为85万头', '为', 'wéi'],
    ['全省各地做到应检尽检', '应', 'yīng'],
    ['参保人应及时办理异地就医备案', '应', 'yīng'],
    ['他无力还钱只能卖房', '还', 'huán'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['今晚体育馆有一场篮球赛', '场', 'chǎng'],
    ['他一人担任两个职务', '担', 'dān'],
    ['村里决定为每户发放米面油', '为', 'wèi'],
    ['今年计划为群众办好十件实事', '为', 'wèi'],
    ['这笔资金为3000户家庭带来了收益', '为', 'wèi'],
    ['各地积极响应在全市推开的垃圾分类', '应', 'yìng'],
    ['合同到期还有三个月', '还', 'hái'],
  ] as const)('not in %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});

describe('得 after a verb or an adjective, before its complement', () => {
  it.each([
    ['孩子们笑得很开心', 'de'],
    ['他急得满头大汗', 'de'],
    ['这次活动办得有声有色', 'de'],
    ['工作人员忙得团团转', 'de'],
    ['小姑娘长得很像妈妈', 'de'],
  ] as const)('%s: 得 is %s', (text, reading) => {
    expect(readingOf(text, '得')).toBe(reading);
  });
  it.each([
    ['问题得到解决', 'dé'],
    ['他学得一身本领', 'dé'],
    ['他在比赛中取得很好的成绩', 'dé'],
    ['这项惠民政策深得民心', 'dé'],
  ] as const)('not in %s: 得 is %s', (text, reading) => {
    expect(readingOf(text, '得')).toBe(reading);
  });
});

describe('readings the benchmark-trained model gets wrong in news', () => {
  it.each([
    ['产品质量差，退货多', '差', 'chà'],
    ['两队比分只差一分', '差', 'chà'],
    ['全县农村自来水普及率达到98%', '率', 'lǜ'],
    ['上午的开工率保持在九成以上', '率', 'lǜ'],
    ['连续值班三天，他确实很累，', '累', 'lèi'],
    ['志愿者帮老人量血压', '量', 'liáng'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
  it.each([
    ['昼夜温差，要注意添衣', '差', 'chā'],
    ['他明天要去上海出差。', '差', 'chāi'],
    ['区长率代表团赴沪考察', '率', 'shuài'],
    ['经验要不断积累，', '累', 'lěi'],
  ] as const)('not in %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});

describe('verbs known by their object', () => {
  it.each([
    ['交警对该驾驶员处以200元罚款', '处', 'chǔ'],
    ['乘坐校车的孩子都要系好安全带', '系', 'jì'],
    ['消防员背着被困老人冲出火场', '背', 'bēi'],
    ['村里的青年在池塘里划龙船', '划', 'huá'],
    ['省财政加大对种粮农民的补贴力度', '种', 'zhòng'],
    ['孩子们手拉手转了一个圈', '转', 'zhuàn'],
    ['农户又种了一茬晚稻', '种', 'zhòng'],
    ['老师傅手把手教徒弟', '教', 'jiāo'],
    ['他把钥匙塞进了门缝', '塞', 'sāi'],
    ['青年干部挑起了乡村振兴的重担', '挑', 'tiāo'],
    ['这种做法被称之为“最多跑一次”', '为', 'wéi'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['全市有多处以老厂房改建的文创园', '处', 'chù'],
    ['邻里关系好安全感就强', '系', 'xì'],
    ['他背着家人偷偷借了网贷', '背', 'bèi'],
    ['引进优良品种粮食产量大增', '种', 'zhǒng'],
    ['这种了解很有必要', '种', 'zhǒng'],
    ['有人故意挑起事端', '挑', 'tiǎo'],
    // Xiandai Hanyu Cidian: 挑大梁 tiǎo dàliáng (to take the leading part), not a load on the shoulder.
    ['民营企业在制造业领域挑大梁', '挑', 'tiǎo'],
    ['城区道路堵塞到晚上才缓解', '塞', 'sè'],
  ] as const)('not in %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
