// Gestures as a reader makes them, for Playwright and Puppeteer pages alike: the mouse pressed
// at one character, moved in small steps, released at another.

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

/** Selects displayed characters [from, to) of a block by dragging the mouse across them. */
export async function dragOver(page: DrivenPage, block: number, from: number, to: number): Promise<void> {
  // A hand drags in the tab in front (a hidden tab runs no animation frames: the toolbar would wait).
  await page.bringToFront();
  const { a, b } = await edgePoints(page, block, from, to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 12 });
  await page.mouse.up();
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
