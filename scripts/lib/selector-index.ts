// The elements a list of CSS selectors selects, in one walk of the document, the way browsers
// match style rules: each selector is filed under the id, class or tag its rightmost compound
// requires, and an element is tested (Element.matches) only against the selectors filed under
// its own id, classes and tag (and those that require none). A querySelectorAll of a long
// selector list tests every element against every selector: 1,000 rules on a 10 MB page took
// 17–25 s in linkedom; filed, it is a walk of the page.

/** The selectors filed by what their rightmost compound requires (keys lower-cased). */
interface Index {
  id: Map<string, string[]>;
  cls: Map<string, string[]>;
  tag: Map<string, string[]>;
  any: string[];
}

const IDENT = /[A-Za-z0-9_\-\u0080-\uffff]/u;

/**
 * Splits `text` at the top-level positions where `at(c)` holds (outside (), [] and quotes).
 * Returns [start, end) pairs of the pieces between.
 */
function topLevel(text: string, at: (c: string) => boolean): [number, number][] {
  const pieces: [number, number][] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && at(c)) {
      pieces.push([start, i]);
      start = i + 1;
    }
  }
  pieces.push([start, text.length]);
  return pieces;
}

/** The complex selectors of a selector list (`a b, .c` → `a b`, `.c`). */
export function splitSelectorList(list: string): string[] {
  return topLevel(list, (c) => c === ',').map(([a, b]) => list.slice(a, b).trim()).filter((s) => s !== '');
}

/** The identifier starting at `i` in `s`. */
function identAt(s: string, i: number): string {
  let j = i;
  while (j < s.length && IDENT.test(s[j] as string)) j++;
  return s.slice(i, j);
}

/**
 * What the rightmost compound of one complex selector requires of an element: an id, a class,
 * a tag (`['id', 'x']`…), or null when it requires none of them (`*`, `:hover`, `[href]`) or
 * cannot be read safely (escapes, namespaces): then every element is tested against it.
 */
export function requiredKey(selector: string): ['id' | 'cls' | 'tag', string] | null {
  if (selector.includes('\\') || selector.includes('|')) return null;
  const parts = topLevel(selector, (c) => c === ' ' || c === '>' || c === '+' || c === '~' || c === '\t' || c === '\n');
  const last = parts.map(([a, b]) => selector.slice(a, b)).filter((p) => p.trim() !== '').pop();
  if (!last) return null;
  // The compound's own simple selectors: what is outside (), [] and quotes (`:not(.a)` requires no class a).
  const own = stripNested(last);
  let cls = '';
  for (let i = 0; i < own.length; i++) {
    const name = own[i] === '#' || own[i] === '.' ? identAt(own, i + 1) : '';
    if (name && own[i] === '#') return ['id', name.toLowerCase()];
    if (name && !cls) cls = name;
  }
  if (cls) return ['cls', cls.toLowerCase()];
  const tag = identAt(own, 0);
  return tag ? ['tag', tag.toLowerCase()] : null;
}

/** `s` with everything inside (), [] and quotes removed (the brackets kept). */
function stripNested(s: string): string {
  let out = '';
  let depth = 0;
  let quote = '';
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') {
      if (depth === 0) out += c;
      depth++;
    } else if ((c === ')' || c === ']') && depth > 0) {
      depth--;
      if (depth === 0) out += c;
    } else if (depth === 0) out += c;
  }
  return out;
}

function file(index: Index, selector: string): void {
  const key = requiredKey(selector);
  if (!key) return void index.any.push(selector);
  const map = index[key[0]];
  const list = map.get(key[1]);
  if (list) list.push(selector);
  else map.set(key[1], [selector]);
}

/**
 * The elements of `doc` that any of `selectors` (each a valid selector list) selects: the same
 * set as `doc.querySelectorAll(selectors.join(', '))`, found in one walk of the document.
 */
export function selectAll(doc: Document, selectors: readonly string[]): Set<Element> {
  const index: Index = { id: new Map(), cls: new Map(), tag: new Map(), any: [] };
  for (const list of selectors) for (const s of splitSelectorList(list)) file(index, s);
  const found = new Set<Element>();
  if (index.id.size + index.cls.size + index.tag.size + index.any.length === 0) return found;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const candidates: string[][] = [index.any];
    const tag = index.tag.get(el.localName.toLowerCase());
    if (tag) candidates.push(tag);
    const id = el.getAttribute('id');
    if (id && index.id.size > 0) candidates.push(index.id.get(id.toLowerCase()) ?? []);
    const cls = el.getAttribute('class');
    if (cls && index.cls.size > 0) for (const c of cls.split(/\s+/u)) if (c) candidates.push(index.cls.get(c.toLowerCase()) ?? []);
    if (candidates.some((list) => list.some((s) => el.matches(s)))) found.add(el);
  }
  return found;
}
