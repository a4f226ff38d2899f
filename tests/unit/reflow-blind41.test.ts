// A rule from what the blind41 pages showed (tests/fixtures/pages/blind41-*, npm run score:blind -- --set blind41): in
// text pre-wrapped with no indentation, a print line holding quotation marks measures short of its column (the repair
// counts `“”‘’` at half a character, print gives them a whole one); one that cannot end a paragraph — it ends inside a
// quotation it opened, or a sentence ended in it and the next began with no mark after it — and that fills the column
// with its marks counted whole is a full line, not a paragraph's last (福州晚报's `新线路分别以“闽都名人”“坊巷` /
// `民俗”和“古厝营造”为主题。在`). With the shapes the rule must leave alone. Text written for these tests in the shape of
// the blind41 page, not copied from it.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import type { Line } from '../../lib/reflow/columns';
import { endsInOpenQuote, fullWithQuotes } from '../../lib/reflow/quote-width';
import { visualWidth } from '../../lib/reflow/chars';
import { parseHtml } from '../../scripts/lib/html';

const blocksOf = (lines: string[]): string[] => {
  const html = `<html><body><div id="ozoom"><founder-content style="white-space: pre-wrap">\n${lines.join('\n')}\n</founder-content></div></body></html>`;
  const body = parseHtml(html, 'http://localhost/').querySelector('founder-content') as Element;
  return repairBody(body, { isPre: () => true }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
};
const line = (text: string): Line => ({ text, width: visualWidth(text), indent: false }) as Line;

// 15 wide, no indentation: the second and third lines hold four and three quotation marks.
const QUOTED = ['今年暑期的文化惠民活动分为“清', '凉剧场”“社区书房”和“非遗课', '堂”三个板块。在“清凉剧场”板', '块，市民每周末都能在家门口看到', '越剧、评话等演出，票价全部为10', '元。'];
const NEXT = ['夏天的夜晚，江边公园里人来人往，', '散步、跳舞的市民不少，还有人带', '着孩子在草坪上放风筝。'];

describe('a print line short only by its quotation marks, in plain pre-wrapped text', () => {
  it('goes on where it ends inside a quotation it opened, or after a sentence begun', () => {
    expect(blocksOf(['记者　王　芳', ...QUOTED, ...NEXT])).toEqual([
      'byline: 记者　王　芳',
      'body: 今年暑期的文化惠民活动分为“清凉剧场”“社区书房”和“非遗课堂”三个板块。在“清凉剧场”板块，市民每周末都能在家门口看到越剧、评话等演出，票价全部为10元。',
      'body: 夏天的夜晚，江边公园里人来人往，散步、跳舞的市民不少，还有人带着孩子在草坪上放风筝。',
    ]);
    // Measured 13 and 13.5 in a column of 15; 15 each with their marks whole.
    expect(fullWithQuotes(line('凉剧场”“社区书房”和“非遗课'), 15, 0.75)).toBe(true);
    expect(fullWithQuotes(line('堂”三个板块。在“清凉剧场”板'), 15, 0.75)).toBe(true);
  });

  it('is left alone where it ends a sentence, is short however its marks are counted, or could be a headline', () => {
    // A one-sentence paragraph with quotation marks, short of the column: a paragraph of its own.
    const sentence = blocksOf([...QUOTED, '“清凉剧场”周末开演。', ...NEXT]);
    expect(sentence).toContain('body: “清凉剧场”周末开演。');
    expect(fullWithQuotes(line('“清凉剧场”“社区书房”都开了。'), 15, 0.75)).toBe(false);
    // Inside a quotation, but short with its marks whole (a quotation going on in the next paragraph).
    expect(fullWithQuotes(line('他说：“明天见'), 15, 0.75)).toBe(false);
    // Balanced marks and no sentence's end in it: a headline may read so (left to the other rules).
    expect(fullWithQuotes(line('“清凉剧场”开到家门口了'), 15, 0.75)).toBe(false);
    // No quotation marks: measured as print sets it already.
    expect(fullWithQuotes(line('三个板块。在清凉剧场板'), 15, 0.75)).toBe(false);
  });

  it('reads a quotation as open only where the line ends inside one it opened', () => {
    expect(endsInOpenQuote('新线路分别以“闽都名人”“坊巷')).toBe(true);
    expect(endsInOpenQuote('老师说：‘慢慢来')).toBe(true);
    expect(endsInOpenQuote('堂”三个板块。在“清凉剧场”板')).toBe(false);
    expect(endsInOpenQuote('“闽都名人”“坊巷民俗”')).toBe(false);
    // An opening mark last is print's error, not a quotation going on (print does not end a line on it).
    expect(endsInOpenQuote('活动分为“')).toBe(false);
  });
});
