// toSimplified returns text that holds no character the traditional → simplified chain changes
// without running the chain (lib/convert/simplify.ts mayChange). These tests compare the shortcut
// with the chain itself on every CJK character, on the CPP sentences (simplified news and
// encyclopaedia text, tests/fixtures/cpp) and on their Taiwan and Hong Kong conversions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTraditional } from '../../lib/convert';
import { changing } from '../../lib/convert/changing';
import { CHANGING_CHARS, CHANGING_PHRASES, GUARDED } from '../../lib/convert/changing.generated';
import { mayChange, toSimplified, toSimplifiedThroughChain } from '../../lib/convert/simplify';

const SENTENCES = readFileSync(join(__dirname, '../fixtures/cpp/cpp-dev.sent'), 'utf8').split('\n').filter(Boolean).slice(0, 3000);

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, k) => String.fromCodePoint(from + k));
}

describe('toSimplified shortcut', () => {
  it('ships the changing characters and phrases the installed opencc-js gives (node --import tsx scripts/build-changing.ts)', () => {
    const now = changing();
    expect(CHANGING_CHARS).toBe(now.chars);
    expect(CHANGING_PHRASES).toBe(now.phrases.join('|'));
    expect(GUARDED).toBe([...now.guarded.values()].flat().join('|'));
    expect(Array.from(CHANGING_CHARS).length).toBeGreaterThan(3000);
    // 台 goes to 臺 and back; 覆 changes only in phrases such as 反覆.
    expect(CHANGING_CHARS).not.toContain('台');
    expect(CHANGING_CHARS).not.toContain('覆');
    expect(now.phrases).toContain('反覆');
  });

  it('gives what the chain gives for every CJK character alone and after a verb (著)', () => {
    const chars = [...range(0x3400, 0x4dbf), ...range(0x4e00, 0x9fff), ...range(0xf900, 0xfaff), ...range(0x20000, 0x2000f), ...range(0x2f800, 0x2f80f)];
    const wrong = chars.flatMap((ch) => [ch, `看${ch}`, `${ch}手`, `什${ch}`, `${ch}么`, `什么${ch}`]).filter((t) => toSimplified(t) !== toSimplifiedThroughChain(t));
    expect(wrong).toEqual([]);
  });

  it('gives what the chain gives on simplified sentences and on their Taiwan and Hong Kong forms', async () => {
    const convert = await loadTraditional();
    const texts = SENTENCES.flatMap((s) => [s, convert(s, 'tw'), convert(s, 'hk')]);
    const wrong = texts.filter((t) => toSimplified(t) !== toSimplifiedThroughChain(t));
    expect(wrong).toEqual([]);
  });

  it('lets most simplified sentences through untouched and never a traditional one', async () => {
    const convert = await loadTraditional();
    const untouched = SENTENCES.filter((s) => !mayChange(s)).length;
    expect(untouched / SENTENCES.length).toBeGreaterThan(0.97);
    const tw = SENTENCES.map((s) => convert(s, 'tw')).filter((t) => toSimplifiedThroughChain(t) !== t);
    expect(tw.length).toBeGreaterThan(2000);
    expect(tw.filter((t) => !mayChange(t))).toEqual([]);
    // A compatibility ideograph alone is enough (it is normalised before the chain).
    expect(mayChange('金\uF90A')).toBe(true);
    expect(mayChange('国网苍南县供电公司')).toBe(false);
    expect(mayChange('桥梁检测覆盖全市')).toBe(false);
    expect(mayChange('反覆检测')).toBe(true);
    // 么 alone is a Taiwan variant of 幺; in 什么 the chain gives it back.
    expect(toSimplifiedThroughChain('么')).toBe('幺');
    expect(mayChange('有什么要自己出')).toBe(false);
    expect(mayChange('么')).toBe(true);
    expect(mayChange('么麽小丑')).toBe(true);
  });
});
