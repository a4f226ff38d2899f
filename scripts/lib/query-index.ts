// Document-wide querySelector / querySelectorAll for the CLI's parsed page, answered from an index
// built in one walk. linkedom answers each document query by walking every element: on a 10 MB
// page (~215,000 elements) each of recognition's ~20 title, date and body queries took 30–80 ms,
// about 0.5 s in all. Indexed, each selector of a list is looked up under the id, class or tag its
// rightmost compound requires (scripts/lib/selector-index.ts) and only those elements are tested
// with Element.matches; `*` is the index's own list of every element (the pre-formatting pass
// walks it), and any other selector that requires none of them (`[href]`, `:not(p)`) is asked of
// linkedom as before. The answers are the same elements in the same (document) order.
//
// The index is a snapshot: it is only right while the document is not changed. The CLI parses a
// page and only reads it (lib/detect, lib/extract and lib/reflow never change a document), so it
// is kept for the document's life; anything that changes the document must not use this.
import { requiredKey, splitSelectorList } from './selector-index';

interface Index {
  order: Map<Element, number>;
  id: Map<string, Element[]>;
  cls: Map<string, Element[]>;
  tag: Map<string, Element[]>;
}

function add(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

function build(all: ArrayLike<Element>): Index {
  const index: Index = { order: new Map(), id: new Map(), cls: new Map(), tag: new Map() };
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as Element;
    index.order.set(el, i);
    add(index.tag, el.localName.toLowerCase(), el);
    const id = el.getAttribute('id');
    if (id) add(index.id, id.toLowerCase(), el);
    const cls = el.getAttribute('class');
    if (cls) for (const c of new Set(cls.toLowerCase().split(/\s+/u))) if (c) add(index.cls, c, el);
  }
  return index;
}

/**
 * Makes `doc`'s own querySelector and querySelectorAll answer from an index (built on the first
 * query it can answer), for a document that is read and never changed. Returns `doc`.
 */
export function indexQueries(doc: Document): Document {
  const all = doc.querySelectorAll.bind(doc) as (s: string) => NodeListOf<Element>;
  const first = doc.querySelector.bind(doc) as (s: string) => Element | null;
  let index: Index | null = null;
  /** The elements `list` selects, in document order; null when a selector needs a full walk. */
  const select = (list: string): Element[] | null => {
    // Every element (the pre-formatting pass's walk, scripts/lib/selector-index.ts): the index's own walk, not another.
    if (list.trim() === '*') return [...(index ??= build(all('*'))).order.keys()];
    const selectors = splitSelectorList(list);
    const keys = selectors.map(requiredKey);
    if (selectors.length === 0 || keys.some((k) => k === null)) return null;
    index ??= build(all('*'));
    const ix = index;
    const found = new Set<Element>();
    selectors.forEach((s, i) => {
      // A selector this DOM cannot read throws here, as linkedom's own query would, candidates or none.
      doc.documentElement?.matches(s);
      const [kind, name] = keys[i] as ['id' | 'cls' | 'tag', string];
      for (const el of ix[kind].get(name) ?? []) if (!found.has(el) && el.matches(s)) found.add(el);
    });
    const out = [...found];
    return selectors.length > 1 ? out.sort((a, b) => (ix.order.get(a) ?? 0) - (ix.order.get(b) ?? 0)) : out;
  };
  Object.defineProperty(doc, 'querySelectorAll', {
    configurable: true,
    value: (list: string) => select(list) ?? Array.from(all(list)),
  });
  Object.defineProperty(doc, 'querySelector', {
    configurable: true,
    value: (list: string) => {
      const found = select(list);
      return found ? (found[0] ?? null) : first(list);
    },
  });
  return doc;
}
