// Recognition from what the blind11 pages showed (tests/fixtures/pages/blind11-*): the pc family
// spelt in capitals (`/PC/content/…`, `/PC/layout/…/node_A05.html`, as the 深圳报业 papers on
// *.sznews.com serve it), and the mobile family with the year, the issue date and the page as
// directories (`/bjrb/mobile/2024/20241220/20241220_006/content_20241220_006_2.htm`, 北京日报 and
// 北京晚报) — taken for e-paper pages with Founder markers only, as every other family.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, detect, GENERIC_FOUNDER, kindFromUrl } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const BODY = '<p>　　记者19日从市统计局获悉，今年前10月，全市规模以上工业增加值同比增长9.3%，增速比前三季度提高0.2个百分点。</p><p>　　分行业看，计算机、通信和其他电子设备制造业增加值增长12.6%。</p>';
const founderPage = (url: string): Document => parseHtml(`<html><head><title>深圳商报</title></head><body><h1>前10月全市规上工业增加值增长9.3%</h1><div id="ozoom"><founder-content>${BODY}</founder-content></div><!--enpproperty <date>2024-12-20 00:00:00:0</date><title>前10月全市规上工业增加值增长9.3%</title> /enpproperty--></body></html>`, url);
const plainPage = (url: string): Document => parseHtml(`<html><head><title>新闻</title></head><body><h1>前10月全市规上工业增加值增长9.3%</h1><div class="content">${BODY}</div></body></html>`, url);

describe('Founder families spelt in capitals, and the mobile family with dated directories', () => {
  it.each([
    'https://szsb.sznews.com/PC/content/202412/20/content_1419876.html',
    'https://sztqb.sznews.com/PAD/content/202412/20/content_1419877.html',
    'https://bjrbdzb.bjd.com.cn/bjrb/mobile/2024/20241220/20241220_006/content_20241220_006_2.htm',
    'https://bjrbdzb.bjd.com.cn/bjwb/mobile/2024/20241220/20241220_A12/content_20241220_A12_1.htm',
  ])('reads %s as an article, dated by its path', (url) => {
    expect(kindFromUrl(GENERIC_FOUNDER, new URL(url))).toBe('article');
    expect(dateFromUrl(url)).toBe('2024-12-20');
    const r = detect(url, founderPage(url));
    expect(r?.kind).toBe('article');
    expect(r?.title).toBe('前10月全市规上工业增加值增长9.3%');
    expect(r?.date).toBe('2024-12-20');
  });

  it('reads a /PC/layout/ page with a page id as a layout page', () => {
    expect(kindFromUrl(GENERIC_FOUNDER, new URL('https://sztqb.sznews.com/PC/layout/202412/20/node_A05.html'))).toBe('layout');
  });

  it('still wants Founder markers, and other dated paths stay unknown', () => {
    const url = 'https://bjrbdzb.bjd.com.cn/bjrb/mobile/2024/20241220/20241220_006/content_20241220_006_2.htm';
    expect(detect(url, plainPage(url))).toBeNull();
    for (const other of [
      // the directory's date and the file name's disagree
      'https://example.com/bjrb/mobile/2024/20241220/20241220_006/content_20241219_006_2.htm',
      // not under a Founder family
      'https://example.com/news/2024/20241220/20241220_006/content_20241220_006_2.htm',
      // a portal's dated article, no page directory
      'https://example.com/mobile/2024/20241220/content_20241220_2.htm',
      'https://example.com/PC/list/202412/20/content_1.html',
    ]) {
      expect(kindFromUrl(GENERIC_FOUNDER, new URL(other))).toBeNull();
    }
  });
});
