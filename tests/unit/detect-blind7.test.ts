// Recognition from what the blind7 pages showed (tests/fixtures/pages/blind7-*): Founder's `paper/`
// variant of the pc family (`/pc/paper/c/YYYYMM/DD/content_N.html`, older `…/c40941.html`, layouts
// `/pc/paper/layout/…/node_NN.html`; 河北日报, 长春日报 and 长沙晚报 serve their pages so), taken for
// an e-paper like the other families — with Founder markers only, as before.
import { describe, expect, it } from 'vitest';
import { dateFromUrl, detect, GENERIC_FOUNDER, kindFromUrl } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const BODY = '<p>　　根据评选工作安排，经各地推荐、实地考察和综合评审，省文明委拟命名一批省级文明村镇。为广泛听取社会各界意见，现将有关事项公示如下：</p><p>　　公示时间为2024年11月21日至11月27日。</p>';
const founderPage = (url: string): Document => parseHtml(`<html><head><title>河北日报</title></head><body><div class="article"><h1>关于省级文明村镇拟命名名单的公示</h1><div id="ozoom"><founder-content>${BODY}</founder-content></div></div><!--enpproperty <founder-date>2024-11-21</founder-date><founder-title>关于省级文明村镇拟命名名单的公示</founder-title><founder-type>1</founder-type> /enpproperty--></body></html>`, url);
const plainPage = (url: string): Document => parseHtml(`<html><head><title>新闻</title></head><body><h1>关于省级文明村镇拟命名名单的公示</h1><div class="content">${BODY}</div></body></html>`, url);

describe('the paper/ variant of Founder\'s pc family', () => {
  it.each([
    'https://hbrb.hebnews.cn/pc/paper/c/202411/21/content_231234.html',
    'http://hbrb.hebnews.cn/pc/paper/c/201712/20/c40941.html',
    'http://epaper.changchunews.com/ccrb/pc/paper/c/202205/20/content_1872366.html',
  ])('reads %s as an article, dated by its path', (url) => {
    expect(kindFromUrl(GENERIC_FOUNDER, new URL(url))).toBe('article');
    expect(dateFromUrl(url)).toMatch(/^20\d{2}-\d{2}-\d{2}$/u);
    const r = detect(url, founderPage(url));
    expect(r?.kind).toBe('article');
    expect(r?.title).toBe('关于省级文明村镇拟命名名单的公示');
  });

  it.each(['http://www.cswbszb.com/cswb/pc/paper/layout/202212/16/node_A01.html', 'https://hbrb.hebnews.cn/pc/paper/layout/202411/21/node_07.html'])('reads %s as a layout page', (url) => {
    expect(kindFromUrl(GENERIC_FOUNDER, new URL(url))).toBe('layout');
  });

  it('still wants Founder markers on a host it does not know, and other paths under paper/ stay unknown', () => {
    const url = 'https://hbrb.hebnews.cn/pc/paper/c/202411/21/content_231234.html';
    expect(detect(url, plainPage(url))).toBeNull();
    for (const other of ['https://example.com/pc/paper/list/202411/21/content_1.html', 'https://example.com/pc/paper/c/2024/11/21/content_1.html', 'https://example.com/paper/c/202411/21/content_1.html']) {
      expect(kindFromUrl(GENERIC_FOUNDER, new URL(other))).toBeNull();
    }
  });
});
