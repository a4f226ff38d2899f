// The title of a 嘉兴日报 page of the div.detail-art template, from what the blind114 pages showed
// (tests/fixtures/pages/blind114-*): the template sets its title in an h2 without an id
// (`<div class="detail-art"><h3></h3><h2>…</h2>…</div>`) and the page's <title> may hold the paper's name alone.
// Snippets written for these tests in the pages' shape; the negatives keep what the pages had before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const URL_PC = 'https://jxrb.cnjxol.com/jxrbPaper/pc/content/202805/20/content_241488.html';
const BODY = '<div class="content"><founder-content><p>记者　陆思远</p><p>　　月河历史街区的“微更新”工程近日完工，老街的石板路、马头墙修缮一新，老字号一家没少。改造是怎么做到的？记者采访了月河街道党工委书记。</p><p>　　记者：这次改造和以往的旧城改造有什么不同？</p><p>　　答：最大的不同是不搞大拆大建，能修的修、该补的补，原有的街巷格局和老树都保留了下来。</p></founder-content></div>';
const page = (head: string, title = '嘉兴日报'): Document =>
  parseHtml(`<html><head><title>${title}</title></head><body><div class="top">嘉兴日报　第04版：城建</div>${head}${BODY}</body></html>`, URL_PC);

describe('the title of a 嘉兴日报 div.detail-art page', () => {
  it('is the h2 of div.detail-art when the page\'s <title> holds only the paper\'s name', () => {
    const doc = page('<div class="detail-art"><h3></h3><h2>老街“微更新”，留住烟火气</h2><h4></h4><p class="info"><date>2028-05-20</date></p></div>');
    const r = detect(URL_PC, doc);
    expect(r?.title).toBe('老街“微更新”，留住烟火气');
    expect(r?.date).toBe('2028-05-20');
  });

  it('is the h2 after an empty pretitle div too', () => {
    const doc = page('<div class="detail-art"><div class="pretitle"></div><h2>公告栏</h2><div class="subtitle"></div><p class="info">2028-05-20</p></div>');
    expect(detect(URL_PC, doc)?.title).toBe('公告栏');
  });

  it('is still #Title, or the h1, where the template has one, not a later h2', () => {
    const withId = page('<div class="detail-art"><h3 id="PreTitle">专家访谈</h3><h1 id="Title">民营经济促进法为企业吃下定心丸</h1><h4 id="SubTitle"></h4><h2>相关链接</h2><date>2028-05-20</date></div>');
    expect(detect(URL_PC, withId)?.title).toBe('民营经济促进法为企业吃下定心丸');
    const h1 = page('<div class="detail-art"><h1>晚稻开镰　颗粒归仓</h1><h2>——记秀洲区的秋收</h2><date>2028-05-20</date></div>');
    expect(detect(URL_PC, h1)?.title).toBe('晚稻开镰　颗粒归仓');
  });
});
