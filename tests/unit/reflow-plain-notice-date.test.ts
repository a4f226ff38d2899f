// A notice in plain pre-wrap text: its signing office on a line of its own (with no mark, and an
// ending the signature list does not know, `…交通警察支队`) and its date alone on the next print
// line, short of the column. The date is the notice's date, a paragraph of its own, not the end of
// the office's line; a date alone after a line of prose (a clause cut by the line end) stays with
// it. Text written for these tests in the shape of a city paper's 通告.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';

const NOTICE: Block[] = [
  { kind: 'heading', text: '关于城区部分道路临时交通管制的通告' },
  { kind: 'body', text: '因城市道路改造需要，自2025年12月20日起，对城区人民路（解放路至八一路段）实施临时交通管制，禁止机动车通行。请过往车辆和行人提前规划出行路线，服从现场交通民警指挥。' },
  { kind: 'body', text: '特此通告。' },
  { kind: 'body', text: '金华市公安局交通警察支队' },
  { kind: 'body', text: '2025年12月15日' },
];

describe("a notice's date under its signing office in plain pre-wrap text", () => {
  for (const width of [12, 13]) {
    it(`gives the office and the date a paragraph each (${width} wide)`, () => {
      const text = printBlocks(NOTICE, 'prewrap-plain', width, 30);
      expect(text).toContain('交通警察支队\n2025年12月15日');
      expect(reflowText(text, { punctuation: false })).toEqual(NOTICE);
    });
  }

  it('keeps a date that ends a clause cut by the line end with its paragraph', () => {
    const text = ['报名时间为每周一至周五，截止', '2025年12月15日', '', '（记者 王 芳）'].join('\n');
    const bodies = reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body');
    expect(bodies[0]?.text).toBe('报名时间为每周一至周五，截止2025年12月15日');
  });
});
