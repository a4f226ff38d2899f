// The rule of the second blind52 round (lib/reflow/spaced-rows.ts): a table set as print lines, one row to an element
// (two to four fields parted by full-width spaces, no mark of a sentence), after the colon that announces it, keeps
// each row a paragraph, whatever column end falls between two rows, and ends before the paragraph after it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import type { Line } from '../../lib/reflow/columns';
import { isSpacedRow, spacedRowsApart } from '../../lib/reflow/spaced-rows';

const texts = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => b.text);

describe('a row of a table set as print lines (isSpacedRow)', () => {
  it('reads a row: a place and a unit, an item and its price', () => {
    expect(isSpacedRow('五马街道　墨池坊3幢')).toBe(true);
    expect(isSpacedRow('白萝卜　每斤1.8元')).toBe(true);
    expect(isSpacedRow('一等奖　城东小学　新城社区')).toBe(true);
  });
  it('leaves alone: prose, a byline with a padded name, a line with no space, a figure first', () => {
    expect(isSpacedRow('区住建局相关负责人表示，')).toBe(false);
    expect(isSpacedRow('记者　陈　琳')).toBe(false);
    expect(isSpacedRow('五马街道墨池坊3幢')).toBe(false);
    expect(isSpacedRow('612.3亿元　进出口额')).toBe(false);
    expect(isSpacedRow('青菜，每斤　2.5元')).toBe(false);
  });
});

describe('rows of a table set as print lines stay apart (spacedRowsApart)', () => {
  it('changes: rows after a colon, a blank line after each (a column end among them), and the paragraph after them', () => {
    const out = texts(['　　部分蔬菜本周零售均价如下：', '', '青菜　每斤2.5元', '', '白萝卜　每斤1.8元', '', '大白菜　每斤1.5元', '',
      '　　市商务局相关负责人提醒，近期冷空气活', '动频繁，市民不必囤货。']);
    expect(out).toContain('青菜　每斤2.5元');
    expect(out).toContain('白萝卜　每斤1.8元');
    expect(out).toContain('大白菜　每斤1.5元');
  });
  it('changes: a 名单 of places and units, unindented eleven wide, and the last row before the prose after it', () => {
    const out = texts(['推荐和实地评审，首批名', '单如下：', '', '五马街道　墨池坊3幢', '', '南汇街道　锦花苑12幢', '', '双屿街道　双屿小区8幢', '',
      '区住建局相关负责人表示，', '下一步将推广到更多老旧小', '区。']);
    expect(out).toContain('南汇街道　锦花苑12幢');
    expect(out).toContain('双屿街道　双屿小区8幢');
    expect(out.some((t) => t.startsWith('区住建局'))).toBe(true);
  });
  it('leaves alone: rows after prose with no colon, and a row that fills its line (cut there, its field going on)', () => {
    const prose = texts(['会议决定任命：吴志远　江西', '省发展和改革委员会副主任', '', '孙丽华　江西省商务厅副厅长', '', '何俊　江西省交通运输厅副厅长', '',
      '免去：']);
    expect(prose).not.toContain('何俊　江西省交通运输厅副厅长');
    // A row that fills its column of nine (`林建国家庭　王素芬` / `家庭　潘晓东家庭`) may be cut there: it is not parted by this rule,
    // while the same row one character short of the column is.
    const rows = (first: string): Line[] => ['首批名单如下：', first, '家庭　潘晓东家庭', '希望受表彰的家庭珍惜荣誉。']
      .map((text, ord) => ({ ord, text, gap: ord === 0 ? 0 : 1, indent: false, width: text.length }) as unknown as Line);
    const full = rows('林建国家庭　王素芬');
    expect(spacedRowsApart(full, full[1] as Line, full[2] as Line, 9)).toBe(false);
    const short = rows('林建国家庭　王素');
    expect(spacedRowsApart(short, short[1] as Line, short[2] as Line, 9)).toBe(true);
  });
});
