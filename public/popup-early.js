// The popup's first step, run as the popup's HTML is parsed, before its main script (a module of
// some 70 KB, which begins 70–100 ms after the popup starts opening): finds the popup's tab and
// asks its page for its state, which is also what tells an article page to start preparing
// pinyin (entrypoints/content/pinyin.ts popupOpening) — a reader may turn pinyin on the moment
// the panel shows. The main script (entrypoints/popup/api.ts askPage) takes the tab and the
// reply from globalThis.__dubaoEarly instead of asking again. Plain script (public/ is copied
// as is): no imports, no build step.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  if (!api?.tabs?.query || !api.tabs.sendMessage) return;
  const target = new URLSearchParams(location.search).get('target');
  const found = target
    // A panel opened for another tab (?target=, as the demo and the tests open it): the tab showing
    // exactly that address, when its address is readable; any other case is left to the main script.
    ? api.tabs.query({}).then((tabs) => tabs.find((t) => t.url === target))
    : api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
  globalThis.__dubaoEarly = found.then((tab) => {
    if (!tab || tab.id === undefined) return null;
    performance.mark('dubao:popup-asked');
    const reply = Promise.resolve().then(() => api.tabs.sendMessage(tab.id, { type: 'page:info' }));
    // Read by the main script; a page without Dubao rejects, which the main script handles.
    reply.catch(() => undefined);
    return { tab, reply };
  }, () => null);
})();
