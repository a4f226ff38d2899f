// Readings a neighbouring word decides in common kinds of use (lib/pinyin/usage-sense-patterns.ts): 单
// dān of a list before 于, 弹 dàn of a bullet after 把子 / 颗子, 累 lèi after 又, 教 jiāo before 唱, 捋 luō
// of sleeves, 闷 mēn of covering to cook, 咧 liě of the mouth.
// Hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
// Every sentence to read is misread without the rules (捋 and 咧: see below); the sentences to leave
// alone must keep their reading with them.
import { describe, expect, it } from 'vitest';
import { findCorrections } from '../../lib/pinyin';
import { readingOf } from '../helpers/reading-of';

describe('readings a neighbouring word decides in common kinds of use', () => {
  it.each([
    ['入围企业名单于下周一公示', '单', 'dān'],
    ['项目清单于月底前报送', '单', 'dān'],
    ['他把子弹压进弹匣', '弹', 'dàn'],
    ['走了一天，又饿又累。', '累', 'lèi'],
    ['志愿者给老人们教唱越剧', '教', 'jiāo'],
    ['孩子弹钢琴弹得很好', '弹', 'tán'],
    ['先闷软再翻炒', '闷', 'mēn'],
  ])('reads %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['呼韩邪单于入朝', '单', 'chán'],
    ['今年又累计新增岗位三万个', '累', 'lěi'],
    ['宗教唱诗班在广场演出', '教', 'jiào'],
    ['老先生捋着胡子笑而不语', '捋', 'lǚ'],
    ['他心里再闷也不说', '闷', 'mèn'],
    ['她平时大大咧咧的', '咧', 'liē'],
  ])('leaves %s alone: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  // 捋 luō of sleeves and 咧 liě of the mouth: the reader reads these right already through the model
  // (pinyin-pro reads lǚ and liē); the rules make the reading rest on the sentence, not on the model.
  it.each([
    ['他捋起袖子帮着搬砖', '捋', 'luō'],
    ['嘴咧到了耳根', '咧', 'liě'],
  ])('a rule reads %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
    expect(findCorrections(text).some((h) => h.correction.word === word && h.correction.pinyin === reading)).toBe(true);
  });
});
