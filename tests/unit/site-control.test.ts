// "Always on this site" against a stand-in for the browser's scripting API (the shape Chromium's
// chrome.scripting reports: ids and `matches` patterns) and the per-device list: the list is
// written before a script is registered, a full list refuses before anything is registered, and
// no registered script is left where nobody can turn it off.
import { describe, expect, it } from 'vitest';
import { createSiteControl, dropRevokedSites, listRegisteredSites, siteScriptId, type RegisteredScript, type ScriptingApi, type SiteControlDeps } from '../../lib/site-control';

/** A browser with registered scripts and a stored list; `log` is every change in order. */
function fakeBrowser(opts: { list?: string[]; scripts?: RegisteredScript[]; failRegister?: boolean; max?: number; revoked?: string[] } = {}) {
  const log: string[] = [];
  let stored = [...(opts.list ?? [])];
  const scripts = new Map((opts.scripts ?? []).map((s) => [s.id, s]));
  const scripting: ScriptingApi = {
    async getRegisteredContentScripts(filter) {
      return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(list) {
      if (opts.failRegister) throw new Error('Duplicate script ID');
      for (const s of list) {
        log.push(`register ${s.id}`);
        scripts.set(s.id, { id: s.id, matches: s.matches });
      }
    },
    async unregisterContentScripts({ ids }) {
      for (const id of ids) {
        log.push(`unregister ${id}`);
        scripts.delete(id);
      }
    },
  };
  const deps: SiteControlDeps = {
    scripting,
    load: async () => [...stored],
    save: async (list) => {
      log.push(`save ${list.length}`);
      stored = [...list];
    },
    granted: async (origin) => !(opts.revoked ?? []).includes(origin),
    max: opts.max ?? 500,
  };
  return { deps, log, stored: () => stored, ids: () => [...scripts.keys()].sort() };
}

const JXRB = 'https://www.jxrb.com';
const script = (origin: string): RegisteredScript => ({ id: siteScriptId(origin), matches: [`${origin}/*`] });
const origins = (n: number): string[] => Array.from({ length: n }, (_, i) => `https://paper${i}.example.cn`);

describe('turning a site on', () => {
  it('writes the list before registering the script', async () => {
    const b = fakeBrowser({ list: ['https://zjrb.zjol.com.cn'] });
    await createSiteControl(b.deps).enable(JXRB);
    expect(b.log).toEqual(['save 2', 'register dubao-site-https://www.jxrb.com']);
    expect(b.stored()).toEqual(['https://zjrb.zjol.com.cn', JXRB]);
    expect(b.ids()).toEqual(['dubao-site-https://www.jxrb.com']);
  });

  it('with a full list, refuses before anything is written or registered', async () => {
    const b = fakeBrowser({ list: origins(3), max: 3 });
    await expect(createSiteControl(b.deps).enable(JXRB)).rejects.toThrow('Dubao is always on for 3 sites already: turn one off first');
    expect(b.log).toEqual([]);
    expect(b.ids()).toEqual([]);
  });

  it('takes the site off the list again when the browser refuses to register its script', async () => {
    const b = fakeBrowser({ list: ['https://zjrb.zjol.com.cn'], failRegister: true });
    await expect(createSiteControl(b.deps).enable(JXRB)).rejects.toThrow('Duplicate script ID');
    expect(b.stored()).toEqual(['https://zjrb.zjol.com.cn']);
  });

  it('a site already on is neither listed twice nor registered twice', async () => {
    const b = fakeBrowser({ list: [JXRB], scripts: [script(JXRB)] });
    await createSiteControl(b.deps).enable(JXRB);
    expect(b.log).toEqual([]);
  });
});

describe('turning a site off', () => {
  it('unregisters its script and removes it from the list', async () => {
    const b = fakeBrowser({ list: ['https://zjrb.zjol.com.cn', JXRB], scripts: [script('https://zjrb.zjol.com.cn'), script(JXRB)] });
    await createSiteControl(b.deps).disable(JXRB);
    expect(b.log).toEqual(['unregister dubao-site-https://www.jxrb.com', 'save 1']);
    expect(b.stored()).toEqual(['https://zjrb.zjol.com.cn']);
    expect(b.ids()).toEqual(['dubao-site-https://zjrb.zjol.com.cn']);
  });
});

describe('http and https of one host', () => {
  it('are two sites, each with its own script: turning one off leaves the other on', async () => {
    const b = fakeBrowser();
    const sites = createSiteControl(b.deps);
    await sites.enable(JXRB);
    await sites.enable('http://www.jxrb.com');
    expect(b.ids()).toEqual(['dubao-site-http://www.jxrb.com', 'dubao-site-https://www.jxrb.com']);
    await sites.disable('http://www.jxrb.com');
    expect(b.ids()).toEqual(['dubao-site-https://www.jxrb.com']);
    expect(b.stored()).toEqual([JXRB]);
  });

  it('a script an earlier version registered under the host alone is found by what it matches and turned off', async () => {
    const old: RegisteredScript = { id: 'dubao-site-www.jxrb.com', matches: ['http://www.jxrb.com/*'] };
    const b = fakeBrowser({ list: ['http://www.jxrb.com'], scripts: [old] });
    const sites = createSiteControl(b.deps);
    await sites.enable(JXRB); // the https site is not on yet: registered beside it, no clash of ids
    expect(b.ids()).toEqual(['dubao-site-https://www.jxrb.com', 'dubao-site-www.jxrb.com']);
    await sites.disable('http://www.jxrb.com');
    expect(b.ids()).toEqual(['dubao-site-https://www.jxrb.com']);
    expect(b.stored()).toEqual([JXRB]);
  });
});

describe('listing the registered sites at install', () => {
  it('lists a site whose script an earlier version registered, keeping other extensions’ ids alone', async () => {
    const b = fakeBrowser({ list: ['https://zjrb.zjol.com.cn'], scripts: [script('https://zjrb.zjol.com.cn'), script(JXRB), { id: 'someone-else', matches: ['https://x.example/*'] }] });
    expect(await listRegisteredSites(b.deps)).toEqual(['https://zjrb.zjol.com.cn', JXRB]);
    expect(b.stored()).toEqual(['https://zjrb.zjol.com.cn', JXRB]);
    expect(b.log).toEqual(['save 2']);
  });

  it('beyond the maximum, unregisters the scripts of the sites it cannot list (none stays on unlisted)', async () => {
    const listed = origins(3);
    const extra = ['https://a.example.cn', 'https://b.example.cn'];
    const b = fakeBrowser({ list: listed, scripts: [...listed, ...extra].map(script), max: 4 });
    expect(await listRegisteredSites(b.deps)).toEqual([...listed, 'https://a.example.cn']);
    expect(b.ids()).toEqual([...listed, 'https://a.example.cn'].map(siteScriptId).sort());
    expect(b.log).toEqual(['unregister dubao-site-https://b.example.cn', 'save 4']);
  });

  it('writes nothing when the list and the scripts agree', async () => {
    const b = fakeBrowser({ list: [JXRB], scripts: [script(JXRB)] });
    expect(await listRegisteredSites(b.deps)).toEqual([JXRB]);
    expect(b.log).toEqual([]);
  });
});

describe('a site whose access the reader took back in the browser', () => {
  it('is turned off: its script unregistered, then its origin taken off the list; the others stay', async () => {
    const list = ['https://zjrb.zjol.com.cn', JXRB, 'https://www.sxrb.com'];
    const b = fakeBrowser({ list, scripts: list.map(script), revoked: [JXRB] });
    expect(await dropRevokedSites(b.deps)).toEqual([JXRB]);
    expect(b.stored()).toEqual(['https://zjrb.zjol.com.cn', 'https://www.sxrb.com']);
    expect(b.ids()).toEqual([siteScriptId('https://www.sxrb.com'), siteScriptId('https://zjrb.zjol.com.cn')]);
    expect(b.log).toEqual([`unregister ${siteScriptId(JXRB)}`, 'save 2']);
  });

  it('changes nothing while every listed site is still allowed', async () => {
    const list = ['https://zjrb.zjol.com.cn', JXRB];
    const b = fakeBrowser({ list, scripts: list.map(script) });
    expect(await dropRevokedSites(b.deps)).toEqual([]);
    expect(b.stored()).toEqual(list);
    expect(b.log).toEqual([]);
  });
});
