// A quoted role after a verb of taking something as one's own (把刨子当成自己的“老伙计”, 把学生看作自家的“小老师”):
// the quotes are a nickname for a companion, no coinage (dev140's trap), like 是小区里的“包打听” (lib/glossary/detect-plain.ts ROLE_BEFORE).
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

describe('a quoted role after 当成 / 当作 / 看作 / 视为 and 自己的 / 自家的', () => {
  it('is no coinage when the quotes end the clause', () => {
    expect(detected('这位老工匠把刨子当成自己的“老伙计”。')).toEqual([]);
    expect(detected('老人把这只猫当作自家的“老伙计”，天天带着散步。')).toEqual([]);
  });
  it('keeps the coinage when a noun follows the quotes, or without 自己的 / 自家的', () => {
    expect(detected('这位老工匠把刨子当成自己的“老伙计”工作室的招牌。')).toContain('老伙计');
    expect(detected('村里办起了“老伙计”。')).toContain('老伙计');
    expect(detected('这位老工匠把刨子当成“老伙计”。')).toContain('老伙计');
  });
});
