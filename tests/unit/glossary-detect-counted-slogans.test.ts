// Quoted slogans of parallel parts joined by 、 (lib/glossary/detect.ts, quotedKind): a function character
// such as 过 makes a part an everyday clause (“吃过饭、喝过茶”), but in a counted slogan, every part opening
// with a number (“百县争创、千乡晋级、万村过硬”, the county, township and village Party-building drive of the
// dev100 work report), it counts only when it stands alone, not inside a two-character word of its part (过硬).
import { describe, expect, it } from 'vitest';
import { detectJargon } from '../../lib/glossary/detect';

const WORDS = new Set(['过硬', '争创', '晋级', '到位', '过得', '吃饭', '喝茶', '一天', '两天', '一起', '个人']);
const isWord = (w: string): boolean => WORDS.has(w);
const terms = (text: string): string[] => detectJargon(text, [], isWord).map((d) => d.term);

describe('counted slogans joined by 、 with a function character inside a word', () => {
  it('marks a counted slogan whose 过 is inside 过硬', () => {
    expect(terms('深化“百县争创、千乡晋级、万村过硬”工程。')).toEqual(['百县争创、千乡晋级、万村过硬']);
    expect(terms('会议提出“三个过硬、五个到位”的要求。')).toEqual(['三个过硬、五个到位']);
  });

  it('leaves everyday clauses alone: parts without a number, or a 过 standing alone', () => {
    expect(terms('他们“过得好、过得惯”。')).toEqual([]);
    expect(terms('他说“吃过饭、喝过茶”就走。')).toEqual([]);
    expect(terms('老师说“一天读过、两天写过”。')).toEqual([]);
    expect(terms('奶奶说“一个人过、两个人过”都行。')).toEqual([]);
    expect(terms('大家“一起说过、一起笑过”。')).toEqual([]);
  });
});
