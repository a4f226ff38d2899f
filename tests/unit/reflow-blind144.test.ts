// The title of a Founder pc page whose template the generic profile reads no title element of, from what the blind144
// pages showed (tests/fixtures/pages/blind144-*): the title is then read from the enpproperty comment, which gives its
// spaces as ordinary ones; where the page's own <h1> prints the same title with full-width spaces (a headline of two
// paired phrases, a letter-spaced head: lib/detect/title-space.ts), the title keeps them (asPrinted in
// lib/detect/index.ts). Snippets written for these tests in the pages' shape; the negatives keep what the pages had before.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const URL_PC = 'http://epaper.txnews.com.cn/txrb/pc/content/202812/16/content_57406.html';
const BODY = '<div class="article-content"><!--enpcontent--><founder-content><p>记者　李　颖</p><p>　　记者昨日从市农业农村局获悉，今年我市深入推进强村富民乡村集成改革，全市行政村集体经济年经常性收入均有增长，农村居民人均可支配收入预计增长6.5%。</p><p>　　市里还深化农村宅基地、承包地改革，盘活闲置农房，引入文创、康养等新业态，让沉睡的资源变成了农民的“活资本”。</p></founder-content><!--/enpcontent--></div>';
const page = (h1: string | null, property: string): Document =>
  parseHtml(`<html><head><title>桐乡日报</title></head><body><div class="paper-top"><span>桐乡日报</span> <span>2028年12月16日</span></div><div class="article"><h3></h3>${h1 === null ? '' : `<h1>${h1}</h1>`}<h2></h2>${BODY}</div><!--enpproperty <articleid>57406</articleid><date>2028-12-16 00:00:00:0</date><author></author><title>${property}</title><introtitle></introtitle><subtitle></subtitle> /enpproperty--></body></html>`, URL_PC);

describe('the enpproperty title of a pc page, as its <h1> prints it', () => {
  it('keeps the full-width space between two paired phrases the <h1> prints', () => {
    const r = detect(URL_PC, page('强村富民改革结硕果　集体经济收入再创新高', '强村富民改革结硕果　集体经济收入再创新高'));
    expect(r?.title).toBe('强村富民改革结硕果　集体经济收入再创新高');
    expect(r?.date).toBe('2028-12-16');
  });

  it('keeps the full-width space of a letter-spaced head the <h1> prints', () => {
    expect(detect(URL_PC, page('声　明', '声　明'))?.title).toBe('声　明');
  });

  it('reads an ordinary space where the page prints no such <h1>', () => {
    expect(detect(URL_PC, page(null, '强村富民改革结硕果　集体经济收入再创新高'))?.title).toBe('强村富民改革结硕果 集体经济收入再创新高');
    expect(detect(URL_PC, page('强村富民改革结硕果 集体经济收入再创新高', '强村富民改革结硕果　集体经济收入再创新高'))?.title).toBe('强村富民改革结硕果 集体经济收入再创新高');
    expect(detect(URL_PC, page('强村富民改革结硕果　集体经济收入再创新高（图）', '强村富民改革结硕果　集体经济收入再创新高'))?.title).toBe('强村富民改革结硕果 集体经济收入再创新高');
  });

  it('reads an ordinary space where the phrases are no pair, as titles read from elements are', () => {
    expect(detect(URL_PC, page('向海图强　台州海洋经济总产值突破2000亿元', '向海图强　台州海洋经济总产值突破2000亿元'))?.title).toBe('向海图强 台州海洋经济总产值突破2000亿元');
    expect(detect(URL_PC, page('强村　富民　改革结硕果', '强村　富民　改革结硕果'))?.title).toBe('强村 富民 改革结硕果');
  });
});
