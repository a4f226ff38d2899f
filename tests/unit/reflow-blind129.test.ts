// "Use Dubao on this page" on news portals and city news sites, from what the blind129 pages showed
// (tests/fixtures/pages/blind129-*): a reprint copied from the print page whose last print line is the print-source
// line (`　　《台州日报》（2028年06月14日　第03版）` in pre-wrap or after a <br>), left out as the same line in an element
// of its own always was; and an advertisement slot whose whole text lies in an ad-tagged box inside a wrapper
// (`<div class="img_wrapper"><span class="ad">新浪广告</span></div>`), left out as the ad-tagged box itself always was.
// Snippets written for these tests in the pages' shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const P1 = '今年起，市区将新开通社区巴士线路6条，把公交站点延伸到老旧小区和城郊村的家门口，单程票价统一为1元。';
const P2 = '社区巴士采用小型新能源车辆，早晚高峰每15分钟一班，平峰时段每30分钟一班，市民可通过手机查询实时到站信息。';
const lines = (text: string, w: number): string[] => Array.from({ length: Math.ceil(text.length / w) }, (_, i) => text.slice(i * w, i * w + w));
const inlinePre = (el: Element): boolean => /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');
const blocks = (inner: string): string[] => {
  const doc = parseHtml(`<html><head><title>t</title></head><body><div id="art">${inner}</div></body></html>`, 'https://www.example.com/news/1.html');
  const body = doc.getElementById('art') as Element;
  return repairBody(body, { isPre: inlinePre }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s+/gu, '')}`);
};

describe('a reprint whose last print line is its print-source line', () => {
  it('leaves the line out of pre-wrapped print lines', () => {
    const pre = ['记者　林　立', ...lines(`　　${P1}`, 14), ...lines(`　　${P2}`, 14), '　　《台州日报》（2028年06月14日　第03版）'].join('\n');
    expect(blocks(`<div style="white-space: pre-wrap;">${pre}</div>`)).toEqual(['byline: 记者林立', `body: ${P1}`, `body: ${P2}`]);
  });

  it('leaves the line out of print lines ending in <br>', () => {
    const br = [...lines(`　　${P1}`, 15), ...lines(`　　${P2}`, 15), '　　《杭州日报》（2028年6月12日第5版）'].join('<br>');
    expect(blocks(`<div>${br}<br></div>`)).toEqual([`body: ${P1}`, `body: ${P2}`]);
  });

  it('keeps a print line that cites a paper inside a sentence, and a cited story of the paper itself', () => {
    const cite = '据《浙江日报》（2028年6月14日）报道，全省已有28个县开通社区巴士。';
    const story = '《社区巴士开进城郊村》（本报2028年6月10日第3版）';
    const pre = [...lines(`　　${P1}`, 14), ...lines(`　　${cite}`, 14), `　　${story}`].join('\n');
    expect(blocks(`<div style="white-space: pre-wrap;">${pre}</div>`)).toEqual([`body: ${P1}`, `body: ${cite}`, `body: ${story}`]);
  });
});

describe('an advertisement slot inside the article container', () => {
  it('is left out where its wrapper holds nothing but an ad-tagged box', () => {
    expect(blocks(`<p>　　${P1}</p><p>　　${P2}</p><div class="img_wrapper"><span class="ad">新浪广告</span></div><p class="show_author">责任编辑：张　琪</p>`))
      .toEqual([`body: ${P1}`, `body: ${P2}`]);
  });

  it('keeps a picture wrapper whose caption is no ad box, and a paragraph that holds more than its ad-tagged part', () => {
    const cap = '社区巴士驶入城郊村。记者　林立　摄';
    expect(blocks(`<p>　　${P1}</p><div class="img_wrapper"><img src="a.jpg"><span class="img_descr">${cap}</span></div><p>　　${P2}<span class="ad">广告</span></p>`))
      .toEqual([`body: ${P1}`, `caption: ${cap.replace(/\s+/gu, '')}`, `body: ${P2}广告`]);
  });
});
