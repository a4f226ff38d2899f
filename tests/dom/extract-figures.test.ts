// Extraction of what the blind3 pages showed: a table of figures inside the article (one line per
// row, cells joined by a space, marked as a row) and indentation printed before inline markup
// (`<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>记者：…</strong></p>`, which happy-dom hands over as a text
// node of no-break spaces alone). Layout tables and picture frames keep their old reading.
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { parseHtml } from '../../scripts/lib/html';

const lines = (html: string): { text: string; row?: boolean; indent: boolean; caption?: boolean }[] => {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/');
  return extractLines(doc.getElementById('b') as Element, { isPre: () => false }).lines;
};

describe('tables of figures', () => {
  const table = '<table border="1"><tr><td>指标</td><td>绝对值</td><td>同比增长（%）</td></tr><tr><td>社会消费品零售总额（亿元）</td><td>7952.3</td><td>5.1</td></tr><tr><th>进出口总额（亿元）</th><td>2871.6</td><td>9.8</td></tr></table>';

  it('gives one line per row, its cells joined by a space, marked as a row', () => {
    const out = lines(`<p>　　一季度全省经济回升向好。</p>${table}<p>　　注：只发布增速。</p>`);
    expect(out.map((l) => [l.text, l.row === true])).toEqual([
      ['一季度全省经济回升向好。', false],
      ['指标 绝对值 同比增长（%）', true],
      ['社会消费品零售总额（亿元） 7952.3 5.1', true],
      ['进出口总额（亿元） 2871.6 9.8', true],
      ['注：只发布增速。', false],
    ]);
  });

  it('reads a table pasted from a word processor (a <p> in every cell, a <br> in one) the same way', () => {
    const out = lines('<table><tr><td><p>指标</p></td><td><p>绝对值</p></td></tr><tr><td><p>进出口总额</p><p>（亿元）</p></td><td><p>2871.6<br>（初步）</p></td></tr></table><p>　　注：只发布增速。</p>');
    expect(out.map((l) => [l.text, l.row === true])).toEqual([
      ['指标 绝对值', true],
      ['进出口总额 （亿元） 2871.6 （初步）', true],
      ['注：只发布增速。', false],
    ]);
  });

  it('leaves a layout table (paragraphs in its cells) cell by cell', () => {
    const left = '立春过后，荆楚大地气温回升，从江汉平原到鄂北岗地，各地抢抓农时，春耕备耕工作有序展开。';
    const out = lines(`<table><tr><td><p>${left}</p></td><td><p>右栏的一段正文。</p></td></tr><tr><td>甲</td><td>乙</td></tr></table>`);
    expect(out.every((l) => l.row !== true)).toBe(true);
    expect(out.map((l) => l.text)).toEqual([left, '右栏的一段正文。', '甲', '乙']);
  });

  it('leaves a picture\'s frame with its caption as a caption', () => {
    const out = lines('<table><tr><td><img src="a.jpg"></td><td>游客体验点茶。（通讯员 俞佳 摄）</td></tr><tr><td>左</td><td>右</td></tr></table>');
    expect(out.map((l) => [l.text, l.row === true, l.caption === true])).toEqual([
      ['游客体验点茶。（通讯员 俞佳 摄）', false, true],
      ['左', false, true],
      ['右', false, true],
    ]);
  });

  it('leaves a one-row table (a box around a line) alone', () => {
    expect(lines('<table><tr><td>相关链接</td><td>更多</td></tr></table>').map((l) => l.row === true)).toEqual([false, false]);
  });
});

describe('indentation before inline markup', () => {
  it('keeps no-break spaces alone in a text node before <strong> as the line\'s indentation', () => {
    const out = lines('<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>记者：最难的是什么？</strong></p><p>&nbsp;&nbsp;&nbsp;&nbsp;王建强：最难的是“火候”。</p><p> <b>本报记者 陈曦</b></p>');
    expect(out.map((l) => [l.text, l.indent])).toEqual([['记者：最难的是什么？', true], ['王建强：最难的是“火候”。', true], ['本报记者 陈曦', false]]);
  });

  it('still reads a line of no-break spaces alone as a blank line (<br>&nbsp;<br>)', () => {
    const doc = parseHtml('<html><body><div id="b">一段话的第一行<br>&nbsp;<br>第二段<br>　　<br>第三段</div></body></html>', 'https://localhost/');
    const out = extractLines(doc.getElementById('b') as Element, { isPre: () => false }).lines;
    expect(out.map((l) => [l.text, l.gap])).toEqual([['一段话的第一行', 0], ['第二段', 1], ['第三段', 1]]);
  });
});
