// The popup panel: what Dubao made of the current tab, its view switches, and stored reading.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord, ArticleView, PageInfo } from '../lib/messages';
import type { Settings } from '../lib/settings';
import { AlwaysOnSites, type SitesApi } from './AlwaysOnSites';
import { HighlightList, type HighlightApi } from './HighlightList';
import { ReadingSettings, type ReadingStyleApi } from './ReadingSettings';
import { SelectField } from './SelectField';
import { TermList, type TermApi } from './TermList';
import { WordsDue } from './WordsDue';

/** Everything the panel needs from the outside world (the popup wires it to the browser). */
export interface PanelApi extends HighlightApi, TermApi, SitesApi {
  t: (key: string, substitutions?: string | string[]) => string;
  pageInfo: () => Promise<PageInfo | null>;
  setView: (view: ArticleView) => Promise<PageInfo | null>;
  setShowRepairs: (on: boolean) => Promise<PageInfo | null>;
  storedArticle: (url: string) => Promise<ArticleRecord | null>;
  recentArticles: () => Promise<ArticleRecord[]>;
  tabUrl: () => Promise<string | null>;
  useOnThisPage: () => Promise<PageInfo | null>;
  alwaysOnThisSite: () => Promise<boolean>;
  settings: () => Promise<Settings>;
  updateSettings: (patch: Partial<Settings>) => Promise<Settings>;
  /** Asks the page to get pinyin ready: the reader's pointer or focus reached the pinyin choice. */
  preparePinyin?: () => void;
  openLibrary: () => void | Promise<void>;
  /** The article style section (shown when both are given). */
  readingStyle?: ReadingStyleApi['readingStyle'];
  setReadingStyle?: ReadingStyleApi['setReadingStyle'];
}

type Load<T> = { state: 'loading' } | { state: 'done'; value: T } | { state: 'error'; error: string };

/** The whole popup. */
export function Panel({ api }: { api: PanelApi }) {
  const { t } = api;
  const [info, setInfo] = useState<Load<PageInfo | null>>({ state: 'loading' });
  const [recent, setRecent] = useState<Load<ArticleRecord[]>>({ state: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);

  const refreshRecent = (): void => {
    api.recentArticles().then(
      (value) => setRecent({ state: 'done', value }),
      (e: unknown) => setRecent({ state: 'error', error: String((e as Error).message ?? e) }),
    );
  };
  useEffect(() => {
    api.pageInfo().then((value) => setInfo({ state: 'done', value }), () => setInfo({ state: 'done', value: null }));
    refreshRecent();
  }, []);

  const apply = (p: Promise<PageInfo | null>): void => {
    void p.then((value) => value && setInfo({ state: 'done', value }));
  };

  return (
    <main class="panel">
      <header class="brand">
        <span class="logo" aria-hidden="true">读</span>
        <h1>{t('extName')}</h1>
      </header>
      <section aria-labelledby="dubao-page-h" class="card">
        <h2 id="dubao-page-h">{t('thisPage')}</h2>
        {info.state === 'loading' ? <p class="muted">{t('loading')}</p> : (
          <PageSection
            api={api}
            info={info.state === 'done' ? info.value : null}
            onInfo={(v) => setInfo({ state: 'done', value: v })}
            onView={(v) => apply(api.setView(v))}
            onShowRepairs={(on) => apply(api.setShowRepairs(on))}
            onNotice={setNotice}
          />
        )}
        {notice && <p class="notice" role="status">{notice}</p>}
      </section>
      <ReadingSection api={api} />
      {api.readingStyle && api.setReadingStyle && <ReadingSettings api={{ t, readingStyle: api.readingStyle, setReadingStyle: api.setReadingStyle }} />}
      <HighlightList
        api={api}
        page={info.state === 'done' && info.value?.recognized && info.value.kind === 'article' ? { url: info.value.url, orphans: info.value.orphans } : null}
      />
      <TermList api={api} />
      {/* Remounted after a notice (e.g. "always on" turned on): the list reads the sites again. */}
      <AlwaysOnSites api={api} key={notice ?? ''} />
      <WordsDue api={api} />
      <section aria-labelledby="dubao-recent-h" class="card">
        <h2 id="dubao-recent-h">{t('recentHeading')}</h2>
        {recent.state === 'loading' && <p class="muted">{t('loading')}</p>}
        {recent.state === 'error' && <p class="error" role="alert">{t('storageError', recent.error)}</p>}
        {recent.state === 'done' && recent.value.length === 0 && <p class="muted">{t('noRecent')}</p>}
        {recent.state === 'done' && recent.value.length > 0 && (
          <ul class="recent" aria-label={t('recentHeading')}>
            {recent.value.map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noreferrer">{a.title ?? a.url}</a>
                <span class="meta">{a.siteName}{a.date ? ` · ${a.date}` : ''}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

interface PageSectionProps {
  api: PanelApi;
  info: PageInfo | null;
  onInfo: (info: PageInfo | null) => void;
  onView: (view: ArticleView) => void;
  onShowRepairs: (on: boolean) => void;
  onNotice: (text: string | null) => void;
}

function PageSection({ api, info, onInfo, onView, onShowRepairs, onNotice }: PageSectionProps) {
  const { t } = api;
  if (!info) {
    return (
      <div>
        <p class="muted">{t('notRecognised')}</p>
        <div class="row">
          {/* The browser refuses both on its own pages, a blank page or another extension's: say so (the click did nothing). */}
          <button type="button" onClick={() => void api.useOnThisPage().then((v) => (v?.recognized ? onInfo(v) : onNotice(t(v?.garbled ? 'garbledPage' : 'noArticleFound'))), () => onNotice(t('cannotRunHere')))}>
            {t('useOnThisPage')}
          </button>
          <button type="button" class="secondary" onClick={() => void api.alwaysOnThisSite().then((ok) => onNotice(ok ? t('alwaysOnDone') : t('permissionDenied')), () => onNotice(t('cannotRunHere')))}>
            {t('alwaysOnThisSite')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div>
      <p class="paper" data-testid="paper">
        <span>{info.siteName}</span>
        {info.date && <span class="meta"> · {info.date}</span>}
      </p>
      {info.failed?.map((part) => <p key={part} class="muted" role="status">{t('partFailed', t(`part${part[0]?.toUpperCase()}${part.slice(1)}` as never))}</p>)}
      {info.kind === 'layout' ? (
        <p class="muted">{t('layoutPage')}</p>
      ) : (
        <>
          <p class="title" data-testid="title">{info.title ?? t('untitled')}</p>
          <div class="segmented" role="group" aria-label={t('viewLabel')}>
            <button type="button" aria-pressed={info.view === 'repaired'} onClick={() => onView('repaired')}>{t('viewRepaired')}</button>
            <button type="button" aria-pressed={info.view === 'original'} onClick={() => onView('original')}>{t('viewOriginal')}</button>
          </div>
          <label class="check">
            <input type="checkbox" checked={info.showRepairs} disabled={info.view !== 'repaired'} onChange={(e) => onShowRepairs((e.currentTarget as HTMLInputElement).checked)} />
            {t('showRepairs', String(info.joins))}
          </label>
        </>
      )}
    </div>
  );
}

/** Pinyin and script choices, remembered in settings and applied to every open article. */
function ReadingSection({ api }: { api: PanelApi }) {
  const { t } = api;
  const [s, setS] = useState<Settings | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    void api.settings().then(setS);
  }, []);
  if (!s) return null;
  // Once per popup, and only while pinyin is off: the page loads and reads pinyin before the choice.
  const intent = (): void => {
    if (asked.current || s.pinyin !== 'off') return;
    asked.current = true;
    api.preparePinyin?.();
  };
  const set = (patch: Partial<Settings>): void => {
    setS({ ...s, ...patch });
    void api.updateSettings(patch).then(setS);
  };
  return (
    <section aria-labelledby="dubao-reading-h" class="card">
      <h2 id="dubao-reading-h">{t('readingHeading')}</h2>
      <SelectField id="dubao-default-view" label={t('defaultViewLabel')} value={s.defaultView} onPick={(defaultView) => set({ defaultView })}
        choices={[{ value: 'repaired', label: t('viewRepaired') }, { value: 'original', label: t('viewOriginal') }]} />
      <SelectField id="dubao-pinyin" label={t('pinyinLabel')} value={s.pinyin} onPick={(pinyin) => set({ pinyin })} onIntent={intent}
        choices={[{ value: 'off', label: t('pinyinOff') }, { value: 'all', label: t('pinyinAll') }, { value: 'glossary', label: t('pinyinGlossary') }, { value: 'uncommon', label: t('pinyinUncommon') }]} />
      {s.pinyin === 'uncommon' && (
        <div class="field">
          <label for="dubao-rank">{t('uncommonRankLabel')}</label>
          <input id="dubao-rank" type="number" min={100} max={6000} step={100} value={s.uncommonRank}
            onChange={(e) => set({ uncommonRank: Number((e.currentTarget as HTMLInputElement).value) })} />
        </div>
      )}
      <SelectField id="dubao-tone" label={t('toneLabel')} value={s.tone} onPick={(tone) => set({ tone })}
        choices={[{ value: 'mark', label: t('toneMarks') }, { value: 'number', label: t('toneNumbers') }]} />
      <label class="check">
        <input type="checkbox" checked={s.toneColors} onChange={(e) => set({ toneColors: (e.currentTarget as HTMLInputElement).checked })} />
        {t('toneColors')}
      </label>
      <SelectField id="dubao-script" label={t('scriptLabel')} value={s.script} onPick={(script) => set({ script })}
        choices={[{ value: 'original', label: t('scriptOriginal') }, { value: 'simplified', label: t('scriptSimplified') }, { value: 'tw', label: t('scriptTw') }, { value: 'hk', label: t('scriptHk') }]} />
      <SelectField id="dubao-terms" label={t('glossaryMarksLabel')} value={s.glossaryMarks} onPick={(glossaryMarks) => set({ glossaryMarks })}
        choices={[{ value: 'every', label: t('glossaryEvery') }, { value: 'first', label: t('glossaryFirst') }, { value: 'off', label: t('glossaryOff') }]} />
      <label class="check">
        <input type="checkbox" checked={s.hoverDictionary} onChange={(e) => set({ hoverDictionary: (e.currentTarget as HTMLInputElement).checked })} />
        {t('hoverDictionary')}
      </label>
      <p class="hint">{t('clickWordHint')}</p>
    </section>
  );
}
