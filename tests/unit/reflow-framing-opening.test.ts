// Pre-wrap text without indentation: a paragraph whose last print line happens to fill the column
// ends in a sentence, and only the next line's opening says a new paragraph begins. A framing phrase
// and its comma (`FRAMING_OPENING` in openings.ts) — a source and what it reports
// (`据县气象台预报，`), the angle a figure is read from (`从行业看，`), the field a measure covers
// (`在用工方面，`), an actor's reminder or account (`交警部门提醒，`, `…告诉记者，`) — opens one (dev4 and
// dev5 re-printed as plain pre-wrap showed the misses). A sentence that opens with `…表示，` or with
// `在`/`从` and no such frame goes on with its paragraph. Text written for these tests in the shape of
// a county paper's news page.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { FRAMING_OPENING } from '../../lib/reflow/openings';
import { printBlocks } from '../helpers/print-shapes';

const W = 14;

/** Each body paragraph's text fills its last print line: a whole number of columns of W characters. */
const NEWS: Block[] = [
  { kind: 'heading', text: '山区迎来今冬首场降雪' },
  { kind: 'body', text: '受冷空气影响，昨天夜里我县多个高山区迎来了今冬首场降雪。' },
  { kind: 'body', text: '据县气象台预报，未来一周我县以晴冷天气为主，早晚最低气温在零下三度左右，请注意防寒。' },
  { kind: 'body', text: '从行业看，装备制造、新材料、生物医药三大产业产值增长快。' },
  { kind: 'body', text: '交警部门提醒，施工路段周边将设置绕行标志，请过往车辆减速慢行，注意安全。' },
];

describe('a framing phrase after a sentence ending on a full pre-wrap line', () => {
  it('opens a new paragraph', () => {
    const text = printBlocks(NEWS, 'prewrap-plain', W, 40);
    // The shape under test: each paragraph before a framed one ends on a full line.
    for (const b of NEWS.slice(1, -1)) expect(b.text.length % W).toBe(0);
    expect(reflowText(text, { punctuation: false })).toEqual(NEWS);
  });

  it('leaves sentences that go on with their paragraph', () => {
    for (const t of ['据县气象台预报，未来一周以晴冷天气为主。', '从市场来看，订单回升明显。', '在用工方面，措施明确。', '交警部门提醒，请绕行。', '蓝建华告诉记者，明年还要扩种。']) expect(FRAMING_OPENING.test(t)).toBe(true);
    for (const t of ['青木新门表示，自己担心该片无法表达。', '在村委会的帮助下，他办起了民宿。', '从早到晚，菜市场里人来人往。', '据说这里能看日出。', '提醒大家，出门要带伞。']) expect(FRAMING_OPENING.test(t)).toBe(false);
  });
});
