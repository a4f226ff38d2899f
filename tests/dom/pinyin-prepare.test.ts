// @vitest-environment happy-dom
// Pinyin made ready in idle time for a reader who used it before: the annotator is loaded and
// the article read without drawing anything, the reader's first switch then loads nothing; a
// reader who never used pinyin pays nothing on page load (the popup's opening, or its pointer
// reaching the pinyin choice, prepares at once), and a page that is not an article pays nothing.
// Pages are the 萧山日报 article and layout fixtures (tests/fixtures/pages, saved from xsrb.xsnet.cn).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayReadings, displayTerms, type TermMatcherLike } from '../../lib/annotate';
import { toSimplified } from '../../lib/convert/simplify';
import { isUncommon, numberedReading } from '../../lib/pinyin';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { ContentMessage } from '../../lib/messages';
import { DubaoPage, startOnPage, type PageDeps } from '../../entrypoints/content/app';
import type { AnnotatorLike } from '../../entrypoints/content/display';
import { loadFixturePage } from './fixture-page';

/** The settle delay these pages are given (ms): preparing in idle time begins this long after the load event. */
const SETTLE_MS = 100;

const annotator: AnnotatorLike = { displayReadings, displayTerms, isUncommon, toSimplified, numbered: numberedReading };

/** The glossary's matcher, counting its searches with `count`. */
function countedMatcher(count: () => void): TermMatcherLike {
  const matcher = buildGlossaryMatcher(undefined, glossaryWords());
  return { ...matcher, match: (text: string) => (count(), matcher.match(text)) } as TermMatcherLike;
}

/** A page's dependencies with a counted annotator, a stored "used before" flag and, `withGlossary`, the glossary. */
function depsWith(usedBefore: boolean, withGlossary = false): { deps: PageDeps; loads: () => number; readings: () => number; noted: () => number; termSearches: () => number } {
  let loads = 0;
  let readings = 0;
  let noted = 0;
  let termSearches = 0;
  const counted: AnnotatorLike = {
    ...annotator,
    displayReadings: (t, tone) => (readings++, displayReadings(t, tone)),
  };
  const deps: PageDeps = {
    loadGlossary: withGlossary ? () => Promise.resolve(countedMatcher(() => termSearches++)) : undefined,
    loadAnnotator: () => {
      loads++;
      return Promise.resolve(counted);
    },
    pinyinUse: { used: () => Promise.resolve(usedBefore), note: () => void noted++, settleMs: SETTLE_MS },
  };
  return { deps, loads: () => loads, readings: () => readings, noted: () => noted, termSearches: () => termSearches };
}


let current: DubaoPage | null = null;
afterEach(() => {
  current?.stop();
  current = null;
});

/**
 * Waits past the settle delay and a few idle slices: the page's own delay is 1.5 s after its load
 * event, which these tests shorten to SETTLE_MS so that a wait past it costs 0.9 s instead of 2.3 s
 * (eleven waits); the 0.8 s past it (sixteen of the 50 ms idle slices happy-dom falls back to) are kept.
 */
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS + 800));

describe('pinyin prepared before the reader asks', () => {
  it("keeps the extension's own settle delay (1.5 s after the load event) where none is given", async () => {
    const d = depsWith(true);
    const { settleMs: _shortened, ...pinyinUse } = d.deps.pinyinUse!;
    loadFixturePage('xsrb-article-br.html');
    const t0 = performance.now();
    current = startOnPage(document, DEFAULT_SETTINGS, false, { ...d.deps, pinyinUse }) as DubaoPage;
    // Past the tests' short delay and its idle slices, inside the page's own: nothing loaded yet. (Timed from the start, not
    // by a timer's promise: on a loaded machine a 1 s timer may fire after the 1.5 s delay, which says nothing of it.)
    await new Promise((r) => setTimeout(r, 1000));
    if (performance.now() - t0 < 1400) expect(d.loads()).toBe(0);
    await vi.waitFor(() => expect(d.loads()).toBe(1), { timeout: 5000, interval: 50 });
    // However slow the machine, the load came no sooner than the page's own delay.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(1500);
  }, 15000);

  it('loads pinyin and reads the article in idle time for a reader who used it before, without drawing any', async () => {
    const d = depsWith(true, true);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    expect(d.loads()).toBe(0);
    await vi.waitFor(() => expect(d.readings()).toBeGreaterThan(0), { timeout: 5000, interval: 50 });
    expect(d.loads()).toBe(1);
    expect(document.querySelectorAll('.dubao-article rt')).toHaveLength(0);
    await vi.waitFor(() => expect(performance.getEntriesByName('dubao:pinyin-read').length).toBeGreaterThan(0), { timeout: 5000, interval: 50 });
    const readBefore = d.readings();
    const searchedBefore = d.termSearches();
    expect(searchedBefore).toBeGreaterThan(0);
    await current.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await current.whenDrawn();
    // The switch draws from what was read and found: nothing loaded, read or searched for terms again.
    expect(d.loads()).toBe(1);
    expect(d.readings()).toBe(readBefore);
    expect(d.termSearches()).toBe(searchedBefore);
    expect(document.querySelector('.dubao-article rt')?.textContent).toBeTruthy();
    expect(document.querySelector('.dubao-article .dubao-term')).toBeTruthy();
    expect(d.noted()).toBe(1);
  });

  it('lays the screen out with ruby out of sight again when the reader reaches for the choice after the article was read', async () => {
    const d = depsWith(true);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    const rehearsals = () => performance.getEntriesByName('dubao:ruby-rehearsed').length;
    const before = rehearsals();
    await vi.waitFor(() => expect(rehearsals()).toBe(before + 1), { timeout: 8000, interval: 50 });
    const readBefore = d.readings();
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    await vi.waitFor(() => expect(rehearsals()).toBe(before + 2), { timeout: 5000, interval: 20 });
    // Warmed again from what was read: nothing loaded or read twice, nothing left on the page.
    expect(d.loads()).toBe(1);
    expect(d.readings()).toBe(readBefore);
    expect(document.querySelectorAll('.dubao-article rt')).toHaveLength(0);
    expect(document.querySelectorAll('.dubao-article [aria-hidden="true"]:not(.dubao-term)')).toHaveLength(0);
  });

  it('prepares nothing for a reader who never turned pinyin on', async () => {
    const d = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    await settle();
    expect(d.loads()).toBe(0);
    expect(d.noted()).toBe(0);
  });

  it('prepares at once, for a reader who never used pinyin, when the popup says the reader is reaching for the pinyin choice', async () => {
    const d = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    // No settle delay: the annotator is asked for in the same task, the first slice read once it arrives.
    expect(d.loads()).toBe(1);
    await vi.waitFor(() => expect(d.readings()).toBeGreaterThan(0), { timeout: 2000, interval: 20 });
    expect(document.querySelectorAll('.dubao-article rt')).toHaveLength(0);
    // Asked again (the pointer came back): nothing is loaded or read twice.
    const readBefore = d.readings();
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    expect(d.loads()).toBe(1);
    await current.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await current.whenDrawn();
    expect(d.loads()).toBe(1);
    expect(document.querySelector('.dubao-article rt')?.textContent).toBeTruthy();
    expect(d.readings()).toBeGreaterThanOrEqual(readBefore);
  });

  it('starts preparing, for a reader who never used pinyin, as soon as the popup opening on the article has had its answer', async () => {
    const d = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    await settle();
    expect(d.loads()).toBe(0);
    // The popup asks for the page's state as it opens: the answer first, the preparation after it.
    current.handle({ type: 'page:info' } as ContentMessage);
    expect(d.loads()).toBe(0);
    await vi.waitFor(() => expect(d.readings()).toBeGreaterThan(0), { timeout: 2000, interval: 20 });
    expect(d.loads()).toBe(1);
    expect(document.querySelectorAll('.dubao-article rt')).toHaveLength(0);
    // The pointer then reaches the choice, or the popup opens again: nothing is loaded twice.
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    current.handle({ type: 'page:info' } as ContentMessage);
    await settle();
    expect(d.loads()).toBe(1);
    const readBefore = d.readings();
    await current.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await current.whenDrawn();
    expect(d.loads()).toBe(1);
    expect(document.querySelector('.dubao-article rt')?.textContent).toBeTruthy();
    // The whole article had been read in idle time: the switch read nothing more.
    expect(d.readings()).toBe(readBefore);
  }, 15000);

  it('lays the screen out once when the popup\'s opening prepared it and its pointer then reaches the choice', async () => {
    const d = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    const rehearsals = () => performance.getEntriesByName('dubao:ruby-rehearsed').length;
    const before = rehearsals();
    current.handle({ type: 'page:info' } as ContentMessage);
    await vi.waitFor(() => expect(rehearsals()).toBe(before + 1), { timeout: 8000, interval: 20 });
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    await settle();
    expect(rehearsals()).toBe(before + 1);
    // A popup opened later lays it out again (once), as does its pointer reaching the choice after it.
    current.handle({ type: 'page:info' } as ContentMessage);
    await vi.waitFor(() => expect(rehearsals()).toBe(before + 2), { timeout: 5000, interval: 20 });
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    await settle();
    expect(rehearsals()).toBe(before + 2);
    expect(d.loads()).toBe(1);
  }, 20000);

  it('stops laying the screen out of sight once the reader has turned pinyin on', async () => {
    const d = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    const count = (name: string) => performance.getEntriesByName(name).length;
    const [rehearsed, read] = [count('dubao:ruby-rehearsed'), count('dubao:screen-read')];
    current.handle({ type: 'page:info' } as ContentMessage);
    // The screen is read the moment the annotator arrives; its rehearsal follows in idle tasks.
    await vi.waitFor(() => expect(count('dubao:screen-read')).toBe(read + 1), { timeout: 5000, interval: 1 });
    await current.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await settle();
    expect(document.querySelector('.dubao-article rt')?.textContent).toBeTruthy();
    expect(count('dubao:ruby-rehearsed')).toBe(rehearsed);
  }, 15000);

  it('prepares nothing when the popup opens with pinyin on, on a layout page, or over the original view', async () => {
    const on = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, { ...DEFAULT_SETTINGS, pinyin: 'all' }, false, on.deps) as DubaoPage;
    await vi.waitFor(() => expect(document.querySelector('.dubao-article rt')).toBeTruthy(), { timeout: 5000, interval: 50 });
    const loads = on.loads();
    current.handle({ type: 'page:info' } as ContentMessage);
    await settle();
    expect(on.loads()).toBe(loads);
    current.stop();
    const layout = depsWith(false);
    loadFixturePage('xsrb-layout.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, layout.deps) as DubaoPage;
    current.handle({ type: 'page:info' } as ContentMessage);
    await settle();
    expect(layout.loads()).toBe(0);
    current.stop();
    const original = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, original.deps) as DubaoPage;
    current.setView('original');
    current.handle({ type: 'page:info' } as ContentMessage);
    await settle();
    expect(original.loads()).toBe(0);
  }, 15000);

  it('prepares nothing when asked with pinyin already on, or on a layout page', async () => {
    const on = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, { ...DEFAULT_SETTINGS, pinyin: 'all' }, false, on.deps) as DubaoPage;
    await vi.waitFor(() => expect(document.querySelector('.dubao-article rt')).toBeTruthy(), { timeout: 5000, interval: 50 });
    const loads = on.loads();
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    expect(on.loads()).toBe(loads);
    current.stop();
    const layout = depsWith(false);
    loadFixturePage('xsrb-layout.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, layout.deps) as DubaoPage;
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    await settle();
    expect(layout.loads()).toBe(0);
  });

  it('prepares nothing on an e-paper layout page (not an article)', async () => {
    const d = depsWith(true);
    loadFixturePage('xsrb-layout.html');
    const page = startOnPage(document, DEFAULT_SETTINGS, false, d.deps);
    expect(page?.recognition.kind).toBe('layout');
    await settle();
    expect(d.loads()).toBe(0);
  });
});

describe('glossary terms with pinyin', () => {
  it('finds terms in a page written in traditional characters through their simplified form, and reuses the plain view\'s terms for simplified text', async () => {
    const d = depsWith(false, true);
    loadFixturePage('zjrb-article-traditional.html');
    current = startOnPage(document, { ...DEFAULT_SETTINGS, pinyin: 'all' }, false, d.deps) as DubaoPage;
    await current.whenDrawn();
    await vi.waitFor(() => expect(document.querySelector('.dubao-article rt')).toBeTruthy(), { timeout: 5000, interval: 50 });
    const terms = [...document.querySelectorAll('.dubao-article .dubao-term')].map((el) => el.textContent);
    expect(terms.length).toBeGreaterThan(0);
    // Marked in the page's own (traditional) characters.
    expect(terms.some((t) => /[園兩醫務優]/u.test(t ?? ''))).toBe(true);
    current.stop();

    const s = depsWith(false, true);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, s.deps) as DubaoPage;
    await vi.waitFor(() => expect(document.querySelector('.dubao-article .dubao-term')).toBeTruthy(), { timeout: 5000, interval: 50 });
    const searched = s.termSearches();
    await current.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await current.whenDrawn();
    expect(document.querySelector('.dubao-article rt')).toBeTruthy();
    expect(document.querySelector('.dubao-article .dubao-term')).toBeTruthy();
    expect(s.termSearches()).toBe(searched);
  });
});

describe('pinyin turned on over the drawn article', () => {
  /** The article's markup once every block shows what it should (size hints aside). */
  const markup = (): string => (document.querySelector('.dubao-article')?.outerHTML ?? '').replace(/ style="[^"]*"/gu, '');

  it('gives the same article as drawing it with pinyin from the start, without rebuilding the blocks it has not reached yet', async () => {
    const d = depsWith(false);
    loadFixturePage('xsrb-article-br.html');
    const fresh = startOnPage(document, { ...DEFAULT_SETTINGS, pinyin: 'all' }, false, d.deps) as DubaoPage;
    await fresh.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await fresh.whenDrawn();
    const expected = markup();
    fresh.stop();

    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    const article = document.querySelector('.dubao-article');
    expect(article?.querySelector('rt')).toBeNull();
    await current.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    // The same article element, now with ruby: nothing around the blocks was built again.
    expect(document.querySelector('.dubao-article')).toBe(article);
    await current.whenDrawn();
    expect(markup()).toBe(expected);
    expect(markup()).toContain('<rt');
  });
});
