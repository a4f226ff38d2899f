// What the background does for each granted message (lib/service.ts has already validated the
// message and checked its sender).
import type { Repository } from './db';
import { wordAt } from './dict/segment';
import { parseImport } from './highlights/import';
import type { BackgroundMessage, Reply } from './messages';
import type { SenderInfo } from './grant';
import type { ServiceDeps } from './service';
import { parseTermsImport } from './terms-io';
import { assembleUpload, storePart, type Uploads } from './upload';
import { canonicalUrl } from './url';

/** What one message is handled with. `own` is the sending page's own canonical URLs (null for an extension page). */
export interface Context {
  deps: ServiceDeps;
  sender: SenderInfo;
  repo: Repository;
  own: Set<string> | null;
  uploads: Uploads;
}

const canonical = (url: string): string => canonicalUrl(url) as string;
const done = <V>(value: V): Reply<V> => ({ ok: true, value });
const unavailable: Reply<never> = { ok: false, error: 'not available here' };

/** Refuses a page's change to a highlight stored for another article (same id, other URL). */
async function foreignHighlight(ctx: Context, id: string): Promise<Reply<never> | null> {
  if (!ctx.own) return null;
  const stored = await ctx.repo.getHighlight(id);
  if (stored && !ctx.own.has(stored.url)) return { ok: false, error: 'refused: this highlight belongs to another article' };
  return null;
}

/** Tells the badge (and, for a change, the open articles) which URLs' highlights changed or were asked for; never fails a reply. */
function touched(ctx: Context, urls: string[], changed = true): void {
  try {
    ctx.deps.onHighlights?.([...new Set(urls)], ctx.sender, changed);
  } catch {
    // The badge is a convenience.
  }
}

/** Tells open articles that the reader's terms changed; never fails a reply. */
function termsChanged(ctx: Context): void {
  try {
    ctx.deps.onTerms?.(ctx.sender);
  } catch {
    // Open pages pick the change up when next loaded.
  }
}

/** Handles one granted, validated message. Throws what the repository throws (the caller describes it). */
export async function handleMessage(m: BackgroundMessage, ctx: Context): Promise<Reply<unknown>> {
  const { repo, deps } = ctx;
  switch (m.type) {
    case 'article:visit':
      return done(await repo.visitArticle({ ...m.article, url: canonical(m.article.url) }));
    case 'article:get':
      return done(await repo.getArticle(canonical(m.url)));
    case 'articles:recent':
      return done(await repo.recentArticles(m.limit ?? 20));
    case 'site:enable':
    case 'site:disable':
    case 'sites:list':
      return handleSites(m, ctx);
    case 'script:load':
      if (!deps.injectScript || ctx.sender.tabId === undefined) return { ok: false, error: 'only a page can ask for this' };
      await deps.injectScript(m.name, ctx.sender.tabId, ctx.sender.frameId ?? 0);
      return done({ loaded: true });
    case 'glossary:forms':
      return deps.glossaryForms ? done(await deps.glossaryForms(m.text ?? '')) : unavailable;
    case 'glossary:entry':
      return deps.glossaryEntry ? done(deps.glossaryEntry(m.id)) : unavailable;
    case 'dict:word-at':
      return deps.dictionary ? done(wordAt(await deps.dictionary(), m.text, m.offset)) : unavailable;
    case 'dict:lookup': {
      if (!deps.dictionary) return unavailable;
      // Entries for the word the character belongs to (据|悉 → 据悉), longest first.
      const dict = await deps.dictionary();
      const word = wordAt(dict, m.text, m.offset);
      const found = dict.lookup(m.text, word?.start ?? m.offset);
      return done(found.length ? found : dict.lookup(m.text, m.offset));
    }
    case 'terms:open-editor':
      if (!deps.openTermEditor) return unavailable;
      await deps.openTermEditor({ term: m.term.trim(), explanation: m.explanation });
      return done({ opened: true });
    default:
      return m.type.startsWith('terms:') ? handleTerms(m, ctx) : handleHighlights(m, ctx);
  }
}

async function handleSites(m: BackgroundMessage, ctx: Context): Promise<Reply<unknown>> {
  const sites = ctx.deps.sites;
  if (!sites) return unavailable;
  if (m.type === 'sites:list') return done(await sites.list());
  if (m.type === 'site:enable') {
    if (!(await sites.granted(m.origin))) return { ok: false, error: `Dubao may not read ${m.origin}: allow it when the browser asks, then try again` };
    await sites.enable(m.origin);
  }
  else if (m.type === 'site:disable') await sites.disable(m.origin);
  else return unavailable;
  return done({ origin: m.origin });
}

async function handleHighlights(m: BackgroundMessage, ctx: Context): Promise<Reply<unknown>> {
  const { repo } = ctx;
  switch (m.type) {
    case 'highlight:save':
    case 'highlight:restore': {
      const refused = await foreignHighlight(ctx, m.highlight.id);
      if (refused) return refused;
      const record = { ...m.highlight, url: canonical(m.highlight.url) };
      const saved = m.type === 'highlight:save' ? await repo.putHighlight(record) : await repo.restoreHighlight(record);
      touched(ctx, [saved.url]);
      return done(saved);
    }
    case 'highlight:update': {
      const refused = await foreignHighlight(ctx, m.id);
      if (refused) return refused;
      const updated = await repo.updateHighlight(m.id, m.patch);
      touched(ctx, [updated.url]);
      return done(updated);
    }
    case 'highlight:delete': {
      const refused = await foreignHighlight(ctx, m.id);
      if (refused) return refused;
      const deleted = await repo.deleteHighlight(m.id);
      if (deleted) touched(ctx, [deleted.url]);
      return done(deleted);
    }
    case 'highlights:for-url': {
      const url = canonical(m.url);
      const list = await repo.highlightsForUrl(url);
      if (ctx.sender.tabId !== undefined) touched(ctx, [url], false);
      return done(list);
    }
    case 'highlights:all':
      return done(await repo.allHighlights());
    case 'highlights:recent': {
      // The newest ones and, when asked, every one of the article in the tab: a quick first view.
      const recent = await repo.recentHighlights(m.limit);
      const page = m.url ? await repo.highlightsForUrl(canonical(m.url)) : [];
      const seen = new Set(recent.map((r) => r.id));
      return done([...page.filter((r) => !seen.has(r.id)), ...recent]);
    }
    case 'highlights:import-part':
      return storePart(ctx.uploads, m);
    case 'highlights:import': {
      const text = m.upload !== undefined ? assembleUpload(ctx.uploads, m.upload) : m.text;
      if (typeof text !== 'string') return { ok: false, error: 'the file did not arrive whole: import it again' };
      const parsed = parseImport(text);
      if (!parsed.ok) return { ok: false, error: parsed.errors.join('\n') };
      const records = parsed.records.map((r) => ({ ...r, url: canonical(r.url) }));
      const counts = await repo.importHighlights(records);
      if (counts.added + counts.updated > 0) touched(ctx, records.map((r) => r.url));
      return done({ ...counts, warnings: parsed.warnings });
    }
    default:
      return unavailable;
  }
}

async function handleTerms(m: BackgroundMessage, ctx: Context): Promise<Reply<unknown>> {
  const { repo } = ctx;
  switch (m.type) {
    case 'terms:list':
      return done(await repo.allTerms());
    case 'terms:forms':
      return done((await repo.allTerms()).map((t) => t.term));
    case 'terms:card': {
      const found = await repo.termByText(m.term.trim());
      return done(found ? { term: found.term, explanation: found.explanation } : null);
    }
    case 'terms:put':
    case 'terms:add': {
      // Validated already (lib/messages.ts); 'terms:add' (a page's) never replaces a stored term.
      const input = { term: m.term.term.trim(), explanation: m.term.explanation };
      const saved = m.type === 'terms:add' ? await repo.addTerm(input) : await repo.putTerm(m.term.id ? { ...input, id: m.term.id } : input);
      termsChanged(ctx);
      return done(saved);
    }
    case 'terms:delete': {
      const deleted = await repo.deleteTerm(m.id);
      if (deleted) termsChanged(ctx);
      return done(deleted);
    }
    case 'terms:import': {
      // All or nothing: a refused file writes nothing.
      const parsed = parseTermsImport(m.text);
      if (!parsed.ok) return { ok: false, error: parsed.errors.join('\n') };
      const counts = await repo.importTerms(parsed.terms);
      if (counts.added + counts.updated > 0) termsChanged(ctx);
      return done({ ...counts, warnings: parsed.warnings });
    }
    default:
      return unavailable;
  }
}
