// The message map, the records, the database and the file formats import no cycle: a module's
// imports (type-only ones too) never lead back to it. Such cycles made lib/messages and lib/db
// import each other (the records now stand alone in lib/records.ts, the reply envelope in
// lib/reply.ts) and tied the saved words' messages to the database through the catalogue.
// No lib/ module at all is in a cycle of value imports (`import type` left out, as the compiler
// erases it): lib/pinyin/readings.ts and the reader once imported each other through the
// correction tables, which worked only because every use was inside a function.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIB = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib');

/** Every .ts file under `dir`. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/u.test(name) ? [path] : [];
  });
}

/** An import or re-export whose bindings are all types: erased by the compiler. */
const TYPE_ONLY = /^\s*(?:import|export)\s+(?:type\b|\{\s*type\s+[\w$]+(?:\s+as\s+[\w$]+)?(?:\s*,\s*type\s+[\w$]+(?:\s+as\s+[\w$]+)?)*\s*,?\s*\})/u;

/**
 * The lib/ files `file` imports or re-exports (relative specifiers only); with `values`, only
 * the imports that remain at run time (not `import type`, `export type` or `{ type A }`).
 */
function importsOf(file: string, known: Set<string>, values = false): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"](\.[^'"]+)['"]/gmsu)) {
    if (values && TYPE_ONLY.test(m[0])) continue;
    const base = resolve(dirname(file), m[1] as string);
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => known.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

/** The import cycles among `all` (value imports only with `values`), each as the list of files around it. */
function cycles(all: string[], values = false): string[][] {
  const known = new Set(all);
  const graph = new Map(all.map((f) => [f, importsOf(f, known, values)]));
  return cyclesOf(all, (f) => graph.get(f) ?? []);
}

/** The cycles of the graph `edges` over `all` (Tarjan's strongly connected components). */
function cyclesOf(all: string[], edges: (f: string) => string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) {
        onStack.delete(w);
        group.push(w);
      }
      if (group.length > 1 || edges(v).includes(v)) found.push(group.map((f) => relative(LIB, f)).sort());
    }
  };
  for (const f of all) if (!index.has(f)) visit(f);
  return found;
}

describe('lib/ imports', () => {
  it('reads imports, type-only ones and re-exports included (the walker itself can fail)', () => {
    const messages = join(LIB, 'messages.ts');
    const all = new Set(files(LIB));
    expect(importsOf(messages, all)).toEqual(expect.arrayContaining([join(LIB, 'records.ts'), join(LIB, 'reply.ts'), join(LIB, 'dict/index.ts')]));
    expect(importsOf(join(LIB, 'db/schema.ts'), all)).toContain(join(LIB, 'records.ts'));
  });

  it('finds no cycle through the messages, records, database, uploads or file formats', () => {
    const core = /^(messages|message-checks|records|reply|upload|terms-io|export-file|grant|send)\.ts$|^db\/|^words\/|^highlights\//u;
    const found = cycles(files(LIB));
    expect(found.filter((group) => group.some((f) => core.test(f)))).toEqual([]);
  });

  it('tells type-only imports from value imports', () => {
    const all = new Set(files(LIB));
    const reader = join(LIB, 'pinyin/reader.ts');
    expect(importsOf(reader, all)).toContain(join(LIB, 'pinyin/polyphone-model.ts'));
    expect(importsOf(reader, all, true)).toContain(join(LIB, 'pinyin/reader-data.ts'));
    // news-patterns imports its Correction type only from the correction table.
    const news = join(LIB, 'pinyin/news-patterns.ts');
    expect(importsOf(news, all)).toContain(join(LIB, 'pinyin/correction-table.ts'));
    expect(importsOf(news, all, true)).not.toContain(join(LIB, 'pinyin/correction-table.ts'));
    expect(TYPE_ONLY.test("import { type A, type B as C } from './x'")).toBe(true);
    expect(TYPE_ONLY.test("import { type A, b } from './x'")).toBe(false);
    expect(TYPE_ONLY.test("export { a } from './x'")).toBe(false);
  });

  it('finds a cycle where there is one (the search itself can fail)', () => {
    // The cycle the reader once had: readings -> reader -> readings, through news-patterns.
    const pinyin = files(join(LIB, 'pinyin'));
    const known = new Set(pinyin);
    const graph = new Map(pinyin.map((f) => [f, importsOf(f, known, true)]));
    expect(graph.get(join(LIB, 'pinyin/readings.ts'))).toContain(join(LIB, 'pinyin/reader.ts'));
    expect(graph.get(join(LIB, 'pinyin/reader.ts'))).not.toContain(join(LIB, 'pinyin/readings.ts'));
    // A made-up module that reader.ts imports and that imports readings.ts closes the cycle again.
    const back = join(LIB, 'pinyin/__back-edge.ts');
    const reader = join(LIB, 'pinyin/reader.ts');
    const edges = (f: string): string[] => (f === back ? [join(LIB, 'pinyin/readings.ts')] : f === reader ? [...(graph.get(f) ?? []), back] : (graph.get(f) ?? []));
    expect(cyclesOf([...pinyin, back], edges)).toEqual([expect.arrayContaining(['pinyin/__back-edge.ts', 'pinyin/reader.ts', 'pinyin/readings.ts'])]);
    expect(cyclesOf(pinyin, (f) => graph.get(f) ?? [])).toEqual([]);
  });

  it('finds no cycle of value imports anywhere in lib/', () => {
    expect(cycles(files(LIB), true)).toEqual([]);
  });
});
