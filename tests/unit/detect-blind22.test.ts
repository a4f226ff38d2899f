// Rules from what the blind22 pages showed (tests/fixtures/pages/blind22-*, npm run score:blind): a 图片新闻 whose
// `<founder-content>` is printed empty has the captions of the template's picture table (`table#newspic`) for its
// text. With the pages the rule must leave alone. Pages written for these tests in the shape of the blind22 pages,
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
