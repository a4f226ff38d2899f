// The rule the blind132 round added. lib/extract/index.ts (extractLines): an empty paragraph element between lines
// (`<p></p>`, `<p>&nbsp;</p>`, `<p><br></p>`) is a blank line, as an empty line is in pre-formatted text and `<br><br>`
// is; where each print line is a <p> of its own and an empty <p> stands between paragraphs, it is what marks a
// paragraph's end, also after a last line that fills the column.
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { parsePage } from '../../scripts/lib/parse-page';

const page = (inner: string): Element => {
  const doc = parsePage(`<html><head><meta charset="utf-8"></head><body><div id="content"><founder-content>${inner}</founder-content></div></body></html>`);
  return doc.querySelector('founder-content') as Element;
};
const texts = (body: Element): string[] => repairBody(body).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
/** Print lines `width` characters wide (full-width text only), no indent, one <p> each, `between` between paragraphs. */
const printed = (paras: readonly string[], width: number, between: string): string =>
  paras.map((p) => Array.from({ length: Math.ceil(p.length / width) }, (_, i) => `<p>${p.slice(i * width, (i + 1) * width)}</p>`).join('')).join(between);

const PARAS = [
  '周末清晨，古村的石板路上游人不多，有人在古宅前拍照，有人在茶馆里喝茶。',
  '村里去年引入运营团队，把闲置的老房子改造成了书店和民宿。',
  '游客多了，村民收入也增加了，几十名村民在民宿和餐馆就业。',
  '县里表示，下一步将继续完善乡村旅游的住宿、餐饮和交通配套。',
];

describe('an empty <p> between print lines one <p> each is a blank line (extractLines)', () => {
  it('the paragraphs\' last lines are full: the second and the third end exactly at the column\'s end', () => {
    expect(PARAS.map((p) => p.length % 14)).toEqual([7, 0, 0, 1]);
  });
  it('changes: paragraphs parted by <p></p> stay apart after a full last line ending in 。 (fourteen wide)', () => {
    expect(texts(page(printed(PARAS, 14, '<p></p>')))).toEqual(PARAS.map((p) => `body: ${p}`));
  });
  it('changes: the same with <p>&nbsp;</p> and <p><br></p> as the empty paragraph', () => {
    expect(texts(page(printed(PARAS, 14, '<p>&nbsp;</p>')))).toEqual(PARAS.map((p) => `body: ${p}`));
    expect(texts(page(printed(PARAS, 14, '<p><br></p>')))).toEqual(PARAS.map((p) => `body: ${p}`));
  });
  it('changes: the line after an empty <p> stands two gaps from the line before it', () => {
    const lines = extractLines(page('<p>第一行写到这里，</p><p>接着写完。</p><p></p><p>第二段开头。</p>')).lines;
    expect(lines.map((l) => l.gap)).toEqual([0, 1, 2]);
  });
  it('leaves alone: an empty <p> before the first line, a <p> holding a picture, an empty <div>', () => {
    expect(extractLines(page('<p></p><p>第一行。</p><p>第二行。</p>')).lines.map((l) => l.gap)).toEqual([0, 1]);
    expect(extractLines(page('<p>第一行。</p><p><img src="a.jpg"></p><p>第二行。</p>')).lines.map((l) => l.gap)).toEqual([0, 1]);
    expect(extractLines(page('<p>第一行。</p><div></div><p>第二行。</p>')).lines.map((l) => l.gap)).toEqual([0, 1]);
  });
  it('leaves alone: with no empty <p> between paragraphs, a print line cut mid-sentence is still joined', () => {
    const body = page('<p>村里去年引入运营团队，把闲置的</p><p>老房子改成书店和民宿。</p><p></p><p>游客多了，村民的收入也增加了。</p>');
    expect(texts(body)).toEqual(['body: 村里去年引入运营团队，把闲置的老房子改成书店和民宿。', 'body: 游客多了，村民的收入也增加了。']);
  });
});
