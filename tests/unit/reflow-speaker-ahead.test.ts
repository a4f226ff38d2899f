// A quotation closed at its sentence's end, the next sentence only its speaker and a verb of saying, cut over print
// lines (`…心里也亮堂多了。”` / `住在5楼的82岁居民孙大` / `爷说。`): one paragraph, whatever the line's width or the blank
// line of a column's cut between them says (lib/reflow/boundary-features.ts speakerAhead, asked in join-rule.ts before the
// rules for a sentence end on a full line). The golds outside the held-back half hold `…。”X说。` inside one paragraph 262
// times on 240 pages and open no paragraph with such a sentence. Shape: <br> print lines twelve wide with an empty line at
// each paragraph's end and where a column was cut (the 县报 classic template of ../shared/epaper-sites.md).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { speakerAhead } from '../../lib/reflow/boundary-features';
import type { Context } from '../../lib/reflow/headlines';
import type { Line } from '../../lib/reflow/columns';

const page = (quote: string[], after: string[]): string => ['小区加装电梯后，老人们出门方', '便多了。许多老人说，以前下楼', '一趟要歇好几回。', '',
  ...quote, '', ...after, '', '社区工作人员介绍，今年还将再', '加装6部电梯，年底前完工。', ''].join('\n');
const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const QUOTE = ['“现在有了电梯，我每天都能下', '楼走走，心里也亮堂多了。”'];

describe('a closed quotation, then only its speaker cut over print lines (speakerAhead)', () => {
  it('joins the speaker to the quotation across the empty line', () => {
    expect(blocks(page(QUOTE, ['住在5楼的82岁居民孙大', '爷说。']))).toEqual([
      'body: 小区加装电梯后，老人们出门方便多了。许多老人说，以前下楼一趟要歇好几回。',
      'body: “现在有了电梯，我每天都能下楼走走，心里也亮堂多了。”住在5楼的82岁居民孙大爷说。',
      'body: 社区工作人员介绍，今年还将再加装6部电梯，年底前完工。',
    ]);
    expect(blocks(page(['“电梯装好以后，上下楼再也不用', '发愁了，天天都能出门转转！”'], ['同住一个单元的退休教师', '王秀英笑着说。']))[1]).toBe(
      'body: “电梯装好以后，上下楼再也不用发愁了，天天都能出门转转！”同住一个单元的退休教师王秀英笑着说。');
  });
  it('leaves apart a next sentence that says more than who spoke, and one that is no speaker', () => {
    expect(blocks(page(QUOTE, ['住在5楼的82岁居民孙大', '爷笑着说，电梯真方便。']))).toContain('body: 住在5楼的82岁居民孙大爷笑着说，电梯真方便。');
    expect(blocks(page(QUOTE, ['今年社区还组织志愿者上门', '送菜。']))).toContain('body: 今年社区还组织志愿者上门送菜。');
  });
  it('reads the sentence ahead from the next line on (the predicate alone)', () => {
    const line = (text: string, ord: number, gap = 0): Line => ({ idx: ord, ord, text, gap, indent: false, afterMedia: false, row: false, bold: false, boldLine: false, cell: 0, width: text.length, run: ord, lastOfRun: true });
    const lines = [line('楼走走，心里也亮堂多了。”', 0), line('住在5楼的82岁居民孙大', 1, 1), line('爷说。', 2)];
    const ctx = { lines, widths: [], ev: { blankIsParagraph: true, regular: false, cuts: [], positions: [0, 1, 2], slack: 1.25 }, indentUsed: false } as unknown as Context;
    expect(speakerAhead(ctx, lines[0] as Line, lines[1] as Line)).toBe(true);
    const other = [lines[0] as Line, line('住在5楼的82岁居民孙大', 1, 1), line('爷说，电梯真方便。', 2)];
    expect(speakerAhead({ ...ctx, lines: other } as Context, other[0] as Line, other[1] as Line)).toBe(false);
    const open = [line('居民们把它叫作“幸福电梯”', 0), lines[1] as Line, lines[2] as Line];
    expect(speakerAhead({ ...ctx, lines: open } as Context, open[0] as Line, open[1] as Line)).toBe(false);
  });
});
