// @vitest-environment happy-dom
// Reading style: the popup section (stored style shown, steps and choices stored, bad storage
// reported), and on the page: keys step the style only when the repaired article is shown and
// focus is not in a text field; the original view never gets a style of Dubao's.
import { describe, expect, it } from 'vitest';
import { ReadingSettings, type ReadingStyleApi } from '../../components/ReadingSettings';
import { DEFAULT_READING_STYLE, SIZE_STEPS, normalizeReadingStyle, type ReadingStyle } from '../../lib/reading-style';
import { ReadingStyler, type ReadingStyleStore } from '../../entrypoints/content/reading-style';
import { asTrusted } from '../helpers/trusted';
import { button, choose, click, mount, t, waitFor } from './panel-fixtures';
import { darkRules, shadowHost } from '../../entrypoints/content/shadow-host';
import { describeStyle, sayStyle } from '../../entrypoints/content/style-status';

function popupApi(start: unknown, fail = false): ReadingStyleApi & { stored: ReadingStyle[] } {
  const stored: ReadingStyle[] = [];
  return {
    t,
    stored,
    readingStyle: () => (fail ? Promise.reject(new Error('quota')) : Promise.resolve(normalizeReadingStyle(start))),
    setReadingStyle: (s) => {
      const n = normalizeReadingStyle(s);
      stored.push(n);
      return Promise.resolve(n);
    },
  };
}

describe('the popup section', () => {
  it('shows the stored style and stores each change', async () => {
    const api = popupApi({ size: 125, theme: 'sepia' });
    const root = await mount(<ReadingSettings api={api} />);
    await waitFor(() => expect(root.querySelector('[data-testid="style-size"]')?.textContent).toBe('125%'));
    expect((root.querySelector('#dubao-theme') as HTMLSelectElement).value).toBe('sepia');
    await click(button(root, 'Larger text'));
    expect(api.stored.at(-1)?.size).toBe(140);
    expect(root.querySelector('[data-testid="style-size"]')?.textContent).toBe('140%');
    await choose(root.querySelector('#dubao-measure') as HTMLSelectElement, '32');
    await choose(root.querySelector('#dubao-font') as HTMLSelectElement, 'serif');
    await choose(root.querySelector('#dubao-theme') as HTMLSelectElement, 'dark');
    await choose(root.querySelector('#dubao-line-height') as HTMLSelectElement, '2.3');
    expect(api.stored.at(-1)).toEqual({ size: 140, lineHeight: 2.3, measure: 32, font: 'serif', theme: 'dark' });
    // Column widths are named in characters; the page's own column has a name of its own.
    expect(Array.from((root.querySelector('#dubao-measure') as HTMLSelectElement).options).map((o) => o.textContent)).toEqual(['24 characters', '28 characters', '32 characters', '36 characters', '42 characters', 'As on the page']);
  });

  it('takes every step of quick presses, with storage answering late', async () => {
    // Writes that resolve only when the test says so: the popup redraws and storage answers after the presses.
    const pending: (() => void)[] = [];
    const stored: ReadingStyle[] = [];
    const api: ReadingStyleApi = {
      t,
      readingStyle: () => Promise.resolve(normalizeReadingStyle({ size: 100 })),
      setReadingStyle: (st) => new Promise((resolve) => pending.push(() => {
        stored.push(normalizeReadingStyle(st));
        resolve(normalizeReadingStyle(st));
      })),
    };
    const root = await mount(<ReadingSettings api={api} />);
    await waitFor(() => expect(root.querySelector('[data-testid="style-size"]')?.textContent).toBe('100%'));
    const larger = button(root, 'Larger text');
    for (let i = 0; i < 3; i++) larger.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitFor(() => expect(pending.length).toBe(3));
    pending.splice(0).forEach((f) => f());
    const third = SIZE_STEPS[SIZE_STEPS.indexOf(100) + 3];
    await waitFor(() => expect(root.querySelector('[data-testid="style-size"]')?.textContent).toBe(`${third}%`));
    expect(stored.map((x) => x.size)).toEqual(SIZE_STEPS.slice(SIZE_STEPS.indexOf(100) + 1, SIZE_STEPS.indexOf(100) + 4));
  });

  it('stops at the largest size, and says so when storage cannot be read', async () => {
    const api = popupApi({ size: 200 });
    const root = await mount(<ReadingSettings api={api} />);
    // Unavailable at the end, yet still a focusable button (a disabled one drops the keyboard's focus).
    await waitFor(() => expect(button(root, 'Larger text').getAttribute('aria-disabled')).toBe('true'));
    expect(button(root, 'Larger text').disabled).toBe(false);
    expect(button(root, 'Smaller text').getAttribute('aria-disabled')).toBeNull();
    await click(button(root, 'Larger text'));
    expect(api.stored).toEqual([]);
    expect(root.querySelector('[data-testid="style-size"]')?.textContent).toBe('200%');
    const bad = await mount(<ReadingSettings api={popupApi(null, true)} />);
    await waitFor(() => expect(bad.querySelector('[role="alert"]')?.textContent).toContain('quota'));
  });
});

function memoryStore(start: unknown): ReadingStyleStore & { saved: ReadingStyle[]; push(raw: unknown): void } {
  const saved: ReadingStyle[] = [];
  let listener: ((raw: unknown) => void) | null = null;
  return {
    saved,
    load: () => Promise.resolve(start),
    save: (s) => {
      saved.push(s);
      return Promise.resolve();
    },
    watch: (f) => {
      listener = f;
      return () => (listener = null);
    },
    push: (raw) => listener?.(raw),
  };
}

/** A key the reader presses (trusted); `untrusted` as a page script would dispatch it. */
const key = (target: EventTarget, k: string, init: KeyboardEventInit = {}, untrusted = false): KeyboardEvent => {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(untrusted ? e : asTrusted(e));
  return e;
};
const sheetText = (): string => Array.from(document.adoptedStyleSheets ?? []).map((s) => Array.from(s.cssRules).map((r) => r.cssText).join('\n')).join('\n') + Array.from(document.querySelectorAll('style')).map((s) => s.textContent).join('\n');

describe('on the page', () => {
  it('steps the style from keys on the repaired article, never from a text field or with modifiers', async () => {
    document.body.innerHTML = '<div id="ozoom"><div class="dubao-article"><p class="dubao-block">近日，记者</p></div><textarea></textarea><input></div>';
    const store = memoryStore({ size: 112 });
    const styler = new ReadingStyler(document, store);
    await styler.start();
    expect(styler.current().size).toBe(112);
    expect(key(document.body, '+').defaultPrevented).toBe(true);
    expect(styler.current().size).toBe(125);
    expect(store.saved.at(-1)?.size).toBe(125);
    key(document.querySelector('textarea') as Element, '+');
    key(document.querySelector('input') as Element, 't');
    key(document.body, '+', { ctrlKey: true });
    key(document.body, 'a');
    // Keys a page script dispatches change nothing and store nothing.
    const stored = store.saved.length;
    expect(key(document.body, '+', {}, true).defaultPrevented).toBe(false);
    key(document.body, 't', {}, true);
    expect(store.saved.length).toBe(stored);
    // Stamped with the time of the key press (orders writes storage reports out of order).
    expect(styler.current()).toEqual({ ...DEFAULT_READING_STYLE, size: 125, at: expect.any(Number) });
    key(document.body, 't');
    key(document.body, '[');
    expect(styler.current()).toMatchObject({ theme: 'light', measure: 42 });
    // A change stored elsewhere (the popup, another tab) is applied here.
    store.push({ theme: 'dark', size: 160 });
    expect(styler.current()).toMatchObject({ theme: 'dark', size: 160 });
    expect(sheetText()).toContain('160%');
    styler.stop();
    expect(sheetText()).not.toContain('160%');
  });

  it('says what each reading key set in a polite live region, also at the end of a scale', async () => {
    document.body.innerHTML = '<div id="ozoom"><div class="dubao-article"><p class="dubao-block">近日，记者</p></div></div>';
    const label = (k: string, sub?: string | string[]): string => (sub ? `${k}(${String(sub)})` : k);
    const styler = new ReadingStyler(document, memoryStore({ size: 180 }), (s, k) => sayStyle(document, describeStyle(label, s, k)));
    await styler.start();
    const said = async (): Promise<string> => {
      await new Promise((r) => setTimeout(r, 80));
      const line = document.querySelector('[data-dubao-ui="style-status"]')?.shadowRoot?.querySelector('[role="status"]');
      expect(line?.getAttribute('aria-live')).toBe('polite');
      return line?.textContent ?? '';
    };
    key(document.body, '+');
    expect(await said()).toBe('styleSize 200%');
    // At the largest size the key changes nothing, and the reader hears that it is still 200 %.
    key(document.body, '+');
    expect(styler.current().size).toBe(200);
    expect(await said()).toBe('styleSize 200%');
    key(document.body, '[');
    expect(await said()).toBe('styleMeasure styleMeasureChars(42)');
    key(document.body, 't');
    expect(await said()).toBe('styleTheme styleTheme_light');
    key(document.body, '0');
    expect(await said()).toBe('styleSize 100%，styleLineHeight 1.9，styleMeasure styleMeasurePage，styleFont styleFont_page，styleTheme styleTheme_page');
    expect(document.querySelectorAll('[data-dubao-ui="style-status"]').length).toBe(1);
    styler.stop();
  });

  it('gives the reading theme to the in-page UIs: those open and those made later, back to the system\'s at stop', async () => {
    document.body.innerHTML = '<div class="dubao-article"><p class="dubao-block">近日，记者</p></div>';
    const open = shadowHost(document, 'resume', '').host;
    document.body.append(open);
    const store = memoryStore({ theme: 'dark' });
    const styler = new ReadingStyler(document, store);
    await styler.start();
    expect(open.dataset.theme).toBe('dark');
    expect(shadowHost(document, 'notice', '').host.dataset.theme).toBe('dark');
    store.push({ theme: 'sepia' });
    expect(open.dataset.theme).toBe('sepia');
    styler.stop();
    expect(open.dataset.theme).toBe('page');
    // Dark under the dark theme whatever the system's scheme; the system's dark scheme only where no light theme is chosen.
    const css = darkRules([['.card', 'background: #1f2226;']]);
    expect(css).toContain(':host([data-theme="dark"]) .card { background: #1f2226; }');
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{ :host\(:not\(\[data-theme="light"\]\):not\(\[data-theme="sepia"\]\)\) \.card/u);
  });

  it('keeps every key when storage reports the keys’ own writes late, or the stored style is read late', async () => {
    document.body.innerHTML = '<div class="dubao-article"><p class="dubao-block">近日，记者</p></div>';
    const store = memoryStore({});
    const styler = new ReadingStyler(document, store);
    await styler.start();
    for (const k of ['+', '+', 't']) key(document.body, k);
    // The first two writes come back after the third key: they undo nothing.
    store.push(store.saved[0]);
    store.push(store.saved[1]);
    expect(styler.current()).toMatchObject({ size: 125, theme: 'light' });
    key(document.body, 't');
    key(document.body, '[');
    for (const s of store.saved.slice(2)) store.push(s);
    expect(styler.current()).toMatchObject({ size: 125, theme: 'sepia', measure: 42 });
    // A change made elsewhere is applied at once; the keys' own write, stored after it, is what stays.
    key(document.body, 'f');
    store.push({ ...styler.current(), theme: 'dark' });
    expect(styler.current().theme).toBe('dark');
    store.push(store.saved.at(-1));
    expect(styler.current()).toMatchObject({ theme: 'sepia', font: 'serif' });
    // At the end of a scale nothing is stored.
    const n = store.saved.length;
    for (let i = 0; i < 10; i++) key(document.body, '+');
    expect(styler.current().size).toBe(200);
    expect(store.saved.length - n).toBe(SIZE_STEPS.length - SIZE_STEPS.indexOf(125) - 1);
    styler.stop();
    // Keys pressed before the stored style is read are kept.
    let resolve: (v: unknown) => void = () => undefined;
    const slow = { ...memoryStore({}), load: () => new Promise<unknown>((r) => (resolve = r)) };
    const late = new ReadingStyler(document, slow);
    const started = late.start();
    key(document.body, 't');
    resolve({ size: 160 });
    await started;
    expect(late.current()).toMatchObject({ theme: 'light', size: 100 });
    late.stop();
  });

  it('keeps a key pressed after a reload when the page before it stored its last style late (the later choice wins, and is stored again)', async () => {
    document.body.innerHTML = '<div class="dubao-article"><p class="dubao-block">近日，记者</p></div>';
    const store = memoryStore({});
    const styler = new ReadingStyler(document, store);
    await styler.start();
    key(document.body, 't');
    const mine = store.saved.at(-1) as ReadingStyle;
    expect(mine).toMatchObject({ theme: 'light', at: expect.any(Number) });
    store.push(mine);
    // The page this tab showed before reset the style a moment before the reload; its write arrives now.
    store.push({ ...DEFAULT_READING_STYLE, at: (mine.at as number) - 800 });
    expect(styler.current()).toMatchObject({ theme: 'light' });
    expect(store.saved.at(-1)).toEqual(mine);
    // That write coming back is taken as the page's own.
    store.push(mine);
    expect(styler.current()).toEqual(mine);
    // A later choice made elsewhere, and a change without a time (stored by an older version), are applied.
    store.push({ ...mine, theme: 'sepia', at: (mine.at as number) + 5000 });
    expect(styler.current().theme).toBe('sepia');
    store.push({ theme: 'dark' });
    expect(styler.current().theme).toBe('dark');
    // The next key is stamped after every choice seen, whatever the clock says.
    key(document.body, 't');
    expect((store.saved.at(-1) as ReadingStyle).at).toBeGreaterThan((mine.at as number) + 5000);
    styler.stop();
  });

  it('leaves the original view alone: no keys taken, no element or attribute of the page changed', async () => {
    document.body.innerHTML = '<div id="ozoom" style="font-size:14px"><p>近日，记者从医保<br>萧山分局了解到</p></div>';
    const before = document.documentElement.outerHTML;
    const store = memoryStore({ theme: 'sepia', size: 140, measure: 32 });
    const styler = new ReadingStyler(document, store);
    await styler.start();
    expect(key(document.body, '+').defaultPrevented).toBe(false);
    expect(store.saved).toEqual([]);
    // Every rule of the sheet is for the repaired article, which the original view does not have,
    // or for the page's headline, marked only while the repaired article is shown (index.ts).
    expect(document.querySelector('.dubao-article, [data-dubao-headline]')).toBeNull();
    for (const rule of sheetText().replace(/@media screen\s*\{/gu, '').split('}').filter((r) => r.includes('{'))) expect(rule.trim()).toMatch(/^(\.dubao-article\b|\[data-dubao-headline\])/u);
    if (document.adoptedStyleSheets) expect(document.documentElement.outerHTML).toBe(before);
    styler.stop();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
