// A quoted Han name followed by a number of three or more digits (“交管12123”, the traffic police's app; a
// hotline with its number) is detected as a coinage: the digits count as one character, so the name need not
// be six characters or fewer with them (dev58). Digits alone stay a code, as before; a year after a name
// (“杭州2022”), a clause (“完成了100”) and words with a function word (“我的1000”) are not names.
import { describe, expect, it } from 'vitest';
import { detectJargon } from '../../lib/glossary/detect';

const words = new Set(['热线', '市长', '完成', '第一次']);
const isWord = (w: string): boolean => words.has(w);
const terms = (text: string): string[] => detectJargon(text, [], isWord).map((d) => `${d.term}:${d.kind}`);

describe('a quoted name with a service number', () => {
  it('detects the name and its number as one coinage', () => {
    expect(terms('交通违法可以在“交管12123”APP上处理，无需到窗口排队。')).toEqual(['交管12123:coinage']);
    expect(terms('市民可拨打“市长热线12345”反映问题。')).toEqual(['市长热线12345:coinage']);
    expect(terms('企业可通过“亲清直通车110”提出诉求。')).toEqual(['亲清直通车110:coinage']);
  });

  it('leaves alone a year after a name, a clause, a function word, digits before the name and a long name', () => {
    expect(terms('村口的牌子上写着“美丽乡村2025”。')).toEqual([]);
    expect(terms('他笑着说这次是“完成了100”。')).toEqual([]);
    expect(terms('门口贴着“我的1000”几个字。')).toEqual([]);
    expect(terms('他在本子上写下“123路公交”几个字。')).toEqual([]);
    expect(terms('广告牌上写着“欢迎来到美丽乡村888”。')).toEqual([]);
  });

  it('keeps digits alone a code, as before', () => {
    expect(terms('全市推进“141”基层治理体系建设。')).toEqual(['141:formula']);
  });
});
