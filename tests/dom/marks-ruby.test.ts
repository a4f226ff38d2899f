// @vitest-environment happy-dom
// A highlight over words drawn with pinyin: its range starts at the first highlighted word's base
// text, not at the end of the word before it, so the reading of that word before (drawn after
// its base, in the same <ruby>) is not painted (seen on 宁波日报's page under pinyin and Taiwan
// script: 會議's huìyì highlighted over a highlight beginning at 要求).
import { describe, expect, it } from 'vitest';
import { paintedParts, repairedRange } from '../../entrypoints/content/marks';

function block(html: string): Element {
  document.body.innerHTML = `<div class="dubao-article"><p data-dubao-block="0">${html}</p></div>`;
  return document.querySelector('[data-dubao-block="0"]')!;
}

describe('highlight ranges under ruby', () => {
  it('starts after the reading of the word before', () => {
    const el = block('<ruby>會議<rt>huìyì</rt></ruby><ruby>要求<rt>yāoqiú</rt></ruby>，<ruby>各地<rt>gèdì</rt></ruby>');
    const r = repairedRange(() => el, { startBlock: 0, start: 2, endBlock: 0, end: 5 })!;
    expect(r.toString()).toBe('要求yāoqiú，');
    expect(r.toString()).not.toContain('huìyì');
  });
  it('still ends at the end of the last word\'s base, and keeps plain text ranges as they were', () => {
    const el = block('<ruby>會議<rt>huìyì</rt></ruby><ruby>要求<rt>yāoqiú</rt></ruby>');
    expect(repairedRange(() => el, { startBlock: 0, start: 0, endBlock: 0, end: 2 })!.toString()).toBe('會議');
    const plain = block('农业银行<span class="dubao-term">萧山分行</span>城厢支行');
    expect(repairedRange(() => plain, { startBlock: 0, start: 4, endBlock: 0, end: 8 })!.toString()).toBe('萧山分行');
    expect(repairedRange(() => plain, { startBlock: 0, start: 0, endBlock: 0, end: 12 })!.toString()).toBe('农业银行萧山分行城厢支行');
    expect(repairedRange(() => plain, { startBlock: 0, start: 12, endBlock: 0, end: 12 })!.collapsed).toBe(true);
  });
});

describe('what a highlight paints under pinyin', () => {
  /** The painted parts of block range [start, end) as text, readings in brackets (in any order). */
  const painted = (el: Element, start: number, end: number): string[] =>
    paintedParts(repairedRange(() => el, { startBlock: 0, start, endBlock: 0, end })!)
      .map((r) => (r.startContainer.parentElement?.closest('rt') ? `[${r.toString()}]` : r.toString()))
      .filter((s) => s)
      .sort();
  const html = '<ruby>很<rt><span>hěn</span></rt></ruby><ruby>安全<rt><span>ān</span><span>quán</span></rt></ruby>，<ruby>方便<rt><span>fāng</span><span>biàn</span></rt></ruby>';

  it('paints the syllables of the characters it covers only, where it starts or ends inside a word', () => {
    const el = block(html);
    // From 全 of 安全 to 方 of 方便: quán and fāng, not ān or biàn.
    expect(painted(el, 2, 5)).toEqual(['[fāng]', '[quán]', '全', '，方'].sort());
    // A whole word at the end has its whole reading, the one before it none.
    expect(painted(el, 1, 3)).toEqual(['[quán]', '[ān]', '安全'].sort());
  });
  it('leaves a range without ruby as it is', () => {
    const plain = block('农业银行<span class="dubao-term">萧山分行</span>城厢支行');
    const r = repairedRange(() => plain, { startBlock: 0, start: 2, endBlock: 0, end: 10 })!;
    expect(paintedParts(r)).toEqual([r]);
  });
});
