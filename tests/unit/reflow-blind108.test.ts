// The rule the blind108 round added. lib/reflow/colon-cut.ts (asked in join-rule.ts): on a page that indents its paragraphs
// and sets each column's piece of one in an element of its own, a piece a column cut right after a speaker's colon
// (`…拉开比分。赛后，…李浩说：`) goes on in the next, unindented piece even where that piece opens with the quotation
// (`“我们平时都要上班，…”`), where the paragraph told a sentence before the colon (a lead-in alone sets its quotation apart).
// The shape recurs: 46 golds of 31 blind sets outside the held-back half hold a speaker's colon and its quotation inside
// one paragraph.
import { describe, expect, it } from 'vitest';
import { colonCutProse } from '../../lib/reflow/colon-cut';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

/** Elements, one line each, parted by a break (gap 1); an indented one opens with `　　`. */
const elements = (...texts: string[]): Line[] => measure(texts.map((text, i): SourceLine => ({ text, gap: i === 0 ? 0 : 1, indent: text.startsWith('　') })));
const ask = (ls: Line[], indentUsed = true): boolean => {
  const [a, b] = ls;
  if (a === undefined || b === undefined) throw new Error('two elements at least');
  return colonCutProse(indentUsed, () => true, a.text, a, b, ls[2]);
};

const SAID = '　　比赛前三节双方比分交替上升，第四节鹿城队拉开比分。赛后，获得本场最有价值球员的鹿城队后卫李浩说：';
const QUOTE = '“我们平时都要上班，只能晚上练球，能拿冠军真的很不容易。”';
const NEXT = '　　据了解，市民篮球联赛已连续举办五届。';

describe('a column cut after a speaker\'s colon, the quotation in the next unindented piece (colonCutProse)', () => {
  it('changes: the quotation after 说：/表示： unindented, the next paragraph indented or the text\'s end', () => {
    expect(ask(elements(SAID, QUOTE, NEXT))).toBe(true);
    expect(ask(elements(SAID, QUOTE))).toBe(true);
    expect(ask(elements('　　加装电梯的意见征求已近尾声。对此，社区负责人表示：', '“加装电梯关系到每一户居民，我们会一户一户上门听意见。”', NEXT))).toBe(true);
  });
  it('leaves alone: an indented quotation, a page without indents, a run of unindented pieces, no speaker, an unclosed quotation, a lead-in alone', () => {
    expect(ask(elements(SAID, `　　${QUOTE}`, NEXT))).toBe(false);
    expect(ask(elements(SAID, QUOTE, NEXT), false)).toBe(false);
    expect(ask(elements(SAID, QUOTE, '“明年我们还要再来，争取卫冕。”'))).toBe(false);
    expect(ask(elements('　　活动当天，主办方发布了倡议：', QUOTE, NEXT))).toBe(false);
    expect(ask(elements(SAID, '“我们平时都要上班，只能晚上练球，能拿冠军真的很不容易。', NEXT))).toBe(false);
    expect(ask(elements('　　他说明了原因，名单如下：', QUOTE, NEXT))).toBe(false);
    expect(ask(elements('　　会上，市水务集团负责人在发言中说：', QUOTE, NEXT))).toBe(false);
  });
});
