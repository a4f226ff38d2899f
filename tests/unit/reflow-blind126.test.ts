// The rules the blind126 round added.
// The shapes the blind126 round found (its rules were merged in the form main had reached by then, which reads the same
// shapes: lib/extract/leading-pictures.ts and lib/reflow/line-elements.ts):
// 1. a picture and its caption printed in the article's container between the template's title block (h3 引题, h1, h2, or
//    a title table) and the body's own container (`div#ozoom`): the caption is read before the body, the title block not.
// 2. a caption under a picture is no print line when the page is asked whether it sets every print line in an element of
//    its own (a caption before the body is far wider than the column).
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { reflowLines, type SourceLine } from '../../lib/reflow';
import { isLinePerElement } from '../../lib/reflow/line-elements';
import { parseHtml } from '../../scripts/lib/html';

const URL_PC = 'http://paper.example.cn/pc/content/202805/16/content_331502.html';
const CAPTION = '5月14日，货轮在港口集装箱码头装卸货物。（本报记者　王　晋　摄）';
const PICTURE = `<table class="pic" align="center"><tr><td><img src="a.jpg"></td></tr><tr><td class="pic-text">${CAPTION}</td></tr></table>`;
const TEXT = '<p>本报记者　冯其予</p><p>　　海关总署发布数据显示，今年前4个月，我国货物贸易进出口总值同比增长4.6%。</p><p>　　海关总署有关负责人表示，下一步将持续优化口岸营商环境，助力外贸企业稳订单、拓市场。</p>';
const page = (inner: string): Document => parseHtml(`<html><head><meta charset="utf-8"><title>本报</title></head><body><div class="bar">本报　2028年05月16日</div>${inner}<!--enpproperty <founder-date>2028-05-16</founder-date><founder-title>前4个月货物贸易进出口增长4.6%</founder-title><founder-type>1</founder-type> /enpproperty--></body></html>`, URL_PC);
const blocks = (doc: Document): string[] => {
  const r = detect(URL_PC, doc);
  return r?.body ? repairBody(r.body, { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`) : [];
};
const WANT_TEXT = [
  'byline: 本报记者　冯其予',
  'body: 海关总署发布数据显示，今年前4个月，我国货物贸易进出口总值同比增长4.6%。',
  'body: 海关总署有关负责人表示，下一步将持续优化口岸营商环境，助力外贸企业稳订单、拓市场。',
];

describe('a caption between the title block and the body\'s container', () => {
  it('changes: h3 引题, h1, an empty h2, the picture table, div#ozoom — the caption is read, the title block left out', () => {
    const doc = page(`<div class="article"><h3>外贸稳中有进</h3><h1>前4个月货物贸易进出口增长4.6%</h1><h2></h2>${PICTURE}<div id="ozoom"><founder-content>${TEXT}</founder-content></div></div>`);
    expect(blocks(doc)).toEqual([`caption: ${CAPTION}`, ...WANT_TEXT]);
  });
  it('changes: a title table (no heading element) before the picture table', () => {
    const doc = page(`<div class="article"><table><tr><td class="bt">前4个月货物贸易进出口增长4.6%</td></tr></table>${PICTURE}<div id="ozoom"><founder-content>${TEXT}</founder-content></div></div>`);
    expect(blocks(doc)).toEqual([`caption: ${CAPTION}`, ...WANT_TEXT]);
  });
  it('reads the caption, and never the title or a lead before the pictures, whatever stands around them', () => {
    // (The caption is read by the extraction from the element right before the body's container, the body staying the
    // body: text before the pictures or after the container is the page's, and stays out of the article whichever it is.)
    const lead = '<p>　　这是一段导语，写在图片前面。</p>';
    expect(blocks(page(`<div class="article"><h1>前4个月货物贸易进出口增长4.6%</h1>${lead}${PICTURE}<div id="ozoom"><founder-content>${TEXT}</founder-content></div></div>`))).toEqual([`caption: ${CAPTION}`, ...WANT_TEXT]);
    expect(blocks(page(`<div class="article"><h1>前4个月货物贸易进出口增长4.6%</h1>${PICTURE}<div id="ozoom"><founder-content>${TEXT}</founder-content></div><div class="related">相关新闻</div></div>`))).toEqual([`caption: ${CAPTION}`, ...WANT_TEXT]);
    const long = '我国货物贸易进出口总值同比增长百分之四点六外贸结构持续优化新动能加快成长民营企业继续保持第一大外贸经营主体地位';
    expect(blocks(page(`<div class="article"><h1>${long}</h1>${PICTURE}<div id="ozoom"><founder-content>${TEXT}</founder-content></div></div>`))).toEqual([`caption: ${CAPTION}`, ...WANT_TEXT]);
    // No picture right before the body's container (the lead stands between): nothing is read before the body.
    expect(blocks(page(`<div class="article"><h1>前4个月货物贸易进出口增长4.6%</h1>${PICTURE}${lead}<div id="ozoom"><founder-content>${TEXT}</founder-content></div></div>`))).toEqual(WANT_TEXT);
  });
  it('leaves alone: the picture table and div#ozoom alone in their cell (read as before: the caption, then the text)', () => {
    const doc = page(`<table><tr><td>${PICTURE}<div id="ozoom"><founder-content>${TEXT}</founder-content></div></td></tr></table>`);
    expect(blocks(doc)).toEqual([`caption: ${CAPTION}`, ...WANT_TEXT]);
  });
});

const line = (text: string, more: Partial<SourceLine> = {}): SourceLine => ({ text, gap: 1, indent: text.startsWith('　　'), ...more });
const PRINT = ['　　海关总署5月15日发布数据显示，', '今年前4个月，我国货物贸易进出口', '总值14.6万亿元，同比增长4.6%。', '　　对共建“一带一路”国家进出口', '保持较快增长。前4个月，我国对共', '建“一带一路”国家进出口7.3万亿', '元，增长6.2%，占外贸总值的50.3%。', '　　海关总署有关负责人表示，下一', '步将持续优化口岸营商环境，助力外', '贸企业稳订单、拓市场。'];
const WANT_PRINT = [
  `caption: ${CAPTION}`,
  'byline: 经济日报记者　冯其予',
  'body: 海关总署5月15日发布数据显示，今年前4个月，我国货物贸易进出口总值14.6万亿元，同比增长4.6%。',
  'body: 对共建“一带一路”国家进出口保持较快增长。前4个月，我国对共建“一带一路”国家进出口7.3万亿元，增长6.2%，占外贸总值的50.3%。',
  'body: 海关总署有关负责人表示，下一步将持续优化口岸营商环境，助力外贸企业稳订单、拓市场。',
];
const repaired = (ls: SourceLine[]): string[] => reflowLines(ls).map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/^\u3000+/u, '')}`);

describe('a caption is no print line of a page set line by line (isLinePerElement)', () => {
  const caption = line(CAPTION, { gap: 0, caption: true, afterMedia: true });
  const lines = [caption, line('经济日报记者　冯其予'), ...PRINT.map((t) => line(t))];
  it('changes: <p> per print line sixteen wide under a caption in its picture table — the paragraphs are whole', () => {
    expect(isLinePerElement(lines)).toBe(true);
    expect(repaired(lines)).toEqual(WANT_PRINT);
  });
  it('leaves alone: the same lines without the caption (already read line by line), a wide line that is no caption', () => {
    expect(isLinePerElement(lines.slice(1))).toBe(true);
    expect(repaired(lines.slice(1))).toEqual(WANT_PRINT.slice(1));
    // (A wide line no caption: the caption's words without its credit. With its credit it is a caption wherever it stands,
    // under a picture or not: tests/unit/reflow-blind135.test.ts.)
    expect(isLinePerElement([line(CAPTION.replace(/[（(][^（(]*摄[)）]$|\s*\S*记者.*摄$/u, '，来往车辆排起了长队。'), { gap: 0 }), ...lines.slice(1)])).toBe(false);
  });
  it('leaves alone: one <p> per paragraph under a caption', () => {
    const paras = [caption, line('经济日报记者　冯其予'), line('　　海关总署5月15日发布数据显示，今年前4个月，我国货物贸易进出口总值14.6万亿元，同比增长4.6%。'), line('　　海关总署有关负责人表示，下一步将持续优化口岸营商环境，助力外贸企业稳订单、拓市场。')];
    expect(isLinePerElement(paras)).toBe(false);
  });
});
