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

// The second rule (lib/reflow/lines-apart.ts plainRunHead, asked after a column end's blank line too): in pre-wrapped text
// with no indentation, a short line with no mark at all between a finished sentence and a line of prose is a subheading.
describe('a 小标题 at a column\'s top in unindented pre-wrapped text (plainRunHead after a blank line)', () => {
  const para = ['冬至将近，龙游县的发糕作坊又忙了起来。在湖镇镇的', '一家发糕厂里，工人们把发好的米浆倒进蒸笼，一笼笼', '发糕出锅后冒着热气。', ''];
  const blocks = (lines: string[]): { kind?: string; text: string }[] => reflowText(lines.join('\n'), { punctuation: false });
  it('changes: a short line with no mark after the blank line, prose under it', () => {
    const out = blocks([...para, '小发糕做成大产业', '目前，龙游县共有发糕生产企业和作坊60多家，年产值', '超过5亿元，带动周边2000多名农民就业。']);
    expect(out.find((b) => b.text === '小发糕做成大产业')?.kind).toBe('heading');
    expect(out.some((b) => b.text.startsWith('目前，'))).toBe(true);
  });
  it('leaves alone: a short line after a clause cut by the column end, and one holding a mark', () => {
    const cut = blocks(['冬至将近，龙游县的发糕作坊又忙了起来，在湖镇镇的', '一家发糕厂里，工人们把发好的米浆倒进蒸笼，一笼笼', '', '发糕出锅后冒着热气', '目前，龙游县共有发糕生产企业和作坊60多家，年产值', '超过5亿元，带动周边2000多名农民就业。']);
    expect(cut.some((b) => b.kind === 'heading')).toBe(false);
    const marked = blocks([...para, '小发糕，大产业', '目前，龙游县共有发糕生产企业和作坊60多家，年产值', '超过5亿元，带动周边2000多名农民就业。']);
    expect(marked.some((b) => b.kind === 'heading')).toBe(false);
  });
});
