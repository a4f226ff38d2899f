// Rules from what the blind49 pages showed (tests/fixtures/pages/blind49-*, npm run score:blind -- --set blind49): a
// 书评's author printed by name alone above the text, with no role and no mark (`宋　晓`), was made a headline; a
// notice's `报名地址：…` line (an address field named by what it is for) was not read as a field and was made a
// headline after the last paragraph; and, once read as one, a field whose value a column cut on a page that indents
// its paragraphs (`报名地址：…越城区` / `解放南路1088号`) was parted from its rest. With the shapes each rule must
// leave alone. Text written for these tests in the shape of the blind49 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { fieldCutAtColumn, isFieldLine } from '../../lib/reflow/notice-lines';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const I = '　　';
const P1 = '这本散文集收录了作者近十年写下的六十余篇文章，写故乡的山水，也写城市里的寻常日子。';
const P2 = '书中的文字朴素而克制，却常常在不经意处打动人心，读来如同与一位老友促膝长谈。';

describe('the writer\'s name alone above the text', () => {
  it('is a byline: a padded two-character name or a letter-spaced three-character one, first, before the text', () => {
    for (const name of ['宋　晓', '林　岚', '周　明　远', '周 明 远']) {
      expect(fromHtml(`<p>${name}</p><p>${I}${P1}</p><p>${I}${P2}</p>`)).toEqual([`byline: ${name}`, `body: ${P1}`, `body: ${P2}`]);
    }
  });

  it('is left alone where names head the lines about each person, the word is no name, or no text follows', () => {
    // A list of people, each name heading the paragraph about that person.
    const people = fromHtml(`<p>王　强</p><p>${I}${P1}</p><p>李　芳</p><p>${I}${P2}</p>`);
    expect(people).not.toContain('byline: 王　强');
    // A two-character word unpadded, or a padded pair that opens with no family name.
    for (const word of ['春天', '序　言']) expect(fromHtml(`<p>${word}</p><p>${I}${P1}</p><p>${I}${P2}</p>`)[0]).not.toBe(`byline: ${word}`);
    // Three characters unspaced after a family name's (a heading as often as a name), and a column label spaced as a name is.
    for (const word of ['周末游', '黄金周', '高质量', '周明远', '时　评', '简　讯']) {
      expect(fromHtml(`<p>${word}</p><p>${I}${P1}</p><p>${I}${P2}</p>`)[0]).not.toBe(`byline: ${word}`);
    }
    // A short line after the name (a heading's run), and a name that is not the body's first line.
    expect(fromHtml(`<p>宋　晓</p><p>读书札记</p><p>${I}${P1}</p>`)[0]).not.toBe('byline: 宋　晓');
    expect(fromHtml(`<p>${I}${P1}</p><p>宋　晓</p><p>${I}${P2}</p>`)).not.toContain('byline: 宋　晓');
  });
});

describe('an address field named by what it is for', () => {
  it('is a notice\'s field, no headline', () => {
    for (const f of ['报名地址：温州市鹿城区人民路128号', '咨询地址：县政务服务中心二楼', '受理地址：市民中心3号楼', '地址：湖州市吴兴区'])
      expect(isFieldLine(f)).toBe(true);
    const out = fromHtml(`<p>${I}报名时间为12月1日至12月10日，逾期不再受理。</p><p>报名地址：温州市鹿城区人民路128号</p><p>联系电话：0577-88123456</p>`);
    expect(out).toEqual(['body: 报名时间为12月1日至12月10日，逾期不再受理。', 'body: 报名地址：温州市鹿城区人民路128号', 'body: 联系电话：0577-88123456']);
  });

  it('is left alone where the label is another word or no colon follows it', () => {
    for (const t of ['新地址：一段城市记忆', '老地址：回不去的童年', '报名地址变更的通知', '报名地址']) expect(isFieldLine(t)).toBe(false);
  });
});

describe('a field whose value a column cut', () => {
  const a = { text: '报名地址：温州市鹿城区人民' };
  const rest = { text: '路128号', indent: false };
  it('goes on into the next element on a page that indents its paragraphs, where the field fills its column', () => {
    expect(fieldCutAtColumn(true, a, rest, true)).toBe(true);
    expect(fieldCutAtColumn(true, { text: '联系地址：县行政中心东' }, { text: '楼一楼大厅', indent: false }, true)).toBe(true);
  });

  it('is left alone where the field is short of its column, the page indents nothing, or the next element is a paragraph, a field, a date or a signature', () => {
    expect(fieldCutAtColumn(true, a, rest, false)).toBe(false);
    expect(fieldCutAtColumn(false, a, rest, true)).toBe(false);
    expect(fieldCutAtColumn(true, a, { text: '路128号', indent: true }, true)).toBe(false);
    expect(fieldCutAtColumn(true, a, { text: '联系电话：0577-88123456', indent: false }, true)).toBe(false);
    expect(fieldCutAtColumn(true, a, { text: '2026年12月1日', indent: false }, true)).toBe(false);
    expect(fieldCutAtColumn(true, a, { text: '温州市公共交通集团有限公司', indent: false }, true)).toBe(false);
    expect(fieldCutAtColumn(true, { text: '报名时间为12月1日至12月10日。' }, rest, true)).toBe(false);
  });
});
