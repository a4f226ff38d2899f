// Readings of polyphones inside idioms, proverbs and set phrases of news (lib/pinyin/idiom-patterns.ts):
// hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
// Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('idiom and set-phrase patterns', () => {
  it.each([
    ['千钧一发，民警一把拉住了落水男子', '发', 'fà'],
    ['两车相距间不容发', '发', 'fà'],
    ['局势一发千钧', '发', 'fà'],
    ['检查组一来，他就装模作样地翻起了台账', '模', 'mú'],
    ['面对台风，全镇兵来将挡', '将', 'jiàng'],
    ['盼望来年风调雨顺', '调', 'tiáo'],
    ['这种寡廉鲜耻的做法令人不齿', '鲜', 'xiǎn'],
    ['这类古籍在民间已鲜见', '鲜', 'xiǎn'],
    ['他平时鲜少露面', '鲜', 'xiǎn'],
    ['温州人向来敢为天下先', '为', 'wéi'],
    ['吃一堑，长一智', '长', 'zhǎng'],
    ['老话说种豆得豆', '种', 'zhòng'],
    ['全村上下撸起袖子加油干。', '干', 'gàn'],
    ['老两口在乡下种菜养鸡', '种', 'zhòng'],
    ['他在工地上干了三个月', '干', 'gàn'],
    ['他花了一天干完了活', '干', 'gàn'],
    ['有人专门钻制度的空子', '钻', 'zuān'],
    ['夜里把灯光调得暗一些', '调', 'tiáo'],
    ['今年的游客比去年少。', '少', 'shǎo'],
    ['饭后她把桌子收拾好，又抹了一遍灶台', '抹', 'mā'],
  ])('%s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['视频一发布就引来热议', '发', 'fā'],
    ['这家厂专做冲压装模具', '模', 'mú'],
    ['援兵来将近一个月', '将', 'jiāng'],
    ['超市的海鲜有十几种', '鲜', 'xiān'],
    ['这些蔬菜新鲜有营养', '鲜', 'xiān'],
    ['干部要敢为群众说话', '为', 'wèi'],
    ['村长一直在场', '长', 'zhǎng'],
    ['这种瓜得多浇水', '种', 'zhǒng'],
    ['这种花养起来不难', '种', 'zhǒng'],
    ['这五种瓜得多浇水', '种', 'zhǒng'],
    ['这六种花养起来不难', '种', 'zhǒng'],
    ['老友重逢，干了这杯酒', '干', 'gān'],
    ['大家举杯加油干杯', '干', 'gān'],
    ['工人用电钻在墙上打孔', '钻', 'zuàn'],
    ['他去年被调得很远', '调', 'diào'],
    ['参观的人比上届多了好些男女老少。', '少', 'shào'],
    ['医生给伤口抹了药', '抹', 'mǒ'],
    ['说话不要拐弯抹角', '抹', 'mò'],
  ])('leaves alone %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
