// "Use Dubao on this page": the body is found on any page with Founder markers even without
// a known title element, and on a portal article the main text container is used with the
// portal's boilerplate (责编 lines, print-source lines, share bars) left out.
// The portal page follows epaper-sites.md "More Founder templates" (光明网: enpcontent and
// enpproperty comments on an ordinary news path).
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { isBoilerplate } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const PORTAL_URL = 'https://news.gmw.cn/2024-05/20/content_37332123.htm';
const PARAS = [
  '近日，教育部等部门联合印发通知，部署开展2024年全国科普月活动，推动科普工作与科技创新协同发展。',
  '通知提出，各地要结合实际，面向青少年、农民、产业工人、老年人等重点人群开展形式多样的科普活动。',
  '据了解，活动期间将有上万家科研机构、高校和企业向公众开放实验室和科普场馆。',
];
const portal = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>全国科普月活动启动_光明网</title></head><body>
<div class="g-nav"><a href="/">首页</a> <a href="/politics">时政</a> <a href="/tech">科技</a></div>
<div class="m-title-box"><h1 class="u-title">全国科普月活动启动</h1><div class="m-con-info"><span class="m-con-time">2024-05-20 03:10</span> 来源：光明网-《光明日报》</div></div>
<div class="u-mainText">
<!--enpcontent-->${PARAS.map((p) => `<p>　　${p}</p>`).join('\n')}
<p>　　《光明日报》（2024年05月20日 03版）</p><!--/enpcontent-->
<div class="share-bar"><span>分享到：</span><a>微信</a><a>微博</a></div>
<p class="m-zb">[ 责编：张倩 ]</p>
</div>
<div class="m-related"><h3>相关阅读</h3><ul><li><a href="/a">科普活动进社区</a></li><li><a href="/b">青少年科技节开幕</a></li></ul></div>
<!--enpproperty <articleid>37332123</articleid><date>2024-05-20 03:10:00:0</date><title>全国科普月活动启动</title>/enpproperty-->
</body></html>`;

describe('use Dubao on this page', () => {
  it('leaves a portal article alone unless the reader asks', () => {
    expect(detect(PORTAL_URL, parseHtml(portal, PORTAL_URL))).toBeNull();
  });

  it('finds the main text of a portal article and leaves its boilerplate out', () => {
    const r = detect(PORTAL_URL, parseHtml(portal, PORTAL_URL), { force: true });
    expect(r?.kind).toBe('article');
    const blocks = repairBody(r?.body as Element, { isPre: () => false }).blocks;
    expect(blocks.map((b) => [b.kind, b.text])).toEqual(PARAS.map((p) => ['body', p]));
  });

  it('finds a Founder body whose title is in no known element', () => {
    const url = 'https://www.example-news.cn/a/2024/0520/c123.html';
    const html = `<html><body><div class="box"><div class="t">公示</div><founder-content><p>${PARAS.join('</p><p>')}</p></founder-content></div>
<!--enpproperty <title>科普月活动安排</title>/enpproperty--></body></html>`;
    const r = detect(url, parseHtml(html, url), { force: true });
    expect(r?.body?.tagName.toLowerCase()).toBe('founder-content');
    expect(r?.title).toBe('科普月活动安排');
  });

  it.each([
    ['<p>[ 责编：张倩 ]</p>', true],
    ['<p>（责任编辑：王静）</p>', true],
    ['<p>《光明日报》（2024年05月20日 03版）</p>', true],
    ['<div class="bdsharebuttonbox"><a>微信</a></div>', true],
    ['<p>分享到：</p>', true],
    ['<p>编辑部的故事还在继续，记者走访了多个社区，了解居民的所思所盼。</p>', false],
    ['<p class="BSHARE_TEXT">医保服务提质扩面</p>', false],
  ])('tells boilerplate %s from article text', (html, expected) => {
    const doc = parseHtml(`<html><body>${html}</body></html>`, 'https://localhost/');
    expect(isBoilerplate(doc.body.firstElementChild as Element)).toBe(expected);
  });
});
