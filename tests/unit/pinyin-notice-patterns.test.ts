// Readings in the notices, announcements and questions-and-answers of e-paper pages
// (lib/pinyin/notice-patterns.ts, and 和 before a word in 面 in daily-patterns.ts): hand-written
// sentences in the shape of county papers' 公告 and 公示, none from a polyphone set; readings from
// the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('notice patterns', () => {
  it.each([
    ['本次活动的报名对象为全区在校中小学生', '为', 'wéi'],
    ['申请补助的上限为每户两万元', '为', 'wéi'],
    ['咨询电话为0571-82345678', '为', 'wéi'],
    ['投票截止日期为本月二十日', '为', 'wéi'],
    ['开放时间为上午九时至下午五时', '为', 'wéi'],
    ['试用期为三个月', '为', 'wéi'],
    ['全年政务服务事项按时办结率98.5%', '率', 'lǜ'],
    ['规划地块的容积率控制在二点零以内', '率', 'lǜ'],
    ['面试和笔试成绩各占一半，笔试和面试均在本周进行', '和面', 'hé miàn'],
    ['全县湖泊的数量和面积保持稳定', '和面', 'hé miàn'],
    ['遗失声明：某公司遗失营业执照副本，编号为91330109MA2',  '为', 'wéi'],
    ['本次拍卖的标的为一处临街店面', '为', 'wéi'],
    ['区政府决定任命王某为区卫健局副局长', '为', 'wéi'],
    ['参赛选手须为本市户籍居民', '为', 'wéi'],
    ['全年细颗粒物平均浓度为每立方米二十五微克', '为', 'wéi'],
    ['研发经费支出占地区生产总值的比重为百分之三', '为', 'wéi'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['他利用周末时间为孩子们免费补课', '为', 'wèi'],
    ['省下的费用为老人们添置了新被褥', '为', 'wèi'],
    ['县长率100余名干部下沉一线', '率', 'shuài'],
    ['奶奶用温水和面，揉了好一阵', '和', 'huó'],
    ['他为了孩子辞去了工作', '为', 'wèi'],
    ['用人单位应为职工足额缴纳社会保险费', '为', 'wèi'],
    ['每个人都须为自己的行为负责', '为', 'wèi'],
    ['学校聘请退休教师为学生辅导功课', '为', 'wèi'],
  ] as const)('leaves %s: %s as %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
