// Rules from what the blind22 pages showed (tests/fixtures/pages/blind22-*, npm run score:blind): a 图片新闻 whose
// `<founder-content>` is printed empty has the captions of the template's picture table (`table#newspic`) for its
// text; and a page's meta line (publication time and source) and editor line weigh nothing when "Use Dubao on this
// page" looks for an article, so a video page with a two-sentence summary is refused. With the pages the rules must
// leave alone. Pages written for these tests in the shape of the blind22 pages,
// not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const CLASSIC = 'http://epaper.example.cn/abc/html/2025-12/15/content_5501.htm';
const CAPTIONS = ['12月13日，游客在古镇河边观看龙舟表演，岸上挤满了前来拍照的市民。　通讯员 王一平 摄', '古镇老街上的糕点铺前排起长队。　记者 李晓燕 摄'];
const newspic = `<table id="newspic">${CAPTIONS.map((c) => `<tr><td><img src="a.jpg"></td></tr><tr><td class="pictext">${c}</td></tr>`).join('')}</table>`;
const page = (content: string, pics = newspic): string =>
  `<html><head><meta charset="utf-8"><title>某某报</title></head><body><table><tr><td class="font01">古镇冬日</td></tr></table>${pics}` +
  `<div id="ozoom"><!--enpcontent--><founder-content>${content}</founder-content><!--/enpcontent--></div>` +
  '<!--enpproperty <founder-date>2025-12-15</founder-date><founder-title>古镇冬日</founder-title> /enpproperty--></body></html>';
const run = (html: string) => detect(CLASSIC, parseHtml(html, CLASSIC));

describe('a 图片新闻 with an empty body', () => {
  it('is an article whose body is the picture table, its captions the text', () => {
    const r = run(page('\n'));
    expect(r?.kind).toBe('article');
    expect(r?.title).toBe('古镇冬日');
    expect(r?.body?.id).toBe('newspic');
    expect(r?.body?.textContent).toContain('糕点铺');
  });

  it('keeps its body where <founder-content> holds text (the pictures beside it are not the article)', () => {
    const text = '<p>　　本报讯 入冬以来，古镇游客明显增多，老街上的糕点铺、茶馆和手工作坊生意红火，不少店铺延长了营业时间。</p>';
    expect(run(page(text))?.body?.tagName.toLowerCase()).toBe('founder-content');
  });

  it('is still no article without a picture table, nor with one holding no caption', () => {
    expect(run(page('', ''))).toBeNull();
    expect(run(page('', '<table id="newspic"><tr><td><img src="a.jpg"></td></tr></table>'))).toBeNull();
  });
});

describe('a video page for the forced start', () => {
  const VIDEO = 'https://www.example.cn/video/2025-12/14/content_66120.html';
  const page = (summary: string): string =>
    '<html><head><meta charset="utf-8"><title>某某融媒</title></head><body><div class="video-detail"><h1>江边岸线“还绿于民”</h1>' +
    '<div class="meta">2025-12-14 18:30　来源：某某日报融媒体中心</div><div class="player"><video src="v.mp4" controls></video></div>' +
    `<div class="summary">${summary}</div><div class="credits">编辑：张晨　审核：陆军</div></div></body></html>`;
  const forced = (html: string) => detect(VIDEO, parseHtml(html, VIDEO), { force: true });
  it('is refused where its summary is two short sentences (its meta and editor lines weigh nothing)', () => {
    expect(forced(page('全市腾退沿江岸线8.2公里，建成滨江生态公园。如今这里白鹭成群，成了市民散步的好去处。'))).toBeNull();
  });

  it('is read where the text beside the player is an article, a paragraph opening with a date weighed in full', () => {
    const text = '2025年12月14日，全市腾退沿江岸线8.2公里，建成滨江生态公园。如今这里白鹭成群，成了市民散步的好去处，周末还有不少外地游客专程赶来拍照。';
    const r = forced(page(text));
    expect(r?.body?.textContent).toContain('白鹭成群');
    expect(r?.title).toBe('江边岸线“还绿于民”');
  });
});
