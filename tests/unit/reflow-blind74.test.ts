// The rules the blind74 round added. lib/reflow/lone-name.ts (asked in segment.ts through isLeadingName): where a page
// marks its paragraphs by indentation alone (print lines of one pre-wrap block), an unindented first line of three
// characters, a family name's first and no place's or body's last, over an indented paragraph, is the writer's byline.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isLeadingName } from '../../lib/reflow/lone-name';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const PARA = ['　　天还没亮透，运河上就有了动静。一条运', '沙船从北边缓缓驶来，船头的灯一明一灭。'];

describe('an unspaced three-character name first over an indented paragraph (isLeadingName)', () => {
  it('changes: a family name first, unindented, the next line opening an indented paragraph', () => {
    expect(isLeadingName(lines('朱晓雯', ...PARA), 0)).toBe(true);
    expect(isLeadingName(lines('沈建明', '　　高质量发展建设共同富裕示范区，是党中央', '赋予浙江的光荣使命。'), 0)).toBe(true);
  });
  it('leaves alone: a place or a body, no family name, an unindented next line, a short next line, not the first line, a list of names', () => {
    expect(isLeadingName(lines('龙湾区', ...PARA), 0)).toBe(false);
    expect(isLeadingName(lines('文化站', ...PARA), 0)).toBe(false);
    expect(isLeadingName(lines('读书会', ...PARA), 0)).toBe(false);
    expect(isLeadingName(lines('新气象', ...PARA), 0)).toBe(false);
    expect(isLeadingName(lines('朱晓雯', '天还没亮透，运河上就有了动静。一条运沙船'), 0)).toBe(false);
    expect(isLeadingName(lines('朱晓雯', '　　嗯。'), 0)).toBe(false);
    expect(isLeadingName(lines('　　朱晓雯', ...PARA), 0)).toBe(false);
    expect(isLeadingName(lines(...PARA, '朱晓雯', ...PARA), 2)).toBe(false);
    expect(isLeadingName(lines('朱晓雯', ...PARA, '沈建明', ...PARA), 0)).toBe(false);
  });
  it('gives such a name first in pre-wrapped indented text as the byline, not a headline', () => {
    const text = ['朱晓雯', '　　天还没亮透，运河上就有了动静。', '　　一条运沙船从北边缓缓驶来，船头的灯一', '明一灭，像一颗不肯睡去的星星。'].join('\n');
    expect(reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`)).toEqual([
      'byline: 朱晓雯',
      'body: 天还没亮透，运河上就有了动静。',
      'body: 一条运沙船从北边缓缓驶来，船头的灯一明一灭，像一颗不肯睡去的星星。',
    ]);
  });
  it('still heads the text with a place of three characters over it', () => {
    const text = ['龙湾区', '　　天还没亮透，运河上就有了动静。', '　　一条运沙船从北边缓缓驶来，船头的灯一', '明一灭，像一颗不肯睡去的星星。'].join('\n');
    expect(reflowText(text)[0]?.kind).not.toBe('byline');
  });
});
