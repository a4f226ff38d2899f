// Rules from what the blind38 pages showed (tests/fixtures/pages/blind38-*, npm run score:blind -- --set blind38): on a
// page that indents its paragraphs, pictures one after another each with a short unindented caption of one finished
// sentence are captions up to the next indented paragraph or the text's end (not only the last of them); and a lone
// photographer's credit as the text's first line, pictures further on, is the photo page's byline, not a caption.
// With the shapes the rules must leave alone. Text written for these tests in the shape of the blind38 pages, not
// copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const blocksOf = (inner: string): { kind: string; text: string }[] => {
  const doc = parseHtml(`<html><body><div id="content"><founder-content>${inner}</founder-content></div></body></html>`, 'http://localhost/');
  const body = doc.querySelector('founder-content') as Element;
  return repairBody(body, { isPre: () => false }).blocks.map((b) => ({ kind: b.kind ?? 'body', text: b.text }));
};
const pic = '<p align="center"><img src="p.jpg"></p>';
const opening = '<p>　　眼下正是杨梅采摘时节，全县各地的杨梅基地里一派繁忙景象。今年全县杨梅产量预计超过3万吨。</p>';
const closing = '<p>　　据了解，全县杨梅电商销售额今年有望突破5亿元。</p>';

describe('pictures one after another, each with its caption', () => {
  it('gives every caption, in its place, and the paragraphs apart', () => {
    const blocks = blocksOf([opening, pic, '<p>果农在基地里采摘杨梅。</p>', pic, '<p>工人在分拣中心给杨梅装箱。</p>', pic, '<p>快递员将杨梅装车发往各地。</p>', closing].join('\n'));
    expect(blocks).toEqual([
      { kind: 'body', text: '眼下正是杨梅采摘时节，全县各地的杨梅基地里一派繁忙景象。今年全县杨梅产量预计超过3万吨。' },
      { kind: 'caption', text: '果农在基地里采摘杨梅。' },
      { kind: 'caption', text: '工人在分拣中心给杨梅装箱。' },
      { kind: 'caption', text: '快递员将杨梅装车发往各地。' },
      { kind: 'body', text: '据了解，全县杨梅电商销售额今年有望突破5亿元。' },
    ]);
  });

  it('gives them where the pictures end the text', () => {
    const blocks = blocksOf([opening, '<p>　　各地还举办了杨梅节。</p>', pic, '<p>游客在杨梅林里采摘。</p>', pic, '<p>杨梅节开幕式现场。</p>'].join('\n'));
    expect(blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual(['游客在杨梅林里采摘。', '杨梅节开幕式现场。']);
  });

  it('leaves alone a paragraph going on after a picture, an element with no picture above it, and a page that indents nothing', () => {
    // After the second picture's element an unindented element with no picture above it: a column's continuation ends
    // the run, so the first element is not read as a caption by it.
    const goesOn = blocksOf([opening, '<p>　　今年，县里新建了冷链仓库。</p>', pic, '<p>果农在基地里采摘杨梅。</p>', pic, '<p>杨梅从采摘到预冷只需两个小时。</p>', '<p>保鲜期因此延长了一倍。</p>', closing].join('\n'));
    expect(goesOn).not.toContainEqual({ kind: 'caption', text: '果农在基地里采摘杨梅。' });
    // Two unindented elements after one picture: the second has no picture above it (a column's continuation).
    const noPicture = blocksOf([opening, pic, '<p>果农在基地里采摘杨梅。</p>', '<p>今年的杨梅个大味甜。</p>', closing].join('\n'));
    expect(noPicture).not.toContainEqual({ kind: 'caption', text: '果农在基地里采摘杨梅。' });
    // A page that indents nothing says nothing by indentation.
    const flat = blocksOf(['<p>眼下正是杨梅采摘时节，全县各地的杨梅基地里一派繁忙景象。</p>', pic, '<p>今年全县杨梅产量预计超过3万吨。</p>', pic, '<p>全县杨梅电商销售额有望突破5亿元。</p>', '<p>据了解，县里还将举办杨梅节。</p>'].join('\n'));
    expect(flat.some((b) => b.kind === 'caption')).toBe(false);
  });
});

describe('a photographer\'s credit as the first line of a photo page', () => {
  it('is the byline', () => {
    const blocks = blocksOf(['<p>本报记者 梁 栋 摄影</p>', opening, pic, '<p>果农在基地里采摘杨梅。</p>', pic, '<p>工人在分拣中心给杨梅装箱。</p>', closing].join('\n'));
    expect(blocks[0]).toEqual({ kind: 'byline', text: '本报记者 梁 栋 摄影' });
  });

  it('leaves alone a credit under a caption, a credit after the opening paragraph, and a first line on a page with no picture', () => {
    const under = blocksOf([opening, pic, '<p>果农在基地里采摘杨梅。</p>', '<p>本报记者 梁 栋 摄影</p>', closing].join('\n'));
    expect(under).toContainEqual({ kind: 'caption', text: '本报记者 梁 栋 摄影' });
    const second = blocksOf([opening, '<p>本报记者 梁 栋 摄影</p>', pic, '<p>果农在基地里采摘杨梅。</p>', closing].join('\n'));
    expect(second).not.toContainEqual({ kind: 'byline', text: '本报记者 梁 栋 摄影' });
    const noPicture = blocksOf(['<p>本报记者 梁 栋 摄影</p>', opening, closing].join('\n'));
    expect(noPicture[0]).toEqual({ kind: 'caption', text: '本报记者 梁 栋 摄影' });
  });
});
