// What the blind10 pages showed (tests/fixtures/pages/blind10-*): portal and WeChat boilerplate
// inside the article's own container — a title hidden by its inline style (搜狐's 原标题), a
// multi-page article's page bar (萧山网), WeChat's follow prompt, a line that is nothing but a link
// (返回搜狐，查看更多), and a 往期推荐 label over its links. Snippets written for these tests in
// the pages' shapes; the negatives keep article text that looks a little like them.
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element =>
  parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/').getElementById('b') as Element;
const texts = (html: string): string[] => extractLines(body(html), { isPre: () => false }).lines.map((l) => l.text);
const P = '<p>冬日的午后，平湖市当湖街道东湖社区的“共享菜园”里，几位老人正蹲在地里拔萝卜。</p>';

describe('boilerplate inside a news page\'s article container', () => {
  it('leaves out an element its inline style hides (display:none)', () => {
    expect(texts(`<p data-role="original-title" style="display:none">原标题：闲置地变“开心农场”</p>${P}<p style="color:red; display: none !important">隐藏</p>`)).toEqual([
      '冬日的午后，平湖市当湖街道东湖社区的“共享菜园”里，几位老人正蹲在地里拔萝卜。',
    ]);
  });

  it('leaves out a page bar, WeChat\'s follow prompt, a link-only line and a list label over links', () => {
    const html = [
      '<section><p><span><strong>点击蓝字</strong></span><span>&nbsp;关注我们</span></p></section>',
      P,
      '<p><a href="//www.sohu.com/" id="backsohucom"><span class="backword">返回搜狐，查看更多</span></a></p>',
      '<div class="page"><a>上一页</a><span class="cur">1</span><a>2</a><a>下一页</a></div>',
      '<section><span><strong>往期推荐</strong></span></section>',
      '<section><a href="/s/1"><span>萧山这条地铁线，有新进展！</span></a></section>',
      '<section><a href="/s/2"><span>本周末，萧山这些地方有活动</span></a></section>',
    ].join('');
    expect(texts(html)).toEqual(['冬日的午后，平湖市当湖街道东湖社区的“共享菜园”里，几位老人正蹲在地里拔萝卜。']);
  });

  it('keeps text that only holds a link, a bold subheading before a paragraph, a page number in a sentence and a visible style', () => {
    const html = [
      '<p>详情可登录<a href="http://www.linan.gov.cn/">临安区政府网站</a>查询。</p>',
      '<section><strong>新增步道</strong></section>',
      P,
      '<p>第1页</p><p>1 2</p>',
      '<p style="display:block">上一页的内容见前文。</p>',
      '<p style="text-align:center">关注我们的读者会发现，今年变化很大。</p>',
    ].join('');
    expect(texts(html)).toEqual([
      '详情可登录临安区政府网站查询。',
      '新增步道',
      '冬日的午后，平湖市当湖街道东湖社区的“共享菜园”里，几位老人正蹲在地里拔萝卜。',
      '第1页',
      '1 2',
      '上一页的内容见前文。',
      '关注我们的读者会发现，今年变化很大。',
    ]);
  });
});
