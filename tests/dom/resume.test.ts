// @vitest-environment happy-dom
// The "continue where you stopped" prompt: offered only for a position worth it, named for
// assistive technology, closed with its × button or Escape, and never offered without a
// repaired article. (Going there is checked in Chromium, tests/e2e/reading-style.e2e.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResumeTracker, type ResumeLabels } from '../../entrypoints/content/resume';
import { asTrusted } from '../helpers/trusted';

const URL_A = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
const labels: ResumeLabels = { label: '继续阅读', prompt: (w) => `从上次停下的地方继续（${w}）？`, resume: '继续', dismiss: '关闭' };
const article = (n: number): string => `<div class="dubao-article">${Array.from({ length: n }, (_, i) => `<p class="dubao-block" data-dubao-block="${i}">第${i}段。</p>`).join('')}</div>`;

let tracker: ResumeTracker | null = null;
async function open(stored: unknown, body = article(20)): Promise<ShadowRoot | null> {
  document.body.innerHTML = body;
  tracker = new ResumeTracker(document, URL_A, { load: () => Promise.resolve(stored), save: () => Promise.resolve() }, labels);
  await tracker.start();
  return document.querySelector('[data-dubao-ui="resume"]')?.shadowRoot ?? null;
}
afterEach(() => {
  tracker?.stop();
  tracker = null;
  vi.restoreAllMocks();
});

/**
 * Lays the blocks out as Chromium would with the page scrolled to `y` (blocks 100 px tall, one
 * under another), as after a reload: the browser restores the scroll before the content script
 * has read the stored position.
 */
function scrolledTo(y: number, saved: unknown[]): void {
  vi.spyOn(window, 'scrollY', 'get').mockReturnValue(y);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const i = Number(this.dataset.dubaoBlock ?? -1);
    const top = i * 100 - y;
    return { top, bottom: top + 100, height: 100, left: 0, right: 600, width: 600, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  });
  saved.length = 0;
}

describe('the resume prompt', () => {
  it('offers a stored position with its name and how far the reader got', async () => {
    const root = await open({ [URL_A]: { block: 5, offset: 3, total: 20, at: 1 } });
    const region = root?.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toBe('继续阅读');
    expect(region?.textContent).toContain('从上次停下的地方继续（25%）？');
    expect(Array.from(root?.querySelectorAll('button') ?? []).map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['继续', '关闭']);
  });

  it('closes with × and with Escape', async () => {
    let root = await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } });
    (root?.querySelector('button[aria-label="关闭"]') as HTMLButtonElement).dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(document.querySelector('[data-dubao-ui="resume"]')).toBeNull();
    tracker?.stop();
    root = await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } });
    root?.querySelector('[role="region"]')?.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(document.querySelector('[data-dubao-ui="resume"]')).toBeNull();
  });

  it('gives the page bottom room as tall as the band the prompt covers while it shows, and the page\'s own values back when it closes', async () => {
    const html = document.documentElement;
    html.style.setProperty('padding-bottom', '5px');
    // The prompt's top 60 px above the window's bottom.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const top = this.className === 'box' ? window.innerHeight - 60 : 0;
      return { top, bottom: top + 50, height: 50, left: 0, right: 300, width: 300, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    });
    const root = await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } });
    expect(html.style.getPropertyValue('padding-bottom')).toBe('73px');
    expect(html.style.getPropertyPriority('padding-bottom')).toBe('important');
    expect(html.style.getPropertyValue('scroll-padding-bottom')).toBe('68px');
    (root?.querySelector('button[aria-label="关闭"]') as HTMLButtonElement).dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(html.style.getPropertyValue('padding-bottom')).toBe('5px');
    expect(html.style.getPropertyValue('scroll-padding-bottom')).toBe('');
    // No prompt, no room.
    html.removeAttribute('style');
    tracker?.stop();
    await open({});
    expect(html.getAttribute('style') ?? '').toBe('');
  });

  it('closes with Escape pressed on the page, unless a card or the toolbar is open or the reader is typing', async () => {
    const prompt = (): Element | null => document.querySelector('[data-dubao-ui="resume"]');
    const escapeOn = (t: EventTarget): boolean => t.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } });
    const card = document.createElement('div');
    card.dataset.dubaoUi = 'card';
    document.body.append(card);
    escapeOn(document.body);
    expect(prompt()).not.toBeNull();
    card.remove();
    const field = document.createElement('input');
    document.body.append(field);
    escapeOn(field);
    expect(prompt()).not.toBeNull();
    escapeOn(document.querySelector('[data-dubao-block="3"]') as Element);
    expect(prompt()).toBeNull();
  });

  it('is a plain element, not a custom element name, and ignores clicks and keys a page script dispatches', async () => {
    const root = await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } });
    const host = document.querySelector('[data-dubao-ui="resume"]');
    expect(host?.tagName).toBe('DIV');
    expect(document.querySelector('dubao-resume')).toBeNull();
    for (const b of Array.from(root?.querySelectorAll('button') ?? [])) b.click();
    root?.querySelector('[role="region"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(document.querySelector('[data-dubao-ui="resume"]')).toBe(host);
    // The reader's own click on "继续" closes it.
    (root?.querySelector('button:not(.x)') as HTMLButtonElement).dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(document.querySelector('[data-dubao-ui="resume"]')).toBeNull();
  });

  it('offers nothing at the opening, at the end, for bad data, or without a repaired article', async () => {
    expect(await open({ [URL_A]: { block: 0, offset: 2, total: 20, at: 1 } })).toBeNull();
    tracker?.stop();
    expect(await open({ [URL_A]: { block: 19, offset: 0, total: 20, at: 1 } })).toBeNull();
    tracker?.stop();
    expect(await open({ [URL_A]: { block: 'x' } })).toBeNull();
    tracker?.stop();
    expect(await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } }, '<div id="ozoom"><p>原版</p></div>')).toBeNull();
  });

  it('is not offered when the browser has already brought the reader back to or past the stored place, which is recorded instead', async () => {
    const saved: unknown[] = [];
    const openSaving = async (stored: unknown): Promise<ShadowRoot | null> => {
      document.body.innerHTML = article(20);
      tracker = new ResumeTracker(document, URL_A, { load: () => Promise.resolve(stored), save: (m) => { saved.push(m); return Promise.resolve(); } }, labels);
      await tracker.start();
      await new Promise((r) => setTimeout(r, 0));
      return document.querySelector('[data-dubao-ui="resume"]')?.shadowRoot ?? null;
    };
    // Restored at block 7 (700 px down); stored at block 5: already past it.
    scrolledTo(700, saved);
    expect(await openSaving({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } })).toBeNull();
    expect(saved.map((m) => (m as Record<string, { block: number }>)[URL_A]?.block)).toEqual([7]);
    tracker?.stop();
    // Stored further down (block 9) than where the page was restored: still offered.
    scrolledTo(700, saved);
    expect(await openSaving({ [URL_A]: { block: 9, offset: 0, total: 20, at: 1 } })).not.toBeNull();
    tracker?.stop();
    // A page opened at its top is offered the stored place as before.
    scrolledTo(0, saved);
    expect(await openSaving({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } })).not.toBeNull();
  });

  it('records the place in the same task when the page is hidden or closed right after a scroll, keeping other articles\' places', async () => {
    const saved: unknown[] = [];
    const URL_B = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886530.htm';
    let loads = 0;
    let changed: ((raw: unknown) => void) | null = null;
    document.body.innerHTML = article(20);
    tracker = new ResumeTracker(document, URL_A, {
      // The first read answers; any later one would not before the page is gone.
      load: () => (loads++ === 0 ? Promise.resolve({ [URL_B]: { block: 3, offset: 0, total: 9, at: 1 } }) : new Promise(() => undefined)),
      save: (m) => {
        saved.push(m);
        return Promise.resolve();
      },
      watch: (onChange) => {
        changed = onChange;
        return () => undefined;
      },
    }, labels);
    await tracker.start();
    // Another tab records its article's place meanwhile.
    const URL_C = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886531.htm';
    changed!({ [URL_B]: { block: 3, offset: 0, total: 9, at: 1 }, [URL_C]: { block: 4, offset: 0, total: 9, at: 2 } });
    scrolledTo(700, saved);
    window.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saved).toHaveLength(1);
    const map = saved[0] as Record<string, { block: number }>;
    expect([map[URL_A]?.block, map[URL_B]?.block, map[URL_C]?.block]).toEqual([7, 3, 4]);
  });

  it('takes the reader to the paragraph they were reading when paragraphs were added above it since, and records its opening words', async () => {
    // Left at 第5段 of 20 blocks; the paper has since put two paragraphs (an editor's note) before it.
    const grown = `<div class="dubao-article"><p class="dubao-block" data-dubao-block="0">编者按：本报今起推出系列报道。</p><p class="dubao-block" data-dubao-block="1">导语。</p>${Array.from({ length: 20 }, (_, i) => `<p class="dubao-block" data-dubao-block="${i + 2}">第${i}段。</p>`).join('')}</div>`;
    const root = await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1, quote: '第5段。' } }, grown);
    expect(root?.textContent).toContain('（32%）');
    const went: string[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      went.push(this.textContent ?? '');
    });
    (root?.querySelector('button:not(.x)') as HTMLButtonElement).dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(went).toEqual(['第5段。']);
    // A place recorded now keeps the opening words of its block.
    scrolledTo(0, []);
    expect(tracker?.position()?.quote).toBe('编者按：本报今起推出系列报道。');
  });

  it('offers the place when the reader turns from the original view to the repaired one, once', async () => {
    const original = '<div id="ozoom"><p>　　第0段。<br>第1段。</p></div>';
    expect(await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } }, original)).toBeNull();
    // The reader turns to the repaired view: the article's blocks are drawn, and the page says so.
    document.body.innerHTML = article(20);
    tracker?.repairedShown();
    const prompt = (): Element | null => document.querySelector('[data-dubao-ui="resume"]');
    expect(prompt()?.shadowRoot?.querySelector('[role="region"]')?.textContent).toContain('25%');
    (prompt()?.shadowRoot?.querySelector('button[aria-label="关闭"]') as HTMLButtonElement).dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(prompt()).toBeNull();
    // Back to the original and to the repaired view again: not offered a second time.
    tracker?.repairedShown();
    expect(prompt()).toBeNull();
  });

  it('is the first thing the keyboard reaches on the page (the first Tab), though drawn in a corner', async () => {
    document.body.innerHTML = '<a href="#top">首页</a>';
    const root = await open({ [URL_A]: { block: 5, offset: 0, total: 20, at: 1 } }, `<a href="#top">首页</a>${article(20)}`);
    expect(root).not.toBeNull();
    // Before every element of the page in tree order (the order Tab follows)…
    const host = document.querySelector('[data-dubao-ui="resume"]') as Element;
    const first = document.body.querySelector('a') as Element;
    expect(host.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // …yet outside <body>: the page's first child stays first (`body > a:first-child` still holds).
    expect(document.body.firstElementChild?.tagName).toBe('A');
    expect(host.nextElementSibling).toBe(document.body);
  });
});
