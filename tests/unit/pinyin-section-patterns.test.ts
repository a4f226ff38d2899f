// Readings of polyphones on the sport, market, life and local-history pages (lib/pinyin/section-patterns.ts):
// hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
// Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('sport, market, life and local-history page patterns', () => {
  it.each([
    ['老师傅从不凭主观臆度下结论', '度', 'duó'],
    ['大巴刚开出城，前排的乘客就吐了', '吐', 'tù'],
    ['小狗吃坏了东西，吐了一地', '吐', 'tù'],
    ['船一晃起来，她就头晕想吐。', '吐', 'tù'],
    ['今年的枇杷结得特别多', '结', 'jiē'],
    ['藤上结满了丝瓜', '结', 'jiē'],
    ['这支队伍在主场卫冠成功', '冠', 'guàn'],
    ['她实现了女子单打三连冠', '冠', 'guàn'],
    ['不会的题，他全靠瞎蒙', '蒙', 'mēng'],
    ['四个选项他蒙对了一个', '蒙', 'mēng'],
    ['夕阳照在湖面上，晃得人睁不开眼', '晃', 'huǎng'],
    ['山路上设了好几道关卡', '卡', 'qiǎ'],
    ['深夜十二点，的哥老陈还在接单', '的', 'dí'],
    ['一位的姐捡到钱包后交给了警方', '的', 'dí'],
    ['秋收后，稻谷摊在晒场上晾晒', '场', 'cháng'],
    ['过年前，妈妈先和面，再包饺子', '和', 'huó'],
  ])('%s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['这款产品的温度控制很精准', '度', 'dù'],
    ['他把嘴里的骨头吐了。', '吐', 'tǔ'],
    ['港口的吞吐量再创新高', '吐', 'tǔ'],
    ['一夜寒潮，树枝上结了一层冰', '结', 'jié'],
    ['果树结构调整后，效益明显提高', '结', 'jié'],
    ['古樟的树冠像一把大伞', '冠', 'guān'],
    ['群众被蒙在鼓里', '蒙', 'méng'],
    ['灯光下，小船晃得厉害', '晃', 'huàng'],
    ['他的社保卡在外地也能用', '卡', 'kǎ'],
    ['我的哥哥在宁波工作', '的', 'de'],
    ['他们是多年的哥们', '的', 'de'],
    ['这里的农产品市场很热闹', '场', 'chǎng'],
    ['早餐是豆浆和面包', '和', 'hé'],
    ['他正在和面包店老板谈合作', '和', 'hé'],
  ])('leaves %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
