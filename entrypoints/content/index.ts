import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { knownHostMatches } from '../../lib/detect/sites';
import { buildMatcher } from '../../lib/glossary/matcher';
import { DETECTED_PREFIX, withDetected } from '../../lib/glossary/detect';
import type { GlossaryEntry, TermMatch } from '../../lib/glossary/types';
import { detectedEntry } from './detected-entry';
import { MAX_GLOSSARY_TEXT } from '../../lib/messages';
import { createSend } from '../../lib/send';
import { loadAlwaysOn, loadSettings, pinyinUsedItem, settingsItem } from '../../lib/storage';
import { normalizeSettings, type Settings } from '../../lib/settings';
import { DubaoPage, MARK, startOnPage, type PageDeps } from './app';
import { listen } from './listen';
import { forcedByPopup } from '../../lib/start-forced';
import { startReadingStyle, type ReadingStyler } from './reading-style';
import { startResume, type ResumeTracker } from './resume';
import { headlineBars, headlineBoxes, headlineElements, markHeadline } from './headline';
import { HeadlineScript } from './headline-script';
import { clearStyleStatus } from './style-status';
import { followArticle, type PageRun } from './article-follow';
import { canonicalUrl } from '../../lib/url';
import type { CardLabels } from './card';
import type { ToolbarLabels } from './toolbar';
import { warmSegmenter, type AnnotatorLike, type Cn2t } from './display';
import { e2eGate } from './e2e-gate';
import { start as startWords } from './words';

/** Globals the lazily injected scripts set in this content-script world. */
const lazy = globalThis as { __dubaoAnnotator?: AnnotatorLike; __dubaoCn2t?: Cn2t };
import { showNotice } from './notice';
import { createUiText, extensionGone, readerReason } from './ui-text';
import './style.css';
import { garbledText, type Garbled } from '../../lib/detect/garbled';

/** Why this page's text was not repaired: it reads as decoded with the wrong charset (null: it did not). */
let garbled: Garbled | null = null;
/** The reading style's sheet and keys: one for the document, whatever article it shows. */
let styler: ReadingStyler | null = null;
/** The shown article's repaired block texts in its own script (null before an article is started). */
let articleTexts: (() => string[]) | null = null;
/** The glossary matcher of the shown article (null before its glossary is loaded). */
let glossaryMatch: ((text: string) => TermMatch[]) | null = null;

/**
 * Claims this content-script world for Dubao; false when a copy already runs in it. The mark is
 * a symbol-keyed property of the content script's own global: the page's scripts run in another
 * world and cannot see or set it, and page elements only shadow string-named window properties.
 * It outlives a second evaluation of this script (a module variable would not), though the popup
 * injects the script only into a tab where no copy answers.
 */
function claimWorld(): boolean {
  const mark = Symbol.for('dubao.running');
  const world = globalThis as unknown as Record<symbol, unknown>;
  if (Object.prototype.hasOwnProperty.call(world, mark)) return false;
  Object.defineProperty(world, mark, { value: true });
  return true;
}

/** The texts of the reader's own glossary terms, by matcher id (`user:<text>`). */
let readerTerms = new Map<string, string>();

/** A UI string in the browser's language (its key where the runtime has none), kept once read (ui-text.ts). */
const t = createUiText((key, sub) => browser.i18n.getMessage(key as never, sub));

/** Messages a page may still need after its extension was reloaded or updated under it. */
const LATE_KEYS = ['extReloaded', 'cardClose', 'tbError', 'tbSavedNote', 'cardOccurrences', 'partFailed', 'errStorageFull', 'errNoteTooLong', 'errExplanationTooLong'];

let toldReloaded = false;
/** Says once, in the page's notice line, that Dubao was reloaded and the page must be reloaded to use it. */
function tellReloaded(): void {
  if (toldReloaded) return;
  toldReloaded = true;
  showNotice(document, t('extReloaded'), '', t('cardClose'));
}

/** Tells the reader in one line that an optional part did not load. */
function showFailure(text: string, why: string): void {
  showNotice(document, text, why, t('cardClose'));
}

/** Asks the background: the reply is the one declared for the message (lib/messages.ts); rejects with its error. */
const ask = createSend(async (message) => {
  // The extension was reloaded or updated under this page: its old script can reach nothing.
  // The reader is told once what to do; a failure shown (the toolbar's "not saved") says it too.
  if (extensionGone(browser.runtime)) {
    tellReloaded();
    throw new Error(t('extReloaded'));
  }
  return browser.runtime.sendMessage(message);
});

const deps: PageDeps = {
  async loadAnnotator(): Promise<AnnotatorLike> {
    if (!lazy.__dubaoAnnotator) {
      await e2eGate('annotator');
      const t0 = performance.now();
      const loading = ask({ type: 'script:load', name: 'annotator' });
      // While the background injects the annotator, the page's thread is free for this.
      warmSegmenter();
      await loading;
      performance.measure('dubao:annotator-load', { start: t0, end: performance.now() });
    }
    const an = lazy.__dubaoAnnotator;
    if (!an) throw new Error('pinyin did not load');
    return an;
  },
  pinyinUse: {
    used: async () => (await pinyinUsedItem.getValue()) === true,
    note: () => void pinyinUsedItem.setValue(true).catch(() => undefined),
  },
  async loadTraditional(): Promise<Cn2t> {
    if (!lazy.__dubaoCn2t) await ask({ type: 'script:load', name: 'cn2t' });
    const convert = lazy.__dubaoCn2t;
    if (!convert) throw new Error('traditional tables did not load');
    return convert;
  },
  wordAt: (text, offset) => ask({ type: 'dict:word-at', text, offset }),
  glossaryEntry: async (id) => {
    const text = readerTerms.get(id);
    const own = text !== undefined ? await ask({ type: 'terms:card', term: text }) : null;
    if (own) {
      return { id, term: own.term, pinyin: '', category: 'own', scope: 'own', gloss: '', zh: own.explanation, en: '', related: [], own: true };
    }
    // The article's own text, where the term was found: the page may show it in another script (tw, hk).
    if (id.startsWith(DETECTED_PREFIX)) return detectedEntry(id.slice(DETECTED_PREFIX.length), articleTexts?.() ?? [], (text, offset) => ask({ type: 'dict:lookup', text, offset }), glossaryMatch);
    return ask({ type: 'glossary:entry', id });
  },
  dictLookup: (text, offset) => ask({ type: 'dict:lookup', text, offset }),
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
      detected: t('cardDetected'),
      elsewhere: t('cardElsewhere'),
      addTerm: t('cardAddTerm'),
      source: t('cardSource'),
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
      saveWord: t('wordSave'),
      removeHighlight: t('tbRemoveHighlight'),
      savedNote: (note) => t('tbSavedNote', note),
      error: (why) => t('tbError', readerReason(why, t)),
    };
  },
  loadHighlights: (url) => ask({ type: 'highlights:for-url', url }),
  saveHighlight: (highlight) => ask({ type: 'highlight:save', highlight }),
  updateHighlight: (id, patch) => ask({ type: 'highlight:update', id, patch }),
  deleteHighlight: (id) => ask({ type: 'highlight:delete', id }),
  putTerm: async (term, explanation) => {
    await ask({ type: 'terms:add', term: { term, explanation } });
  },
  hasOwnTerm: async (term) => (await ask({ type: 'terms:forms' })).includes(term),
  // A page may add terms but never replace one (lib/grant.ts): asked, the reader saves it in the library's editor.
  confirmReplaceTerm: (term) => window.confirm(t('tbTermReplace', term)),
  openTermEditor: async (term, explanation) => void (await ask({ type: 'terms:open-editor', term, explanation })),
  reportFailure: (part, why) => showFailure(t('partFailed', t(`part${part[0]?.toUpperCase()}${part.slice(1)}`)), why),
  copyText: (text) => navigator.clipboard.writeText(text),
  async loadGlossary(text) {
    // Only the segmentation words that occur in this article come back (lib/glossary/lexicon.ts).
    const [forms, own] = await Promise.all([ask({ type: 'glossary:forms', text: text.slice(0, MAX_GLOSSARY_TEXT) }), ask({ type: 'terms:forms' }).catch(() => [] as string[])]);
    readerTerms = new Map(own.map((term) => [`user:${term}`, term]));
    // The reader's own terms come first and take their surface forms away from built-in entries.
    const mine = new Set(own);
    const builtin = forms.entries.flatMap((e) => {
      if (mine.has(e.term)) return [];
      return [{ ...e, variants: e.variants.filter((v) => !mine.has(v)) }];
    });
    const entries = [...own.map((term) => ({ id: `user:${term}`, term, variants: [] as string[] })), ...builtin];
    const words = forms.words.split(' ');
    const glossary = buildMatcher(entries as unknown as GlossaryEntry[], undefined, { words });
    glossaryMatch = (t) => glossary.match(t);
    // Jargon the glossary lacks gets a lighter mark (style.css: data-term-id="detected:…").
    const lexicon = new Set([...words, ...(forms.plain ? forms.plain.split(' ') : [])]);
    return { match: (text: string) => withDetected(text, glossary.match(text), (w) => lexicon.has(w)) };
  },
  startWords: (host) => startWords(host, { ask, t: (key, sub) => (typeof sub === 'string' || sub === undefined ? t(key, sub) : browser.i18n.getMessage(key as never, sub) || key) }),

};

export default defineContentScript({
  matches: knownHostMatches(),
  runAt: 'document_idle',
  async main() {
    if (!claimWorld()) return;
    // Read now the words shown when the extension has gone (every label of the toolbar and cards too).
    t.warm(LATE_KEYS);
    // An earlier copy of Dubao, gone with the extension it came from (reloaded or updated; Firefox
    // then puts the new one into open tabs), left its repaired article here and took the page's
    // original with it: read again, its readings would become the article's text. The page is left
    // as it is, and the reader is told to reload it.
    if (document.querySelector(`[${MARK}="repaired"], [${MARK}="original"]`)) return tellReloaded();
    void deps.toolbarLabels;
    void deps.cardLabels;
    let settings = await loadSettings();
    let force = forcedByPopup() || (await loadAlwaysOn()).includes(location.origin);
    // Started again whenever the page puts another article in place without a load (article-follow.ts).
    const follower = followArticle(document, () => begin(settings, force));
    const page = (): DubaoPage | null => follower.current().page;
    settingsItem.watch((next) => {
      settings = normalizeSettings(next);
      page()?.settingsArrive.fromStorage(settings);
    });
    /** The one forced start ("Use Dubao on this page"), however often the popup asks. */
    let forcing: Promise<DubaoPage | null> | null = null;
    const startForced = () => (forcing ??= loadSettings().then((now) => {
      if (page()) return page();
      [settings, force] = [now, true];
      return follower.restart().page;
    }));
    browser.runtime.onMessage.addListener(listen(page, startForced, () => garbled));
  },
});

/** A start of Dubao on the document, with the page it runs (null: none). */
type Run = PageRun & { page: DubaoPage | null };

/** Starts Dubao on this page (`force`: although it was not recognised); its page is null when it is not for us. */
function begin(settings: Settings, force: boolean): Run {
  const url = canonicalUrl(location.href) ?? location.href;
  // Text decoded with the wrong charset is not repaired (lib/detect/garbled.ts): the popup says why.
  garbled = garbledText(document.body?.textContent ?? '');
  const page = garbled ? null : startOnPage(document, settings, force, deps);
  articleTexts = page ? () => page.blockTexts() : null;
  if (!page) return { url, root: null, page: null, stop: () => undefined };
  styler ??= startReadingStyle(document, (key, sub) => browser.i18n.getMessage(key as never, sub));
  let resume: ResumeTracker | null = null;
  let headScript: HeadlineScript | null = null;
  if (page.recognition.kind === 'article') {
    const tracker = startResume(document, url, { label: t('resumeLabel'), prompt: (w) => t('resumePrompt', w), resume: t('resumeContinue'), dismiss: t('resumeDismiss') }, () => page.blockTexts());
    resume = tracker;
    // A page opened in the original view offers the place once the reader turns to the repaired one.
    page.onViewChange((view) => view === 'repaired' && tracker.repairedShown());
    const r = page.recognition;
    // The page's headline and subtitles take the reading theme with the repaired article (only then).
    const boxes = headlineBoxes(headlineElements(document, r.body as Element, [r.pretitle, r.title, r.subtitle]), r.body as Element);
    const heads = [...boxes, ...headlineBars(boxes, r.body as Element)];
    // …and the script chosen for the article (headline-script.ts).
    const shownHeads = (headScript = new HeadlineScript());
    const showHeads = (view: string | null): void => {
      markHeadline(document, view === 'repaired' ? heads : []);
      shownHeads.show(view === 'repaired' ? heads : [], page.currentSettings().script === 'original' ? null : (text) => page.shownText(text));
      if (view !== 'repaired') clearStyleStatus(document);
    };
    showHeads((r.body as Element).getAttribute(MARK));
    page.onViewChange(showHeads);
    page.onSettingsApplied(() => showHeads((r.body as Element).getAttribute(MARK)));
    void browser.runtime
      .sendMessage({ type: 'article:visit', article: { url, site: r.site, siteName: r.siteName, title: r.title, date: r.date } })
      .catch(() => undefined);
  }
  const root = page.recognition.kind === 'article' ? (page.recognition.body as Element | null) : null;
  return {
    url, root, page,
    stop() {
      markHeadline(document, []);
      headScript?.restore();
      resume?.stop();
      page.stop();
    },
  };
}
