// @vitest-environment happy-dom
// The content script on pages that change the article while it is shown, on parts that fail
// to load, on `#dubao-hl=` links, and on the reader's own terms (asked before replacing one).
import { describe, expect, it, vi } from 'vitest';
import { startOnPage, type DubaoPage } from '../../entrypoints/content/app';
import { termIdOf } from '../../entrypoints/content/render';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { HighlightRecord } from '../../lib/highlights/types';
import type { FixturePage } from '../helpers/fixtures';
import { loadFixturePage } from './fixture-page';

const load = (file: string, hash = ''): FixturePage => loadFixturePage(file, { hash });
const settle = () => new Promise((r) => setTimeout(r, 20));
const articleText = () => document.querySelector('.dubao-article')?.textContent ?? '';

describe('a page that changes the article', () => {
  it('takes content that replaced the article as the new original, with nothing of the old one merged in', async () => {
    load('xsrb-article-br.html');
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    const root = page.recognition.body as Element;
    expect(articleText()).toContain('医银合作');
    // The page's script swaps in another article (as a paper's "next article" script does).
    root.innerHTML = '　　本报讯 今年以来，区交通运输局持续推进公交线网优化，新开通的8条<br>线路覆盖了城区的主要小区和学校。<br>';
    await settle();
    await settle();
    expect(root.getAttribute('data-dubao')).toBe('repaired');
    expect(root.querySelectorAll('.dubao-article')).toHaveLength(1);
    expect(articleText()).toContain('新开通的8条线路覆盖了城区');
    expect(articleText()).not.toContain('医银合作');
    page.setView('original');
    expect(root.textContent).not.toContain('医银合作');
    expect(root.textContent).toContain('新开通的8条');
    page.stop();
  });

  it('draws the article again when the page re-writes it from its own markup (root.innerHTML = root.innerHTML): terms keep their cards', async () => {
    load('xsrb-article-br.html');
    const glossary = buildGlossaryMatcher(undefined, glossaryWords());
    const page = startOnPage(document, DEFAULT_SETTINGS, false, { loadGlossary: () => Promise.resolve(glossary) }) as DubaoPage;
    const root = page.recognition.body as Element;
    const terms = () => Array.from(root.querySelectorAll('.dubao-term')).map((t) => termIdOf(t));
    await vi.waitFor(() => expect(terms().length).toBeGreaterThan(0));
    expect(terms().every(Boolean)).toBe(true);
    const repaired = articleText();
    // A zoom or share script that serialises the body and writes it back: every node is a copy.
    root.innerHTML = root.innerHTML;
    await settle();
    await settle();
    expect(root.querySelectorAll('.dubao-article')).toHaveLength(1);
    // A copy has no glossary id: a card could not open on it.
    await vi.waitFor(() => expect(terms().length).toBeGreaterThan(0));
    expect(articleText()).toBe(repaired);
    expect(terms().every(Boolean)).toBe(true);
    // The original view is the page's own text, not a copy of the repaired one.
    page.setView('original');
    expect(root.querySelector('.dubao-frame')).toBeNull();
    expect(root.textContent).toContain('医银合作');
    page.stop();
  });
});

describe('optional parts that fail to load', () => {
  it('reports the failure once, in the page info too, and keeps the article readable', async () => {
    load('xsrb-article-br.html');
    const reportFailure = vi.fn();
    const deps = { loadAnnotator: () => Promise.reject(new Error('annotator.js: 404')), reportFailure };
    const page = startOnPage(document, DEFAULT_SETTINGS, false, deps) as DubaoPage;
    await page.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    expect(reportFailure).toHaveBeenCalledWith('pinyin', 'annotator.js: 404');
    expect((page.info() as { failed?: string[] }).failed).toEqual(['pinyin']);
    expect(articleText()).toContain('医银合作');
    expect(document.querySelector('.dubao-article ruby')).toBeNull();
    page.stop();
  });
});

describe('the reader’s own terms', () => {
  it('asks before replacing a term the reader already has: yes opens the library editor with the new explanation, no changes nothing; a new term is saved', async () => {
    load('xsrb-article-br.html');
    const putTerm = vi.fn(() => Promise.resolve());
    let answer = false;
    const confirmReplaceTerm = vi.fn(() => answer);
    const openTermEditor = vi.fn(() => Promise.resolve());
    const deps = { putTerm, hasOwnTerm: (t: string) => Promise.resolve(t === '城厢支行'), confirmReplaceTerm, openTermEditor };
    const page = startOnPage(document, DEFAULT_SETTINGS, false, deps) as DubaoPage;
    (window as { prompt?: () => string }).prompt = () => '新的解释';
    // The reader says no: nothing is stored and nothing opens.
    page.handle({ type: 'page:add-term', text: '城厢支行' });
    await settle();
    expect(confirmReplaceTerm).toHaveBeenCalledWith('城厢支行');
    expect(openTermEditor).not.toHaveBeenCalled();
    expect(putTerm).not.toHaveBeenCalled();
    // The reader says yes: the library's editor opens on the term with the new explanation; the page stores nothing itself.
    answer = true;
    page.handle({ type: 'page:add-term', text: ' 城厢支行 ' });
    await settle();
    expect(openTermEditor).toHaveBeenCalledWith('城厢支行', '新的解释');
    expect(putTerm).not.toHaveBeenCalled();
    // A term the reader does not have yet is saved without asking.
    page.handle({ type: 'page:add-term', text: '医保经办' });
    await settle();
    expect(confirmReplaceTerm).toHaveBeenCalledTimes(2);
    expect(putTerm).toHaveBeenCalledWith('医保经办', '新的解释');
    delete (window as { prompt?: unknown }).prompt;
    page.stop();
  });
});

describe('a link to a highlight', () => {
  it('scrolls the highlight named in #dubao-hl= into view', async () => {
    load('xsrb-article-br.html', '#dubao-hl=h1');
    const record = {
      id: 'h1', url: '', paper: '萧山日报', site: 'xsrb', date: null, title: '', color: 'yellow', note: '', tags: [], createdAt: 1, updatedAt: 1, schema: 1,
      quote: { exact: '城厢支行', prefix: '农业银行萧山分行', suffix: '' }, position: { startBlock: 2, start: 8, endBlock: 2, end: 12 },
    } as unknown as HighlightRecord;
    const scrolled: Element[] = [];
    const spy = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const page = startOnPage(document, DEFAULT_SETTINGS, false, { loadHighlights: () => Promise.resolve([record]) }) as DubaoPage;
    await settle();
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]?.closest('[data-dubao-block]')?.getAttribute('data-dubao-block')).toBe('2');
    spy.mockRestore();
    page.stop();
  });
});
