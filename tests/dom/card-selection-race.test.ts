// @vitest-environment happy-dom
// A keyboard reader who Tabs to a glossary term and at once presses Shift + arrow to select from
// it: the term's card was still on its way (its entry comes from the background) and opened after
// the selection had begun, beside the toolbar that serves the selection. The page is the 萧山日报
// fixture (tests/fixtures/pages/xsrb-article-br.html), the glossary the shipped one. Likewise a
// keyboard reader who Tabs on past a term before its card has come (seen in Chromium:
// tests/e2e/note-mark.e2e.ts, the card of a term passed on the way to a note's pen stayed open).
import { describe, expect, it, vi } from 'vitest';
import { buildGlossaryMatcher, entryById } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { startOnPage, type DubaoPage, type PageDeps } from '../../entrypoints/content/app';
import type { CardEntry, CardLabels } from '../../entrypoints/content/card';
import { termIdOf } from '../../entrypoints/content/render';
import { asTrusted } from '../helpers/trusted';
import { loadFixturePage } from './fixture-page';

const labels: CardLabels = {
  close: 'Close', occurrences: (n) => `${n}×`, highlight: 'Highlight', copy: 'Copy', copied: 'Copied', related: 'Related',
  items: 'Items', scope: { national: 'National', zhejiang: 'Zhejiang', local: 'Local' }, category: (c) => c, dictionary: 'Dictionary',
  notFound: 'Not found', ownTerm: 'Yours', detected: 'Not in the glossary', elsewhere: 'Also here', addTerm: 'Add to my terms', source: 'Source',
};

/** The shipped glossary's matcher, built once for the file: it only answers `match`, so the tests can share it. */
let built: ReturnType<typeof buildGlossaryMatcher> | undefined;
const glossaryMatcher = (): ReturnType<typeof buildGlossaryMatcher> => (built ??= buildGlossaryMatcher(undefined, glossaryWords()));

/** The page with its entries held back until `release` is called. */
async function pageWithSlowEntries(): Promise<{ page: DubaoPage; term: HTMLElement; release: () => void }> {
  loadFixturePage('xsrb-article-br.html');
  const glossary = glossaryMatcher();
  const waiting: (() => void)[] = [];
  const deps: PageDeps = {
    loadGlossary: () => Promise.resolve(glossary),
    cardLabels: labels,
    glossaryEntry: (id) => new Promise<CardEntry | null>((resolve) => {
      const e = entryById(id);
      waiting.push(() => resolve(e ? { id, term: e.term, pinyin: e.pinyin ?? '', category: e.category, scope: e.scope, gloss: e.gloss, zh: e.zh, en: e.en, related: [] } : null));
    }),
  };
  const page = startOnPage(document, { ...DEFAULT_SETTINGS }, false, deps) as DubaoPage;
  const term = await vi.waitFor(() => {
    const t = document.querySelector<HTMLElement>('.dubao-article .dubao-term');
    expect(t && termIdOf(t)).toBeTruthy();
    return t as HTMLElement;
  });
  return { page, term, release: () => waiting.splice(0).forEach((f) => f()) };
}

const cardShown = (): boolean => !!document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card');

describe('a card still on its way when the reader starts selecting', () => {
  it('does not open once a selection has begun from its term', async () => {
    const { page, term, release } = await pageWithSlowEntries();
    term.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    term.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true })));
    expect(document.getSelection()?.toString()).toBe(term.textContent);
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(cardShown()).toBe(false);
    page.stop();
  });

  it('does not open once the keyboard has moved on from its term', async () => {
    const { page, term, release } = await pageWithSlowEntries();
    term.focus();
    term.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    // Tab on: the next focusable thing on the page (the page's own link) takes the focus.
    const next = document.querySelector<HTMLElement>('a[href]') as HTMLElement;
    next.focus();
    expect(document.activeElement).toBe(next);
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(cardShown()).toBe(false);
    page.stop();
  });

  it('opens when the keyboard is still on its term', async () => {
    const { page, term, release } = await pageWithSlowEntries();
    term.focus();
    expect(document.activeElement).toBe(term);
    term.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    release();
    await vi.waitFor(() => expect(cardShown()).toBe(true));
    page.stop();
  });

  it('opens as before when nothing was selected meanwhile', async () => {
    const { page, term, release } = await pageWithSlowEntries();
    term.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    release();
    await vi.waitFor(() => expect(cardShown()).toBe(true));
    page.stop();
  });
});
