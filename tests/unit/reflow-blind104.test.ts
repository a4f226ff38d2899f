// The rules the blind104 round added. lib/reflow/marked-lines.ts (asked in segment.ts beside the other unindented heads
// of a page that indents its paragraphs): a flush print line opening with a 小标题's mark, a head by its words (one comma
// at most, no sentence's end), under a line ending a sentence and over an indented line, is a 小标题 whatever its width.
// lib/reflow/lines-apart.ts plainRunHead: in print lines with no indentation, a 小标题 may quote a word
// (`从“卖布”到“卖设计”`): quotation marks around a bare word no longer count as the mark a paragraph's line holds.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { markedHeadUnindented } from '../../lib/reflow/marked-lines';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (texts: readonly string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const kinds = (texts: readonly string[]): string[] => reflowText(texts.join('\n')).map((b) => `${b.kind}: ${b.text}`);

// Print lines sixteen wide, indented paragraphs, a marked 小标题 flush between them (an 调查报道 on a canteen, written
// for this test).
const CANTEEN = ['　　中午11点，城东街道的一家老年食', '堂里已经坐满了人，两荤一素一汤，', '80岁以上老人只要付8元。', '　　近年来，我市大力推进助餐点建设，', '目前全市已建成助餐点860余家。但也', '有一些开了不到一年就关门了。',
  '◆ 有的排长队，有的没人来', '　　在城东一个老小区，记者看到，社', '区助餐点的门已经关了好几个月。'];

describe('a marked 小标题 flush in indented print lines (markedHeadUnindented)', () => {
  it('changes: a marked head with one comma, nearly as wide as its column, under a sentence, over an indented line', () => {
    expect(markedHeadUnindented(lines(CANTEEN), 6)).toBe(true);
    const wide = [...CANTEEN.slice(0, 6), '◆ 多方“搭把手”，食堂才能开得久', ...CANTEEN.slice(7)];
    expect(markedHeadUnindented(lines(wide), 6)).toBe(true);
    expect(kinds(CANTEEN)).toEqual([
      'body: 中午11点，城东街道的一家老年食堂里已经坐满了人，两荤一素一汤，80岁以上老人只要付8元。',
      'body: 近年来，我市大力推进助餐点建设，目前全市已建成助餐点860余家。但也有一些开了不到一年就关门了。',
      'heading: ◆ 有的排长队，有的没人来',
      'body: 在城东一个老小区，记者看到，社区助餐点的门已经关了好几个月。',
    ]);
  });
  it('leaves alone: no mark, an item ending a sentence, a list\'s next item, a paragraph going on, after a clause, two commas', () => {
    const at3 = (third: string, over = CANTEEN[7] as string, above = CANTEEN[5] as string): boolean =>
      markedHeadUnindented(lines([CANTEEN[3] as string, CANTEEN[4] as string, above, third, over]), 3);
    expect(at3('有的排长队，有的没人来')).toBe(false);
    expect(at3('◆ 早餐每份只要5元。')).toBe(false);
    expect(at3('◆ 有的排长队，有的没人来', CANTEEN[7], '◆ 老人就餐可享受补贴。')).toBe(false);
    expect(at3('◆ 有的排长队，有的没人来', '区助餐点的门已经关了好几个月。')).toBe(false);
    expect(at3('◆ 有的排长队，有的没人来', CANTEEN[7], '目前全市已建成助餐点860余家，但')).toBe(false);
    expect(at3('◆ 有的排长队，有的没人来，有的关了门')).toBe(false);
  });
});

// Print lines fifteen wide with no indentation and no empty line (an 经济述评, written for this test).
const TEXTILE = ['今年前三季度，全区纺织产业实现', '产值1180亿元，同比增长6.8%。', '从“卖布”到“卖设计”',
  '在轻纺城创意大厦，一家面料设计', '公司的样品间里挂满了花型各异的', '布样。'];

describe('a plain 小标题 quoting a word in unindented print lines (plainRunHead)', () => {
  it('changes: a short line whose only marks are quotation marks round bare words, under a sentence, over prose', () => {
    expect(kinds(TEXTILE)).toEqual([
      'body: 今年前三季度，全区纺织产业实现产值1180亿元，同比增长6.8%。',
      'heading: 从“卖布”到“卖设计”',
      'body: 在轻纺城创意大厦，一家面料设计公司的样品间里挂满了花型各异的布样。',
    ]);
  });
  it('leaves alone: a quotation holding its own mark, a quoted phrase with a comma, a line after a clause', () => {
    const third = (t: string, above = TEXTILE[1] as string): string[] => kinds([TEXTILE[0] as string, above, t, ...TEXTILE.slice(3)]);
    expect(third('“好，真好”').some((b) => b.startsWith('heading'))).toBe(false);
    expect(third('从“卖布”，到“卖设计”').some((b) => b.startsWith('heading'))).toBe(false);
    expect(third('从“卖布”到“卖设计”', '产值1180亿元，同比增长6.8%，').some((b) => b.startsWith('heading'))).toBe(false);
  });
});
