// The sign of a highlight's note on the page: a small marker at the highlight's end in the
// repaired article. The marker holds no text (its sign is drawn by CSS, so copying and the
// article's offsets give characters only); the note shows beside it while the pointer rests on
// it or the keyboard focuses it, and a click, a tap, Enter or Space opens the highlight's toolbar
// with the note and its editing.

/** The marker's class (style.css). */
export const NOTE_MARK = 'dubao-note-mark';

/** Elements a marker is kept out of: it goes after a word's ruby, a glossary term or a link, never inside one. */
const WHOLE = 'ruby, a, .dubao-term, .dubao-join';

/** Removes every note marker and joins again the text nodes a marker split (no other). */
export function clearNoteMarks(doc: Document): void {
  for (const m of Array.from(doc.querySelectorAll<HTMLElement>(`.${NOTE_MARK}`))) {
    const [before, after] = [m.previousSibling, m.nextSibling];
    m.remove();
    if (m.dataset.split && before?.nodeType === 3 && after?.nodeType === 3) {
      (before as Text).appendData((after as Text).data);
      after.remove();
    }
  }
}

/**
 * Places a note marker at a highlight's end (`node`, `offset`: the end of its range in the
 * repaired view): after the word, term or link the end falls in, else in the text right there.
 * `label` is what a screen reader says and the tooltip shows (the note with its heading).
 */
export function placeNoteMark(node: Node, offset: number, id: string, label: string): HTMLElement | null {
  const doc = node.ownerDocument;
  const start = node.nodeType === 3 ? node.parentElement : (node as Element);
  const block = start?.closest('[data-dubao-block]');
  if (!doc || !start || !block) return null;
  const mark = doc.createElement('span');
  mark.className = NOTE_MARK;
  mark.dataset.dubaoNote = id;
  mark.dataset.note = label;
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', label);
  // The outermost word, term or link inside the block that holds the end.
  let whole: Element | null = null;
  for (let el: Element | null = start; el && el !== block; el = el.parentElement) if (el.matches(WHOLE)) whole = el;
  if (whole) whole.after(mark);
  else if (node.nodeType === 3) {
    const text = node as Text;
    if (offset <= 0) text.before(mark);
    else if (offset >= text.data.length) text.after(mark);
    else {
      text.splitText(offset).before(mark);
      mark.dataset.split = '1';
    }
  } else {
    const child = node.childNodes[offset] ?? null;
    node.insertBefore(mark, child);
  }
  return mark;
}

/** The note marker an event happened on, or null. */
function markOf(e: Event): HTMLElement | null {
  const t = e.target as Element | null;
  return (t?.closest?.(`.${NOTE_MARK}`) as HTMLElement | null) ?? null;
}

/**
 * The pen the keyboard is on, per page: kept while a redraw of the article (pinyin, a setting,
 * terms arriving) takes the pen away with its block, so that the pen drawn again in its place
 * takes the focus back (penToRefocus). Forgotten when the reader moves the focus elsewhere.
 */
const FOCUSED = new WeakMap<Document, { id: string; pen: HTMLElement }>();

/**
 * The id of the pen to give the focus back to once the pens are drawn again: the pen focused now,
 * or one a redraw removed while it had the focus (the focus then fell to the page's start).
 */
export function penToRefocus(doc: Document): string | null {
  const was = FOCUSED.get(doc);
  if (!was) return null;
  const active = doc.activeElement;
  if (active === was.pen) return was.id;
  return !was.pen.isConnected && (active === null || active === doc.body) ? was.id : null;
}

/** Gives the focus to the pen of highlight `id` (drawn again after a redraw), as it was before. */
export function refocusPen(doc: Document, id: string): void {
  const pen = Array.from(doc.querySelectorAll<HTMLElement>(`.${NOTE_MARK}`)).find((m) => m.dataset.dubaoNote === id);
  if (pen && doc.activeElement !== pen) pen.focus({ preventScroll: true });
}

/** Which way a marker's note opens (towards the wider side of the window) and how wide it may be. */
function placeTip(mark: HTMLElement): void {
  const win = mark.ownerDocument.defaultView;
  if (!win) return;
  const box = mark.getBoundingClientRect();
  const width = win.innerWidth || mark.ownerDocument.documentElement.clientWidth;
  const leftward = box.right > width / 2;
  mark.dataset.side = leftward ? 'left' : 'right';
  const room = Math.max(120, (leftward ? box.right : width - box.left) - 12);
  mark.style.setProperty('--dubao-note-room', `${Math.round(room)}px`);
}

/**
 * Listens for the reader's use of note markers: `open(id, byKey)` on a click, a tap, Enter or
 * Space (the page's own click handling and Dubao's word gestures do not see it).
 */
export function listenNoteMarks(doc: Document, signal: AbortSignal, open: (id: string, byKey: boolean) => void): void {
  const opts = { capture: true, signal };
  for (const type of ['pointerover', 'focusin']) {
    doc.addEventListener(type, (e) => {
      const m = markOf(e);
      if (m) placeTip(m);
      if (m && type === 'focusin') FOCUSED.set(doc, { id: m.dataset.dubaoNote ?? '', pen: m });
    }, opts);
  }
  // A pen that loses the focus and is still there: the reader moved on (a pen a redraw removed is
  // no longer there, and its place is kept for the pen drawn again).
  doc.addEventListener('focusout', (e) => {
    const m = markOf(e);
    if (!m) return;
    doc.defaultView?.setTimeout(() => {
      if (FOCUSED.get(doc)?.pen === m && m.isConnected && doc.activeElement !== m) FOCUSED.delete(doc);
    }, 0);
  }, opts);
  /** A trusted click or Enter / Space on a marker (`byKey`: from the keyboard) opens its highlight. */
  const use = (e: Event, byKey: boolean): void => {
    const m = markOf(e);
    if (!m || !e.isTrusted) return;
    e.preventDefault();
    e.stopPropagation();
    open(m.dataset.dubaoNote ?? '', byKey);
  };
  doc.addEventListener('click', (e) => use(e, e.detail === 0), opts);
  doc.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && use(e, true), opts);
}
