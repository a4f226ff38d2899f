// The rules the blind145 round added.
// 1. lib/reflow/join-rule.ts ('blank-short'): on a page where an empty line follows every paragraph end and every column
//    end alike (<br> print lines), a line before an empty line that measures short only because its quotation marks are
//    measured at half a character, and that cannot end a paragraph (it ends in a quoted word, `…“跟着非遗学艺”`), fills its
//    column once they are counted whole (`fullWithQuotes`): the empty line is a column's, and the sentence goes on.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (lines: readonly string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

// Twelve wide, no indent, one empty line after every paragraph end and at each column end.
const first = ['记者　王　林', '', '今年以来，我市持续推进城', '乡公交一体化，新开通农村', '公交线路18条，惠及沿线村', '民12万人。', ''];
const opening = ['暑期以来，文旅消费持续升', '温。各地纷纷推出“跟着演'];
const rest = ['', '等新玩法，带动文旅消费快', '速增长。', '', '市文广旅游局有关负责人表', '示，下一步将继续丰富产品', '供给。'];

describe('a line full once its quotation marks are counted whole, before an empty line on a page of empty lines at paragraph and column ends', () => {
  it('changes: a line ending in a quoted word, three quotation marks in it, goes on past the column\'s empty line', () => {
    expect(blocks([...first, ...opening, '出去玩”“跟着非遗学艺”', ...rest])).toEqual([
      'byline: 记者　王　林',
      'body: 今年以来，我市持续推进城乡公交一体化，新开通农村公交线路18条，惠及沿线村民12万人。',
      'body: 暑期以来，文旅消费持续升温。各地纷纷推出“跟着演出去玩”“跟着非遗学艺”等新玩法，带动文旅消费快速增长。',
      'body: 市文广旅游局有关负责人表示，下一步将继续丰富产品供给。',
    ]);
  });
  it('leaves alone: a line short even with its quotation marks counted whole, and one whose quotation ends a sentence', () => {
    const short = blocks([...first, ...opening, '出去玩”“学手艺”', ...rest]);
    expect(short[2]).toBe('body: 暑期以来，文旅消费持续升温。各地纷纷推出“跟着演出去玩”“学手艺”');
    expect(short[3]).toBe('body: 等新玩法，带动文旅消费快速增长。');
    const ended = blocks([...first, ...opening, '出去玩”“学非遗手艺。”', '', '游客纷纷点赞，文旅消费快', '速增长。', '', '市文广旅游局有关负责人表', '示，下一步将继续丰富产品', '供给。']);
    expect(ended[2]).toBe('body: 暑期以来，文旅消费持续升温。各地纷纷推出“跟着演出去玩”“学非遗手艺。”');
    expect(ended[3]).toBe('body: 游客纷纷点赞，文旅消费快速增长。');
  });
});
