// Column widths of print runs, and the boundaries they decide. The pages are set as 萧山日报's
// <br> pages are (a blank line at paragraph and column ends, see /work/shared/epaper-sites.md),
// 14 characters to the column; quotation marks and digits are half a character wide there.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { measure, runWidths } from '../../lib/reflow/columns';
import { textToLines } from '../../lib/reflow/lines';

const texts = (t: string): string[] => reflowText(t, { punctuation: false }).map((b) => b.text);

/** A column of 14: full lines end in a character at 14; one hangs its closing quote past it. */
const COLUMN = [
  '今年以来，全区上下紧盯招大引',
  '强目标，重点项目相继落地开工，',
  '第2批项目被群众称为“民生工程”',
];
const REST = [
  '',
  '区教育局相关负责人介绍，新学',
  '期将有十二所新建学校投入使用，',
  '新增的学位将优先满足周边群众',
  '的就近入学需求，缓解城区学校',
  '的招生压力。',
  '',
  '下一步，全区将继续加大教育投',
  '入力度，让更多孩子在家门口上',
  '好学。',
];
const PARA_2 = '区教育局相关负责人介绍，新学期将有十二所新建学校投入使用，新增的学位将优先满足周边群众的就近入学需求，缓解城区学校的招生压力。';
const PARA_3 = '下一步，全区将继续加大教育投入力度，让更多孩子在家门口上好学。';

describe('column width of a run', () => {
  it('is the width of the lines ending in a character when only a hanging closing quote is half a character wider', () => {
    const lines = measure(textToLines(COLUMN.concat('区里计划新增学位资源一万个').join('\n')));
    expect(runWidths(lines)).toEqual([14]);
  });

  it('stays the wider width when lines ending in a character are that wide too (justified print)', () => {
    const wide = ['今年以来，全区上下紧盯招大引', '强目标，第3批重点项目相继落地', '开工，第2批项目被群众称为“民', '生工程”，区里计划新增学位'];
    const lines = measure(textToLines(wide.join('\n')));
    expect(runWidths(lines)).toEqual([14.5]);
  });
});

describe('a column cut after a line with digits (half a character short of the column)', () => {
  it('joins the paragraph across the column cut', () => {
    const page = [...COLUMN, '区里计划新增学位资源10000个', '', '为赋能区域跨越式发展提供教育', '支撑。', ...REST].join('\n');
    expect(texts(page)).toEqual([
      '今年以来，全区上下紧盯招大引强目标，重点项目相继落地开工，第2批项目被群众称为“民生工程”区里计划新增学位资源10000个为赋能区域跨越式发展提供教育支撑。',
      PARA_2,
      PARA_3,
    ]);
  });

  it('still ends the paragraph at a line a whole character short before the blank line', () => {
    const page = [...COLUMN, '区里计划新增学位资源一万个。', '', '为赋能区域跨越式发展提供教育', '支撑。', ...REST].join('\n');
    expect(texts(page)).toEqual([
      '今年以来，全区上下紧盯招大引强目标，重点项目相继落地开工，第2批项目被群众称为“民生工程”区里计划新增学位资源一万个。',
      '为赋能区域跨越式发展提供教育支撑。',
      PARA_2,
      PARA_3,
    ]);
  });
});
