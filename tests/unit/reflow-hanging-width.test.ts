// Pre-wrap text without indentation: a column whose full lines all end in a mark hung past its edge
// (`…走进各个村，`) votes as much for the width with the marks as without them. Where the page's lines
// ending in a character fill the narrower width, the marks hang and the column is that width, so its
// last line, cut mid-sentence where the column ended (`…负责人介绍，下一` / `步还将…`), is full and the
// paragraph goes on. On a page whose lines ending in a character fill the wider width, or alone on
// its page, such a run keeps the wider width. Text written for these tests in the shape of a county
// paper's pre-wrap page.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { measure, runWidths } from '../../lib/reflow/columns';
import { textToLines } from '../../lib/reflow/lines';

/** A column of lines that end in characters (14 wide), and a paragraph's end. */
const FIRST = ['今年以来，乌镇镇围绕农村人居', '环境整治目标，持续推进美丽庭', '院创建工作，全镇累计建成精品', '庭院三百余户，示范带动效应逐', '步显现。'];
/** A column whose full lines all hang a mark (14 characters and the mark), cut mid-sentence at its foot. */
const HUNG = ['镇里组织党员志愿者走进各个村，', '开展卫生评比，逐户打分后公示。', '评比结果将纳入星级文明户考核，', '年底由镇里统一表彰奖励先进户。', '镇农业农村办负责人介绍，下一'];
const LAST = ['步还将邀请园艺专业人员上门指', '导，帮助农户提升庭院景观。', '据了解，全镇今年将再创建美丽', '庭院一百户。'];
/** The same page set 15 wide: its lines ending in a character fill 15. */
const WIDE = ['今年以来，乌镇镇围绕农村人居环', '境整治目标，持续推进美丽庭院创', '建工作，全镇累计建成精品庭院三', '百余户，示范带动效应逐步显现。'];

const page = (...columns: string[][]): string => columns.map((c) => c.join('\n')).join('\n\n');

describe('a column whose full lines all end in a hanging mark', () => {
  it('is as wide as the lines ending in a character elsewhere on the page', () => {
    expect(runWidths(measure(textToLines(page(FIRST, HUNG, LAST))))).toEqual([14, 14, 14]);
  });

  it('goes on across the column cut after its last line', () => {
    const out = reflowText(page(FIRST, HUNG, LAST), { punctuation: false }).map((b) => b.text);
    // The cut mid-sentence at the column's foot (`下一` / `步`) goes on; where the sentence ends on the
    // column's full lines before it (`…公示。`, `…先进户。`) is the boundary scorer's call, not this test's.
    expect(out.some((t) => t.endsWith(`${HUNG[4]}${LAST[0]}${LAST[1]}`))).toBe(true);
    expect(out.join('')).toBe([...FIRST, ...HUNG, ...LAST].join(''));
    expect(out).toContain('据了解，全镇今年将再创建美丽庭院一百户。');
    expect(out[0]).toBe(FIRST.join(''));
  });

  it('keeps the wider width where the lines ending in a character fill it', () => {
    expect(runWidths(measure(textToLines(page(WIDE, HUNG, WIDE))))[1]).toBe(15);
  });

  it('keeps the wider width alone on its page', () => {
    expect(runWidths(measure(textToLines(page(HUNG))))).toEqual([15]);
  });
});
