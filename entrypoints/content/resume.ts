// "Continue where you stopped": records the reading position in the repaired article (block and
// characters into it) as the reader scrolls, and on return offers it in a small dismissible
// prompt (in a shadow root, so the page's styles neither reach it nor are touched by it).
import { DARK_RING } from '../../lib/reading-style';
import { resumeItem } from '../../lib/storage';
import { roomBelow } from './resume-room';
import { darkRules, shadowHost } from './shadow-host';
import { QUOTE_CHARS, normalizeResumeMap, percentRead, placeNow, withPoint, worthOffering, type ResumeMap, type ResumePoint } from '../../lib/resume';

/** Where positions are stored (the content script wires it to browser storage). */
export interface ResumeStore {
  load(): Promise<unknown>;
  save(map: ResumeMap): Promise<void>;
  /** Calls back with every stored change (another tab's positions); returns the way to stop. */
  watch?(onChange: (raw: unknown) => void): () => void;
}

/** The prompt's words in the browser's language. */
export interface ResumeLabels {
  /** Accessible name of the prompt ("Continue reading" / "继续阅读"). */
  label: string;
  /** The question, given how far the reader got ("45%"). */
  prompt: (where: string) => string;
  resume: string;
  dismiss: string;
}

const BLOCKS = '.dubao-article [data-dubao-block]';
/** How long a place gone to is kept at the top while the article above it is still drawn (ms). */
const PIN_MS = 10_000;
const CSS = `:host{all:initial}
.box{position:fixed;right:16px;bottom:16px;z-index:2147483646;display:flex;align-items:center;gap:10px;max-width:min(420px,calc(100vw - 32px));
padding:10px 12px;border-radius:10px;background:#fff;color:#1f1f1f;border:1px solid #d0d0d0;box-shadow:0 4px 18px rgba(0,0,0,.18);
font:14px/1.4 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
p{margin:0;flex:1}
button{font:inherit;border-radius:6px;padding:4px 10px;cursor:pointer;border:1px solid #1d5bc4;background:#1d5bc4;color:#fff}
button.x{background:transparent;color:#444;border-color:transparent;padding:2px 8px;font-size:18px;line-height:1}
button:focus-visible{outline:2px solid #1d5bc4;outline-offset:2px}
${darkRules([['.box', 'background:#26272b;color:#eee;border-color:#444'], ['button', 'background:#8fb8ff;border-color:#8fb8ff;color:#111'], ['button.x', 'background:transparent;border-color:transparent;color:#ccc'], ['button:focus-visible', `outline-color:${DARK_RING}`]])}`;

/** Records and offers the reading position of one article. */
export class ResumeTracker {
  private host: HTMLElement | null = null;
  private offered: ResumePoint | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = '';
  /**
   * The stored positions as last read or written. A position is saved from this copy in the
   * same task as the event that calls for it: a tab closed or reloaded right after the last
   * scroll ends the page before a read-then-write could reach storage.
   */
  private map: ResumeMap = {};
  /** False until the stored positions are read (nothing is written before: it would drop the others). */
  private loaded = false;
  /** Whether the stored place has been weighed against a shown repaired article (once a page). */
  private considered = false;
  private unwatch: (() => void) | null = null;
  /** Ends the scroll, visibility and prompt listeners. */
  private listening = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly store: ResumeStore,
    private readonly labels: ResumeLabels,
    /** The blocks' texts as repaired (the article's own script, whatever is displayed); else as shown. */
    private readonly texts: () => readonly string[] = () => Array.from(doc.querySelectorAll<HTMLElement>(BLOCKS), shownText),
  ) {}

  /** Offers the stored position (if worth it) and starts recording. */
  async start(): Promise<void> {
    this.unwatch = this.store.watch?.((raw) => void (this.map = normalizeResumeMap(raw))) ?? null;
    const map = normalizeResumeMap(await this.store.load().catch(() => ({})));
    this.map = map;
    this.loaded = true;
    this.consider();
    const { signal } = this.listening;
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { passive: true, signal });
    this.doc.addEventListener('visibilitychange', this.flush, { signal });
    this.doc.defaultView?.addEventListener('pagehide', this.flush, { signal });
  }

  /**
   * The repaired article came into view after the page opened in the original view (the reader's
   * default): the stored place is offered now, once, as it would have been on a repaired page.
   */
  repairedShown(): void {
    if (this.loaded && !this.considered) this.consider();
  }

  /** Offers the stored place when there is one worth it and the repaired article is shown (once a page). */
  private consider(): void {
    if (!this.doc.querySelector(BLOCKS)) return;
    this.considered = true;
    // Where the stored place is in the article now: its paragraph found by its opening words,
    // so a paragraph added or taken out above it since does not move the reader to another one.
    const stored = this.map[this.url];
    const p = stored ? placeNow(stored, this.texts()) : null;
    // A reload or a return through history finds the page already scrolled (the browser restores
    // it) before this runs: where the reader already is at or past the stored point, offering to
    // "continue" would take them back; their place now is recorded instead.
    const here = (this.doc.defaultView?.scrollY ?? 0) > 0 ? this.position() : null;
    const already = !!here && !!p && (here.block > p.block || (here.block === p.block && here.offset >= p.offset));
    if (worthOffering(p) && !already) this.offer(p);
    else if (already) this.flush();
  }

  /** Stops recording and removes the prompt. */
  stop(): void {
    this.unpin();
    this.listening.abort();
    this.listening = new AbortController();
    this.unwatch?.();
    this.unwatch = null;
    if (this.timer) clearTimeout(this.timer);
    this.close();
  }

  /** The position at the top of the screen now (null without a repaired article). */
  position(): ResumePoint | null {
    const blocks = Array.from(this.doc.querySelectorAll<HTMLElement>(BLOCKS));
    if (blocks.length === 0) return null;
    for (const el of blocks) {
      const r = el.getBoundingClientRect();
      if (r.bottom <= 1) continue;
      const len = shownText(el).length;
      const offset = r.top < 0 && r.height > 0 ? Math.min(len, Math.round((len * -r.top) / r.height)) : 0;
      return this.point(Number(el.dataset.dubaoBlock), offset, blocks.length);
    }
    return this.point(blocks.length - 1, 0, blocks.length);
  }

  private point(block: number, offset: number, total: number): ResumePoint {
    const quote = (this.texts()[block] ?? '').slice(0, QUOTE_CHARS);
    return { block, offset, total, at: Date.now(), ...(quote ? { quote } : {}) };
  }

  /**
   * Scrolls so that `p` is at the top of the screen, and keeps it there while the article above it
   * is still being drawn (pinyin filled in idle time, terms arriving: blocks above grow and the
   * browser's scroll anchoring does not hold the place through them), until the reader scrolls
   * (wheel, keys, a click or touch, or the page moved away from the place by a scrollbar or a
   * script), or PIN_MS pass.
   */
  go(p: ResumePoint): void {
    const el = this.doc.querySelector<HTMLElement>(`.dubao-article [data-dubao-block="${p.block}"]`);
    const win = this.doc.defaultView;
    if (!el || !win) return;
    el.scrollIntoView({ block: 'start' });
    this.unpin();
    const pin = new AbortController();
    const until = Date.now() + PIN_MS;
    let frame = 0;
    let lastY = NaN;
    this.unpin = () => {
      pin.abort();
      win.cancelAnimationFrame(frame);
      this.unpin = () => undefined;
    };
    for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart']) {
      win.addEventListener(type, (e) => e.isTrusted && this.unpin(), { signal: pin.signal, capture: true, passive: true });
    }
    const keep = (): void => {
      const dy = this.distanceTo(p);
      // Gone, time up, or scrolled away from the place by something else than the drawing (which
      // moves the place and leaves the scroll offset where it was).
      if (dy === null || Date.now() > until || (win.scrollY !== lastY && !Number.isNaN(lastY) && Math.abs(dy) > 2)) return this.unpin();
      // Instantly: under a page's `scroll-behavior: smooth` each frame would start another glide.
      if (Math.abs(dy) > (Number.isNaN(lastY) ? 0 : 2)) win.scrollBy({ top: dy, behavior: 'instant' });
      lastY = win.scrollY;
      frame = win.requestAnimationFrame(keep);
    };
    keep();
  }

  /** Ends the keeping of a place gone to (go). */
  private unpin: () => void = () => undefined;

  /** How far `p` is below the top of the screen (px), or null when its block is gone. */
  private distanceTo(p: ResumePoint): number | null {
    const el = this.doc.querySelector<HTMLElement>(`.dubao-article [data-dubao-block="${p.block}"]`);
    if (!el) return null;
    const len = Math.max(1, shownText(el).length);
    const r = el.getBoundingClientRect();
    return r.top + (r.height * Math.min(p.offset, len)) / len;
  }

  /** Shows the prompt; only the reader's own clicks and keys act on it (a page script's do nothing). */
  private offer(p: ResumePoint): void {
    this.offered = p;
    const { host, shadow } = shadowHost(this.doc, 'resume', CSS);
    const { signal } = this.listening;
    const box = this.doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', this.labels.label);
    const text = this.doc.createElement('p');
    text.textContent = this.labels.prompt(`${percentRead(p)}%`);
    const go = this.doc.createElement('button');
    go.type = 'button';
    go.textContent = this.labels.resume;
    go.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      this.close();
      this.go(p);
    }, { signal });
    const x = this.doc.createElement('button');
    x.type = 'button';
    x.className = 'x';
    x.textContent = '×';
    x.setAttribute('aria-label', this.labels.dismiss);
    x.addEventListener('click', (e) => e.isTrusted && this.close(), { signal });
    box.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.close(), { signal });
    // Escape with the focus on the page closes it too, unless Escape is closing something else
    // first (a card, the toolbar or its note form) or the reader is typing in a field.
    this.doc.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape' && this.host && !escapeBelongsElsewhere(this.doc, e)) this.close();
    }, { signal, capture: true });
    box.append(text, go, x);
    shadow.append(box);
    // First in the page, so that the first Tab reaches it (at the end, a keyboard reader had to
    // Tab through every link and term of the page first); it is drawn fixed in a corner all the same.
    // Just before <body>, not inside it: the page's own first child stays its first child, so a
    // page style such as `body > div:first-child` still finds what it was written for.
    const body = this.doc.body;
    if (body?.parentNode) body.parentNode.insertBefore(host, body);
    else this.doc.documentElement.prepend(host);
    this.host = host;
    this.takeRoomBack = roomBelow(this.doc, box);
  }

  /** Takes back the bottom room the page was given for the prompt (resume-room.ts). */
  private takeRoomBack: () => void = () => undefined;

  private close(): void {
    this.takeRoomBack();
    this.takeRoomBack = () => undefined;
    this.host?.remove();
    this.host = null;
    this.offered = null;
  }

  private readonly onScroll = (): void => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, 600);
  };

  /** Records the position now (not while the offer is open, unless the reader has read past it). */
  private readonly flush = (): void => {
    this.timer = null;
    const p = this.loaded ? this.position() : null;
    if (!p) return;
    if (this.offered) {
      if (p.block <= this.offered.block) return;
      this.close();
    }
    const key = `${p.block}:${p.offset}`;
    if (key === this.last) return;
    this.last = key;
    const finished = p.block >= p.total - 1;
    this.map = withPoint(this.map, this.url, finished ? null : p);
    void this.store.save(this.map).catch(() => undefined);
  };
}

/** A block's text as shown, its pinyin readings left out. */
function shownText(el: Element): string {
  let out = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if ((n as Element).tagName !== 'RT') out += shownText(n as Element);
  }
  return out;
}

/** Whether an Escape on the page is for something other than the prompt: an open card or toolbar, or a field being typed in. */
function escapeBelongsElsewhere(doc: Document, e: KeyboardEvent): boolean {
  if (doc.querySelector('[data-dubao-ui="card"], [data-dubao-ui="toolbar"]')) return true;
  const t = (e.composedPath?.()[0] ?? e.target) as Element | null;
  return !!t && typeof t.closest === 'function' && t.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** Starts recording and offering the position of the article at `url`, kept in browser storage (this device). */
export function startResume(doc: Document, url: string, labels: ResumeLabels, texts?: () => readonly string[]): ResumeTracker {
  const tracker = new ResumeTracker(doc, url, {
    load: () => resumeItem.getValue(),
    save: (map) => resumeItem.setValue(map),
    watch: (onChange) => resumeItem.watch(onChange),
  }, labels, texts);
  void tracker.start();
  return tracker;
}
