// Gestures as a reader makes them, for Playwright and Puppeteer pages alike: the mouse pressed
// at one character, moved in small steps, released at another; and what a gesture left open.
import { expect } from 'vitest';

/** The mouse of a Playwright or Puppeteer page. */
interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}
/** What the helpers need of a page. */
export interface DrivenPage {
  mouse: Mouse;
  evaluate<R, A>(f: (arg: A) => R, arg: A): Promise<R>;
  bringToFront(): Promise<void>;
}

/**
 * Viewport points just inside the left edge of displayed character `from` and the right edge
 * of character `to - 1` of block `block` (readings left out), so that a drag between them
 * selects exactly [from, to).
 */
export async function edgePoints(page: DrivenPage, block: number, from: number, to: number): Promise<{ a: { x: number; y: number }; b: { x: number; y: number } }> {
  return page.evaluate(([blk, s, e]: number[]) => {
    const el = document.querySelector(`[data-dubao-block="${blk}"]`) as Element;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('rt')) nodes.push(n as Text);
    const box = (o: number): DOMRect => {
      let at = 0;
      for (const t of nodes) {
        if (o < at + t.data.length) {
          const r = document.createRange();
          r.setStart(t, o - at);
          r.setEnd(t, o - at + 1);
          return r.getBoundingClientRect();
        }
        at += t.data.length;
      }
      throw new Error(`offset ${o} is past the block`);
    };
    const first = box(s as number);
    const last = box((e as number) - 1);
    return { a: { x: first.left + 1, y: first.top + first.height / 2 }, b: { x: last.right - 1, y: last.top + last.height / 2 } };
  }, [block, from, to]);
}

/** Drags the mouse from one viewport point to another in small steps, as a hand does. */
export async function drag(page: Pick<DrivenPage, 'mouse'>, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Selects displayed characters [from, to) of a block by dragging the mouse across them. */
export async function dragOver(page: DrivenPage, block: number, from: number, to: number): Promise<void> {
  // A hand drags in the tab in front (a hidden tab runs no animation frames: the toolbar would wait).
  await page.bringToFront();
  const { a, b } = await edgePoints(page, block, from, to);
  await drag(page, a, b);
}

/** The offset of `text` in block `block`'s displayed text (readings left out). */
export async function offsetOf(page: DrivenPage, block: number, text: string): Promise<number> {
  const at = await page.evaluate(([blk, t]: (string | number)[]) => {
    const c = (document.querySelector(`[data-dubao-block="${blk}"]`) as Element).cloneNode(true) as Element;
    c.querySelectorAll('rt').forEach((r) => r.remove());
    return (c.textContent ?? '').indexOf(t as string);
  }, [block, text]);
  if (at < 0) throw new Error(`${text} is not in block ${block}`);
  return at;
}

/** Centre of the character `ch` (its `nth` occurrence outside glossary terms) in block `block`. */
export async function charPoint(page: DrivenPage, block: number, ch: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(([b, c, k]: (string | number)[]) => {
    const el = document.querySelector(`[data-dubao-block="${b}"]`) as Element;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      if (t.parentElement?.closest('.dubao-term, rt')) continue;
      for (let i = t.data.indexOf(c as string); i >= 0; i = t.data.indexOf(c as string, i + 1)) {
        if (seen++ < (k as number)) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + 1);
        const box = r.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    throw new Error(`${c} not found`);
  }, [block, ch, nth]);
}

/** Longer than any rest delay (600 ms) and the double-click wait: what a gesture would open has opened by then. */
export const QUIET_MS = 1200;

/** Dubao's UI open on a page: cards, selection toolbars, and ruby readings in the article. */
export interface OpenUi {
  cards: number;
  toolbars: number;
  rubies: number;
}

/** Counts the cards, selection toolbars and article rubies on the page now. */
export function openUi(page: Pick<DrivenPage, 'evaluate'>): Promise<OpenUi> {
  return page.evaluate(() => ({
    cards: document.querySelectorAll('[data-dubao-ui="card"]').length,
    toolbars: document.querySelectorAll('[data-dubao-ui="toolbar"]').length,
    rubies: document.querySelectorAll('.dubao-article ruby').length,
  }), null);
}

/**
 * The check at the end of a gesture: the pointer moved off the article (to 5, 5) when `away`,
 * then a quiet period of QUIET_MS, real time on purpose (whatever a rest, a click or a
 * double-click would open has opened by then), then no card and no toolbar — or as many as
 * `cards` / `toolbars` say (the toolbar a selection keeps) — and, when `rubies` is given,
 * exactly that many rubies. Fails the test otherwise.
 */
export async function expectNothingOpens(page: Pick<DrivenPage, 'evaluate' | 'mouse'>, o: { away?: boolean; cards?: number; toolbars?: number; rubies?: number } = {}): Promise<void> {
  if (o.away) await page.mouse.move(5, 5);
  await new Promise((r) => setTimeout(r, QUIET_MS));
  const { cards, toolbars, rubies } = await openUi(page);
  const seen = o.rubies === undefined ? { cards, toolbars } : { cards, toolbars, rubies };
  expect(seen).toEqual(o.rubies === undefined ? { cards: o.cards ?? 0, toolbars: o.toolbars ?? 0 } : { cards: o.cards ?? 0, toolbars: o.toolbars ?? 0, rubies: o.rubies });
}

/** The text selected on the page ('' when none). */
export const selected = (page: Pick<DrivenPage, 'evaluate'>): Promise<string> => page.evaluate(() => getSelection()?.toString() ?? '', null);

/** The term an open card explains (its dialog's accessible name; '' when no card is open). */
export const cardTerm = (page: Pick<DrivenPage, 'evaluate'>): Promise<string> =>
  page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('[role=dialog]')?.getAttribute('aria-label') ?? '', null);

/** The whole text of an open card ('' when no card is open). */
export const cardText = (page: Pick<DrivenPage, 'evaluate'>): Promise<string> =>
  page.evaluate(() => document.querySelector('[data-dubao-ui="card"]')?.shadowRoot?.querySelector('.card')?.textContent ?? '', null);

/** The Han characters of `s` (readings, punctuation and marks left out). */
export const han = (s: string | null): string => (s ?? '').replace(/[^\p{Script=Han}]/gu, '');

/** Where the keyboard is: `button:<its text>` for a card's button, `card` for the card itself, `page:<text>` for the page's element. */
export const keyboardFocus = (page: Pick<DrivenPage, 'evaluate'>): Promise<string> =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement;
    if (a?.dataset.dubaoUi !== 'card') return `page:${a?.textContent ?? ''}`;
    const inner = a.shadowRoot?.activeElement as HTMLElement | null;
    return inner?.tagName === 'BUTTON' ? `button:${inner.textContent}` : 'card';
  }, null);

/** What a sighted keyboard reader sees of the focused element, looked for inside Dubao's shadow roots too. */
export interface Focused {
  /** The `data-dubao-ui` of the shadow host the focus is in ('' on the page). */
  ui: string;
  tag: string;
  term: boolean;
  text: string;
  className: string;
  ring: boolean;
  background: string;
}

/** The focused element (see `Focused`). */
export const focusedElement = (page: Pick<DrivenPage, 'evaluate'>): Promise<Focused> =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    let ui = '';
    while (a && (a as HTMLElement).shadowRoot?.activeElement) {
      ui = a.getAttribute('data-dubao-ui') ?? '';
      a = (a as HTMLElement).shadowRoot!.activeElement;
    }
    const cs = a ? getComputedStyle(a) : null;
    return {
      ui,
      tag: a?.tagName ?? '',
      term: !!a?.classList.contains('dubao-term'),
      text: a?.textContent ?? '',
      className: (a as HTMLElement | null)?.className ?? '',
      ring: cs ? (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) >= 1) || cs.boxShadow !== 'none' : false,
      background: cs?.backgroundColor ?? '',
    };
  }, null);

/**
 * The text under each drawn highlight, as `name:text`, readings left out (the word marks left
 * out). Under pinyin a highlight is drawn in parts (its text between the words' readings, and the
 * syllables of its characters: marks.ts paintedParts); its text parts are read as one again.
 * Passed to `evaluate` as is (self-contained).
 */
export function readDrawn(): string[] {
  const out: string[] = [];
  const inReading = (n: Node): boolean => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('rt');
  const text = (r: Range): string => {
    const f = r.cloneContents();
    f.querySelectorAll('rt').forEach((x) => x.remove());
    return f.textContent ?? '';
  };
  (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights?.forEach((h, name) => {
    if (!name.startsWith('dubao-') || name === 'dubao-word') return;
    const parts = [...h].filter((r) => !inReading(r.startContainer)).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    let whole: Range | null = null;
    for (const r of parts) {
      if (whole) {
        // Parts with nothing but readings between them are one highlight.
        const gap = document.createRange();
        gap.setStart(whole.endContainer, whole.endOffset);
        gap.setEnd(r.startContainer, r.startOffset);
        if (text(gap) === '') {
          whole.setEnd(r.endContainer, r.endOffset);
          continue;
        }
        out.push(`${name}:${text(whole)}`);
      }
      whole = r.cloneRange();
    }
    if (whole) out.push(`${name}:${text(whole)}`);
  });
  return out;
}

/** The text under each drawn highlight, as `name:text` (readDrawn). */
export const drawnHighlights = (page: Pick<DrivenPage, 'evaluate'>): Promise<string[]> => page.evaluate(readDrawn, null);

/** Presses Tab (at most 40 times, from wherever the focus is) until an article term has the focus; its text, '' when none did. */
export async function tabToTerm(page: Pick<DrivenPage, 'evaluate'> & { keyboard: { press(key: string): Promise<unknown> } }): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focusedElement(page);
    if (f.term) return f.text;
  }
  return '';
}
