// Empties what a new install starts without, run inside an extension page of Dubao (Chromium's
// `chrome` or Firefox's `browser`): the extension's storage (sync, local, session) and every object
// store of its databases (highlights, articles, terms, words). Stores are cleared in place, not
// deleted: the background keeps its open connection. Passed to Playwright's `page.evaluate`, so it
// is self-contained (it is sent to the page as source and uses nothing from this module).

export async function emptyExtensionState(): Promise<void> {
  type Area = { clear(): Promise<void> };
  type Api = { storage: Record<'sync' | 'local' | 'session', Area> };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = g.browser ?? g.chrome;
  if (!api) throw new Error('not an extension page: no storage to empty');
  await Promise.all([api.storage.sync.clear(), api.storage.local.clear(), api.storage.session.clear()]);
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error(`cannot open ${name}`));
    });
    const stores = Array.from(db.objectStoreNames);
    if (stores.length > 0) {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(stores, 'readwrite');
        for (const s of stores) tx.objectStore(s).clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error(`cannot clear ${name}`));
      });
    }
    db.close();
  }
}
