// "Always on this site": a content script registered for an origin, and the per-device list the
// popup and the library show with "turn off". The browser's scripting API and the list's storage
// are given (entrypoints/background.ts), so that the order of the steps can be tested: the list
// is written before a script is registered, and no registered script is ever left off the list.
import type { SiteControl } from './service';

/** A content script registered at run time, as scripting.getRegisteredContentScripts reports it. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
}

/** The part of the browser's scripting API the sites need. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: { id: string; matches: string[]; js: string[]; css: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }[]): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
}

/** What the site control is made of. */
export interface SiteControlDeps {
  scripting: ScriptingApi;
  /** The stored list, cleaned (http(s) origins, each once), in the order the sites were turned on. */
  load(): Promise<string[]>;
  save(list: string[]): Promise<void>;
  /** True when the reader granted the host permission for the origin (permissions.contains). */
  granted(origin: string): Promise<boolean>;
  /** Most sites on the list (lib/storage.ts MAX_ALWAYS_ON). */
  max: number;
}

/** The prefix of every script id Dubao registers for a site. */
export const SITE_SCRIPT_PREFIX = 'dubao-site-';

/**
 * The id of the script registered for an origin (`dubao-site-https://host`): one per scheme and
 * host. Earlier versions used `dubao-site-<host>` for both schemes (http and https of one host
 * shared an id); such scripts are still found by their `matches` (siteScripts).
 */
export const siteScriptId = (origin: string): string => `${SITE_SCRIPT_PREFIX}${origin}`;

/** The origins a registered script of Dubao's runs on (`https://host/*` → `https://host`). */
function originsOf(script: RegisteredScript): string[] {
  return script.id.startsWith(SITE_SCRIPT_PREFIX) ? (script.matches ?? []).map((m) => m.replace(/\/\*$/u, '')) : [];
}

/**
 * The site control the service uses. `enable` refuses a full list before anything is written,
 * writes the list, then registers the script (taking the origin off the list again when that
 * fails); `disable` unregisters the script, then removes the origin from the list.
 */
export function createSiteControl(deps: SiteControlDeps): SiteControl {
  const { scripting } = deps;
  /** The ids of Dubao's scripts that run on `origin` (whatever id an earlier version gave them). */
  const siteScripts = async (origin: string): Promise<string[]> =>
    (await scripting.getRegisteredContentScripts()).filter((s) => originsOf(s).includes(origin)).map((s) => s.id);
  return {
    list: deps.load,
    granted: deps.granted,
    async enable(origin) {
      const list = await deps.load();
      const added = !list.includes(origin);
      if (added) {
        if (list.length >= deps.max) throw new Error(`Dubao is always on for ${deps.max} sites already: turn one off first`);
        await deps.save([...list, origin]);
      }
      if ((await siteScripts(origin)).length > 0) return;
      const id = siteScriptId(origin);
      try {
        await scripting.registerContentScripts([{ id, matches: [`${origin}/*`], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'], runAt: 'document_idle', persistAcrossSessions: true }]);
      } catch (e) {
        if (added) await deps.save((await deps.load()).filter((o) => o !== origin));
        throw e;
      }
    },
    async disable(origin) {
      const ids = await siteScripts(origin);
      if (ids.length > 0) await scripting.unregisterContentScripts({ ids });
      await deps.save((await deps.load()).filter((o) => o !== origin));
    },
  };
}

/**
 * Makes the list and the registered scripts agree (at install and update): every site whose
 * script is registered is listed, so that it can be turned off (earlier versions kept their list
 * in sync storage). Beyond `max` sites, the scripts of the sites left off are unregistered, never
 * left running unlisted. Returns the list as saved.
 */
export async function listRegisteredSites(deps: Pick<SiteControlDeps, 'scripting' | 'load' | 'save' | 'max'>): Promise<string[]> {
  const scripts = (await deps.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SITE_SCRIPT_PREFIX));
  const list = await deps.load();
  const all = [...new Set([...list, ...scripts.flatMap(originsOf)])];
  const kept = all.slice(0, deps.max);
  const keep = new Set(kept);
  const drop = scripts.filter((s) => !originsOf(s).some((o) => keep.has(o))).map((s) => s.id);
  if (drop.length > 0) await deps.scripting.unregisterContentScripts({ ids: drop });
  if (kept.length !== list.length || kept.some((o, i) => o !== list[i])) await deps.save(kept);
  return kept;
}

/**
 * Takes off the list, and unregisters the script of, every listed site whose host permission
 * the reader has taken back (in the browser's extension settings: the browser no longer runs
 * the script there, so "always on" would only be shown, not done). Called when permissions are
 * removed and when the browser starts. Returns the origins turned off, in list order.
 */
export async function dropRevokedSites(deps: SiteControlDeps): Promise<string[]> {
  const list = await deps.load();
  const revoked: string[] = [];
  for (const origin of list) if (!(await deps.granted(origin))) revoked.push(origin);
  const control = createSiteControl(deps);
  for (const origin of revoked) await control.disable(origin);
  return revoked;
}
