// The library: a full page for reviewing many highlights (search, filters, export, import).
import { HighlightList, type HighlightApi } from './HighlightList';

export function LibraryPage({ api, pageSize = 100 }: { api: HighlightApi; pageSize?: number }) {
  const { t } = api;
  return (
    <main class="library">
      <header class="brand">
        <span class="logo" aria-hidden="true">读</span>
        <h1>{t('libraryTitle')}</h1>
      </header>
      <p class="muted">{t('libraryIntro')}</p>
      <HighlightList api={api} variant="library" pageSize={pageSize} />
    </main>
  );
}
