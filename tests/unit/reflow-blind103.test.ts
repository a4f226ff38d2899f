// The rule the blind103 round added. lib/reflow/circled-series.ts (asked in join-rule.ts where a page that indents its
// paragraphs reads an unindented line after a sentence end as the paragraph going on): a line opening with `①` and text,
// with a line opening with `②` a few lines below, starts a block of its own though it is set flush — the numbered
// captions of a 组图 or the numbered items of a box, which print sets flush under an indented text.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { circledSeriesOpens } from '../../lib/reflow/circled-series';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const texts = (t: readonly string[]): string[] => reflowText(t.join('\n')).map((b) => b.text);
const lines = (texts: readonly string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
/** Whether the rule opens a block at the line starting with `start`. */
const opensAt = (texts: readonly string[], start: string): boolean => {
  const ls = lines(texts);
  return circledSeriesOpens(ls, ls.find((l) => l.text.startsWith(start)) as Line);
};

// Print lines sixteen wide, indented paragraphs, the captions flush under them (a 摄影 组图 of a harvest, written for
// this test).
const BODY = ['文/图　本报记者　周　岚', '　　寒露过后，兰江两岸的稻田一片', '金黄，农户们抢抓晴好天气收割晚稻，', '田间地头一派繁忙。', '　　种粮大户王建平告诉记者，他家', '的三百亩晚稻长势喜人，预计下周', '就能全部收完。'];
const CAPTIONS = ['①收割机在兰江边的稻田里来回作业，', '一天能收一百多亩。', '②农户把新收的稻谷装车运往烘干中', '心。', '③孩子们在田埂上捡拾稻穗。'];
const LAST = '种粮大户王建平告诉记者，他家的三百亩晚稻长势喜人，预计下周就能全部收完。';
const FIRST = '①收割机在兰江边的稻田里来回作业，一天能收一百多亩。';

describe('a flush circled series on a page that indents its paragraphs (circledSeriesOpens)', () => {
  it('changes: the first item opens a block, and so each item stands alone', () => {
    expect(opensAt([...BODY, ...CAPTIONS], '①')).toBe(true);
    expect(texts([...BODY, ...CAPTIONS]).slice(-4)).toEqual([LAST, FIRST, '②农户把新收的稻谷装车运往烘干中心。', '③孩子们在田埂上捡拾稻穗。']);
    // Two items only.
    expect(texts([...BODY, ...CAPTIONS.slice(0, 4)]).slice(-3)).toEqual([LAST, FIRST, '②农户把新收的稻谷装车运往烘干中心。']);
  });
  it('leaves alone: no second item below, a second item too far below, a mark after the number, a series not opened by ①', () => {
    expect(opensAt([...BODY, ...CAPTIONS.slice(0, 2)], '①')).toBe(false);
    expect(texts([...BODY, ...CAPTIONS.slice(0, 2)]).slice(-1)).toEqual([LAST + FIRST]);
    const far = ['①收割机在兰江边的稻田里来回作业，', ...Array.from({ length: 8 }, () => '一行一行地把稻子收进粮仓里面，'), '②农户把新收的稻谷装车运往烘干中心。'];
    expect(opensAt([...BODY, ...far], '①')).toBe(false);
    expect(opensAt([...BODY, '①，见下文。', ...CAPTIONS.slice(2)], '①')).toBe(false);
    expect(opensAt([...BODY, ...CAPTIONS.slice(2), '④田边的晒谷场上晒满了新谷。'], '②')).toBe(false);
  });
});
