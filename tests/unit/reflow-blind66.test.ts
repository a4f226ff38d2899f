// The rule the blind66 round added. lib/reflow/comma-heads.ts quotedCommaHead (asked in headlines.ts headingRunEnd): a
// lone element or print line that is one quotation holding a comma and no sentence mark (`“台上一分钟，台下十年功”`),
// between breaks after a finished paragraph, is a 小标题, though the paragraph under it does not clearly start anew
// and the line fills its column. Its shape: the quoted 小标题 of a 人物 story
// (blind66's 绍兴日报 越剧 story, blind56's 中国青年报 通讯, blind59's 衢州日报 profile), its text re-printed one
// paragraph to an element or in print lines with empty lines between paragraphs.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { quotedCommaHead } from '../../lib/reflow/comma-heads';

const blocks = (...elements: string[]): string[] => reflowText(elements.join('\n\n'), { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a 小标题 that is one quotation holding a comma (quotedCommaHead)', () => {
  it('changes: one quotation, a comma inside, no sentence mark', () => {
    expect(quotedCommaHead('“台上一分钟，台下十年功”')).toBe(true);
    expect(quotedCommaHead('“只要村民需要，我就在”')).toBe(true);
  });
  it('leaves alone: a sentence mark inside, words outside the quotation, two quotations, too long', () => {
    expect(quotedCommaHead('“以前一个月要花6000多元，现在只要1000多元。”')).toBe(false);
    expect(quotedCommaHead('她常说“台上一分钟，台下十年功”')).toBe(false);
    expect(quotedCommaHead('“一网通办”，“最多跑一次”')).toBe(false);
    expect(quotedCommaHead('“以前一个月请护工要花六千多元，现在自己只要付一千多元就够了呢”')).toBe(false);
  });
  it('sets such a quotation apart as a heading over a paragraph that does not clearly start anew, one element each', () => {
    expect(blocks(
      '从16岁登台到如今带徒传艺，她与越剧相伴了半个多世纪。',
      '“台上一分钟，台下十年功”',
      '钱素芬出生在嵊州甘霖镇，越剧的发源地之一。小时候跟着外婆看社戏，她就迷上了越剧。',
    )).toEqual([
      'body: 从16岁登台到如今带徒传艺，她与越剧相伴了半个多世纪。',
      'heading: “台上一分钟，台下十年功”',
      'body: 钱素芬出生在嵊州甘霖镇，越剧的发源地之一。小时候跟着外婆看社戏，她就迷上了越剧。',
    ]);
  });
  it('leaves alone: such a quotation after an unfinished paragraph, and one the next element goes on from with a comma', () => {
    expect(blocks(
      '她常对学生们说，',
      '“台上一分钟，台下十年功”',
      '钱素芬出生在嵊州甘霖镇，越剧的发源地之一。',
    ).some((b) => b.startsWith('heading'))).toBe(false);
    expect(blocks(
      '从16岁登台到如今带徒传艺，她与越剧相伴了半个多世纪。',
      '“台上一分钟，台下十年功”',
      '，这是她挂在嘴边的一句话。',
    ).some((b) => b.startsWith('heading'))).toBe(false);
  });
  it('sets such a quotation apart in print lines with empty lines between paragraphs, though it fills its column', () => {
    const text = ['从十六岁登台到如今带徒传艺，', '她与越剧相伴了半个多世纪。', '', '“台上一分钟，台下十年功”', '',
      '钱素芬出生在嵊州甘霖镇，越剧', '的发源地之一。小时候跟着外婆', '看社戏，她就迷上了越剧。'].join('\n');
    expect(reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'body: 从十六岁登台到如今带徒传艺，她与越剧相伴了半个多世纪。',
      'heading: “台上一分钟，台下十年功”',
      'body: 钱素芬出生在嵊州甘霖镇，越剧的发源地之一。小时候跟着外婆看社戏，她就迷上了越剧。',
    ]);
  });
  it('leaves alone: such a quotation on a print line inside a paragraph, no empty line around it', () => {
    const text = ['从十六岁登台到如今带徒传艺，', '她与越剧相伴了半个多世纪。', '她常对学生们说起一句老话：', '“台上一分钟，台下十年功”',
      '钱素芬出生在嵊州甘霖镇，越剧', '的发源地之一。小时候跟着外婆', '看社戏，她就迷上了越剧。'].join('\n');
    expect(reflowText(text, { punctuation: false }).some((b) => b.kind === 'heading')).toBe(false);
  });
});
