// Readings that follow from words of the farm, the kitchen, the bank and the street
// (lib/pinyin/field-patterns.ts, and 看 kān before 着孩子, 血 xiě closing a sentence in the older
// pattern files): hand-written sentences, none from a polyphone set; readings from the Xiandai
// Hanyu Cidian (7th ed.). Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('farm, kitchen, bank and street patterns', () => {
  it.each([
    ['地里的红薯蔓要及时翻一翻', '蔓', 'wàn'],
    ['西瓜蔓上结了三个瓜', '蔓', 'wàn'],
    ['人民银行决定下调金融机构存款准备金率', '率', 'lǜ'],
    ['今年要稳步提高农作物机收率', '率', 'lǜ'],
    ['困难家庭的临时救助金额为每户2000元', '为', 'wéi'],
    ['该项目总投资为8.5亿元。', '为', 'wéi'],
    ['这事你得亲自跑一趟', '得', 'děi'],
    ['材料不全的话，我们得重新提交', '得', 'děi'],
    ['奶奶把糯米粉和成团，搓成小圆子', '和', 'huó'],
    ['师傅先把水泥和匀，再往墙上抹', '和', 'huó'],
    ['油锅里炸着金黄的麻球', '炸', 'zhá'],
    ['锅里炸着一盘小鱼干', '炸', 'zhá'],
    ['洪水淹没了大片稻田', '没', 'mò'],
    ['她在家看着孙女，儿子儿媳出门打工', '看', 'kān'],
    ['他摔了一跤，膝盖上流了好多血', '血', 'xiě'],
  ])('%s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['山火迅速向四周蔓延', '蔓', 'màn'],
    ['大家都佩服他的坦率', '率', 'shuài'],
    ['老党员要在村里当好表率。', '率', 'shuài'],
    ['村里用这笔资金为200户村民修了新路', '为', 'wèi'],
    ['她得先进工作者称号已经是第三次了', '得', 'dé'],
    ['他得了一等奖', '得', 'dé'],
    ['把面团和鸡蛋一起放进盆里', '和', 'hé'],
    ['锅里的油温太高，炸开了花', '炸', 'zhà'],
    ['演出结束后大家都没有走', '没', 'méi'],
    ['她静静地看着孩子熟睡的脸', '看', 'kàn'],
  ])('leaves %s alone: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
