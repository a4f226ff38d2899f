// A gate only the browser tests' build has (`wxt build --mode e2e`; in every other build
// `import.meta.env.MODE` is a constant and this compiles to nothing): while the page's root
// element carries `data-dubao-e2e-hold-<name>`, loading the lazily injected script `<name>`
// waits. A test sets the attribute to decide when pinyin arrives instead of racing the machine
// (tests/e2e/gestures-more.e2e.ts: the first click's pinyin arriving while the second press is held).
// The attribute on <html> is seen from the page's world and the content script's alike.

/** Resolves when the page no longer holds the script `name` back (at once outside the e2e build). */
export function e2eGate(name: string): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return Promise.resolve();
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
