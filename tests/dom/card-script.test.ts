// @vitest-environment happy-dom
// A glossary card on an article shown in traditional script: the card speaks the reader's script,
// as the article does (the glossary's text is simplified). 萧山日报 page (xsrb-article-br.html).
import * as cn2tPreset from 'opencc-js/preset/cn2t';
import { ConverterBuilder } from 'opencc-js/core';
import { describe, expect, it, vi } from 'vitest';
import { displayReadings, displayTerms } from '../../lib/annotate';
import { toSimplified } from '../../lib/convert/simplify';
import { isUncommon, numberedReading } from '../../lib/pinyin';
import { buildGlossaryMatcher, entryById } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { startOnPage, type DubaoPage, type PageDeps } from '../../entrypoints/content/app';
import type { AnnotatorLike } from '../../entrypoints/content/display';
import { labelled, type CardLabels } from '../../entrypoints/content/card';
import { termIdOf } from '../../entrypoints/content/render';
import { asTrusted } from '../helpers/trusted';
import { loadFixturePage } from './fixture-page';

const build = ConverterBuilder(cn2tPreset);
const tw = build({ from: 'cn', to: 'twp' });
const hk = build({ from: 'cn', to: 'hk' });
const annotator: AnnotatorLike = { displayReadings, displayTerms, isUncommon, toSimplified, numbered: numberedReading };
const labels: CardLabels = {
  close: 'Close', occurrences: (n) => `${n}×`, highlight: 'Highlight', copy: 'Copy', copied: 'Copied', related: 'Related',
  items: 'Items', scope: { national: 'National', zhejiang: 'Zhejiang', local: 'Local' }, category: (c) => c, dictionary: 'Dictionary',
  notFound: 'Not found', ownTerm: 'Yours', detected: 'Not in the glossary', elsewhere: 'Also here', addTerm: 'Add to my terms', source: 'Source',
};

/** The card of 医银合作 opened with Enter on its term, with the page shown in `script`. */
async function cardOf(script: Settings['script']): Promise<{ root: ShadowRoot; page: DubaoPage; source: string }> {
  loadFixturePage('xsrb-article-br.html');
  const glossary = buildGlossaryMatcher(undefined, glossaryWords());
  let source = '';
  const deps: PageDeps = {
    loadGlossary: () => Promise.resolve(glossary),
    loadAnnotator: () => Promise.resolve(annotator),
    loadTraditional: () => Promise.resolve((text: string, v: 'tw' | 'hk') => (v === 'hk' ? hk(text) : tw(text))),
    cardLabels: labels,
    glossaryEntry: (id) => {
      const e = entryById(id);
      if (!e) return Promise.resolve(null);
      source = e.source ?? '';
      const related = e.related.flatMap((r) => (entryById(r) ? [{ id: r, term: entryById(r)?.term ?? '' }] : []));
      return Promise.resolve({ id, term: e.term, pinyin: e.pinyin ?? 'yī yín hé zuò', category: e.category, scope: e.scope, gloss: e.gloss, zh: e.zh, en: e.en, related, ...(e.source ? { source: e.source } : {}) });
    },
  };
  const page = startOnPage(document, { ...DEFAULT_SETTINGS, script }, false, deps) as DubaoPage;
  const term = await vi.waitFor(() => {
    const t = Array.from(document.querySelectorAll<HTMLElement>('.dubao-article .dubao-term')).find((x) => entryById(termIdOf(x) ?? '')?.term === '医银合作');
    expect(t).toBeTruthy();
    return t as HTMLElement;
  });
  term.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  const root = await vi.waitFor(() => {
    const r = document.querySelector<HTMLElement>('[data-dubao-ui="card"]')?.shadowRoot;
    expect(r?.querySelector('.card')).toBeTruthy();
    return r as ShadowRoot;
  });
  return { root, page, source };
}

const text = (root: ShadowRoot, sel: string): string => root.querySelector(sel)?.textContent ?? '';

describe('a glossary card in the reader’s script', () => {
  it('in Taiwan script: headword, explanation and related terms are traditional, as the article; the source stays as published', async () => {
    const { root, page, source } = await cardOf('tw');
    expect(document.querySelector('.dubao-article')?.textContent).toContain('醫銀合作');
    expect(text(root, '.term')).toBe('醫銀合作');
    expect(root.querySelector('.card')?.getAttribute('aria-label')).toBe('醫銀合作');
    const zh = text(root, '.zh');
    expect(zh.length).toBeGreaterThan(0);
    expect(zh).toBe(tw(entryById('yiyin-hezuo')?.zh ?? zh));
    expect(zh).not.toBe(entryById('yiyin-hezuo')?.zh);
    const related = Array.from(root.querySelectorAll('.related button')).map((b) => b.textContent ?? '');
    const simplified = (entryById('yiyin-hezuo')?.related ?? []).map((r) => entryById(r)?.term ?? '');
    expect(related).toEqual(simplified.map((r) => tw(r)));
    expect(related).toContain('異地就醫備案');
    if (source) expect(text(root, '.source')).toBe(`Source: ${source}`);
    page.stop();
  });

  it('in Hong Kong script too, and as the glossary wrote it when the article is shown as written', async () => {
    const hkCard = await cardOf('hk');
    expect(text(hkCard.root, '.term')).toBe('醫銀合作');
    hkCard.page.stop();
    const { root, page } = await cardOf('original');
    expect(text(root, '.term')).toBe('医银合作');
    page.stop();
  });

  it('writes the source line with the colon of the interface language', () => {
    expect(labelled('来源', '国家医保局')).toBe('来源：国家医保局');
    expect(labelled('Source', '国家医保局')).toBe('Source: 国家医保局');
  });
});
