// A hold for the browser tests: while the page's root element carries `data-dubao-e2e-hold-<name>`, loading the
// lazily injected script `<name>` waits. A test sets the attribute to decide when pinyin arrives instead of racing
// the machine (tests/e2e/gestures-more.e2e.ts: the first click's pinyin arriving while the second press is held).
// It is in every build — the end-to-end tests run the production scripts (scripts/derive-e2e-build.ts) — and costs
// one attribute read per load; a page that set the attribute itself would only delay pinyin on itself.
// The attribute on <html> is seen from the page's world and the content script's alike.

/** Resolves when the page no longer holds the script `name` back (at once where it does not). */
export function e2eGate(name: string): Promise<void> {
  const root = document.documentElement;
  const attr = `data-dubao-e2e-hold-${name}`;
  if (!root.hasAttribute(attr)) return Promise.resolve();
  performance.mark(`dubao:e2e-held:${name}`);
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (root.hasAttribute(attr)) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(root, { attributes: true, attributeFilter: [attr] });
  });
}
