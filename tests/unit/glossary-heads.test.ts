// A designation noun right after a glossary term is taken into the match (lib/glossary/heads.ts,
// lib/glossary/matcher.ts): the underline covers the name the article prints, the card stays the term's.
import { describe, expect, it } from 'vitest';
import { headAt } from '../../lib/glossary/heads';
import { buildMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/types';

const entry = (id: string, term: string): GlossaryEntry =>
  ({ id, term, variants: [], category: 'economy', scope: 'national', gloss: id, zh: term, en: id, source: 'test' }) as unknown as GlossaryEntry;
const m = buildMatcher([entry('night', '夜间经济'), entry('future', '未来社区'), entry('pilot', '试点工作')]);
const spans = (text: string): [string, string][] => m.match(text).map((x) => [x.id, text.slice(x.start, x.end)]);

describe('headAt', () => {
  it('gives the length of the longest designation noun at the offset, within the limit', () => {
    expect(headAt('夜间经济集聚区5个', 4, 10)).toBe(3);
    expect(headAt('推进示范基地建设', 2, 8)).toBe(4);
    expect(headAt('推进示范基地建设', 2, 5)).toBe(0);
  });

  it('gives 0 where the noun starts a longer word or is absent', () => {
    expect(headAt('集聚区域', 0, 4)).toBe(0);
    expect(headAt('基地化', 0, 3)).toBe(0);
    expect(headAt('发展', 0, 2)).toBe(0);
  });
});

describe('matches with a designation noun after them', () => {
  it('cover the whole name and keep the entry of the term', () => {
    expect(spans('培育夜间经济集聚区5个，开展未来社区试点。')).toEqual([
      ['night', '夜间经济集聚区'],
      ['future', '未来社区试点'],
    ]);
  });

  it('cover a closing quote and the noun after it', () => {
    expect(spans('打造“夜间经济”示范区')).toEqual([['night', '“夜间经济”示范区']]);
  });

  it('stop where another match starts, at the clause end, and before a longer word', () => {
    expect(spans('未来社区试点工作')).toEqual([
      ['future', '未来社区'],
      ['pilot', '试点工作'],
    ]);
    expect(spans('发展夜间经济，试点先行')).toEqual([['night', '夜间经济']]);
    expect(spans('夜间经济集聚区域')).toEqual([['night', '夜间经济']]);
  });
});
