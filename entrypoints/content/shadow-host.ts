// The host of an in-page UI (notice line, selection toolbar): a plain <div> named by
// `data-dubao-ui`, an open shadow root holding the UI's own style sheet, so that the page's CSS
// cannot restyle it and its CSS cannot leak into the page.

/** The reading theme each document's in-page UIs follow (see setUiTheme). */
const UI_THEME = new WeakMap<Document, string>();

/**
 * The reader's reading theme (`page`, `light`, `sepia`, `dark`; lib/reading-style.ts), given to every
 * in-page UI of `doc` as `data-theme` on its host, those open now and those made later: a UI's
 * style sheet is dark on `dark` and light on `light` / `sepia` whatever the system's colour scheme,
 * and follows the system's on `page`.
 */
export function setUiTheme(doc: Document, theme: string): void {
  UI_THEME.set(doc, theme);
  for (const host of Array.from(doc.querySelectorAll<HTMLElement>('[data-dubao-ui]'))) host.dataset.theme = theme;
}

/** The reading theme `doc`'s in-page UIs follow now (`page` until one is set). */
export function uiTheme(doc: Document): string {
  return UI_THEME.get(doc) ?? 'page';
}

/** `:host` when the UI is to be dark: the dark reading theme, or the system's dark scheme under no other. */
export const DARK_HOST = ':host([data-theme="dark"])';
/** `:host` when the system's dark scheme applies (inside `@media (prefers-color-scheme: dark)`). */
export const SYSTEM_DARK_HOST = ':host(:not([data-theme="light"]):not([data-theme="sepia"]))';

/** `rules` (selectors inside a UI's shadow root, with their declarations) for a dark UI: under the dark reading theme, and under the system's dark scheme unless a light reading theme is chosen. */
export function darkRules(rules: readonly (readonly [string, string])[]): string {
  const under = (host: string): string => rules.map(([sel, decl]) => `${host} ${sel} { ${decl} }`).join(' ');
  return `@media (prefers-color-scheme: dark) { ${under(SYSTEM_DARK_HOST)} }\n${under(DARK_HOST)}`;
}

/** A new, not yet attached host for the UI `name`, with `css` in its shadow root; append the UI to `shadow`. */
export function shadowHost(doc: Document, name: string, css: string): { host: HTMLDivElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  host.dataset.dubaoUi = name;
  host.dataset.theme = uiTheme(doc);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
