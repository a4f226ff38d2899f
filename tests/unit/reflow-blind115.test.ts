// The rules the blind115 round added. lib/reflow/segment-steps.ts (isClosed): a closing quotation mark print pushed alone
// onto a paragraph's last line (`…为什么不回来？` / `”`) ends the paragraph where the sentence ended on the line before it,
// so a box's head alone after it (`记者手记`) is a heading, not the first words of the next paragraph.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a closing quotation mark alone on a paragraph\'s last print line (isClosed)', () => {
  // Print lines plain eighteen wide, an empty line between paragraphs (the 湖州日报 classic <br> shape).
  const page = (quoteEnd: string): string => [
    '本报记者　邱　燕',
    '',
    '夕阳西下，湖面上泛起金光。几个孩子在湖',
    '边的草地上放风筝，笑声传得很远。',
    '',
    '村民的儿子说，他在城里打了八年工，从没',
    `想过回来。“现在村里的环境比城里还好，${quoteEnd}`,
    '”',
    '',
    '记者手记',
    '',
    '采访中，记者问他：矿山关了，后悔吗？他',
    '想了想说：“一点都不后悔。”',
  ].join('\n');
  it('changes: the box\'s head after a sentence ended before the lone mark is a heading of its own', () => {
    expect(blocks(page('为什么不回来？'))).toEqual([
      'byline: 本报记者　邱　燕',
      'body: 夕阳西下，湖面上泛起金光。几个孩子在湖边的草地上放风筝，笑声传得很远。',
      'body: 村民的儿子说，他在城里打了八年工，从没想过回来。“现在村里的环境比城里还好，为什么不回来？”',
      'heading: 记者手记',
      'body: 采访中，记者问他：矿山关了，后悔吗？他想了想说：“一点都不后悔。”',
    ]);
  });
  it('changes: so it does after a full stop before the lone mark', () => {
    expect(blocks(page('就在家门口干。'))).toContain('heading: 记者手记');
  });
  it('leaves alone: a lone mark after words with no sentence\'s end before it closes no paragraph', () => {
    expect(blocks(page('大家都叫它绿色银行')).some((b) => b.startsWith('heading: 记者手记'))).toBe(false);
  });
});
