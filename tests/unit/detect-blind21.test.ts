// Rules from what the blind21 pages showed (tests/fixtures/pages/blind21-*, npm run score:blind): a county export that
// writes the Founder markers as elements (`<enpcontent>…</enpcontent>`, `<enpproperty><founder-title>…`) rather than
// comments; the classic table template's title cell (`td.font01`, between the 引题 and 副题 cells) read where no
// `<founder-title>` names the title; and a login wall on an article URL, which "Use Dubao on this page" must refuse —
// a block holding a password field is no article. With the pages these rules must leave alone. Pages written for
// these tests in the shape of the blind21 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const CLASSIC = 'http://epaper.example.cn/abc/html/2025-12/12/content_5501.htm';
const PC = 'http://epaper.example.cn/abc/pc/content/202512/12/content_5501.html';
const P = ['<p>　　本报讯 入冬以来，县里的高山茶园里，茶农们正忙着修剪茶树、施有机肥、铺草保温，为明年春茶丰产打好基础。</p>',
  '<p>　　据了解，全县现有茶园面积十余万亩，今年茶叶产值再创新高，带动茶农人均增收三千余元。</p>'].join('');
const page = (head: string, body: string, tail = ''): string =>
  `<html><head><meta charset="utf-8"><title>某某报</title></head><body><div class="top">某某报 2025年12月12日 第01版</div>${head}${body}${tail}</body></html>`;
const run = (url: string, html: string, force = false) => detect(url, parseHtml(html, url), { force });

describe('Founder markers written as elements', () => {
  const title = '<table><tr><td class="font01">高山茶园开启冬季管护</td></tr></table>';
  it('recognise the page, with the title and date its <enpproperty> element holds', () => {
    const html = page('', `<div id="ozoom"><enpcontent>${P}</enpcontent></div>`, '<enpproperty><founder-date>2025-12-12</founder-date><founder-title>茶农冬管忙</founder-title></enpproperty>');
    const r = run(CLASSIC, html);
    expect(r?.kind).toBe('article');
    expect(r?.title).toBe('茶农冬管忙');
    expect(r?.date).toBe('2025-12-12');
    expect(r?.body?.textContent).toContain('高山茶园');
  });

  it('are needed: the same page with no marker at all is left alone', () => {
    expect(run(CLASSIC, page(title, `<div id="ozoom"><div>${P}</div></div>`))).toBeNull();
  });
});

describe('the classic template\'s title cell', () => {
  const group = '<table><tr><td class="font02">今年已完成改造项目186个</td></tr><tr><td class="font01">高山茶园开启冬季管护</td></tr><tr><td class="font02">——茶农人均增收三千余元</td></tr></table>';
  const enp = (props: string): string => `<div id="ozoom"><!--enpcontent--><founder-content>${P}</founder-content><!--/enpcontent--></div><!--enpproperty ${props} /enpproperty-->`;
  it('names the title between the 引题 and 副题 cells where no <founder-title> does', () => {
    expect(run(CLASSIC, page(group, enp('<founder-date>2025-12-12</founder-date>')))?.title).toBe('高山茶园开启冬季管护');
  });

  it('gives way to a <founder-title>', () => {
    expect(run(CLASSIC, page(group, enp('<founder-date>2025-12-12</founder-date><founder-title>茶农冬管忙</founder-title>')))?.title).toBe('茶农冬管忙');
  });
});

describe('a login wall on an article URL', () => {
  const head = '<div class="main-article-alltitle"><h1 class="main-article-title">越剧小镇冬季演出季开幕</h1></div>';
  const wall = '<div class="main-article-content"><div class="wall"><p>本文为数字报会员专享内容，请登录后阅读全文，登录后还可以阅读全部版面和往期报纸。</p>' +
    '<form><label>手机号：<input type="text" name="m"></label><label>密　码：<input type="password" name="p"></label><button>登录</button></form>' +
    '<p>还没有会员？订阅全年数字报仅需一百二十元，开通后可以阅读全部版面、往期报纸和专题报道。</p></div></div>';
  it('is refused by the forced start', () => {
    expect(run(PC, page(head, wall), true)).toBeNull();
  });

  it('is refused for its form only: the same notice without a password field is read, and an article beside a login box in its sidebar is read', () => {
    expect(run(PC, page(head, wall.replace('type="password"', 'type="text"')), true)).not.toBeNull();
    const sidebar = '<div class="side"><form><input type="text" name="u"><input type="password" name="p"><button>登录</button></form></div>';
    const r = run(PC, page(head, `<div class="main-article-content"><div class="text">${P}</div></div>${sidebar}`), true);
    expect(r?.body?.textContent).toContain('高山茶园');
  });
});
