// A paragraph's first print line cut off alone by a column, on a page printed one `<p>` per column
// piece (tests/fixtures/corpus/dev5/ re-printed showed it: `76岁的雷桂花是最早报名` / `的农户之一。…`):
// the next piece opens with the particle 的, which opens no sentence, so the lone line is column
// text, not a subheading. Text written for these tests in the shape of a county paper's feature.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { cutTailNext } from '../../lib/reflow/headlines';
import { printBlocks } from '../helpers/print-shapes';

const FEATURE: Block[] = [
  { kind: 'heading', text: '山村里的读书角' },
  { kind: 'body', text: '每到周末，村文化礼堂的读书角总是坐满了孩子，大家捧着书读得津津有味。' },
  { kind: 'body', text: '读书角去年秋天建成，藏书三千多册，都是城里的爱心人士捐赠的。' },
  { kind: 'body', text: '十二岁的王小雨是这里的常客，她说自己最喜欢的是科普书。' },
  { kind: 'body', text: '退休教师陈德明每周六都来给孩子们讲故事，他是读书角最早的志愿者之一，已经坚持了整整一年。' },
  { kind: 'body', text: '村党支部书记表示，明年将再添置一批新书，并开设书法和绘画兴趣班。' },
];

describe('a lone line before a piece opening with 的', () => {
  it('joins it to that piece on a page of column pieces', () => {
    // 10 characters wide, 9 lines a column: `十二岁的王小雨是这里` ends a column alone in its piece.
    const text = printBlocks(FEATURE, 'p-cut', 10, 9);
    expect(text).toContain('\n\n十二岁的王小雨是这里\n\n的常客，');
    const bodies = reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text);
    expect(bodies).toEqual(FEATURE.slice(1).map((b) => b.text));
  });

  it('takes 的 for a cut tail, not 的确 or the words for a taxi and its drivers', () => {
    expect(cutTailNext('十二岁的王小雨是这里', '的常客，她说')).toBe(true);
    expect(cutTailNext('出租车行业迎来新变化', '的士司机王师傅说，生意比去年好了。')).toBe(false);
    expect(cutTailNext('好日子是干出来的', '的确，这几年村里变化很大。')).toBe(false);
    expect(cutTailNext('城里来了新司机', '的哥的姐都说好。')).toBe(false);
  });
});
