// What the blind10 pages showed (tests/fixtures/pages/blind10-*): portal and WeChat boilerplate
// inside the article's own container — a title hidden by its inline style (搜狐's 原标题), a
// multi-page article's page bar (萧山网), a rating widget (领导留言板), WeChat's follow prompt, a line that is nothing but a link
// (返回搜狐，查看更多), and a 往期推荐 label over its links. Snippets written for these tests in
// the pages' shapes; the negatives keep article text that looks a little like them. And text set
// in bold by a class (百家号's span.bjh-strong) or an inline style, a subheading even under a picture;
// a subtitle opening with `——` under a heading (浙江新闻's reprint of a title block); a dated scene
// right under a picture, its caption (腾讯新闻).
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
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

  it('leaves out a page bar, WeChat\'s follow prompt, a link-only line, a list label over links and a rating widget', () => {
    const html = [
      '<section><p><span><strong>点击蓝字</strong></span><span>&nbsp;关注我们</span></p></section>',
      P,
      '<p><a href="//www.sohu.com/" id="backsohucom"><span class="backword">返回搜狐，查看更多</span></a></p>',
      '<div class="page"><a>上一页</a><span class="cur">1</span><a>2</a><a>下一页</a></div>',
      '<section><span><strong>往期推荐</strong></span></section>',
      '<section><a href="/s/1"><span>萧山这条地铁线，有新进展！</span></a></section>',
      '<section><a href="/s/2"><span>本周末，萧山这些地方有活动</span></a></section>',
      '<div class="replyScore"><span>满意度评价：</span><span>解决程度 ★★★★★</span><span>办理速度 ★★★★☆</span></div>',
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
      '<p>★本周推荐：湘湖三期</p>',
    ].join('');
    expect(texts(html)).toEqual([
      '详情可登录临安区政府网站查询。',
      '新增步道',
      '冬日的午后，平湖市当湖街道东湖社区的“共享菜园”里，几位老人正蹲在地里拔萝卜。',
      '第1页',
      '1 2',
      '上一页的内容见前文。',
      '关注我们的读者会发现，今年变化很大。',
      '★本周推荐：湘湖三期',
    ]);
  });
});

describe('text set in bold by a class or an inline style', () => {
  const bolds = (html: string): boolean[] => extractLines(body(html), { isPre: () => false }).lines.map((l) => l.bold === true);

  it('is bold like <strong>: 百家号\'s span.bjh-strong, font-weight in a style, a utility class', () => {
    expect(bolds(`<p><span class="bjh-p"><span class="bjh-strong">见缝插绿，用好边角地</span></span></p><p style="font-weight: bold">一、压紧压实防火责任</p><p><span class="fw-bold">二、严格管控</span></p>${P}`)).toEqual([true, true, true, false]);
  });

  it('is not bold from a class that only mentions it, a light weight, or a bold lead-in', () => {
    expect(bolds('<p><span class="boldness-note">注释文字</span></p><p style="font-weight:400">普通文字</p><p><span class="bjh-strong">一是</span>加强巡查，及时处置。</p>')).toEqual([false, false, false]);
  });

  it('makes a bold line right under a picture a subheading, not the picture\'s caption (百家号)', () => {
    const html = `${P}<div class="_1NCGf"><img src="a.jpg"></div><div><p><span class="bjh-p"><span class="bjh-strong">见缝插绿，用好边角地</span></span></p></div>${P}`;
    expect(repairBody(body(html), { isPre: () => false }).blocks.map((b) => b.kind)).toEqual(['body', 'heading', 'body']);
  });

  it('keeps a plain short line under a picture its caption', () => {
    const html = `${P}<div><img src="a.jpg"></div><div><p>湘湖三期航拍图</p></div>${P}`;
    expect(repairBody(body(html), { isPre: () => false }).blocks.map((b) => b.kind)).toEqual(['body', 'caption', 'body']);
  });
});

describe('a subtitle opening with a dash right under a heading', () => {
  const kinds = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
  const Q = '<p>　　走进海宁经编产业园区的一家生产车间，上百台经编机整齐排列，机头飞转。</p>';

  it('is a heading too (a reprint\'s title block printed in its body)', () => {
    expect(kinds(`<p><strong>产值年均增长12%</strong></p><p>——海宁经编产业转型升级调查</p>${Q}`)).toEqual([
      'heading: 产值年均增长12%',
      'heading: ——海宁经编产业转型升级调查',
      'body: 走进海宁经编产业园区的一家生产车间，上百台经编机整齐排列，机头飞转。',
    ]);
  });

  it('is no heading after a paragraph, nor with a sentence in it', () => {
    expect(kinds(`${Q}<p>——摘自《海宁经编志》</p>`).filter((b) => b.startsWith('heading'))).toEqual([]);
    expect(kinds(`<p><strong>产值年均增长12%</strong></p><p>——这是企业负责人的原话。</p>${Q}`)[1]).not.toMatch(/^heading/u);
  });
});

describe('a dated scene right under a picture', () => {
  const kinds = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => b.kind);
  const img = '<p class="one-p"><img class="content-picture" src="a.jpg"></p>';

  it('is the picture\'s caption (腾讯新闻: 12月17日，…码头。 in a plain <p>)', () => {
    expect(kinds(`${P}${img}<p class="one-p">12月17日，宁波舟山港梅山港区集装箱码头。</p>${P}`)).toEqual(['body', 'caption', 'body']);
  });

  it('is not a caption away from a picture, with two sentences, or long', () => {
    expect(kinds(`${P}<p>12月17日，宁波舟山港梅山港区集装箱码头。</p>${P}`)).toEqual(['body', 'body', 'body']);
    expect(kinds(`${P}${img}<p>12月17日，港口吞吐量破纪录。这是全球第三个。</p>${P}`)).toEqual(['body', 'body', 'body']);
    expect(kinds(`${P}${img}<p>12月17日，随着一只满载汽车零部件的集装箱在梅山港区吊上货轮，宁波舟山港今年集装箱吞吐量突破4000万标准箱。</p>${P}`)).toEqual(['body', 'body', 'body']);
  });
});

describe('line breaks the writer set in one element (a 留言板 message and reply)', () => {
  const texts2 = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => b.text);
  const long = '您好！闻堰街道湘湖人家小区北门外的那段路路灯已经不亮快一个月了，晚上一片漆黑，附近又有学校和菜场，老人和孩子走路很不安全。';

  it('end a paragraph after a salutation ending in a colon before a line wider than any print column', () => {
    expect(texts2(`<p>尊敬的领导：<br>${long}<br>希望有关部门尽快派人维修，谢谢！</p>`)).toEqual(['尊敬的领导：', long, '希望有关部门尽快派人维修，谢谢！']);
  });

  it('join print lines of a column, and a wide line broken inside a sentence', () => {
    expect(texts2('<p>　　记者昨天从区住建局了解<br>到，今年萧山已完成老旧小<br>区加装电梯215台。</p>')).toEqual(['记者昨天从区住建局了解到，今年萧山已完成老旧小区加装电梯215台。']);
    expect(texts2(`<p>${long.slice(0, -1)}，<br>希望有关部门尽快派人维修。</p>`)).toEqual([`${long.slice(0, -1)}，希望有关部门尽快派人维修。`]);
  });
});
