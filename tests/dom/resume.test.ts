// @vitest-environment happy-dom
// The "continue where you stopped" prompt: offered only for a position worth it, named for
// assistive technology, closed with its × button or Escape, and never offered without a
// repaired article. (Going there is checked in Chromium, tests/e2e/reading-style.e2e.ts.)
import { afterEach, describe, expect, it } from 'vitest';
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
});

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
});
