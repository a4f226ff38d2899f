// The content script's controller: recognise, repair, render, answer the popup, stay in sync
// with pages that change after load. Everything it changes can be switched back.
import { browser } from 'wxt/browser';
import { detect, type Recognition } from '../../lib/detect';
import { repairBody, type RepairedArticle } from '../../lib/extract/repair';
import { isContentMessage, type ArticleView, type ContentMessage, type PageInfo, type Reply } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { canonicalUrl } from '../../lib/url';
import { CLS, renderBlocks } from './render';

/** A UI string, or '' where the runtime has none (tests, odd embedders). */
function message(key: 'joinLabel'): string {
  try {
    return browser.i18n.getMessage(key);
  } catch {
    return '';
  }
}

/** Attribute on the article root: `repaired` or `original`. */
export const MARK = 'data-dubao';

/** One recognised page and everything Dubao did to it. */
export class DubaoPage {
  private original: Node[] = [];
  private repaired: RepairedArticle | null = null;
  private view: ArticleView = 'original';
  private showRepairs = false;
  private observer: MutationObserver | null = null;
  private renderMs = 0;

  constructor(
    private readonly doc: Document,
    readonly recognition: Recognition,
    private readonly settings: Settings,
  ) {}

  /** Repairs and shows the article (or leaves a layout page alone). */
  start(): void {
    const root = this.recognition.body;
    if (!root) return;
    this.original = Array.from(root.childNodes);
    root.setAttribute(MARK, 'original');
    if (this.settings.defaultView === 'repaired') this.setView('repaired');
    this.observe();
  }

  /** What the popup shows about this page. */
  info(): PageInfo {
    const r = this.recognition;
    return {
      recognized: true,
      kind: r.kind,
      site: r.site,
      siteName: r.siteName,
      title: r.title,
      date: r.date,
      url: canonicalUrl(this.doc.location?.href ?? '') ?? '',
      view: this.view,
      showRepairs: this.showRepairs,
      blocks: this.repaired?.blocks.length ?? 0,
      joins: this.repaired?.blocks.reduce((n, b) => n + b.joins.length, 0) ?? 0,
    };
  }

  /** Milliseconds the last repaired rendering took (also left as a performance measure). */
  lastRenderMs(): number {
    return this.renderMs;
  }

  /** Switches between the repaired paragraphs and the exact original DOM. */
  setView(view: ArticleView): void {
    const root = this.recognition.body;
    if (!root || view === this.view) return;
    this.mutate(() => {
      if (view === 'original') {
        root.replaceChildren(...this.original);
      } else {
        performance.mark('dubao:render:start');
        this.repaired ??= this.repair();
        const article = renderBlocks(this.doc, this.repaired.blocks, this.repaired.extraction, root, {
          showRepairs: this.showRepairs,
          joinLabel: message('joinLabel') || 'A print line break was removed here',
        });
        root.replaceChildren(article);
        performance.mark('dubao:render:end');
        this.renderMs = performance.measure('dubao:render', 'dubao:render:start', 'dubao:render:end').duration;
      }
      root.setAttribute(MARK, view);
      this.view = view;
    });
  }

  /** Turns the "show repairs" marks on or off. */
  setShowRepairs(on: boolean): void {
    this.showRepairs = on;
    if (this.view === 'repaired') {
      this.setView('original');
      this.setView('repaired');
    }
  }

  /** Answers a message from the popup or the background. */
  handle(m: ContentMessage): PageInfo {
    switch (m.type) {
      case 'page:set-view':
        this.setView(m.view);
        break;
      case 'page:toggle-view':
        this.setView(this.view === 'repaired' ? 'original' : 'repaired');
        break;
      case 'page:show-repairs':
        this.setShowRepairs(m.on);
        break;
      case 'page:info':
        break;
    }
    return this.info();
  }

  /** Puts the page back exactly as it was and stops watching it. */
  stop(): void {
    this.observer?.disconnect();
    this.setView('original');
    this.recognition.body?.removeAttribute(MARK);
  }

  /** Repairs the article from the original nodes, which are in the page at this point. */
  private repair(): RepairedArticle {
    return repairBody(this.recognition.body as Element, { punctuation: this.settings.punctuation });
  }

  /** Runs a change of ours without our observer seeing it. */
  private mutate(change: () => void): void {
    this.observer?.disconnect();
    try {
      change();
    } finally {
      this.observer?.takeRecords();
      this.reconnect();
    }
  }

  private reconnect(): void {
    const root = this.recognition.body;
    if (root && this.observer) this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Content the page's own scripts add to the article root after load joins the original and
   * the repaired view is rebuilt. Our own changes are invisible to the observer, so it never loops.
   */
  private observe(): void {
    const root = this.recognition.body;
    if (!root || typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver((records) => {
      if (this.view !== 'repaired') {
        this.original = Array.from(root.childNodes);
        this.repaired = null;
        return;
      }
      const added: Node[] = [];
      for (const r of records) {
        if (r.target === root) for (const n of Array.from(r.addedNodes)) if (!(n instanceof Element && n.classList.contains(CLS.article))) added.push(n);
      }
      if (added.length === 0) return;
      this.original.push(...added);
      this.mutate(() => root.replaceChildren(...this.original));
      this.repaired = null;
      this.view = 'original';
      this.setView('repaired');
    });
    this.reconnect();
  }
}

/** Recognises the page and starts Dubao on it; returns null when the page is not for us. */
export function startOnPage(doc: Document, settings: Settings, force: boolean): DubaoPage | null {
  const recognition = detect(doc.location?.href ?? '', doc, { force });
  if (!recognition) return null;
  const page = new DubaoPage(doc, recognition, settings);
  page.start();
  return page;
}

/** What the content script says about a page it does not work on. */
export function unrecognisedInfo(href: string): PageInfo {
  return {
    recognized: false, kind: null, site: null, siteName: null, title: null, date: null,
    url: canonicalUrl(href) ?? href, view: 'original', showRepairs: false, blocks: 0, joins: 0,
  };
}

/** The message listener the content script registers. */
export function listen(getPage: () => DubaoPage | null): (raw: unknown) => Promise<Reply<PageInfo>> | undefined {
  return (raw) => {
    if (!isContentMessage(raw)) return undefined;
    const page = getPage();
    if (!page) {
      if (raw.type === 'page:info') return Promise.resolve({ ok: true, value: unrecognisedInfo(location.href) });
      return Promise.resolve({ ok: false, error: 'not an e-paper article' });
    }
    try {
      return Promise.resolve({ ok: true, value: page.handle(raw) });
    } catch (e) {
      return Promise.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
}
