// The background's message service: validates what arrives, then touches the repository.
import type { Repository } from './db';
import type { Dictionary } from './dict';
import { validateTermInput } from './db/terms';
import { wordAt } from './dict/segment';
import { parseImport } from './highlights/import';
import { validateBackgroundMessage, type GlossaryCard, type GlossaryForms, type LazyScript, type Reply } from './messages';
import { parseTermsImport } from './terms-io';
import { canonicalUrl } from './url';
import { isWordType } from './words/messages';
import { handleWordMessage } from './words/service';

/** Who sent a message, as the runtime reports it. */
export interface SenderInfo {
  /** The sending extension's id (runtime.MessageSender.id). */
  id?: string;
  /** The sending tab and frame, when a content script sent it. */
  tabId?: number;
  frameId?: number;
  /** The URL of the sending page or frame (runtime.MessageSender.url). */
  url?: string;
}

/** Side effects the service needs from the browser. */
export interface ServiceDeps {
  repo: () => Promise<Repository>;
  ownId: string;
  enableSite?: (origin: string) => Promise<void>;
  /** Injects a heavy optional script into the sender's content-script world. */
  injectScript?: (name: LazyScript, tabId: number, frameId: number) => Promise<void>;
  /** Glossary forms for content scripts. */
  glossaryForms?: () => GlossaryForms;
  /** A glossary entry for the card. */
  glossaryEntry?: (id: string) => GlossaryCard | null;
  /** The word dictionary, loaded once. */
  dictionary?: () => Promise<Dictionary>;
  /**
   * Highlights of these canonical URLs were changed, or a page asked for its highlights: the
   * background updates the toolbar badge (of the sending tab, or of the tabs showing them).
   */
  onHighlights?: (urls: string[], sender: SenderInfo) => void;
  /** The reader's own terms changed: open articles rebuild their term marks. */
  onTerms?: (sender: SenderInfo) => void;
}

/** Turns an error into a message a reader can act on (quota errors included). */
export function describeError(e: unknown): string {
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return 'storage is full: free some disk space; nothing already saved was lost';
  return e instanceof Error ? e.message : String(e);
}

/** Creates the handler for runtime messages. */
export function createService(deps: ServiceDeps) {
  return async function handle(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    if (sender.id !== deps.ownId) return { ok: false, error: 'message from another extension refused' };
    const checked = validateBackgroundMessage(raw);
    if (!checked.ok) return checked;
    const m = checked.message;
    const termsChanged = (): void => {
      try {
        deps.onTerms?.(sender);
      } catch {
        // Open pages pick the change up when next loaded: never fail a reply for it.
      }
    };
    const touched = (urls: string[]): void => {
      try {
        deps.onHighlights?.([...new Set(urls)], sender);
      } catch {
        // The badge is a convenience: never let it fail a reply.
      }
    };
    try {
      const repo = await deps.repo();
      if (isWordType(m.type)) return await handleWordMessage(m as Parameters<typeof handleWordMessage>[0], sender, repo.words);
      switch (m.type) {
        case 'article:visit': {
          const url = canonicalUrl(m.article.url) as string;
          return { ok: true, value: await repo.visitArticle({ ...m.article, url }) };
        }
        case 'article:get':
          return { ok: true, value: await repo.getArticle(canonicalUrl(m.url) as string) };
        case 'articles:recent':
          return { ok: true, value: await repo.recentArticles(m.limit ?? 20) };
        case 'highlights:list':
          return { ok: true, value: await repo.listHighlights(m.url ? (canonicalUrl(m.url) as string) : undefined) };
        case 'site:enable':
          if (!deps.enableSite) return { ok: false, error: 'not available here' };
          await deps.enableSite(m.origin);
          return { ok: true, value: { origin: m.origin } };
        case 'script:load':
          if (!deps.injectScript || sender.tabId === undefined) return { ok: false, error: 'only a page can ask for this' };
          await deps.injectScript(m.name, sender.tabId, sender.frameId ?? 0);
          return { ok: true, value: { loaded: true } };
        case 'glossary:forms':
          if (!deps.glossaryForms) return { ok: false, error: 'not available here' };
          return { ok: true, value: deps.glossaryForms() };
        case 'glossary:entry':
          if (!deps.glossaryEntry) return { ok: false, error: 'not available here' };
          return { ok: true, value: deps.glossaryEntry(m.id) };
        case 'dict:word-at':
          if (!deps.dictionary) return { ok: false, error: 'not available here' };
          return { ok: true, value: wordAt(await deps.dictionary(), m.text, m.offset) };
        case 'dict:lookup':
          if (!deps.dictionary) return { ok: false, error: 'not available here' };
        {
          // Entries for the word the character belongs to (据|悉 → 据悉), longest first.
          const dict = await deps.dictionary();
          const word = wordAt(dict, m.text, m.offset);
          const found = dict.lookup(m.text, word?.start ?? m.offset);
          return { ok: true, value: found.length ? found : dict.lookup(m.text, m.offset) };
        }
        case 'highlight:save':
        case 'highlight:restore': {
          const record = { ...m.highlight, url: canonicalUrl(m.highlight.url) as string };
          const saved = m.type === 'highlight:save' ? await repo.putHighlight(record) : await repo.restoreHighlight(record);
          touched([saved.url]);
          return { ok: true, value: saved };
        }
        case 'highlight:update': {
          const updated = await repo.updateHighlight(m.id, m.patch);
          return { ok: true, value: updated };
        }
        case 'highlight:delete': {
          const deleted = await repo.deleteHighlight(m.id);
          if (deleted) touched([deleted.url]);
          return { ok: true, value: deleted };
        }
        case 'highlights:for-url': {
          const url = canonicalUrl(m.url) as string;
          const list = await repo.highlightsForUrl(url);
          if (sender.tabId !== undefined) touched([url]);
          return { ok: true, value: list };
        }
        case 'highlights:all':
          return { ok: true, value: await repo.allHighlights() };
        case 'highlights:recent': {
          // The newest ones and, when asked, every one of the article in the tab: a quick first view.
          const recent = await repo.recentHighlights(m.limit);
          const page = m.url ? await repo.highlightsForUrl(canonicalUrl(m.url) as string) : [];
          const seen = new Set(recent.map((r) => r.id));
          return { ok: true, value: [...page.filter((r) => !seen.has(r.id)), ...recent] };
        }
        case 'highlights:import': {
          const parsed = parseImport(m.text);
          if (!parsed.ok) return { ok: false, error: parsed.errors.join('\n') };
          const records = parsed.records.map((r) => ({ ...r, url: canonicalUrl(r.url) as string }));
          const counts = await repo.importHighlights(records);
          if (counts.added + counts.updated > 0) touched(records.map((r) => r.url));
          return { ok: true, value: { ...counts, warnings: parsed.warnings } };
        }
        case 'terms:list':
          return { ok: true, value: await repo.allTerms() };
        case 'terms:put': {
          const checked = validateTermInput(m.term);
          if (!checked.ok) return { ok: false, error: checked.error };
          const saved = await repo.putTerm(checked.value);
          termsChanged();
          return { ok: true, value: saved };
        }
        case 'terms:delete': {
          const deleted = await repo.deleteTerm(m.id);
          if (deleted) termsChanged();
          return { ok: true, value: deleted };
        }
        case 'terms:import': {
          // All or nothing: a refused file writes nothing.
          const parsed = parseTermsImport(m.text);
          if (!parsed.ok) return { ok: false, error: parsed.errors.join('\n') };
          const counts = await repo.importTerms(parsed.terms);
          if (counts.added + counts.updated > 0) termsChanged();
          return { ok: true, value: { ...counts, warnings: parsed.warnings } };
        }
      }
    } catch (e) {
      return { ok: false, error: describeError(e) };
    }
  };
}
