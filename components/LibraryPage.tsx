// The library: a full page for reviewing many highlights (search, filters, export, import) and
// the reader's own glossary terms.
import { AlwaysOnSites, type SitesApi } from './AlwaysOnSites';
import { HighlightList, type HighlightApi } from './HighlightList';
import { TermList, type TermApi } from './TermList';
import { WordsList, type WordsApi } from './WordsList';

/** What the library page needs from the outside world (without the words calls, no Words section). */
export type LibraryApi = HighlightApi & TermApi & SitesApi & Partial<Omit<WordsApi, 't'>>;

export function LibraryPage({ api, pageSize = 100 }: { api: LibraryApi; pageSize?: number }) {
  const { t } = api;
  return (
    <main class="library">
      <header class="brand">
        <span class="logo" aria-hidden="true">读</span>
        <h1>{t('libraryTitle')}</h1>
      </header>
      <p class="muted">{t('libraryIntro')}</p>
      <HighlightList api={api} variant="library" pageSize={pageSize} />
      <TermList api={api} variant="library" pageSize={pageSize} />
      <AlwaysOnSites api={api} />
      {api.pageWords && <WordsList api={api as WordsApi} pageSize={pageSize} />}
    </main>
  );
}
