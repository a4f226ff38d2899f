// The one place that decides what the reader did in the article: a drag-selection or a
// double-click word selection (→ toolbar), the pointer resting on a word (→ dictionary or term
// card), a plain click (→ term card or the word's pinyin), a touch tap (→ term card, or the
// word's dictionary card as a rest would), keyboard focus on a term (→ its card), Shift + arrow
// keys after a click placed the caret or on a focused term (→ toolbar). Each gesture goes to exactly one handler; events the page's own scripts
// dispatch (`isTrusted` false) are never gestures.

/** Where a pointer gesture happened. */
export interface GesturePoint {
  target: Element | null;
  clientX: number;
  clientY: number;
}

/** What the features do with each kind of gesture. */
export interface GestureHandlers {
  /** The reader finished selecting text (drag, double-click, keyboard). */
  select(): void;
  /** The pointer rested on the article without moving for `delay(target)` ms. */
  rest(at: GesturePoint): void;
  /**
   * A plain click (not part of a double-click, not ending a drag). Returns how to undo what it
   * did, for a slow double-click whose second click comes after DOUBLE_CLICK_MS.
   */
  click(at: GesturePoint): (() => void) | void;
  /** A touch tap. */
  tap(at: GesturePoint): void;
  /**
   * Keyboard focus arrived on (`into` false), or Enter / Space was pressed on (`into` true: the
   * keyboard goes into the card), a glossary term.
   */
  keyOpen(term: HTMLElement, into: boolean): void;
}

/** Tuning of the classifier. */
export interface GestureOptions {
  /** How long the pointer rests on `target` before `rest` (ms); null: no rest there. */
  restDelay(target: Element | null): number | null;
  /** Whether a rest, click or tap may start now (e.g. only in the repaired view). */
  active(): boolean;
  /** A UI of ours (card, toolbar) the event happened in: not a gesture on the article. */
  isOwnUi(e: Event): boolean;
}

/** How far the pointer may move between down and up and still make a click (px). */
const CLICK_SLOP = 5;
/**
 * How long a click waits for a second click before it acts as a plain click (ms). The reader's
 * system may allow longer between the clicks of a double-click (Windows: 500 ms by default, up
 * to 900): a second click the browser counts as one (`detail` 2) undoes the first click's action.
 */
export const DOUBLE_CLICK_MS = 320;

/** How soon after a Tab key press the focus it moves counts as the reader's (ms). */
const TAB_FOCUS_MS = 500;

/**
 * Keeps a mouse or pen press from focusing the glossary term `term` (focusable for the keyboard):
 * in Chromium a press that focuses an element on its first character loses the drag's selection,
 * so a drag over a whole term from its first character selected nothing. The term leaves the
 * focus order for the press only (the browser decides focus while handling it) and is back in it
 * in the next task, for Tab and for the card giving focus back on Escape.
 */
function keepFocusOff(win: Window | typeof globalThis, term: HTMLElement): void {
  if (!term.hasAttribute('tabindex')) return;
  const index = term.tabIndex;
  term.removeAttribute('tabindex');
  win.setTimeout(() => {
    term.tabIndex = index;
  }, 0);
}

/** True for events the reader made (not dispatched by a script). */
export function trusted(e: Event): boolean {
  return e.isTrusted;
}

/** The glossary term element an event target is in, or null. */
export function termOf(target: EventTarget | null): HTMLElement | null {
  return ((target as Element | null)?.closest?.('.dubao-term') as HTMLElement | null) ?? null;
}

/**
 * A triple-click selects the whole paragraph (the article block it is in), before the toolbar
 * reads the selection. Chromium ends its own paragraph selection at unselectable content: under
 * pinyin (readings are user-select: none) it selected one word.
 */
function selectBlock(doc: Document, target: EventTarget | null): void {
  const block = (target as Element | null)?.closest?.('[data-dubao-block]');
  const sel = doc.getSelection?.();
  if (!block || !sel) return;
  const range = doc.createRange();
  range.selectNodeContents(block);
  sel.removeAllRanges();
  sel.addRange(range);
}

const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/** Selects a term's text, its end first when `backwards` (so that Shift + ← / ↑ extend it to the left). */
function selectTerm(doc: Document, term: HTMLElement, backwards: boolean): void {
  const sel = doc.getSelection?.();
  if (!sel) return;
  const n = term.childNodes.length;
  if (backwards) sel.setBaseAndExtent(term, n, term, 0);
  else sel.setBaseAndExtent(term, 0, term, n);
}

/** Classifies the reader's gestures in `root` and hands each to one handler until `signal` aborts. */
export function classifyGestures(doc: Document, root: Element, handlers: GestureHandlers, options: GestureOptions, signal: AbortSignal): void {
  const win = doc.defaultView ?? globalThis;
  let down: { x: number; y: number; type: string } | null = null;
  let dragged = false;
  let lastType = 'mouse';
  /** When the reader last pressed Tab (focus that follows it is a keyboard gesture). */
  let tabAt = -Infinity;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let clickTimer: ReturnType<typeof setTimeout> | undefined;
  /** Undoes the last plain click, until the next click shows whether it began a slow double-click. */
  let undoClick: (() => void) | null = null;
  const cancelRest = (): void => clearTimeout(restTimer);
  const cancelClick = (): void => clearTimeout(clickTimer);
  const selected = (): boolean => {
    const sel = doc.getSelection?.();
    return !!sel && sel.rangeCount > 0 && !sel.isCollapsed;
  };
  const point = (e: MouseEvent): GesturePoint => ({ target: e.target as Element | null, clientX: e.clientX, clientY: e.clientY });
  const on = <K extends keyof DocumentEventMap>(target: EventTarget, type: K, f: (e: DocumentEventMap[K]) => void, capture = false): void =>
    target.addEventListener(type, ((e: DocumentEventMap[K]) => {
      if (trusted(e)) f(e);
    }) as EventListener, { capture, signal });

  on(doc, 'pointerdown', (e) => {
    cancelRest();
    lastType = e.pointerType || 'mouse';
    down = e.isPrimary && e.button === 0 ? { x: e.clientX, y: e.clientY, type: lastType } : null;
    dragged = false;
    const term = termOf(e.target);
    if (down && lastType !== 'touch' && term && root.contains(term)) keepFocusOff(win, term);
  }, true);
  on(doc, 'pointermove', (e) => {
    if (down) {
      if (Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP) dragged = true;
      return;
    }
    if (e.pointerType !== 'mouse' || e.buttons !== 0) return;
    lastType = 'mouse';
    cancelRest();
    if (!root.contains(e.target as Node) || options.isOwnUi(e) || !options.active() || selected()) return;
    const at = point(e);
    const delay = options.restDelay(at.target);
    if (delay !== null) restTimer = win.setTimeout(() => handlers.rest(at), delay);
  }, true);
  const released = (e: PointerEvent | KeyboardEvent): void => {
    if (options.isOwnUi(e)) return;
    // The selection is final once the event has been handled by the page.
    win.setTimeout(() => {
      const sel = doc.getSelection?.();
      // A selection reaching into the article counts, also one that began or ended outside it.
      if (selected() && sel && sel.getRangeAt(0).intersectsNode(root)) handlers.select();
    }, 0);
  };
  on(doc, 'pointerup', (e) => {
    const wasDown = down;
    down = null;
    if (wasDown) released(e);
  }, true);
  on(doc, 'pointercancel', () => {
    down = null;
  }, true);
  on(root, 'pointerleave', cancelRest);
  on(doc, 'keyup', (e) => {
    if (e.shiftKey || e.key === 'Shift' || e.key.startsWith('Arrow')) released(e);
  });
  on(root, 'click', (e) => {
    cancelRest();
    cancelClick();
    const undo = undoClick;
    undoClick = null;
    // The second click of a slow double-click (a word selection): the first one's action is undone.
    if (e.detail > 1) undo?.();
    if (e.detail === 3 && options.active() && !options.isOwnUi(e)) selectBlock(doc, e.target);
    if (dragged || e.detail > 1 || selected() || !options.active() || options.isOwnUi(e)) return;
    if ((e.target as Element | null)?.closest?.('a')) return;
    const at = point(e);
    if (lastType === 'touch' || lastType === 'pen') {
      handlers.tap(at);
      return;
    }
    // A second click would make it a double-click (a word selection): wait for it.
    clickTimer = win.setTimeout(() => {
      if (!selected()) undoClick = handlers.click(at) ?? null;
    }, DOUBLE_CLICK_MS);
  });
  on(root, 'dblclick', () => cancelClick());
  on(doc, 'keydown', (e) => {
    if (e.key === 'Tab') tabAt = performance.now();
    // A click that placed the caret for a keyboard selection (Shift + arrows) is not a click on a word.
    if (e.key === 'Shift' || e.shiftKey) cancelClick();
  }, true);
  on(root, 'focusin', (e) => {
    const term = termOf(e.target);
    // Only focus the reader moved with Tab: not a pointer press, not a script calling focus().
    // Nor focus one of our own UIs gives back as it closes (the toolbar after a key saved).
    const from = (e as FocusEvent).relatedTarget as Element | null;
    if (from?.closest?.('[data-dubao-ui]')) return;
    if (term && !down && performance.now() - tabAt < TAB_FOCUS_MS && options.active()) handlers.keyOpen(term, false);
  });
  on(root, 'keydown', (e) => {
    const term = termOf(e.target);
    if (term && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      handlers.keyOpen(term, true);
    }
    // A keyboard reader on a term starts a selection there: Chromium moves no caret from a focused
    // element (nor, without caret browsing, from any caret), so Shift + arrow keys selected
    // nothing. The term is selected (towards the arrow's side); the next keys extend it.
    if (term && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && ARROWS.has(e.key) && !selected() && options.active()) {
      e.preventDefault();
      selectTerm(doc, term, e.key === 'ArrowLeft' || e.key === 'ArrowUp');
    }
  });
  signal.addEventListener('abort', () => {
    cancelRest();
    cancelClick();
  });
}
