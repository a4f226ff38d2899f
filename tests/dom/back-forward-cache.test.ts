// @vitest-environment happy-dom
// A page the browser brings back from its back/forward cache (Back, then `pageshow` with
// `persisted`) is the page as it was left: no script runs again, and every change sent to the
// tab while it was away was missed. Seen in Chromium (the e2e build, its cache switched on): a
// highlight deleted in the library while the reader was on another article was still drawn after
// Back. The page now asks for its highlights and saved words again on such a return.
import { describe, expect, it, vi } from 'vitest';
import { DubaoPage, startOnPage } from '../../entrypoints/content/app';
import type { WordsFeature } from '../../entrypoints/content/words';
import type { HighlightRecord } from '../../lib/highlights/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { asTrusted } from '../helpers/trusted';
import { loadFixturePage } from './fixture-page';

/** A highlight of words the 萧山日报 article does not hold: listed as not found while it is stored. */
const gone = {
  id: 'h-deleted', url: '', paper: '萧山日报', site: 'xsrb', date: null, title: '', color: 'green', note: '', tags: [], createdAt: 1, updatedAt: 1, schema: 1,
  quote: { exact: '这几个字不在文章里', prefix: '', suffix: '' }, position: { startBlock: 2, start: 0, endBlock: 2, end: 9 },
} as unknown as HighlightRecord;

const settle = () => new Promise((r) => setTimeout(r, 20));
const pageshow = (persisted: boolean) => {
  const e = new Event('pageshow') as Event & { persisted: boolean };
  Object.defineProperty(e, 'persisted', { value: persisted });
  return e;
};

/** Starts Dubao on the article with `stored` as what the background holds; counts the asks. */
function start(stored: { highlights: HighlightRecord[] }) {
  loadFixturePage('xsrb-article-br.html');
  const loadHighlights = vi.fn(() => Promise.resolve(stored.highlights));
  const refresh = vi.fn(() => Promise.resolve());
  const words: WordsFeature = { redraw: () => undefined, cardOpened: () => undefined, saveRange: () => Promise.resolve(), refresh, stop: () => undefined };
  const page = startOnPage(document, DEFAULT_SETTINGS, false, { loadHighlights, startWords: () => words }) as DubaoPage;
  return { page, loadHighlights, refresh };
}

describe('a page brought back from the back/forward cache', () => {
  it('drops a highlight deleted while it was away and fetches the saved words again', async () => {
    const stored = { highlights: [gone] };
    const { page, loadHighlights, refresh } = start(stored);
    await settle();
    expect(page.info().orphans).toEqual(['h-deleted']);
    // The reader goes to another article and deletes the highlight in the library meanwhile.
    stored.highlights = [];
    window.dispatchEvent(asTrusted(pageshow(true)));
    await settle();
    expect(loadHighlights).toHaveBeenCalledTimes(2);
    expect(page.info().orphans).toEqual([]);
    expect(refresh).toHaveBeenCalledTimes(1);
    page.stop();
  });

  it('asks nothing on a first show, and ignores a page script’s made-up pageshow', async () => {
    const { page, loadHighlights, refresh } = start({ highlights: [gone] });
    await settle();
    window.dispatchEvent(asTrusted(pageshow(false)));
    window.dispatchEvent(pageshow(true));
    await settle();
    expect(loadHighlights).toHaveBeenCalledTimes(1);
    expect(refresh).not.toHaveBeenCalled();
    page.stop();
  });
});
