// @vitest-environment happy-dom
// The picture and caption a classic Founder template prints between the title and the body's container, in the same
// cell as the title (lib/extract/leading-pictures.ts): read before the body, so the caption is a caption in reading
// order, and in the repaired view drawn at the article's head while its own element is hidden — the original view and
// the page after stopping are the exact original markup. Pages: the blind sets' 文匯報, 福建日报 and 羊城晚报 pages
// (tests/fixtures/pages/blind120-…, blind95-…, blind69-…), and small pages of the same template for what must not change.
import { describe, expect, it } from 'vitest';
import { startOnPage, type DubaoPage } from '../../entrypoints/content/app';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { leadingPictures } from '../../lib/extract/leading-pictures';
import { repairBody } from '../../lib/extract/repair';
import { detect } from '../../lib/detect';
import { BLIND120_PAGES, BLIND144_PAGES, BLIND149_PAGES, BLIND69_PAGES, BLIND95_PAGES } from '../helpers/blind-sets';
import { fixtureHtml } from '../helpers/fixtures';

const byName = (pages: { file: string; url: string }[], part: string) => pages.find((p) => p.file.includes(part)) as { file: string; url: string };
const WENWEIPO = byName(BLIND120_PAGES, 'wenweipo120c');
const FUJIAN = byName(BLIND95_PAGES, 'fjrb95-fjdaily-pc-chrome');
const YANGCHENG = byName(BLIND69_PAGES, 'ycwb1-classic');
// The picture's table in a table row of its own, above the row holding the body (永康日报's and 湖州日报's classic templates).
const YONGKANG = byName(BLIND144_PAGES, 'ykrb144a');
const HUZHOU = byName(BLIND149_PAGES, 'huzhou149a');

function load(page: { file: string; url: string }): void {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(page.url);
  document.documentElement.innerHTML = fixtureHtml(page.file).replace(/<link[^>]*>/giu, '').replace(/^[\s\S]*?<html[^>]*>/iu, '').replace(/<\/html>[\s\S]*$/iu, '');
}

/** A classic Founder page: the title's table, then `before` (the element right before the body's container), then the body. */
function classic(before: string, body = '<p>　　本报讯（记者　王　伟）昨天，市民在新开通的地铁站乘车出行，车站秩序井然。</p><p>　　据悉，新线全长三十公里，设站二十座。</p>'): Element {
  document.body.innerHTML = `<table><tr><td><table><tr><td class="bt">地铁新线开通</td></tr></table>${before}<div id="ozoom"><!--enpcontent--><founder-content>${body}</founder-content><!--/enpcontent--></div></td></tr></table>`;
  return document.querySelector('founder-content') as Element;
}

describe('the picture printed before the body', () => {
  it.each([WENWEIPO, FUJIAN, YANGCHENG, YONGKANG, HUZHOU])('$file: the caption is the first block, a caption, and the picture is read first', (page) => {
    load(page);
    const r = detect(page.url, document);
    const body = r?.body as Element;
    expect(body.tagName.toLowerCase()).toBe('founder-content');
    const lead = leadingPictures(body);
    expect(lead?.querySelector('img')).not.toBeNull();
    const { blocks, extraction } = repairBody(body);
    expect(extraction.leading).toBe(lead);
    expect(blocks[0]?.kind).toBe('caption');
    expect(extraction.media[0]?.afterLine).toBe(-1);
    // The title stays out of the article: it is the page's, above the picture.
    expect(blocks.some((b) => b.text.includes(r?.title ?? '@'))).toBe(false);
  });

  it('is none where the element before holds no picture, links with text, too much text, or where the wrapper holds more', () => {
    expect(leadingPictures(classic('<table><tr><td>配图说明文字但没有图片</td></tr></table>'))).toBeNull();
    expect(leadingPictures(classic('<div><img src="a.jpg"><a href="node_2.htm">第02版：要闻</a></div>'))).toBeNull();
    expect(leadingPictures(classic(`<div><img src="a.jpg"><p>${'很长的文字'.repeat(50)}</p></div>`))).toBeNull();
    expect(leadingPictures(classic('<table><tr><td><img src="a.jpg"></td></tr></table>'))).toBeNull(); // a picture with no caption: nothing to read
    const withCaption = classic('<table id="newspic"><tr><td><img src="a.jpg"></td></tr><tr><td class="pic-desc">市民在新站乘车。　记者　王　伟　摄</td></tr></table>');
    expect(leadingPictures(withCaption)?.id).toBe('newspic');
    // A wrapper with text of its own beside the body is the page's container, not the body's: nothing is taken from before it.
    document.body.innerHTML = '<div><table><tr><td><img src="a.jpg"></td></tr><tr><td>图说文字</td></tr></table><div id="ozoom"><p>另一段说明</p><founder-content><p>正文内容很长很长。</p></founder-content></div></div>';
    expect(leadingPictures(document.querySelector('founder-content') as Element)).toBeNull();
    expect(repairBody(document.querySelector('founder-content') as Element).extraction.leading).toBeUndefined();
    // Not on a portal's article: the account's box before the text (an avatar and the account's name) is no caption.
    document.body.innerHTML = '<div class="author"><img src="avatar.jpg"><span>杭州日报官方账号</span></div><div class="article-content"><p>正文内容很长很长。</p></div>';
    expect(leadingPictures(document.querySelector('.article-content') as Element)).toBeNull();
  });

  it('is the table row before the body\'s row where the picture\'s table stands in a row of its own, and nothing further up', () => {
    const body = '<p>　　本报讯（记者　王　伟）昨天，市民在新开通的地铁站乘车出行，车站秩序井然。</p>';
    const rows = (before: string): Element => {
      document.body.innerHTML = `<table><tr><td class="font01">地铁新线开通</td></tr>${before}<tr><td><div id="ozoom"><!--enpcontent--><founder-content>${body}</founder-content><!--/enpcontent--></div></td></tr></table>`;
      return document.querySelector('founder-content') as Element;
    };
    const picture = '<tr><td><table id="newspic"><tr><td><img src="a.jpg"></td></tr><tr><td>市民在新站乘车。　记者　王　伟　摄</td></tr></table></td></tr>';
    const lead = leadingPictures(rows(picture));
    expect(lead?.tagName).toBe('TR');
    expect(lead?.querySelector('#newspic')).not.toBeNull();
    const { blocks } = repairBody(document.querySelector('founder-content') as Element);
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'body']);
    expect(blocks[0]?.text).toBe('市民在新站乘车。　记者　王　伟　摄');
    // The row before holds the title or a 副题 only (no picture): nothing is taken, the title stays the page's.
    expect(leadingPictures(rows('<tr><td class="font03">全长三十公里　设站二十座</td></tr>'))).toBeNull();
    // A third text-free wrapper that is no table row (a section around the cell's div): the climb stops there as before.
    document.body.innerHTML = `<div><img src="a.jpg"><p>市民在新站乘车。</p></div><section><div><div><div id="ozoom"><founder-content>${body}</founder-content></div></div></div></section>`;
    expect(leadingPictures(document.querySelector('founder-content') as Element)).toBeNull();
  });

  it('in the repaired view is drawn at the article head, its own element hidden; the original view and stop give the page back exactly', () => {
    load(WENWEIPO);
    const before = document.body.innerHTML;
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    expect(page).not.toBeNull();
    const root = page.recognition.body as Element;
    expect(root.getAttribute('data-dubao')).toBe('repaired');
    const lead = document.querySelector('td.pic-desc')?.closest('table') as HTMLElement;
    expect(lead.style.display).toBe('none');
    const article = root.querySelector('.dubao-article') as Element;
    const kinds = Array.from(article.children).map((c) => c.className);
    expect(kinds[0]).toBe('dubao-media');
    expect(kinds[1]).toContain('dubao-caption');
    expect(article.querySelector('.dubao-caption')?.textContent).toContain('攝');
    page.setView('original');
    expect(lead.getAttribute('style')).toBeNull();
    expect(document.body.innerHTML.replace(' data-dubao="original"', '')).toBe(before);
    page.setView('repaired');
    expect(lead.style.display).toBe('none');
    page.stop();
    expect(document.body.innerHTML).toBe(before);
  });
});
