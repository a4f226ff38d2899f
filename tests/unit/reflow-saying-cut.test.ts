// One <p> per print column: a column cut right after a paragraph's first print line leaves that
// line alone in its piece, short of punctuation like a headline (`市交通运输局相关负责人`). When the
// next piece opens with a verb of saying and its comma or colon (`表示，…`), the line was the
// sentence's subject, cut by the column: no sentence opens with a bare verb of saying. Text
// written for these tests in the shape of a city paper's transport brief.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { cutTailNext } from '../../lib/reflow/headlines';
import { printBlocks } from '../helpers/print-shapes';

const BRIEF: Block[] = [
  { kind: 'heading', text: '城际公交开通夜间专线' },
  { kind: 'body', text: '本报讯　12月起，市区开往南浔、德清方向的城际公交每天延长运营两小时，末班车推迟到晚上九点。' },
  { kind: 'body', text: '市交通运输局相关负责人表示，下一步还将研究开通城际公交夜间专线，方便市民出行。' },
];

describe('a speaker cut off alone by a column before the verb of saying', () => {
  for (const height of [3, 6]) {
    it(`reads the lone piece as the paragraph's start, no headline (11 wide, ${height} tall)`, () => {
      const text = printBlocks(BRIEF, 'p-cut', 11, height);
      expect(text).toContain('相关负责人\n\n表示，');
      expect(reflowText(text, { punctuation: false })).toEqual(BRIEF);
    });
  }

  it('takes a verb of saying with its comma or colon for a cut sentence, not the verb in a sentence of its own', () => {
    for (const next of ['表示，下一步还将研究开通夜间专线。', '介绍：项目总投资1.2亿元。', '告诉记者，今年的订单已经排满。']) {
      expect(cutTailNext('市交通运输局相关负责人', next)).toBe(true);
    }
    for (const next of ['表示感谢的话说了一遍又一遍。', '说明会定于下周召开。', '介绍会上，企业代表逐一发言。']) {
      expect(cutTailNext('城际公交开通夜间专线', next)).toBe(false);
    }
  });
});
