// @vitest-environment happy-dom
// A click on a word toggles its pinyin; the second click of a slow double-click undoes it. When
// that second click comes while the first toggle still waits (for pinyin to load or for the
// word's bounds from the dictionary), the toggle is cancelled: nothing is drawn, not drawn and
// then taken back. Page: the 萧山日报 article fixture (tests/fixtures/pages, from xsrb.xsnet.cn).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayReadings, displayTerms } from '../../lib/annotate';
import { toSimplified } from '../../lib/convert/simplify';
import { isUncommon, numberedReading } from '../../lib/pinyin';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { DubaoPage, startOnPage, type PageDeps } from '../../entrypoints/content/app';
import type { AnnotatorLike } from '../../entrypoints/content/display';
import type { GesturePoint } from '../../entrypoints/content/gesture';
import { loadFixturePage } from './fixture-page';

const annotator: AnnotatorLike = { displayReadings, displayTerms, isUncommon, toSimplified, numbered: numberedReading };

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}


interface Internals {
  features: {
    lookup: { charAt(at: GesturePoint): { block: number; offset: number } | null };
    pinyin: { toggleWordAt(at: GesturePoint): () => void };
  };
}

let current: DubaoPage | null = null;
afterEach(() => {
  current?.stop();
  current = null;
});

/** A page whose annotator and word bounds arrive only when the test says, and a click on block 1's first Han character. */
function clickablePage(): { page: Internals; annotatorReady: () => void; wordReady: () => void; block: () => Element } {
  const an = deferred<AnnotatorLike>();
  const word = deferred<{ start: number; end: number } | null>();
  const deps: PageDeps = { loadAnnotator: () => an.promise, wordAt: () => word.promise };
  loadFixturePage('xsrb-article-br.html');
  current = startOnPage(document, DEFAULT_SETTINGS, false, deps) as DubaoPage;
  const page = current as unknown as Internals;
  const el = document.querySelector('.dubao-article [data-dubao-block="1"]') as Element;
  const offset = [...(el.textContent ?? '')].findIndex((c) => /\p{Script=Han}/u.test(c));
  page.features.lookup.charAt = () => ({ block: 1, offset });
  return { page, annotatorReady: () => an.resolve(annotator), wordReady: () => word.resolve({ start: offset - Math.max(0, offset - 60), end: offset - Math.max(0, offset - 60) + 2 }), block: () => document.querySelector('.dubao-article [data-dubao-block="1"]') as Element };
}

/** Counts rubies ever inserted into the article (drawn, even if taken back at once). */
function watchRuby(): () => number {
  let added = 0;
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && (n.matches('ruby') || n.querySelector('ruby'))) added++;
  });
  mo.observe(document.querySelector('.dubao-article') as Element, { childList: true, subtree: true });
  return () => added;
}

const AT: GesturePoint = { target: null, clientX: 10, clientY: 10 } as unknown as GesturePoint;
const flush = () => new Promise((r) => setTimeout(r, 30));

describe('a slow double-click on a word', () => {
  it('cancels a toggle still waiting for pinyin: nothing is drawn', async () => {
    const t = clickablePage();
    const drawn = watchRuby();
    const undo = t.page.features.pinyin.toggleWordAt(AT);
    undo();
    t.annotatorReady();
    t.wordReady();
    await flush();
    expect(t.block().querySelectorAll('rt')).toHaveLength(0);
    expect(drawn()).toBe(0);
  });

  it('cancels a toggle still waiting for the word\'s bounds', async () => {
    const t = clickablePage();
    t.annotatorReady();
    await flush();
    const drawn = watchRuby();
    const undo = t.page.features.pinyin.toggleWordAt(AT);
    await flush();
    undo();
    t.wordReady();
    await flush();
    expect(t.block().querySelectorAll('rt')).toHaveLength(0);
    expect(drawn()).toBe(0);
  });

  it('takes back a toggle already drawn, on the same word', async () => {
    const t = clickablePage();
    t.annotatorReady();
    t.wordReady();
    const undo = t.page.features.pinyin.toggleWordAt(AT);
    await vi.waitFor(() => expect(t.block().querySelectorAll('rt').length).toBe(1), { timeout: 3000, interval: 20 });
    // The dictionary's word: its two characters under one reading group.
    expect(t.block().querySelector('rt')?.querySelectorAll('span')).toHaveLength(2);
    undo();
    await vi.waitFor(() => expect(t.block().querySelectorAll('rt')).toHaveLength(0), { timeout: 3000, interval: 20 });
  });
});

describe('a click on a word the browser\'s segmenter splits', () => {
  // Firefox's Intl.Segmenter splits words the dictionary keeps whole (分 | 行 of 萧山分行 in the
  // 萧山日报 article); Node's splits 萧 | 山. A click on 萧 toggles the dictionary's word 萧山
  // (CC-CEDICT: 萧山 Xiāo shān), and its reading is drawn as that one word, not syllable by syllable.
  it('draws the dictionary\'s word under one reading, as the click chose it', async () => {
    loadFixturePage('xsrb-article-br.html');
    // The dictionary's word starts at the clicked character and is two characters long.
    const deps: PageDeps = { loadAnnotator: () => Promise.resolve(annotator), wordAt: (_window, at) => Promise.resolve({ start: at, end: at + 2 }) };
    current = startOnPage(document, DEFAULT_SETTINGS, false, deps) as DubaoPage;
    const el = () => document.querySelector('.dubao-article [data-dubao-block="2"]') as Element;
    const text = el().textContent ?? '';
    const offset = text.indexOf('萧山');
    expect(offset).toBeGreaterThan(0);
    expect(Array.from(new Intl.Segmenter('zh', { granularity: 'word' }).segment(text), (s) => s.segment)).not.toContain('萧山');
    const page = current as unknown as Internals;
    page.features.lookup.charAt = () => ({ block: 2, offset });
    page.features.pinyin.toggleWordAt(AT);
    await vi.waitFor(() => expect(el().querySelectorAll('rt').length).toBeGreaterThan(0), { timeout: 3000, interval: 20 });
    const rubies = Array.from(el().querySelectorAll('ruby'), (r) => [Array.from(r.childNodes, (n) => (n.nodeName === 'RT' || n.nodeName === 'RP' ? '' : (n.textContent ?? ''))).join(''), r.querySelector('rt')?.textContent ?? '']);
    expect(rubies).toEqual([['萧山', 'xiāoshān']]);
  });
});
