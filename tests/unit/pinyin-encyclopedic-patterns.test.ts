// Readings of the encyclopedic register (lib/pinyin/encyclopedic-patterns.ts, and 大宛 / 栎阳 in
// lib/pinyin/names.ts): hand-written sentences, none from a polyphone set or the CPP benchmark;
// readings from the Xiandai Hanyu Cidian (7th ed.). Each rule has sentences it must read and
// sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('encyclopedic patterns', () => {
  it.each([
    ['这座古镇在明清两代均为县治所', '为', 'wéi'],
    ['该银行成立之初为地方性商业银行', '为', 'wéi'],
    ['这座塔为当地现存最古老的建筑之一', '为', 'wéi'],
    ['这一发现原来得到过多位学者的质疑', '得', 'dé'],
    ['这种说法从来得到不少人的认可', '得', 'dé'],
    ['她宁死也不愿离开故土', '宁', 'nìng'],
    ['守军绝不降，坚守到最后一刻', '降', 'xiáng'],
    ['齐国是拥有万乘兵车的大国', '乘', 'shèng'],
    ['汉武帝派兵远征大宛，夺取汗血马', '宛', 'yuān'],
    ['栎阳是秦国早期的都城', '栎', 'yuè'],
  ])('%s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['他为这家银行的发展付出了很多心血', '为', 'wèi'],
    ['社区为老人开办了一家日间照料机构', '为', 'wèi'],
    ['这家企业为周边村民提供了就业岗位', '为', 'wèi'],
    ['他的动作来得快，去得也快', '得', 'de'],
    ['她从南宁死里逃生，回到了家乡', '宁', 'níng'],
    ['几家商户拒不降价，被市场监管部门约谈', '降', 'jiàng'],
    ['每天有上千乘客在这里换乘', '乘', 'chéng'],
    ['这座宫殿气势宏大宛如天上的宫阙', '宛', 'wǎn'],
  ])('leaves %s alone: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
