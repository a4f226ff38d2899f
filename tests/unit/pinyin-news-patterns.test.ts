// Readings that follow from a construction of news text (lib/pinyin/news-patterns.ts):
// hand-written expectations, readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readings } from '../../lib/pinyin';

function readingOf(text: string, word: string, from = 0): string {
  const at = text.indexOf(word, from);
  const start = Array.from(text.slice(0, at)).length;
  return readings(text).slice(start, start + Array.from(word).length).join(' ');
}

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
    ['小微企业可按期还贷', '还', 'huán'],
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
