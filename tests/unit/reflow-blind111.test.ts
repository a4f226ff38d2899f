// The rule the blind111 round added. lib/reflow/credit-place.ts (`lastLineAlone`, asked by the segmenter where a bracketed
// credit stands on the text's last line): the credit (`（记者　X　通讯员　Y）`) is the article's byline, an element of its
// own, not only after a line that ended its sentence well short of its column but also after a full one where the credit
// line is wider than that column by more than a hung mark (`creditWiderThanColumn`): had it run on from the paragraph,
// the print line would have been cut at the column.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { creditWiderThanColumn } from '../../lib/reflow/credit-place';
import type { Line } from '../../lib/reflow/columns';

const line = (width: number): Line => ({ width } as Line);

describe('a bracketed credit on the last line wider than the column (creditWiderThanColumn)', () => {
  it('changes: a credit two or more characters wider than the column', () => {
    expect(creditWiderThanColumn(line(16), 14)).toBe(true);
    expect(creditWiderThanColumn(line(15.5), 14)).toBe(true);
  });
  it('leaves alone: a credit that fits the column, or reaches past it by a hung mark only', () => {
    expect(creditWiderThanColumn(line(15), 14)).toBe(false);
    expect(creditWiderThanColumn(line(14), 14)).toBe(false);
    expect(creditWiderThanColumn(line(7), 14)).toBe(false);
  });

  // Print lines fourteen wide, paragraphs indented, nothing at a paragraph's end (the 杭州日报 <p>-per-print-line shape).
  const page = (last: string, credit: string): string => ['　　走进上城区的一个老小区，原', '本斑驳的墙面刷得雪白，楼梯扶', '手换成了新的防滑款。',
    '　　“以前楼道里堆满了杂物，晚', '上上楼要摸黑。”住在这里的吴', '阿姨说。', '　　截至目前，街道已完成80个', '楼道的改造，下一步还将把楼道',
    last, credit].join('\n');
  const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  it('sets the byline apart after a paragraph that ended on a full line', () => {
    expect(blocks(page('改造的做法在全区推广开来。', '（记者　黄　琳　通讯员　叶晓敏）'))).toEqual([
      'body: 走进上城区的一个老小区，原本斑驳的墙面刷得雪白，楼梯扶手换成了新的防滑款。',
      'body: “以前楼道里堆满了杂物，晚上上楼要摸黑。”住在这里的吴阿姨说。',
      'body: 截至目前，街道已完成80个楼道的改造，下一步还将把楼道改造的做法在全区推广开来。',
      'byline: （记者　黄　琳　通讯员　叶晓敏）',
    ]);
  });
  it('still reads a credit that fits the column after a full line as the paragraph\'s own, run on to its next line', () => {
    expect(blocks(page('改造的做法在全区推广开来。', '（记者　王俞楠）')).at(-1)).toBe('body: 截至目前，街道已完成80个楼道的改造，下一步还将把楼道改造的做法在全区推广开来。（记者　王俞楠）');
    expect(blocks(page('改造的做法在全区推广开来。', '（记者　黄琳　通讯员　叶晓）')).at(-1)).toBe('body: 截至目前，街道已完成80个楼道的改造，下一步还将把楼道改造的做法在全区推广开来。（记者　黄琳　通讯员　叶晓）');
  });
});
