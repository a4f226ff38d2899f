// Rendering repaired blocks in place of the article body, and putting the original back.
import type { Extraction, Piece } from '../../lib/extract';
import type { RepairedBlock } from '../../lib/reflow';
import { codePointIndex, codePointLength } from '../../lib/codepoints';
import type { BlockDisplay } from './display';
import { blockLooks } from './block-look';

/** Class names of the repaired view (styled by style.css). */
export const CLS = {
  article: 'dubao-article',
  block: 'dubao-block',
  join: 'dubao-join',
  media: 'dubao-media',
} as const;

const TAG: Record<RepairedBlock['kind'], string> = { heading: 'h2', byline: 'p', body: 'p', caption: 'p' };

/** A glossary term found in a block's displayed text (UTF-16 offsets). */
export interface TermRange {
  id: string;
  term: string;
  start: number;
  end: number;
}

export interface RenderOptions {
  showRepairs: boolean;
  joinLabel: string;
  /** Glossary terms per block, in displayed-text offsets, sorted and not overlapping. */
  termsOf?: (i: number) => readonly TermRange[];
  /** What block `i` displays (script and pinyin); absent: the repaired text as is. */
  displayOf?: (i: number) => BlockDisplay | undefined;
}

/**
 * Builds the repaired article: one element per block, links kept around the text they held,
 * pictures after the block they followed. Text goes in as text nodes only.
 */
export function renderBlocks(doc: Document, blocks: readonly RepairedBlock[], ex: Extraction, root: Element, opts: RenderOptions): HTMLElement {
  const article = doc.createElement('div');
  article.className = CLS.article;
  const mediaAfter = new Map<number, Element[]>();
  for (const m of ex.media) {
    const list = mediaAfter.get(m.afterLine) ?? [];
    list.push(m.node);
    mediaAfter.set(m.afterLine, list);
  }
  const placeMedia = (line: number): void => {
    for (const node of mediaAfter.get(line) ?? []) {
      const wrap = doc.createElement('div');
      wrap.className = CLS.media;
      wrap.appendChild(node.cloneNode(true));
      article.appendChild(wrap);
    }
    mediaAfter.delete(line);
  };
  placeMedia(-1);
  LOOKS.set(ex, blockLooks(blocks, ex));
  blocks.forEach((b, i) => {
    article.appendChild(renderBlock(doc, b, i, ex, root, opts));
    for (const line of b.lines) placeMedia(line);
  });
  for (const line of [...mediaAfter.keys()]) placeMedia(line);
  return article;
}

/** The looks of the blocks last drawn from an extraction (block-look.ts), for blocks drawn again one by one. */
const LOOKS = new WeakMap<Extraction, string[][]>();

/** One block's element. */
export function renderBlock(doc: Document, b: RepairedBlock, i: number, ex: Extraction, root: Element, opts: RenderOptions): HTMLElement {
  const el = doc.createElement(TAG[b.kind]);
  el.className = [CLS.block, `dubao-${b.kind}`, ...(LOOKS.get(ex)?.[i] ?? [])].join(' ');
  el.dataset.dubaoBlock = String(i);
  const display = opts.displayOf?.(i);
  const terms = opts.termsOf?.(i) ?? [];
  collecting = display?.ruby ? { spans: [], texts: [], readings: [], classes: [] } : null;
  try {
    if (display && !display.aligned) writeTerms(doc, el, display.text, 0, display.text.length, display, codePointIndex(display.text), terms);
    else fillBlock(doc, el, b, ex.pieces, root, opts, display, terms);
    if (collecting) RUBY_PARTS.set(el, collecting);
  } finally {
    collecting = null;
  }
  return el;
}

/** Class of a term drawn with pinyin on some of its words (style.css: one continuous mark). */
export const TERM_WITH_RUBY = 'dubao-term-ruby';

/** Glossary ids of the term elements, kept out of the page's DOM (a page cannot read the reader's own terms from it). */
const TERM_IDS = new WeakMap<Element, string>();

/** The glossary id of a term element drawn by renderBlock, or '' for any other element. */
export function termIdOf(el: Element): string {
  return TERM_IDS.get(el) ?? '';
}

/** The readings of a block in order (one per annotated character): their text nodes and spans, and what they show (for restyleBlock). */
interface RubyParts {
  spans: HTMLElement[];
  texts: Text[];
  readings: string[];
  classes: string[];
}
const RUBY_PARTS = new WeakMap<Element, RubyParts>();
/** The parts of the block being built (renderBlock is synchronous). */
let collecting: RubyParts | null = null;

/** Like writeText, but stretches inside a glossary term go into an underlined, focusable span. */
function writeTerms(doc: Document, parent: Node, text: string, start: number, end: number, display: BlockDisplay | undefined, cpOf: Int32Array | null, terms: readonly TermRange[]): void {
  let pos = start;
  for (const t of terms) {
    if (t.end <= pos || t.start >= end) continue;
    if (t.start > pos) writeText(doc, parent, text, pos, t.start, display, cpOf);
    const a = Math.max(pos, t.start);
    const e = Math.min(end, t.end);
    const span = doc.createElement('span');
    // Jargon the glossary lacks gets a lighter mark (style.css); the id itself stays private.
    span.className = t.id.startsWith('detected:') ? 'dubao-term dubao-term-detected' : 'dubao-term';
    TERM_IDS.set(span, t.id);
    // A term cut by a link's edge or a shown repair mark is drawn in one span per piece; the
    // keyboard stops at its first only (the others can still take the focus back from its card).
    span.tabIndex = a === t.start ? 0 : -1;
    span.setAttribute('role', 'button');
    span.setAttribute('aria-haspopup', 'dialog');
    // A screen reader hears such a term once, by its whole name ("获得感、幸福感、安全感", not
    // "获得" and then "感、幸福感、安全感" as two buttons): the first piece is named for the term and
    // the later pieces, whose words that name holds, are left out of the accessibility tree.
    if (a > t.start) span.setAttribute('aria-hidden', 'true');
    else if (e < t.end) span.setAttribute('aria-label', text.slice(t.start, t.end));
    writeText(doc, span, text, a, e, display, cpOf);
    // Under pinyin the words inside a term stand apart (their rubies' margins), where an underline
    // breaks: such a term is marked by its own bottom border instead, one mark across its words.
    if (span.querySelector('ruby')) span.classList.add(TERM_WITH_RUBY);
    parent.appendChild(span);
    pos = e;
  }
  if (pos < end) writeText(doc, parent, text, pos, end, display, cpOf);
}

/**
 * Writes `text.slice(start, end)` into `parent`: plain text, or one `<ruby>` per word (a run of
 * annotated characters inside one word) whose `<rt>` holds one span per syllable, so a word's
 * syllables sit together and words stay apart (`<rt>` is not selectable and is dropped when copying).
 */
function writeText(doc: Document, parent: Node, text: string, start: number, end: number, display: BlockDisplay | undefined, cpOf: Int32Array | null): void {
  if (!display?.ruby || !cpOf) {
    parent.appendChild(doc.createTextNode(text.slice(start, end)));
    return;
  }
  const ruby = display.ruby;
  const words = display.words;
  let run = start;
  let i = start;
  while (i < end) {
    const cp = cpOf[i] ?? -1;
    if (!ruby[cp]) {
      i += i + 1 < end ? codePointLength(text, i) : 1;
      continue;
    }
    // The word's run: annotated characters up to the next word start.
    let e = i + (i + 1 < end ? codePointLength(text, i) : 1);
    while (words && e < end && words[cpOf[e] ?? 0] !== 1 && ruby[cpOf[e] ?? -1]) e += e + 1 < end ? codePointLength(text, e) : 1;
    if (i > run) parent.appendChild(doc.createTextNode(text.slice(run, i)));
    parent.appendChild(wordRuby(doc, text.slice(i, e), display, cp, (cpOf[e] ?? cp + 1) - cp));
    run = i = e;
  }
  if (end > run) parent.appendChild(doc.createTextNode(text.slice(run, end)));
}

/** A `<ruby>` over `base` (code points `cp`… of the block, `n` of them), one reading span per character. */
function wordRuby(doc: Document, base: string, display: BlockDisplay, cp: number, n: number): HTMLElement {
  const el = doc.createElement('ruby');
  el.className = 'dubao-ruby';
  el.appendChild(doc.createTextNode(base));
  const rt = doc.createElement('rt');
  for (let k = cp; k < cp + n; k++) {
    const reading = display.ruby?.[k] ?? '';
    const span = doc.createElement('span');
    span.className = rubyClass(display, k);
    const t = doc.createTextNode(reading);
    span.appendChild(t);
    rt.appendChild(span);
    if (collecting) {
      collecting.spans.push(span);
      collecting.texts.push(t);
      collecting.readings.push(reading);
      collecting.classes.push(span.className);
    }
  }
  el.appendChild(rt);
  return el;
}

/** Class of the reading span over code point `cp`: its tone colour when tone colours are on. */
export function rubyClass(display: BlockDisplay, cp: number): string {
  return display.tones ? `dubao-syl dubao-t${display.tones[cp] ?? 5}` : 'dubao-syl';
}

/**
 * Changes the readings and tone colours of a block drawn for `display` in place (a tone style
 * or colour switch changes no characters). False when the block's readings do not match the
 * display one to one (then the block must be drawn again).
 */
export function restyleBlock(el: Element, display: BlockDisplay): boolean {
  // What the block shows is known from its drawing: only the differences touch the DOM.
  const parts = RUBY_PARTS.get(el);
  if (!parts) return false;
  const readings = display.ruby ?? [];
  let k = 0;
  for (let cp = 0; cp < readings.length; cp++) {
    const reading = readings[cp];
    if (!reading) continue;
    if (k >= parts.spans.length) return false;
    if (parts.readings[k] !== reading) {
      (parts.texts[k] as Text).data = reading;
      parts.readings[k] = reading;
    }
    const cls = rubyClass(display, cp);
    if (parts.classes[k] !== cls) {
      (parts.spans[k] as HTMLElement).className = cls;
      parts.classes[k] = cls;
    }
    k++;
  }
  return k === parts.spans.length;
}

/**
 * Writes a block's text, wrapping stretches that came from a link in a copy of that link. Print
 * lines and pieces from the same link (or none) are written as one stretch, so a word or a term
 * a print line cut (银 / 行) is one <ruby> and one underline; a stretch ends only where the link
 * changes or a repair mark is shown.
 */
function fillBlock(doc: Document, el: HTMLElement, b: RepairedBlock, pieces: Piece[][], root: Element, opts: RenderOptions, display: BlockDisplay | undefined, terms: readonly TermRange[]): void {
  const text = display?.text ?? b.text;
  const cpOf = display?.ruby ? codePointIndex(text) : null;
  const starts = [0, ...b.joins];
  let pos = 0;
  /** The stretch not written yet ends here, and came from this link (or none). */
  let upTo = 0;
  let from: Element | null = null;
  let link: { src: Element; el: Element } | null = null;
  const flush = (): void => {
    if (upTo <= pos) return;
    let parent: Node = el;
    if (from) {
      if (!link || link.src !== from) {
        const clone = from.cloneNode(false) as Element;
        el.appendChild(clone);
        link = { src: from, el: clone };
      }
      parent = link.el;
    } else link = null;
    writeTerms(doc, parent, text, pos, upTo, display, cpOf, terms);
    pos = upTo;
  };
  const emit = (end: number, src: Element | null): void => {
    if (end <= upTo) return;
    if (src !== from) {
      flush();
      from = src;
    }
    upTo = end;
  };
  b.lines.forEach((line, k) => {
    const base = starts[k] ?? 0;
    if (k > 0) {
      emit(base, null);
      if (opts.showRepairs) {
        flush();
        const mark = doc.createElement('span');
        mark.className = CLS.join;
        mark.title = opts.joinLabel;
        mark.setAttribute('aria-hidden', 'true');
        el.appendChild(mark);
        link = null;
      }
    }
    for (const p of pieces[line] ?? []) {
      const s = base + p.lineStart;
      emit(s, null);
      emit(s + (p.nodeEnd - p.nodeStart), linkOf(p.node, root));
    }
  });
  emit(b.text.length, null);
  flush();
}

function linkOf(node: Node, root: Element): Element | null {
  for (let n = node.parentElement; n && n !== root; n = n.parentElement) {
    if (n.tagName === 'A' && n.hasAttribute('href')) return n;
  }
  return null;
}
