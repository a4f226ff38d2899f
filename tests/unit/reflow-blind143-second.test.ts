// The rules of blind143's second round. lib/reflow/lines-apart.ts (`labelHead`, read by plainRunHead): in print lines with
// no indentation and no empty line between paragraphs, a 小标题 of a label, a colon and a phrase whose phrase holds a quoted
// word or two (`专家下沉：家门口看上“大医生”`, `改造：从“制造”到“智造”`), two characters or more short of its column, after a
// finished sentence and over a full line of prose, stands apart as a heading, as the same head with no quoted word did.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (lines: readonly string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

// Sixteen wide, no indent, no empty line: a report's two paragraphs, then the line under test, then a paragraph.
const above = ['本报记者　马　骏', '入冬以来，城西街道对辖区内的三条', '老街开展微改造，修补路面、更换路', '灯、整治店招，街区面貌一新。', '改造中，街道坚持不大拆大建，保留', '了老街原有的石板路和骑楼，居民和', '商户都很满意。'];
const under = ['街道负责人说，老街改造不能只看面', '子，更要顾及里子，下一步将引导老', '字号回归，让老街既有颜值又有人气。'];

describe('a label head whose phrase holds a quoted word, in a run of plain print lines (labelHead)', () => {
  it('changes: a label, a colon and a phrase with one quoted word, and one with two, short of the column', () => {
    expect(blocks([...above, '老街改造：留住“烟火气”', ...under])).toEqual([
      'byline: 本报记者　马　骏',
      'body: 入冬以来，城西街道对辖区内的三条老街开展微改造，修补路面、更换路灯、整治店招，街区面貌一新。',
      'body: 改造中，街道坚持不大拆大建，保留了老街原有的石板路和骑楼，居民和商户都很满意。',
      'heading: 老街改造：留住“烟火气”',
      'body: 街道负责人说，老街改造不能只看面子，更要顾及里子，下一步将引导老字号回归，让老街既有颜值又有人气。',
    ]);
    expect(blocks([...above, '改造：从“面子”到“里子”', ...under])[3]).toBe('heading: 改造：从“面子”到“里子”');
  });
  it('leaves alone: a quoted word holding a mark, a label line after an unfinished sentence, one as wide as the column', () => {
    // A quotation holding a mark of its own is a speaker's words, no quoted word.
    expect(blocks([...above, '老街改造：留住“烟火，气”', ...under]).some((b) => b.startsWith('heading: '))).toBe(false);
    // After a line that ends no sentence the line goes on with the paragraph.
    const open = [...above.slice(0, -1), '商户都很满意。街道负责人表示：'];
    expect(blocks([...open, '老街改造：留住“烟火气”', ...under]).some((b) => b.startsWith('heading: '))).toBe(false);
    // A line as wide as its column is a paragraph's line, cut by the column (a speaker's turn opening with a quoted word).
    expect(blocks([...above, '王建强：最难的是把握“火候”同样', ...under]).some((b) => b.startsWith('heading: '))).toBe(false);
  });
});
