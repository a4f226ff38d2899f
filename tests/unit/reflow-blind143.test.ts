// The rules the blind143 round added. lib/reflow/quoted-run-head.ts (quotedRunHead, asked in segment.ts beside
// plainRunHead): in print lines with no indentation and no empty line between paragraphs (pre-wrap or <br> lines), a
// 小标题 that is one quotation with no sentence mark in it (`“老街要留住烟火气”`, `“先把路修通，再谈发展”`), a whole character
// or more short of its column, after a finished sentence and over a full line of prose, stands apart as a heading.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (lines: readonly string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

// Fifteen wide, no indent, no empty line: a report's two paragraphs, then the line under test, then a paragraph.
const above = ['记者　马　骏', '入冬以来，城西街道对辖区内的三', '条老街开展微改造，修补路面、更', '换路灯、整治店招，街区面貌焕然', '一新。', '改造中，街道坚持“微改精提”，', '不大拆大建，保留了老街原有的石', '板路和骑楼，居民和商户都很满意。'];
const under = ['街道负责人说，老街改造不能只看', '“面子”，更要顾及“里子”，下一', '步将引导老字号回归，让老街既有', '颜值又有人气。'];

describe('a 小标题 that is one quotation, in a run of plain print lines (quotedRunHead)', () => {
  it('changes: a quotation with no mark inside, and one with a comma, each short of the column after a finished sentence', () => {
    expect(blocks([...above, '“老街要留住烟火气”', ...under])).toEqual([
      'byline: 记者　马　骏',
      'body: 入冬以来，城西街道对辖区内的三条老街开展微改造，修补路面、更换路灯、整治店招，街区面貌焕然一新。',
      'body: 改造中，街道坚持“微改精提”，不大拆大建，保留了老街原有的石板路和骑楼，居民和商户都很满意。',
      'heading: “老街要留住烟火气”',
      'body: 街道负责人说，老街改造不能只看“面子”，更要顾及“里子”，下一步将引导老字号回归，让老街既有颜值又有人气。',
    ]);
    expect(blocks([...above, '“先把路修通，再谈发展”', ...under])[3]).toBe('heading: “先把路修通，再谈发展”');
  });
  it('leaves alone: a quotation ending in a sentence mark, one after an unfinished sentence, one as wide as the column', () => {
    // A paragraph that is one quoted sentence ends in the sentence's mark inside the quotation.
    expect(blocks([...above, '“老街要留住烟火气。”', ...under])[3]).toBe('body: “老街要留住烟火气。”');
    // After a line that ends no sentence the quotation goes on with the paragraph.
    const open = [...above.slice(0, -1), '板路和骑楼，居民们说这里最美的'];
    expect(blocks([...open, '“老街要留住烟火气”', ...under]).some((b) => b.startsWith('heading: “'))).toBe(false);
    // A line as wide as its column is a paragraph's line, cut by the column.
    expect(blocks([...above, '“老街的烟火气要一直留在这里啊”', ...under]).some((b) => b.startsWith('heading: “'))).toBe(false);
  });
});
