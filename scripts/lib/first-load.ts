// What an extension page loads before its first script runs, from the built files: the
// module script and stylesheets of its HTML, the chunks it preloads (`<link rel=modulepreload>`
// is fetched at once, so it counts), and every chunk those import statically, transitively.
// Dynamic `import("./x.js")` chunks are left out: they load later, when the code asks.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Bytes an extension page loads first, by kind, with the files counted. */
export interface FirstLoad {
  /** JavaScript bytes (entry chunk, preloads, static imports). */
  js: number;
  /** Stylesheet bytes. */
  css: number;
  /** The files counted, relative to the output folder. */
  files: string[];
}

const ATTR_RE = /<(script|link)\b([^>]*)>/gu;
const STATIC_IMPORT_RE = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/gu;

/**
 * The first load of `html` (a page of the built extension in `out`, e.g. 'popup.html'). Throws
 * when the page or a file it names is missing (run the build first).
 */
export function firstLoad(out: string, html: string): FirstLoad {
  const text = readFileSync(join(out, html), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [, tag, attrs = ''] of text.matchAll(ATTR_RE)) {
    const src = /\b(?:src|href)="\/?([^"]+)"/u.exec(attrs)?.[1];
    if (!src) continue;
    if (tag === 'script' && /type="module"/u.test(attrs)) js.add(src);
    else if (/rel="modulepreload"/u.test(attrs)) js.add(src);
    else if (/rel="stylesheet"/u.test(attrs)) css.add(src);
  }
  const queue = [...js];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    for (const [, rel = ''] of readFileSync(join(out, file), 'utf8').matchAll(STATIC_IMPORT_RE)) {
      const dep = normalize(join(dirname(file), rel));
      if (!js.has(dep)) {
        js.add(dep);
        queue.push(dep);
      }
    }
  }
  const size = (f: string): number => statSync(join(out, f)).size;
  return {
    js: [...js].reduce((n, f) => n + size(f), 0),
    css: [...css].reduce((n, f) => n + size(f), 0),
    files: [...js, ...css].sort(),
  };
}
