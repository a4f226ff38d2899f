// Readings a verb's sense decides from what follows it (lib/pinyin/verb-sense-patterns.ts): 调 diào of
// a posting after 上 / 下 and tiáo of a cut rate after 下, 奔 bèn of heading for a place or an aim, 地 de
// after an adjective in 性, 得 de before a word of degree, 背 bēi of carrying a person somewhere, 应 yīng
// before a comparison, 长 zhǎng of growing to a size, 为 wèi "for" one's village or home town.
// Hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
// Every sentence to read is misread without the rules; the sentences to leave alone must keep their
// reading with them.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('readings a verb\'s sense decides from what follows it', () => {
  it.each([
    ['去年他从街道上调区委办公室工作', '调', 'diào'],
    ['央行宣布下调存款准备金率', '调', 'tiáo'],
    ['天一亮，他们就奔湖州去了', '奔', 'bèn'],
    ['一家人齐心协力奔小康', '奔', 'bèn'],
    ['他们批判性地吸收了外来经验', '地', 'de'],
    ['他象征性地收了一块钱', '地', 'de'],
    ['今年的桂花开得较晚', '得', 'de'],
    ['“我背她下山吧。”', '背', 'bēi'],
    ['参赛人数应不少于五人', '应', 'yīng'],
    ['该墓的年代应晚于汉代', '应', 'yīng'],
    ['这头猪已经长到三百斤', '长', 'zhǎng'],
    ['这位老人为家乡捐建了一座桥', '为', 'wèi'],
  ])('reads %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['成品油价格上调幅度由物价局公布', '调', 'tiáo'],
    ['他主动要求下调到基层工作', '调', 'diào'],
    ['孩子们奔跑在田埂上', '奔', 'bēn'],
    ['他一口气奔到村口', '奔', 'bēn'],
    ['村民们东奔西走筹钱修路', '奔', 'bēn'],
    ['这确立了该镇的标志性地位', '地', 'dì'],
    ['这次区域性地震没有造成伤亡', '地', 'dì'],
    ['当地的碱性地下水不宜饮用', '地', 'dì'],
    ['该项目取得较大进展', '得', 'dé'],
    ['他背着手在院子里踱步', '背', 'bèi'],
    ['他背着父母偷偷报了名', '背', 'bèi'],
    ['蔬菜供应不少于往年', '应', 'yìng'],
    ['工期延长到三个月', '长', 'cháng'],
    ['她成为村里第一个大学生', '为', 'wéi'],
    ['他认为村里应该先修路', '为', 'wéi'],
  ])('leaves %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});

// 得 right after a person before a word of manner is the modal děi, "must" (你得很小心): the 得 de rules
// before a word of degree (here and in register-patterns.ts) read it de without the person exception.
describe('得 děi of "must" right after a person', () => {
  it.each([
    ['这件事你得很小心才行', 'děi'],
    ['天黑路滑，我们得非常小心', 'děi'],
    ['大家得十分注意用火安全', 'děi'],
    ['你们得特别注意孩子的安全', 'děi'],
    ['这事你得比较上心才行', 'děi'],
  ])('reads %s: 得 %s', (text, reading) => {
    expect(readingOf(text, '得')).toBe(reading);
  });
  it.each([
    ['他们跑得很快', 'de'],
    ['她笑得很开心', 'de'],
    ['这几年村里的民宿发展得很快', 'de'],
    ['今年的桂花开得较晚', 'de'],
    ['企业取得很大进步', 'dé'],
  ])('leaves %s: 得 %s', (text, reading) => {
    expect(readingOf(text, '得')).toBe(reading);
  });
});
