import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { knownHostMatches } from '../../lib/detect/sites';
import { buildMatcher } from '../../lib/glossary/matcher';
import type { GlossaryEntry } from '../../lib/glossary/types';
import type { GlossaryForms, Reply, TermRecord } from '../../lib/messages';
import { loadSettings, settingsItem } from '../../lib/storage';
import { normalizeSettings } from '../../lib/settings';
import { DubaoPage, listen, startOnPage, type PageDeps } from './app';
import { startReadingStyle } from './reading-style';
import { startResume } from './resume';
import type { HighlightRecord } from '../../lib/highlights/types';
import type { CardEntry, CardLabels, DictCardEntry } from './card';
import type { ToolbarLabels } from './toolbar';
import type { AnnotatorLike, Cn2t } from './display';

/** Globals the lazily injected scripts set in this content-script world. */
const lazy = globalThis as { __dubaoAnnotator?: AnnotatorLike; __dubaoCn2t?: Cn2t };
import './style.css';

declare global {
  interface Window {
    /** Set by the popup's "use Dubao on this page" before it injects this script. */
    __dubaoForce?: boolean;
    __dubaoStarted?: boolean;
  }
}

/** The reader's own glossary terms, by matcher id (`user:<id>`). */
let readerTerms = new Map<string, TermRecord>();

/** A UI string in the browser's language (its key where the runtime has none). */
function t(key: string, sub?: string): string {
  try {
    return browser.i18n.getMessage(key as never, sub) || key;
  } catch {
    return key;
  }
}

/** Asks the background for something; throws its error. */
async function ask<V>(message: object): Promise<V> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<V>;
  if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
  return reply.value;
}

const deps: PageDeps = {
  async loadAnnotator(): Promise<AnnotatorLike> {
    if (!lazy.__dubaoAnnotator) await ask({ type: 'script:load', name: 'annotator' });
    const an = lazy.__dubaoAnnotator;
    if (!an) throw new Error('pinyin did not load');
    return an;
  },
  async loadTraditional(): Promise<Cn2t> {
    if (!lazy.__dubaoCn2t) await ask({ type: 'script:load', name: 'cn2t' });
    const convert = lazy.__dubaoCn2t;
    if (!convert) throw new Error('traditional tables did not load');
    return convert;
  },
  wordAt: (text, offset) => ask<{ start: number; end: number } | null>({ type: 'dict:word-at', text, offset }),
  glossaryEntry: async (id) => {
    const own = readerTerms.get(id);
    if (own) {
      return { id, term: own.term, pinyin: '', category: 'own', scope: 'own', gloss: '', zh: own.explanation, en: '', related: [], own: true };
    }
    return ask<CardEntry | null>({ type: 'glossary:entry', id });
  },
  dictLookup: (text, offset) => ask<DictCardEntry[]>({ type: 'dict:lookup', text, offset }),
  get cardLabels(): CardLabels {
    return {
      close: t('cardClose'),
      occurrences: (n) => t('cardOccurrences', String(n)),
      highlight: t('cardHighlight'),
      copy: t('cardCopy'),
      copied: t('cardCopied'),
      related: t('cardRelated'),
      items: t('cardItems'),
      scope: { national: t('scopeNational'), zhejiang: t('scopeZhejiang'), local: t('scopeLocal') },
      category: (c) => t(`cat_${c.replace(/-/gu, '_')}`),
      dictionary: t('cardDictionary'),
      notFound: t('cardNotFound'),
      ownTerm: t('cardOwnTerm'),
    };
  },
  get toolbarLabels(): ToolbarLabels {
    return {
      toolbar: t('tbToolbar'),
      color: { yellow: t('tbYellow'), green: t('tbGreen'), blue: t('tbBlue'), pink: t('tbPink') },
      note: t('tbNote'),
      notePlaceholder: t('tbNotePlaceholder'),
      saveNote: t('tbSaveNote'),
      copyCitation: t('tbCopyCitation'),
      copied: t('cardCopied'),
      lookUp: t('tbLookUp'),
      addTerm: t('tbAddTerm'),
      termPlaceholder: t('tbTermPlaceholder'),
      saveTerm: t('tbSaveTerm'),
      error: (why) => t('tbError', why),
    };
  },
  loadHighlights: (url) => ask<HighlightRecord[]>({ type: 'highlights:for-url', url }),
  saveHighlight: (highlight) => ask<HighlightRecord>({ type: 'highlight:save', highlight }),
  updateHighlight: (id, patch) => ask<HighlightRecord>({ type: 'highlight:update', id, patch }),
  putTerm: async (term, explanation) => {
    await ask({ type: 'terms:put', term: { term, explanation } });
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  async loadGlossary() {
    const [forms, own] = await Promise.all([ask<GlossaryForms>({ type: 'glossary:forms' }), ask<TermRecord[]>({ type: 'terms:list' }).catch(() => [] as TermRecord[])]);
    readerTerms = new Map(own.map((t) => [`user:${t.id}`, t]));
    // The reader's own terms come first and take their surface forms away from built-in entries.
    const mine = new Set(own.map((t) => t.term));
    const builtin = forms.entries.flatMap((e) => {
      if (mine.has(e.term)) return [];
      return [{ ...e, variants: e.variants.filter((v) => !mine.has(v)) }];
    });
    const entries = [...own.map((t) => ({ id: `user:${t.id}`, term: t.term, variants: [] as string[] })), ...builtin];
    return buildMatcher(entries as unknown as GlossaryEntry[], undefined, { ignore: forms.ignore });
  },

};

export default defineContentScript({
  matches: knownHostMatches(),
  runAt: 'document_idle',
  async main() {
    if (window.__dubaoStarted) return;
    window.__dubaoStarted = true;
    const settings = await loadSettings();
    const force = window.__dubaoForce === true || settings.alwaysOn.includes(location.origin);
    let page: DubaoPage | null = null;
    browser.runtime.onMessage.addListener(listen(() => page));
    page = startOnPage(document, settings, force, deps);
    if (page) settingsItem.watch((next) => void page?.applySettings(normalizeSettings(next)));
    if (page) startReadingStyle(document);
    if (page?.recognition.kind === 'article') {
      startResume(document, page.info().url, { label: t('resumeLabel'), prompt: (w) => t('resumePrompt', w), resume: t('resumeContinue'), dismiss: t('resumeDismiss') });
      const r = page.recognition;
      void browser.runtime
        .sendMessage({ type: 'article:visit', article: { url: page.info().url, site: r.site, siteName: r.siteName, title: r.title, date: r.date } })
        .catch(() => undefined);
    }
  },
});
