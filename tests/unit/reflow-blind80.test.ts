// The rule the blind80 round added. lib/reflow/credit-space.ts (asked in segment.ts where two print lines are joined;
// the page's lines marked by lines.ts textToLines and lib/extract): a reporters' bracket (`本报讯（记者　X　通讯员　Y）`)
// whose full-width space falls at a print line's end keeps that space when the lines are joined — the trim of the line
// dropped it (`张丽丽通讯员`, `胡斌`). Only a line that ended in such a space, inside an open bracket naming a role.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText, textToLines } from '../../lib/reflow';
import { creditSpaceAtBreak, endsInFullSpace } from '../../lib/reflow/credit-space';

describe('a credit bracket\'s full-width space hanging at a print line\'s end (creditSpaceAtBreak)', () => {
  it('changes: a line ending in the space inside an open bracket that names a role', () => {
    expect(creditSpaceAtBreak('本报讯（记者　张丽丽', true)).toBe('\u3000');
    expect(creditSpaceAtBreak('本报讯（融媒记者', true)).toBe('\u3000');
    expect(creditSpaceAtBreak('本报讯（记者　胡', true)).toBe('\u3000');
    expect(creditSpaceAtBreak('（通讯员　王丹丹　见习记者', true)).toBe('\u3000');
  });
  it('leaves alone: no space at the line\'s end, a closed bracket, a bracket with no role, no bracket, a sentence mark inside', () => {
    expect(creditSpaceAtBreak('本报讯（记者　张丽丽', false)).toBe('');
    expect(creditSpaceAtBreak('本报讯（记者　张丽丽', undefined)).toBe('');
    expect(creditSpaceAtBreak('本报讯（记者　蔡　蕾）1月12日起', true)).toBe('');
    expect(creditSpaceAtBreak('北至北环路合围区域（含道路', true)).toBe('');
    expect(creditSpaceAtBreak('记者　丁　伟', true)).toBe('');
    expect(creditSpaceAtBreak('据了解（记者从市里获悉，', true)).toBe('');
  });
  it('reads a line\'s end: a full-width space (ASCII white space after it aside), nothing else', () => {
    expect(endsInFullSpace('本报讯（记者　张丽丽　')).toBe(true);
    expect(endsInFullSpace('本报讯（记者　张丽丽　 \r')).toBe(true);
    expect(endsInFullSpace('本报讯（记者　张丽丽')).toBe(false);
    expect(endsInFullSpace('本报讯（记者　张丽丽 ')).toBe(false);
    expect(endsInFullSpace('')).toBe(false);
  });
});

describe('the credit repaired whole', () => {
  it('keeps the space in print lines eleven wide with empty lines, and in pre-wrapped lines', () => {
    const a = '本报讯（记者　张丽丽　\n通讯员　叶晓东）走进曹\n村镇东岙村，一座百年老\n屋经过修缮后焕然一新。';
    expect(reflowText(a).map((b) => b.text)).toEqual(['本报讯（记者　张丽丽　通讯员　叶晓东）走进曹村镇东岙村，一座百年老屋经过修缮后焕然一新。']);
    const b = '　　本报讯（融媒记者　\n宣　立　通讯员　寿佳丽）\n家里水管漏了、电灯不亮\n了，打个电话，工匠上门。';
    expect(reflowText(b).map((x) => x.text)).toEqual(['本报讯（融媒记者　宣　立　通讯员　寿佳丽）家里水管漏了、电灯不亮了，打个电话，工匠上门。']);
    const c = '　　本报讯（记者　胡　\n斌）寒冬时节，在中国科\n技五金城的驿站里，环卫\n工人坐在一起喝着热茶。';
    expect(reflowText(c).map((x) => x.text)).toEqual(['本报讯（记者　胡　斌）寒冬时节，在中国科技五金城的驿站里，环卫工人坐在一起喝着热茶。']);
  });
  it('takes the page\'s mark from the lines it is given (as the page reader gives them)', () => {
    const lines = textToLines('本报讯（记者　张丽丽\n通讯员　叶晓东）走进曹\n村镇东岙村。');
    expect(reflowLines(lines, { punctuation: false })[0]?.text).toBe('本报讯（记者　张丽丽通讯员　叶晓东）走进曹村镇东岙村。');
    const marked = lines.map((l, i) => (i === 0 ? { ...l, hangs: true } : l));
    expect(reflowLines(marked, { punctuation: false })[0]?.text).toBe('本报讯（记者　张丽丽　通讯员　叶晓东）走进曹村镇东岙村。');
  });
  it('leaves alone a full-width space hanging outside a credit (it joins as before)', () => {
    const text = '城区禁止燃放区域为东至城东　\n路，南至南雷路，西至西环路。';
    expect(reflowText(text).map((b) => b.text)).toEqual(['城区禁止燃放区域为东至城东路，南至南雷路，西至西环路。']);
  });
});
