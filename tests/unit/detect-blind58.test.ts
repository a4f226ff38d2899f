// The rule from what the blind58 pages showed (tests/fixtures/pages/blind58-*, npm run score:blind -- --set blind58): the
// classic 萧山日报 / 湖州日报 template may print its picture table (table#newspic, a picture and its caption) right before
// div#ozoom, the two alone in one cell; the body was founder-content alone and the caption was lost. Pages written for
// these tests in the shape of the blind58 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const URL_ = 'https://szb.hz66.com/hzrb/html/2026-12/10/content_2_90001.htm';
const TEXT = '　　近日，南浔区练市镇新建的一座老年食堂开门迎客，周边村的老人在家门口就能吃上热饭热菜。<br>　　食堂每天供应午餐和晚餐，八十岁以上的老人用餐有补贴。<br>';
const PIC = '<table id="newspic" align="center"><tr><td><img src="1.jpg"></td></tr><tr><td>老人在老年食堂用餐。　记者　王　芳　摄</td></tr></table>';
const page = (cell: string): string => `<html><head><meta charset="utf-8"><title>湖州日报</title></head><body><table><tr><td class="font02"><p class="BSHARE_TEXT">练市老年食堂开张</p></td></tr><tr><td>${cell}</td></tr></table><!--enpproperty <founder-date>2026-12-10</founder-date><founder-title>练市老年食堂开张</founder-title><founder-type>1</founder-type> /enpproperty--></body></html>`;
const run = (cell: string) => detect(URL_, parseHtml(page(cell), URL_));

describe('a picture table right before the body\'s container, the two alone in one cell', () => {
  it('changes: the cell is the body, so the caption is read before the text', () => {
    const r = run(`${PIC}<div id="ozoom"><founder-content>${TEXT}</founder-content></div>`);
    expect(r?.kind).toBe('article');
    expect(r?.body?.tagName).toBe('TD');
    expect(r?.body?.textContent).toContain('老人在老年食堂用餐。');
  });

  it('leaves alone: a cell holding more than the pictures and the body, a picture-less table, a container with more than the body', () => {
    const more = run(`${PIC}<div class="related">相关阅读：全市老年食堂地图</div><div id="ozoom"><founder-content>${TEXT}</founder-content></div>`);
    expect(more?.body?.tagName).toBe('FOUNDER-CONTENT');
    const noPicture = run(`<table><tr><td>老人在老年食堂用餐。</td></tr></table><div id="ozoom"><founder-content>${TEXT}</founder-content></div>`);
    expect(noPicture?.body?.tagName).toBe('FOUNDER-CONTENT');
    const boxMore = run(`${PIC}<div id="ozoom"><div class="tip">字号：大　中　小</div><founder-content>${TEXT}</founder-content></div>`);
    expect(boxMore?.body?.tagName).toBe('FOUNDER-CONTENT');
    const after = run(`<div id="ozoom"><founder-content>${TEXT}</founder-content></div>${PIC}`);
    expect(after?.body?.tagName).toBe('FOUNDER-CONTENT');
  });
});
