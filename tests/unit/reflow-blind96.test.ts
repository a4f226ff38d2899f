// The rule the blind96 round added. lib/reflow/credit-captions.ts creditRestUnderCaption (asked in segment.ts right after the
// caption step): a print line that is no caption by its own words, right under a caption opened by its mark (`图为…`) and
// left open, not indented and not under a picture, is the rest of that caption where the two end in a photographer's credit —
// the line end cut the credit inside its role (`…拍照。　记` / `者　崔　引　摄`), so the second line alone reads as no credit.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { creditRestUnderCaption } from '../../lib/reflow/credit-captions';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text: text.replace(/^\|/u, ''), gap: text.startsWith('|') ? 1 : 0, indent: text.startsWith('　') })));
const caption = (ls: Line[], k: number): { kind: string; lines: Line[]; text: string } => ({ kind: 'caption', lines: [ls[k] as Line], text: (ls[k] as Line).text });

describe('the rest of a caption whose credit the line end cut inside its role (creditRestUnderCaption)', () => {
  it('changes: a credit cut inside 记者 or 通讯员 under a caption opened by 图为 and left open, in its run or its own element', () => {
    const element = lines('图为游客在东钱湖畔赏樱拍照。　记', '|者　崔　引　摄');
    expect(creditRestUnderCaption(element, 1, caption(element, 0))).toBe(true);
    const a = lines('图为游客在东钱湖畔赏樱拍照。　记', '者　崔　引　摄');
    expect(creditRestUnderCaption(a, 1, caption(a, 0))).toBe(true);
    const b = lines('图为村民在田间收割晚稻。　通讯', '员　李　晨　摄');
    expect(creditRestUnderCaption(b, 1, caption(b, 0))).toBe(true);
  });
  it('leaves alone: a finished caption, a body above, a line a credit does not end, an indented line, a line under a picture, a line going on in its run, a caption not right above', () => {
    const done = lines('图为游客在东钱湖畔赏樱拍照。', '者　崔　引　摄');
    expect(creditRestUnderCaption(done, 1, caption(done, 0))).toBe(false);
    const a = lines('图为游客在东钱湖畔赏樱拍照。　记', '者　崔　引　摄');
    expect(creditRestUnderCaption(a, 1, { ...caption(a, 0), kind: 'body' })).toBe(false);
    const words = lines('图为游客在东钱湖畔赏樱拍', '照，樱花开得正盛');
    expect(creditRestUnderCaption(words, 1, caption(words, 0))).toBe(false);
    const indented = lines('图为游客在东钱湖畔赏樱拍照。　记', '　　者　崔　引　摄');
    expect(creditRestUnderCaption(indented, 1, caption(indented, 0))).toBe(false);
    const pictured = measure([{ text: '图为游客在东钱湖畔赏樱拍照。　记', gap: 0, indent: false }, { text: '者　崔　引　摄', gap: 1, indent: false, afterMedia: true }]);
    expect(creditRestUnderCaption(pictured, 1, caption(pictured, 0))).toBe(false);
    const goesOn = lines('图为游客在东钱湖畔赏樱拍照。　记', '者　崔　引　摄', '影展在湖畔举行');
    expect(creditRestUnderCaption(goesOn, 1, caption(goesOn, 0))).toBe(false);
    const far = lines('图为游客在东钱湖畔赏樱拍照。　记', '　　3月27日，东钱湖畔游人如织。', '者　崔　引　摄');
    expect(creditRestUnderCaption(far, 2, caption(far, 0))).toBe(false);
    expect(creditRestUnderCaption(a, 1, undefined)).toBe(false);
  });
  it('gives such a caption whole, no headline of its credit\'s rest, after a paragraph in print lines sixteen wide', () => {
    const text = ['　　3月27日，东钱湖南岸的樱花', '进入盛花期，吸引了不少市民和游客', '前来踏青赏花。', '图为游客在东钱湖畔赏樱拍照。　记', '者　崔　引　摄'].join('\n');
    expect(reflowText(text).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'body: 3月27日，东钱湖南岸的樱花进入盛花期，吸引了不少市民和游客前来踏青赏花。',
      'caption: 图为游客在东钱湖畔赏樱拍照。　记者　崔　引　摄',
    ]);
  });
  it('still gives a finished caption and a heading under it apart', () => {
    const text = ['　　3月27日，东钱湖南岸的樱花', '进入盛花期，吸引了不少市民和游客', '前来踏青赏花。', '图为游客在东钱湖畔赏樱拍照。', '赏花攻略'].join('\n');
    expect(reflowText(text).some((b) => b.kind === 'caption' && b.text.includes('赏花攻略'))).toBe(false);
  });
});
