// The background's message service: validates what arrives, checks that the sender may ask for
// it (lib/grant.ts), then touches the repository (lib/service-handlers.ts).
import type { Repository } from './db';
import type { Dictionary } from './dict';
import { ownUrls, refusal, senderKind, type SenderInfo } from './grant';
import { validateBackgroundMessage, type BackgroundMessage, type GlossaryCard, type GlossaryForms, type LazyScript, type Reply } from './messages';
import { handleMessage, type Context } from './service-handlers';
import type { TermEditRequest } from './term-editor-link';
import type { Uploads } from './upload';
import { canonicalUrl } from './url';
import { isWordType } from './words/messages';
import { handleWordMessage, WORD_WRITES } from './words/service';

export type { SenderInfo } from './grant';

/** "Always on this site" in the browser: registering and unregistering content scripts, the per-device list. */
export interface SiteControl {
  /** True when the reader granted the host permission for `origin` (permissions.contains). */
  granted(origin: string): Promise<boolean>;
  /** Lists the origin, then registers its content script. */
  enable(origin: string): Promise<void>;
  disable(origin: string): Promise<void>;
  list(): Promise<string[]>;
}

/** Side effects the service needs from the browser. */
export interface ServiceDeps {
  repo: () => Promise<Repository>;
  ownId: string;
  /** The extension's own origin (`chrome-extension://<id>`, `moz-extension://<uuid>`); default `chrome-extension://<ownId>`. */
  ownOrigin?: string;
  sites?: SiteControl;
  /** Injects a heavy optional script into the sender's content-script world. */
  injectScript?: (name: LazyScript, tabId: number, frameId: number) => Promise<void>;
  /** Glossary forms for content scripts, with the segmentation words that occur in the page's `text`. */
  glossaryForms?: (text: string) => GlossaryForms | Promise<GlossaryForms>;
  /** A glossary entry for the card. */
  glossaryEntry?: (id: string) => GlossaryCard | null;
  /** The word dictionary, loaded once. */
  dictionary?: () => Promise<Dictionary>;
  /**
   * Highlights of these canonical URLs were changed (`changed`: saved, recoloured, noted, deleted,
   * restored, imported), or a page asked for its highlights (`changed` false): the background
   * updates the toolbar badge (of the sending tab, or of the tabs showing them) and, for a change,
   * has the other tabs showing these articles draw them again.
   */
  onHighlights?: (urls: string[], sender: SenderInfo, changed: boolean) => void;
  /** Opens the library's terms editor on one of the reader's terms with a new explanation filled in ('terms:open-editor'). */
  openTermEditor?: (request: TermEditRequest) => Promise<void>;
  /** The reader's own terms changed: open articles rebuild their term marks. */
  onTerms?: (sender: SenderInfo) => void;
  /** The saved words changed (saved, deleted, restored, imported): open articles redraw their word marks. */
  onWords?: (sender: SenderInfo) => void;
}

/** Turns an error into a message a reader can act on (quota errors included). */
export function describeError(e: unknown): string {
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return 'storage is full: free some disk space; nothing already saved was lost';
  return e instanceof Error ? e.message : String(e);
}

/** The URL a page's message names, when it must be the page's own (null: the message names none). */
function namedUrl(m: BackgroundMessage): string | null {
  switch (m.type) {
    case 'article:visit':
      return m.article.url;
    case 'highlight:save':
    case 'highlight:restore':
      return m.highlight.url;
    case 'highlights:for-url':
      return m.url;
    case 'word:save':
      return m.word.sentence.url;
    case 'word:looked-up':
      return m.url;
    default:
      return null;
  }
}

/**
 * Creates the handler for runtime messages. Every reply is `{ok: true, value}` or
 * `{ok: false, error}`; a refused message (shape, size, sender) changes nothing.
 */
export function createService(deps: ServiceDeps) {
  const extensionOrigin = deps.ownOrigin ?? `chrome-extension://${deps.ownId}`;
  const uploads: Uploads = new Map();
  return async function handle(raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    if (sender.id !== deps.ownId) return { ok: false, error: 'message from another extension refused' };
    const checked = validateBackgroundMessage(raw);
    if (!checked.ok) return checked;
    const m = checked.message;
    const kind = senderKind(sender, extensionOrigin);
    const refused = refusal(m.type, kind);
    if (refused) return { ok: false, error: refused };
    const own = kind === 'page' ? ownUrls(sender) : null;
    const named = namedUrl(m);
    if (own && named !== null && !own.has(canonicalUrl(named) ?? '')) {
      return { ok: false, error: `${m.type} refused: a page may only ask about its own article` };
    }
    try {
      const ctx: Context = { deps, sender, repo: await deps.repo(), own, uploads };
      if (isWordType(m.type)) {
        const reply = await handleWordMessage(m as Parameters<typeof handleWordMessage>[0], ctx.repo.words, own);
        if (reply.ok && WORD_WRITES.has(m.type) && m.type !== 'word:review') deps.onWords?.(sender);
        return reply;
      }
      return await handleMessage(m, ctx);
    } catch (e) {
      return { ok: false, error: describeError(e) };
    }
  };
}
