import fc from 'fast-check';
import { ConverterBuilder } from 'opencc-js/core';
import * as t2cnPreset from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';
import { loadTraditional, simplifiedShadow, toSimplified } from '../../lib/convert';
import type { Converter, Shadow } from '../../lib/convert';
import { readings } from '../../lib/pinyin';

/** Checks the invariants every shadow has: endpoints, bounds, monotonic maps. */
function checkInvariants(display: string, s: Shadow): void {
  expect(s.toShadow(0)).toBe(0);
  expect(s.toDisplay(0)).toBe(0);
  expect(s.toShadow(display.length)).toBe(s.text.length);
  expect(s.toDisplay(s.text.length)).toBe(display.length);
  let prev = 0;
  for (let i = 0; i <= display.length; i++) {
    const j = s.toShadow(i);
    expect(j).toBeGreaterThanOrEqual(prev);
    expect(j).toBeLessThanOrEqual(s.text.length);
    prev = j;
  }
  prev = 0;
  for (let j = 0; j <= s.text.length; j++) {
    const i = s.toDisplay(j);
    expect(i).toBeGreaterThanOrEqual(prev);
    expect(i).toBeLessThanOrEqual(display.length);
    prev = i;
  }
}

describe('simplifiedShadow with toSimplified', () => {
  it('is the identity for simplified text', () => {
    const text = '近日，记者从医保萧山分局了解到';
    const s = simplifiedShadow(text);
    expect(s.text).toBe(text);
    for (let i = 0; i <= text.length; i++) {
      expect(s.toShadow(i)).toBe(i);
      expect(s.toDisplay(i)).toBe(i);
    }
    checkInvariants(text, s);
  });

  it('maps traditional text character by character (same UTF-16 length)', async () => {
    const convert = await loadTraditional();
    const display = convert('市民只需带好身份证，到银行网点办理医保业务。', 'tw');
    expect(display).toBe('市民只需帶好身份證，到銀行網點辦理醫保業務。');
    const s = simplifiedShadow(display);
    expect(s.text).toBe('市民只需带好身份证，到银行网点办理医保业务。');
    const at = s.text.indexOf('银行');
    expect(display.slice(s.toDisplay(at), s.toDisplay(at + 2))).toBe('銀行');
    expect(s.toShadow(display.indexOf('醫保'))).toBe(s.text.indexOf('医保'));
    checkInvariants(display, s);
  });

  it('lets pinyin run on the shadow and map back per character', () => {
    const display = '臺州銀行行長一行赴天台縣調研';
    const s = simplifiedShadow(display);
    expect(s.text).toBe('台州银行行长一行赴天台县调研');
    const r = readings(s.text);
    expect(r).toHaveLength(Array.from(display).length);
    expect(r.join(' ')).toBe('tāi zhōu yín háng háng zhǎng yì xíng fù tiān tāi xiàn diào yán');
  });

  it('handles a real UTF-16 length change (BMP → supplementary)', () => {
    const display = '㗲銀行\uFA6C好';
    const s = simplifiedShadow(display);
    expect(s.text).toBe('𠵾银行\u{242EE}好');
    expect(s.text.length).toBe(display.length + 2);
    expect(s.toShadow(1)).toBe(2); // after 㗲 (1 unit) → after 𠵾 (2 units)
    expect(s.toDisplay(2)).toBe(1);
    expect(s.toDisplay(1)).toBe(0); // inside a surrogate pair: maps like its start
    expect(s.toShadow(3)).toBe(4); // before \uFA6C
    expect(s.toShadow(4)).toBe(6);
    expect(s.toDisplay(s.text.indexOf('好'))).toBe(display.indexOf('好'));
    checkInvariants(display, s);
  });

  it('clamps out-of-range offsets', () => {
    const s = simplifiedShadow('銀行');
    expect(s.toShadow(-5)).toBe(0);
    expect(s.toShadow(99)).toBe(2);
    expect(s.toDisplay(Number.POSITIVE_INFINITY)).toBe(2);
    expect(s.toDisplay(Number.NaN)).toBe(0);
  });
});

describe('simplifiedShadow with a length-changing converter', () => {
  /** Synthetic: swaps phrases of different lengths and expands one character. */
  const synthetic: Converter = (s) =>
    s.replace(/部落格/g, '博客').replace(/最佳化/g, '优化').replace(/計程車/g, '出租车').replace(/X/g, 'XYZ');

  it('maps the start and end of a replaced phrase to the start and end of its replacement', () => {
    const display = '我的部落格已最佳化。X好';
    const s = simplifiedShadow(display, synthetic);
    expect(s.text).toBe('我的博客已优化。XYZ好');
    const a = s.text.indexOf('博客');
    expect([s.toDisplay(a), s.toDisplay(a + 2)]).toEqual([2, 5]);
    expect(display.slice(s.toDisplay(a), s.toDisplay(a + 2))).toBe('部落格');
    const b = s.text.indexOf('优化');
    expect(display.slice(s.toDisplay(b), s.toDisplay(b + 2))).toBe('最佳化');
    expect(s.toShadow(display.indexOf('已'))).toBe(s.text.indexOf('已'));
    expect(s.toShadow(display.indexOf('好'))).toBe(s.text.indexOf('好'));
    expect(s.toDisplay(s.text.indexOf('好'))).toBe(display.indexOf('好'));
    expect(display.slice(s.toDisplay(s.text.indexOf('XYZ')), s.toDisplay(s.text.indexOf('XYZ') + 3))).toBe('X');
    checkInvariants(display, s);
  });

  it('maps unchanged characters exactly both ways (property)', () => {
    const piece = fc.constantFrom('部落格', '最佳化', '計程車', 'X', '銀', '行', '。', '，', '\n', 'a', '𠮷', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const display = parts.join('');
        const s = simplifiedShadow(display, synthetic);
        expect(s.text).toBe(synthetic(display));
        checkInvariants(display, s);
        // Every piece that the converter leaves alone maps to itself, both ways, at both ends.
        // (Between two adjacent replaced phrases there is no anchor, so only the outer ends of
        // such a run are exact.)
        let d = 0;
        let sh = 0;
        for (const p of parts) {
          const out = synthetic(p);
          if (out === p) {
            expect(s.toShadow(d)).toBe(sh);
            expect(s.toDisplay(sh)).toBe(d);
            expect(s.toShadow(d + p.length)).toBe(sh + out.length);
            expect(s.toDisplay(sh + out.length)).toBe(d + p.length);
          }
          d += p.length;
          sh += out.length;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('works with a real phrase-level converter (opencc tw → cn with Taiwan phrases)', () => {
    const tw2sp = ConverterBuilder(t2cnPreset)({ from: 'twp', to: 'cn' });
    const display = '推動政務服務流程最佳化，提升視窗服務效能。';
    const s = simplifiedShadow(display, tw2sp);
    expect(s.text).toBe('推动政务服务流程优化，提升窗口服务性能。'); // 效能 → 性能 is a Taiwan phrase too
    const at = s.text.indexOf('优化');
    expect(display.slice(s.toDisplay(at), s.toDisplay(at + 2))).toBe('最佳化');
    const w = s.text.indexOf('窗口');
    expect(display.slice(s.toDisplay(w), s.toDisplay(w + 2))).toBe('視窗');
    const x = s.text.indexOf('性能');
    expect(display.slice(s.toDisplay(x), s.toDisplay(x + 2))).toBe('效能');
    checkInvariants(display, s);
  });

  // Its speed is a figure of `npm run bench` (simplified shadow of a 1 MB traditional page).
  it('toSimplified keeps code points over a 1 MB traditional page', async () => {
    const convert = await loadTraditional();
    const base = convert('近日，记者从医保萧山分局了解到，我区积极推进“医银合作”新模式。\n', 'hk');
    const display = base.repeat(Math.ceil(1_000_000 / base.length));
    const s = simplifiedShadow(display);
    expect(Array.from(s.text)).toHaveLength(Array.from(display).length);
    expect(s.text).toBe(toSimplified(display));
    expect(s.toShadow(display.length - 1)).toBe(display.length - 1);
  }, 30_000);
});
