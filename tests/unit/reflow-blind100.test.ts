// The rule the blind100 round added. lib/reflow/question-lines.ts (asked in segment.ts beside the numbered form): in print
// lines that mark paragraphs by indentation only, an unindented line holding one short question and nothing else, short
// of its column, under a line ending a sentence short of the column and over an indented line, is a 小标题.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { questionUnindented } from '../../lib/reflow/question-lines';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const W = [15];

describe('a question 小标题 alone on an unindented print line (questionUnindented)', () => {
  it('changes: one short question, under a short line ending a sentence, over an indented line', () => {
    expect(questionUnindented(lines('了市房管中心。', '补贴多久能到账？', '　　线上申请审核通过后，'), 1, W)).toBe(true);
    expect(questionUnindented(lines('每月不超过3500元。', '需要什么材料？', '　　职工通过线上申请即'), 1, W)).toBe(true);
  });
  it('leaves alone: a full line above (a paragraph\'s first line counted with its indentation), a clause mark, a label, an indented line, no indented line under it', () => {
    expect(questionUnindented(lines('职工可按实际房租全额提取现金。', '谁来管这件事？', '　　线上申请审核通过后，'), 1, W)).toBe(false);
    expect(questionUnindented(lines('　　问：缴费基数怎么选？', '每年可以调整吗？', '　　答：灵活就业人员可'), 1, [11])).toBe(false);
    expect(questionUnindented(lines('了市房管中心。', '钱到了，怎么用？', '　　线上申请审核通过后，'), 1, W)).toBe(false);
    expect(questionUnindented(lines('了市房管中心。', '问：多久能到账？', '　　线上申请审核通过后，'), 1, W)).toBe(false);
    expect(questionUnindented(lines('了市房管中心。', '　　多久能到账？', '　　线上申请审核通过后，'), 1, W)).toBe(false);
    expect(questionUnindented(lines('了市房管中心。', '多久能到账？', '线上申请审核通过后，资金'), 1, W)).toBe(false);
    expect(questionUnindented(lines('了市房管中心，', '多久能到账？', '　　线上申请审核通过后，'), 1, W)).toBe(false);
  });
  it('parts the question from the paragraph above it in pre-wrapped indented text fifteen wide', () => {
    const text = ['　　从下月起，租房提取公积金政', '策将作调整。新政有哪些变化？记', '者采访了市房管中心。', '多久能到账？',
      '　　线上申请经审核通过后，资金', '一般在3个工作日内到账，之后可', '按月或按季自动提取，不用每次重', '复申请。',
      '　　租住公共租赁住房的职工，可', '按实际房租全额提取，不设上限。'].join('\n');
    expect(reflowText(text).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'body: 从下月起，租房提取公积金政策将作调整。新政有哪些变化？记者采访了市房管中心。',
      'heading: 多久能到账？',
      'body: 线上申请经审核通过后，资金一般在3个工作日内到账，之后可按月或按季自动提取，不用每次重复申请。',
      'body: 租住公共租赁住房的职工，可按实际房租全额提取，不设上限。',
    ]);
  });
  it('still joins a paragraph whose last sentence, a short question, begins on a line of its own under a full line', () => {
    const text = ['　　从下月起，租房提取公积金政', '策将作调整，额度也提高了一些。', '钱从哪里来？', '　　线上申请经审核通过后，资金',
      '一般在3个工作日内到账，之后可', '按月或按季自动提取，不用每次重', '复申请。',
      '　　租住公共租赁住房的职工，可', '按实际房租全额提取，不设上限。'].join('\n');
    expect(reflowText(text).some((b) => b.kind === 'heading')).toBe(false);
  });
});
