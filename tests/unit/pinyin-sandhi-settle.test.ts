// 一 and 不 take the tone sandhi of the reading finally shown for the next character, not of
// pinyin-pro's first reading of it (lib/pinyin/readings.ts settleSandhi). The sentences are
// ordinary news and prose in which the polyphone model or the correction table changes the
// character after 一/不 to or from a fourth tone.
import { describe, expect, it } from 'vitest';
import { readings, settleSandhi } from '../../lib/pinyin/readings';
import { toneOf } from '../../lib/pinyin/tone';
import { readingOf } from '../helpers/reading-of';

describe('一/不 sandhi follows the next reading shown', () => {
  it.each([
    ['重点支持两新一重', '一重', 'yí zhòng'],
    ['他对不称职的干部严肃问责', '不称', 'bú chèn'],
    ['菜农挑着一担青菜走进菜场', '一担', 'yí dàn'],
    ['他在镇上的小旅馆住了一宿', '一宿', 'yì xiǔ'],
    ['办事大厅里打印复印一应俱全', '一应', 'yì yīng'],
    ['这种做法不应该提倡', '不应', 'bù yīng'],
  ] as const)('%s: %s is %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it('leaves 一 read yī and readings before a neutral tone alone', () => {
    expect(readingOf('全市统一部署', '一')).toBe('yī');
    expect(readingOf('第一次来', '一')).toBe('yī');
    const cps = Array.from('看一看');
    const r = ['kàn', 'yì', 'kan'];
    settleSandhi(cps, r);
    expect(r[1]).toBe('yì');
  });

  it('sets yí/bú before a fourth tone and yì/bù before any other, whatever came before', () => {
    const cps = Array.from('一重不为');
    const r = ['yì', 'zhòng', 'bú', 'wéi'];
    settleSandhi(cps, r);
    expect(r).toEqual(['yí', 'zhòng', 'bù', 'wéi']);
  });

  it('in sentences where the next reading was changed, every sandhied 一/不 agrees with the tone after it', () => {
    const text = '不提前公布这一重大发现。饭和汤的碗是不应该被拿走的。结果怎样都不后悔。宁为鸡头，不为凤尾。不当之言不说。个小伙伴见状一哄而散。';
    const cps = Array.from(text);
    const r = readings(text);
    let checked = 0;
    for (let i = 0; i + 1 < cps.length; i++) {
      if ((cps[i] !== '一' && cps[i] !== '不') || !['yí', 'yì', 'bú', 'bù'].includes(r[i] as string)) continue;
      const t = toneOf(r[i + 1] ?? '');
      if (t < 1 || t > 4) continue;
      checked++;
      expect(/[íú]/u.test(r[i] as string), `${cps[i]}${cps[i + 1]} ${r[i]} ${r[i + 1]}`).toBe(t === 4);
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });
});
