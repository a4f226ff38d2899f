// @vitest-environment happy-dom
// A highlight over words drawn with pinyin: its range starts at the first highlighted word's base
// text, not at the end of the word before it, so the reading of that word before (drawn after
// its base, in the same <ruby>) is not painted (seen on 宁波日报's page under pinyin and Taiwan
// script: 會議's huìyì highlighted over a highlight beginning at 要求).
import { describe, expect, it } from 'vitest';
import { repairedRange } from '../../entrypoints/content/marks';

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
