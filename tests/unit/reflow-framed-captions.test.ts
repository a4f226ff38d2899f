// A caption the page sets in the picture's own frame (the table or figure around the photo) is a
// caption whatever its wording — also unsigned and ending in 。 — and the paragraph the picture
// was placed into stays whole (大众日报-like pages: a photo table between two column pieces).
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { reflowLines, type SourceLine } from '../../lib/reflow';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element => {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/');
  return doc.getElementById('b') as Element;
};
const pic = (caption: string): string => `<table align="center"><tr><td><img src="p.jpg"></td></tr><tr><td>${caption}</td></tr></table>`;
const HALF_A = '　　“这个大棚用上了智能温控系统，';
const HALF_B = '手机上就能开关风口、调节温度和湿度，比原来省了不少工夫。”王立华告诉记者。';
const CAPTION = '2月10日，寿光市洛城街道，菜农在大棚内给黄瓜苗吊蔓。';
const FIRST = '　　2月10日，在寿光市洛城街道的一处蔬菜大棚里，菜农王立华正忙着给刚定植的黄瓜苗吊蔓。';

describe('captions in a picture frame', () => {
  it('marks the text after the picture inside its frame, and nothing outside it', () => {
    const { lines } = extractLines(body(`<p>${FIRST}</p>${pic(CAPTION)}<p>${HALF_B}</p>`), { isPre: () => false });
    expect(lines.map((l) => l.caption === true)).toEqual([false, true, false]);
  });

  it('keeps the paragraph a picture cut whole, with the unsigned caption after it', () => {
    const { blocks } = repairBody(body(`<p>${FIRST}</p><p>${HALF_A}</p>${pic(CAPTION)}<p>${HALF_B}</p>`), { isPre: () => false, punctuation: false });
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['body', FIRST.trim()],
      ['body', HALF_A.trim() + HALF_B],
      ['caption', CAPTION],
    ]);
  });

  it('takes no text of a layout table that holds a picture and the article for a caption', () => {
    const long = '近年来，寿光市大力推广物联网、水肥一体化等新技术，全市蔬菜大棚数量稳定在15万个以上，智能化大棚占比达到四成。'.repeat(3);
    const { lines } = extractLines(body(`<table><tr><td><img src="logo.png"></td></tr><tr><td><p>${long}</p><p>${long}</p></td></tr></table>`), { isPre: () => false });
    expect(lines.some((l) => l.caption === true)).toBe(false);
  });

  it('joins a caption wrapped over lines in its frame into one caption', () => {
    const { blocks } = repairBody(body(`<p>${FIRST}</p>${pic('菜农在大棚内<br>给黄瓜苗吊蔓。')}`), { isPre: () => false, punctuation: false });
    expect(blocks.map((b) => b.kind)).toEqual(['body', 'caption']);
    expect(blocks[1]?.text).toBe('菜农在大棚内给黄瓜苗吊蔓。');
  });

  it('loses no line and keeps line indices of the source', () => {
    const lines: SourceLine[] = [
      { text: '图为农户采收早稻。', gap: 0, indent: false, caption: true },
      { text: FIRST.trim(), gap: 1, indent: true },
      { text: '菜农在大棚内', gap: 1, indent: false, caption: true },
      { text: '给黄瓜苗吊蔓。', gap: 0, indent: false, caption: true },
    ];
    const out = reflowLines(lines, { punctuation: false });
    expect(out.map((b) => [b.kind, b.lines])).toEqual([['caption', [0]], ['body', [1]], ['caption', [2, 3]]]);
  });
});
