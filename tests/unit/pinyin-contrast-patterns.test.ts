// Readings of polyphones whose rarer reading the model misses (lib/pinyin/contrast-patterns.ts and
// the naming verbs 改名 / 召 / 迁 before 为 in lib/pinyin/news-patterns.ts): hand-written sentences,
// none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
// Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('contrasting uses: the rarer reading where the words around decide', () => {
  it.each([
    ['金樱子为蔷薇科蔷薇属的常绿攀援灌木', '为', 'wéi'],
    ['文化站二楼为排练厅，三楼为图书室', '为', 'wéi'],
    ['参赛选手中，本地选手为六成', '为', 'wéi'],
    ['这批产品的合格率为98.5%。', '为', 'wéi'],
    ['那条老街后来改名为中山路', '为', 'wéi'],
    ['他晚年被召为国子监祭酒', '为', 'wéi'],
    ['不久又迁为吏部侍郎', '为', 'wéi'],
    ['兄长死后，由他继承汗位', '汗', 'hán'],
    ['孩子扒着门缝往外看', '扒', 'bā'],
    ['那堵危墙上个月已经扒了。', '扒', 'bā'],
    ['他小时候扒过火车', '扒', 'bā'],
    ['这一连串问题把我搞蒙了，', '蒙', 'mēng'],
    ['你可别蒙人，这明明是新的', '蒙', 'mēng'],
    ['中蒙两国在口岸建设上加强合作', '蒙', 'měng'],
    ['逾期不改的，应予通报', '应', 'yīng'],
    ['按时间推算，这座墓应是宋代的', '应', 'yīng'],
    ['这条便道限载五吨', '载', 'zài'],
    ['他熬了一宿，眼泡都肿了', '泡', 'pāo'],
    ['飞行员拉住驾驶杆，稳住了机身', '杆', 'gǎn'],
    ['课题组把研究分成四个子课题', '子', 'zǐ'],
  ])('reads %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['这笔经费为科研人员购置设备', '为', 'wèi'],
    ['图书馆一楼为市民提供自习座位', '为', 'wèi'],
    ['新政为三成企业减轻了负担', '为', 'wèi'],
    ['号召为灾区捐款', '为', 'wèi'],
    ['新村整体搬迁为村民带来了新生活', '为', 'wèi'],
    ['运动时出汗位置因人而异', '汗', 'hàn'],
    ['他低头扒了两口饭就走了', '扒', 'pá'],
    ['民警当场抓获一名扒手', '扒', 'pá'],
    ['桌上蒙了一层灰', '蒙', 'méng'],
    ['他们在事故中蒙受了损失', '蒙', 'méng'],
    ['他的第一反应是报警', '应', 'yìng'],
    ['冬季蔬菜供应还算充足', '应', 'yìng'],
    ['这艘船满载货物', '载', 'zài'],
    ['这项政策起到杠杆作用', '杆', 'gǎn'],
    ['他个子高，站在最后一排', '子', 'zi'],
  ])('leaves alone %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
