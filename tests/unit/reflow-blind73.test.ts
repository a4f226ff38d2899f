// The rule the blind73 round added. lib/reflow/speaker-goes-on.ts (asked in full-stop.ts fullStopJoins after the opening
// classes, where the scorer would weigh the boundary): a quotation closed at a sentence end on a line's end, and the next
// line naming its speaker with a verb of saying and a comma (`…。”` / `周师傅说，…`), is one paragraph.
import { describe, expect, it } from 'vitest';
import type { BoundaryModel } from '../../lib/reflow/boundary';
import { fullStopJoins } from '../../lib/reflow/full-stop';
import { textToLines } from '../../lib/reflow/lines';
import { segment } from '../../lib/reflow/segment';
import { speakerGoesOn } from '../../lib/reflow/speaker-goes-on';

const ahead = (s: string) => (): string => s;

describe('the speaker of a quotation just closed, going on after a comma (speakerGoesOn)', () => {
  it('changes: a named speaker, a role, a role and a name, 介绍 / 表示 / 告诉记者, a question or an exclamation closed', () => {
    expect(speakerGoesOn('火候一定要看准。”', ahead('老板娘陈阿姨说，这些年生意一年比一年好。'))).toBe(true);
    expect(speakerGoesOn('订单都排满了。”', ahead('项目负责人介绍，今年产值有望突破两亿元。'))).toBe(true);
    expect(speakerGoesOn('谁不想来看看？”', ahead('景区负责人王海表示，'))).toBe(true);
    expect(speakerGoesOn('真是太方便了！”', ahead('种粮大户严国庆告诉记者，'))).toBe(true);
  });
  it('leaves alone: a pronoun for the speaker, a quotation not closed at a sentence end, a line that does not end in the quotation, no comma, a speaker too long, a new paragraph\'s wording', () => {
    expect(speakerGoesOn('火候一定要看准。”', ahead('她说，这些年生意一年比一年好。'))).toBe(false);
    expect(speakerGoesOn('火候一定要看准。”', ahead('我一边说，一边把坛子盖好。'))).toBe(false);
    expect(speakerGoesOn('叫作“共享菜园”', ahead('陈阿姨说，这些年生意一年比一年好。'))).toBe(false);
    expect(speakerGoesOn('火候一定要看准。”他笑', ahead('陈阿姨说，这些年生意一年比一年好。'))).toBe(false);
    expect(speakerGoesOn('火候一定要看准。”', ahead('陈阿姨说。'))).toBe(false);
    expect(speakerGoesOn('火候一定要看准。”', ahead('在老街经营腊味铺三十多年的陈阿姨说，'))).toBe(false);
    expect(speakerGoesOn('火候一定要看准。”', ahead('据介绍，老街上的店铺今年多了二十多家。'))).toBe(false);
  });
  it('joins the speaker to the quotation where the scorer would part them, and leaves the other sentence ends to it', () => {
    const never: BoundaryModel = { features: [], weights: [], threshold: 2 }; // a scorer that always ends the paragraph
    const text = ['选肉、切丁、拌料、灌肠、晾', '晒，一步都不能少。“肉料要', '放足，火候一定要看准了。”', '老板娘陈阿姨说，这些年生意', '一年比一年好，回头客很多。',
      '老街上的店铺也多了起来，一', '到周末就挤满了外地游客。“', '来一趟，总要带点腊味走。”', '店里的腊肠一天能卖两百多斤。'].join('\n');
    const blocks = segment(textToLines(text), (ctx, a, para, b, kind) => fullStopJoins(ctx, a, para, b, kind, never)).map((b) => b.text);
    expect(blocks).toContain('选肉、切丁、拌料、灌肠、晾晒，一步都不能少。“肉料要放足，火候一定要看准了。”老板娘陈阿姨说，这些年生意一年比一年好，回头客很多。');
    expect(blocks).toContain('店里的腊肠一天能卖两百多斤。');
  });
});
