// The rule the blind61 round added. lib/reflow/comma-heads.ts (asked in segment.ts through headlines.ts commaHeadInRun):
// in print lines with no empty line between paragraphs, a line of its own holding two short phrases parted by one
// comma and no mark at its end, two characters or more short of its column, under a line ending a sentence and over a
// line that clearly starts anew, is a 小标题.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { commaHeadAlone } from '../../lib/reflow/comma-heads';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));

describe('a 小标题 of two comma-parted phrases on a print line of its own (commaHeadAlone)', () => {
  it('changes: two short phrases, one comma, no end mark, short of the column, under a finished sentence', () => {
    expect(commaHeadAlone(lines('了作息时间。', '课间长了，孩子们动起来了'), 1, 16)).toBe(true);
    expect(commaHeadAlone(lines('收入增长35%。', '环境美了，腰包鼓了'), 1, 15)).toBe(true);
  });
  it('leaves alone: an end mark, three phrases, a full line, after a clause, an indented line, no column width', () => {
    expect(commaHeadAlone(lines('了作息时间。', '课间长了，孩子们动起来了。'), 1, 16)).toBe(false);
    expect(commaHeadAlone(lines('了作息时间。', '课间长了，动起来了，笑起来了'), 1, 16)).toBe(false);
    expect(commaHeadAlone(lines('了作息时间。', '课间长了，孩子们动起来了'), 1, 13)).toBe(false);
    expect(commaHeadAlone(lines('学校还在走廊、楼顶开辟了运动', '角落，配备了球台'), 1, 16)).toBe(false);
    expect(commaHeadAlone(lines('了作息时间。', '　　课间长了，孩子们动起来了'), 1, 16)).toBe(false);
    expect(commaHeadAlone(lines('了作息时间。', '课间长了，孩子们动起来了'), 1, undefined)).toBe(false);
  });
  it('parts such a 小标题 from the paragraphs around it in pre-wrapped plain text sixteen wide', () => {
    const text = ['从这学期起，我市中小学全面推行课', '间15分钟，把原来的10分钟课间延长', '了5分钟。全市已有320所中小学调整', '了作息时间。',
      '课间长了，孩子们动起来了', '“以前课间上个厕所就没了，现在能', '下楼玩一会儿。”五年级学生沈梓涵', '说。学校还在走廊、楼顶开辟了运动', '角，配备了乒乓球台和跳格子地贴。'].join('\n');
    expect(reflowText(text).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'body: 从这学期起，我市中小学全面推行课间15分钟，把原来的10分钟课间延长了5分钟。全市已有320所中小学调整了作息时间。',
      'heading: 课间长了，孩子们动起来了',
      'body: “以前课间上个厕所就没了，现在能下楼玩一会儿。”五年级学生沈梓涵说。学校还在走廊、楼顶开辟了运动角，配备了乒乓球台和跳格子地贴。',
    ]);
  });
  it('still joins a short line with a comma that goes on into a line that does not start anew', () => {
    const text = ['从这学期起，我市中小学全面推行课', '间15分钟，把原来的10分钟课间延长', '了5分钟。全市已有320所中小学调整', '了作息时间。',
      '课间长了，孩子们动起来了', '学校还在走廊、楼顶开辟了运动角，', '配备了乒乓球台和跳格子地贴。'].join('\n');
    expect(reflowText(text).some((b) => b.kind === 'heading')).toBe(false);
  });
});
