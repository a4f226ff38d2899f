// @vitest-environment happy-dom
// Caption cells read before the body (lib/extract/leading-pictures.ts `leadingPictureRun`): a 图片新闻 page prints two or
// more pictures, each over a centred caption cell, between the title and the body's container. Every box of the run is
// read, in reading order, whatever form its caption's credit takes (bracketed `（受访者供图）` or set after an ideographic
// space `记者　X　摄`), not the box right before the body alone. What is not a picture with its caption stays out.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { leadingPictureRun } from '../../lib/extract/leading-pictures';
import { LeadingBox } from '../../entrypoints/content/leading-box';

const BODY = '本报记者　周　洪<br><br>昨天，新开通的地铁站迎来首批乘<br>客，车站秩序井然，市民纷纷点赞。<br><br>据悉，新线全长三十公里，设站二<br>十座，沿线设有多个换乘站点。<br>';

const box = (caption: string, src = 'p.jpg'): string => `<table align="center"><tr><td align="center"><img src="${src}"></td></tr><tr><td align="center">${caption}</td></tr></table>`;

/** A Founder page: the title, then `before` (what stands between it and the body's container), then the body. */
function page(before: string): Element {
  document.body.innerHTML = `<div class="detail"><h1>地铁新线开通</h1>${before}<div id="ozoom"><!--enpcontent--><founder-content>${BODY}</founder-content><!--/enpcontent--></div></div>`;
  return document.querySelector('founder-content') as Element;
}

const blocks = (body: Element) => repairBody(body).blocks.map((b) => ({ kind: b.kind, text: b.text }));

const BODY_BLOCKS = [
  { kind: 'byline', text: '本报记者　周　洪' },
  { kind: 'body', text: '昨天，新开通的地铁站迎来首批乘客，车站秩序井然，市民纷纷点赞。' },
  { kind: 'body', text: '据悉，新线全长三十公里，设站二十座，沿线设有多个换乘站点。' },
];

describe('a run of caption cells under pictures before the body', () => {
  it('reads every box of the run, the first caption with its credit set after an ideographic space', () => {
    const body = page(box('昨天，市民在新开通的地铁站乘车出行。本报记者　李　明　摄', 'p1.jpg') + box('新线列车驶过跨江大桥。（受访者供图）', 'p2.jpg'));
    expect(blocks(body)).toEqual([
      { kind: 'caption', text: '昨天，市民在新开通的地铁站乘车出行。本报记者　李　明　摄' },
      { kind: 'caption', text: '新线列车驶过跨江大桥。（受访者供图）' },
      ...BODY_BLOCKS,
    ]);
    const ex = repairBody(body).extraction;
    expect(ex.leading).toBe(document.querySelectorAll('table')[1]);
    expect(ex.leadingBefore).toEqual([document.querySelectorAll('table')[0]]);
  });

  it('reads three boxes in reading order', () => {
    const body = page(box('首班车从起点站准时发出。记者　张　华　摄', 'p1.jpg') + box('乘客在站台候车。（资料图片）', 'p2.jpg') + box('工作人员引导乘客进站。（通讯员供图）', 'p3.jpg'));
    expect(blocks(body)).toEqual([
      { kind: 'caption', text: '首班车从起点站准时发出。记者　张　华　摄' },
      { kind: 'caption', text: '乘客在站台候车。（资料图片）' },
      { kind: 'caption', text: '工作人员引导乘客进站。（通讯员供图）' },
      ...BODY_BLOCKS,
    ]);
  });

  it('leaves alone a single box, and what stands before the run that is no picture with its caption', () => {
    const single = page(box('昨天，市民在新开通的地铁站乘车出行。本报记者　李　明　摄'));
    expect(blocks(single)).toEqual([{ kind: 'caption', text: '昨天，市民在新开通的地铁站乘车出行。本报记者　李　明　摄' }, ...BODY_BLOCKS]);
    expect(repairBody(single).extraction.leadingBefore).toBeUndefined();
    // Text with no picture before the box: the page's, not a caption.
    const noPicture = page(`<table><tr><td>本版责任编辑　陈　红</td></tr></table>${box('新线列车驶过跨江大桥。（受访者供图）')}`);
    expect(leadingPictureRun(noPicture).length).toBe(1);
    expect(blocks(noPicture)).toEqual([{ kind: 'caption', text: '新线列车驶过跨江大桥。（受访者供图）' }, ...BODY_BLOCKS]);
    // A picture beside a link with text (a list of articles) before the box: navigation, not a caption.
    const linked = page(`<div><img src="a.jpg"><a href="node_2.htm">第02版：要闻</a></div>${box('新线列车驶过跨江大桥。（受访者供图）')}`);
    expect(leadingPictureRun(linked).length).toBe(1);
    expect(blocks(linked)).toEqual([{ kind: 'caption', text: '新线列车驶过跨江大桥。（受访者供图）' }, ...BODY_BLOCKS]);
    // A picture with no caption before the box: nothing to read.
    const bare = page(`<table><tr><td><img src="a.jpg"></td></tr></table>${box('新线列车驶过跨江大桥。（受访者供图）')}`);
    expect(leadingPictureRun(bare).length).toBe(1);
  });

  it('hides every box of the run while the repaired view shows, and puts each style back', () => {
    const body = page(box('昨天，市民在新开通的地铁站乘车出行。本报记者　李　明　摄', 'p1.jpg') + box('新线列车驶过跨江大桥。（受访者供图）', 'p2.jpg'));
    const [first, second] = Array.from(document.querySelectorAll('table')) as HTMLElement[];
    first!.setAttribute('style', 'margin: 4px');
    const ex = repairBody(body).extraction;
    const lead = new LeadingBox();
    lead.hide(ex.leading, document, ex.leadingBefore);
    expect([first!.style.display, second!.style.display]).toEqual(['none', 'none']);
    lead.show();
    expect([first!.getAttribute('style'), second!.hasAttribute('style')]).toEqual(['margin: 4px', false]);
  });
});
