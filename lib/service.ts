// The background's message service: validates what arrives, then touches the repository.
import type { Repository } from './db';
import type { Dictionary } from './dict';
import { wordAt } from './dict/segment';
import { validateBackgroundMessage, type GlossaryForms, type LazyScript, type Reply } from './messages';
import { canonicalUrl } from './url';

/** Who sent a message, as the runtime reports it. */
export interface SenderInfo {
  /** The sending extension's id (runtime.MessageSender.id). */
  id?: string;
  /** The sending tab and frame, when a content script sent it. */
  tabId?: number;
  frameId?: number;
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
  /** The word dictionary, loaded once. */
  dictionary?: () => Promise<Dictionary>;
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
    try {
      const repo = await deps.repo();
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
        case 'dict:word-at':
          if (!deps.dictionary) return { ok: false, error: 'not available here' };
          return { ok: true, value: wordAt(await deps.dictionary(), m.text, m.offset) };
        case 'dict:lookup':
          if (!deps.dictionary) return { ok: false, error: 'not available here' };
          return { ok: true, value: (await deps.dictionary()).lookup(m.text, m.offset) };
      }
    } catch (e) {
      return { ok: false, error: describeError(e) };
    }
  };
}
