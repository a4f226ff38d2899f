// Two shapes of quoted coinages in lib/glossary/detect-quoted.ts (dev68): a quoted manner ending in 式 runs on
// over the work noun after its closing quote (“旅馆式”管理), and a quoted name opening with a numbered formula
// 一X一Y is read whole (“一村一名大学生”), not as its first four characters. Their marks were checked over the
// cpp-dev sentences and every development set (scripts/glossary-marks-dump.ts): no mark moved but dev68's two.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectJargon } from '../../lib/glossary/detect';
import { mannerEnd } from '../../lib/glossary/detect-quoted';
import { parseDictionary } from '../../lib/dict';

const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);
const terms = (text: string): string[] => detectJargon(text, [], isWord).map((d) => d.term);

describe('a quoted manner with the work it qualifies (“旅馆式”管理)', () => {
  it('runs the mark on over the work noun right after the closing quote', () => {
    expect(terms('街道对出租房推行“旅馆式”管理，租客入住必须登记。')).toEqual(['旅馆式”管理']);
    expect(terms('社区为独居老人提供“保姆式”服务。')).toEqual(['保姆式”服务']);
    expect(terms('镇里对重点企业实行“店小二式”帮扶。')).toEqual(['店小二式”帮扶']);
  });

  it('leaves the mark at the quotes when no work noun follows, or when the quoted word is not a manner', () => {
    expect(terms('这种“旅馆式”的出租房在镇上不少。')).toEqual(['旅馆式']);
    expect(terms('街道推行“红管家”服务，帮居民代办事项。')).toEqual(['红管家']);
    expect(mannerEnd('推行“旅馆式”的做法', 3, '旅馆式')).toBe(6);
    expect(mannerEnd('推行“旅馆式”管理', 3, '旅馆式')).toBe(9);
  });

  it('marks nothing where the quoted manner is a dictionary word (“一站式”服务)', () => {
    expect(terms('大厅提供“一站式”服务。')).toEqual([]);
  });
});

describe('a quoted name that opens with 一X一Y (“一村一名大学生”)', () => {
  it('reads the whole quoted name, not its first four characters', () => {
    expect(terms('当年参加“一村一名大学生”培养计划的学员大多回了村。')).toEqual(['一村一名大学生']);
    expect(terms('县里推出“一户一张明白卡”，把政策印在卡上。')).toEqual(['一户一张明白卡']);
  });

  it('leaves short quoted formulas as they were, and quoted idioms and speech alone', () => {
    expect(terms('镇里推行“一村一品”，发展特色产业。')).toEqual(['一村一品']);
    expect(terms('他说“一针一线都是妈妈的心意”。')).toEqual([]);
    expect(terms('她笑着说“一年一年过得真快啊”。')).toEqual([]);
  });
});
