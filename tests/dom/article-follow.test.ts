// @vitest-environment happy-dom
// A page that puts another article in place without a load, as single-page e-paper readers do:
// the page's script replaces the article (its contents, or its whole container) and pushes the
// new article's URL; or the page writes the article's text in after load. The page is the
// 浙江日报 fixture (zjrb-article-p-cut.html); the other article is 钱江晚报's (qjwb-article.html),
// the first one in the 浙江日报 page's own article list (儿童友好城市建设 托起孩子快乐童年).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followArticle, type ArticleFollower, type PageRun } from '../../entrypoints/content/article-follow';
import { startOnPage, type DubaoPage } from '../../entrypoints/content/app';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { canonicalUrl } from '../../lib/url';
import type { HighlightRecord } from '../../lib/highlights/types';
import { fixtureHtml } from '../helpers/fixtures';
import { loadFixturePage } from './fixture-page';

const B_URL = 'https://zjrb.zjol.com.cn/html/2024-07/26/content_3785410.htm?div=-1';
const B_TITLE = '儿童友好城市建设 托起孩子快乐童年';
/** The other article's body: 钱江晚报's founder-content, as the page's script would fetch it. */
const B_BODY = /<founder-content>([\s\S]*?)<\/founder-content>/u.exec(fixtureHtml('qjwb-article.html'))?.[1] ?? '';

/** A saved highlight of `exact` at the article at `url`. */
function saved(id: string, url: string, exact: string): HighlightRecord {
  return {
    id, url, paper: '浙江日报', site: 'zjrb', date: '2024-07-26', title: '', color: 'yellow', note: '', tags: [], createdAt: 1, updatedAt: 1, schema: 1,
    quote: { exact, prefix: '', suffix: '' }, position: { startBlock: 0, start: 0, endBlock: 0, end: exact.length },
  } as unknown as HighlightRecord;
}
const stored = [saved('a1', canonicalUrl('https://zjrb.zjol.com.cn/html/2024-07/26/content_3785411.htm?div=-1')!, '中央金融工作会议'), saved('b1', canonicalUrl(B_URL)!, '江南社区善城')];

let follower: ArticleFollower<PageRun & { page: DubaoPage | null }> | null = null;
afterEach(() => {
  follower?.stop();
  follower = null;
});

/** The URLs whose highlights were asked for, in order. */
let asked: string[] = [];
/** Starts Dubao on the document as the content script does, followed across article changes. */
function follow(): ArticleFollower<PageRun & { page: DubaoPage | null }> {
  asked = [];
  follower = followArticle(document, () => {
    const url = canonicalUrl(location.href) ?? '';
    const loadHighlights = (u: string) => {
      asked.push(u);
      return Promise.resolve(stored.filter((h) => h.url === u));
    };
    const page = startOnPage(document, DEFAULT_SETTINGS, false, { loadHighlights });
    const root = page?.recognition.kind === 'article' ? (page.recognition.body as Element) : null;
    return { url, root, page, stop: () => page?.stop() };
  }, { quietMs: 10, maxWaitMs: 50 });
  return follower;
}
const wait = (ms = 80) => new Promise((r) => setTimeout(r, ms));
const articles = () => Array.from(document.querySelectorAll('.dubao-article'), (a) => a.textContent ?? '');

describe('an article that changes under Dubao', () => {
  it('another article put in place with pushState is repaired with its own title and highlights; the old one’s are gone', async () => {
    loadFixturePage('zjrb-article-p-cut.html');
    const f = follow();
    await wait();
    const first = f.current().page!;
    expect(first.info().orphans).toEqual([]);
    // The page's script: the new article's text in the body, its headline, its URL.
    document.querySelector('founder-content')!.innerHTML = B_BODY;
    document.querySelector('h1.main-article-title')!.textContent = B_TITLE;
    history.pushState({}, '', B_URL);
    await vi.waitFor(() => expect(f.current().page).not.toBe(first));
    const page = f.current().page!;
    expect(page.info().url).toBe(canonicalUrl(B_URL));
    expect(page.recognition.title).toBe(B_TITLE);
    expect(articles()).toHaveLength(1);
    expect(articles()[0]).toContain('江南社区善城');
    expect(articles()[0]).not.toContain('中央金融工作会议');
    // The new article's highlight is placed; the old article's is not listed as lost on this one.
    expect(page.info().orphans).toEqual([]);
    expect(asked).toEqual([stored[0]!.url, stored[1]!.url]);
    expect(page).not.toBe(first);
  });

  it('a new article container put in place of the old one is repaired; nothing of the old one stays', async () => {
    loadFixturePage('zjrb-article-p-cut.html');
    const f = follow();
    await wait();
    // The page's script writes the whole article area anew (the old body element leaves the document).
    document.querySelector('.main-article-content')!.innerHTML = `<div id="ozoom"><founder-content>${B_BODY}</founder-content></div>`;
    document.querySelector('h1.main-article-title')!.textContent = B_TITLE;
    history.pushState({}, '', B_URL);
    await vi.waitFor(() => expect(f.current().root?.isConnected).toBe(true));
    const root = f.current().root!;
    expect(root.isConnected).toBe(true);
    expect(root.getAttribute('data-dubao')).toBe('repaired');
    expect(articles()).toHaveLength(1);
    expect(articles()[0]).toContain('江南社区善城');
    expect(f.current().page?.info().orphans).toEqual([]);
  });

  it('an article whose text the page writes in after load is repaired once it arrives', async () => {
    loadFixturePage('zjrb-article-p-cut.html');
    document.querySelector('founder-content')!.innerHTML = '';
    const f = follow();
    await wait();
    expect(articles()).toHaveLength(0);
    document.querySelector('founder-content')!.innerHTML = B_BODY;
    await vi.waitFor(() => expect(articles()).toHaveLength(1));
    expect(articles()[0]).toContain('江南社区善城');
    expect(f.current().root?.getAttribute('data-dubao')).toBe('repaired');
  });

  it('starts nothing again for a hash link, or for changes inside the article; stopping leaves the page as it was', async () => {
    loadFixturePage('zjrb-article-p-cut.html');
    const before = document.querySelector('founder-content')!.innerHTML;
    const f = follow();
    await wait();
    const first = f.current().page;
    location.hash = '#dubao-hl=a1';
    document.querySelector('.main-footer')!.append(document.createElement('span'));
    await wait();
    expect(f.current().page).toBe(first);
    expect(asked).toHaveLength(1);
    f.stop();
    follower = null;
    expect(document.querySelector('.dubao-article')).toBeNull();
    expect(document.querySelector('founder-content')!.innerHTML).toBe(before);
  });
});
