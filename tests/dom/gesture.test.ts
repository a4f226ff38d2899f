// @vitest-environment happy-dom
// The gesture classifier's clicks: a plain click acts after the double-click wait; a fast
// double-click never acts as a click; a slow one (its second click after the wait, within the
// system's double-click time: Windows allows 500 ms by default) undoes the first click's action;
// a page script's clicks do nothing. Real clicks in Chromium: tests/e2e/gestures.e2e.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyGestures, DOUBLE_CLICK_MS, type GestureHandlers, type GesturePoint } from '../../entrypoints/content/gesture';
import { asTrusted } from '../helpers/trusted';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let stop: AbortController | null = null;
afterEach(() => stop?.abort());

function setup() {
  document.body.innerHTML = '<div id="article"><p>近日，记者从医保萧山分局了解到。</p></div>';
  const root = document.getElementById('article') as HTMLElement;
  const undo = vi.fn();
  const handlers = { select: vi.fn(), rest: vi.fn(), click: vi.fn((_at: GesturePoint) => undo), tap: vi.fn(), keyOpen: vi.fn() } satisfies GestureHandlers;
  stop = new AbortController();
  classifyGestures(document, root, handlers, { restDelay: () => null, active: () => true, isOwnUi: () => false }, stop.signal);
  const word = root.querySelector('p') as HTMLElement;
  /** One press and release of the mouse on the word, the browser counting it as click number `detail`. */
  const click = (detail: number, trusted = true): void => {
    const mark = <E extends Event>(e: E): E => (trusted ? asTrusted(e) : e);
    word.dispatchEvent(mark(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse', isPrimary: true, button: 0, clientX: 20, clientY: 10 })));
    word.dispatchEvent(mark(new PointerEvent('pointerup', { bubbles: true, pointerType: 'mouse', isPrimary: true, button: 0, clientX: 20, clientY: 10 })));
    word.dispatchEvent(mark(new MouseEvent('click', { bubbles: true, detail, clientX: 20, clientY: 10 })));
  };
  return { handlers, undo, click };
}

describe('clicks and double-clicks', () => {
  it('a plain click acts once, after the double-click wait', async () => {
    const { handlers, undo, click } = setup();
    click(1);
    expect(handlers.click).not.toHaveBeenCalled();
    await sleep(DOUBLE_CLICK_MS + 60);
    expect(handlers.click).toHaveBeenCalledTimes(1);
    expect(handlers.click.mock.calls[0]?.[0]).toMatchObject({ clientX: 20, clientY: 10 });
    // A later, separate click acts again and undoes nothing.
    click(1);
    await sleep(DOUBLE_CLICK_MS + 60);
    expect(handlers.click).toHaveBeenCalledTimes(2);
    expect(undo).not.toHaveBeenCalled();
  });

  it('a fast double-click never acts as a click', async () => {
    const { handlers, undo, click } = setup();
    click(1);
    await sleep(150);
    click(2);
    await sleep(DOUBLE_CLICK_MS + 60);
    expect(handlers.click).not.toHaveBeenCalled();
    expect(undo).not.toHaveBeenCalled();
  });

  it('a slow double-click (second click ~400 ms after the first) undoes what the first click did', async () => {
    const { handlers, undo, click } = setup();
    click(1);
    await sleep(400);
    expect(handlers.click).toHaveBeenCalledTimes(1);
    click(2);
    expect(undo).toHaveBeenCalledTimes(1);
    await sleep(DOUBLE_CLICK_MS + 60);
    expect(handlers.click).toHaveBeenCalledTimes(1);
    // A third click of the same run (a triple-click) undoes nothing more.
    click(3);
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks a page script dispatches', async () => {
    const { handlers, undo, click } = setup();
    click(1, false);
    await sleep(DOUBLE_CLICK_MS + 60);
    expect(handlers.click).not.toHaveBeenCalled();
    click(1);
    await sleep(DOUBLE_CLICK_MS + 60);
    click(2, false);
    expect(undo).not.toHaveBeenCalled();
  });
});

describe('a press on a glossary term', () => {
  /** The article with one focusable term, as render.ts writes it. */
  function termSetup() {
    document.body.innerHTML = '<div id="article"><p>记者从<span class="dubao-term" tabindex="0" role="button">医保中心</span>了解到。</p></div>';
    const root = document.getElementById('article') as HTMLElement;
    const handlers = { select: vi.fn(), rest: vi.fn(), click: vi.fn(), tap: vi.fn(), keyOpen: vi.fn() } satisfies GestureHandlers;
    stop = new AbortController();
    classifyGestures(document, root, handlers, { restDelay: () => null, active: () => true, isOwnUi: () => false }, stop.signal);
    const term = root.querySelector('.dubao-term') as HTMLElement;
    const press = (pointerType: string, trusted = true): void => {
      const e = new PointerEvent('pointerdown', { bubbles: true, pointerType, isPrimary: true, button: 0, clientX: 20, clientY: 10 });
      term.dispatchEvent(trusted ? asTrusted(e) : e);
    };
    return { term, press };
  }

  it('a mouse or pen press takes the term out of the focus order while the browser handles it, and puts it back in the next task', async () => {
    for (const type of ['mouse', 'pen']) {
      const { term, press } = termSetup();
      press(type);
      expect(term.hasAttribute('tabindex')).toBe(false);
      await sleep(5);
      expect(term.getAttribute('tabindex')).toBe('0');
    }
  });

  it('a touch press, or a press a page script dispatches, leaves the term focusable', () => {
    const { term, press } = termSetup();
    press('touch');
    expect(term.getAttribute('tabindex')).toBe('0');
    press('mouse', false);
    expect(term.getAttribute('tabindex')).toBe('0');
  });
});
