// @vitest-environment happy-dom
// The popup opening (its page:info request) makes the word segmenter ready on an article page
// with pinyin off, after the answer, so that a switch made at once does not wait for it; a page
// that is not an article makes nothing. Pages are the 萧山日报 article and layout fixtures
// (tests/fixtures/pages, saved from xsrb.xsnet.cn). One file of its own: the segmenter is made
// once per page's script, so the order of the two tests matters.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { ContentMessage } from '../../lib/messages';
import { startOnPage, type DubaoPage } from '../../entrypoints/content/app';
import { segmenterMade } from '../../entrypoints/content/display';
import { loadFixturePage } from './fixture-page';


let current: DubaoPage | null = null;
afterEach(() => {
  current?.stop();
  current = null;
});

describe('the popup opening', () => {
  it('makes nothing on a page that is not an article', async () => {
    loadFixturePage('xsrb-layout.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, {}) as DubaoPage;
    current.handle({ type: 'page:info' } as ContentMessage);
    await new Promise((r) => setTimeout(r, 50));
    expect(segmenterMade()).toBe(false);
  });

  it('makes the word segmenter ready after answering, on an article with pinyin off', async () => {
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, {}) as DubaoPage;
    expect(segmenterMade()).toBe(false);
    const info = current.handle({ type: 'page:info' } as ContentMessage);
    expect(info.kind).toBe('article');
    // Not while answering: after it.
    expect(segmenterMade()).toBe(false);
    await vi.waitFor(() => expect(segmenterMade()).toBe(true), { timeout: 1000, interval: 10 });
  });
});
