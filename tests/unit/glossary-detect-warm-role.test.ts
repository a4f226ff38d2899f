// A quoted role after a copula, whose 的 is followed by a word of warmth (是她的贴心“小棉袄”, 是居民的知心“老大姐”):
// the quotes are a nickname, no coinage (dev124's trap), like 是小区里的“包打听” (lib/glossary/detect-plain.ts ROLE_BEFORE).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { parseDictionary } from '../../lib/dict';
import { detectJargon } from '../../lib/glossary/detect';
import { glossaryWords } from '../../scripts/lib/glossary-words';

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);
const detected = (text: string): string[] => detectJargon(text, matcher.match(text), isWord).map((d) => d.term);

describe('a quoted role after 是 … 的 and a word of warmth', () => {
  it('is no coinage when the quotes end the clause', () => {
    expect(detected('女儿是妈妈的贴心“小棉袄”，每天下班都打电话回家。')).toEqual([]);
    expect(detected('社区书记是居民们的知心“老大姐”。')).toEqual([]);
    expect(detected('这位网格员成了独居老人的暖心“小帮手”。')).toEqual([]);
  });
  it('keeps the coinage when a noun follows the quotes, or without the copula, or with another word after 的', () => {
    expect(detected('他是全村的贴心“小管家”团队的队长。')).toContain('小管家');
    expect(detected('村里办起了贴心“小管家”。')).toContain('小管家');
    expect(detected('这里是全县的首个“小管家”。')).toContain('小管家');
  });
});
