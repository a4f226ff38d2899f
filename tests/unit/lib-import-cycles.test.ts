// The message map, the records, the database and the file formats import no cycle: a module's
// imports (type-only ones too) never lead back to it. Such cycles made lib/messages and lib/db
// import each other (the records now stand alone in lib/records.ts, the reply envelope in
// lib/reply.ts) and tied the saved words' messages to the database through the catalogue.
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

/** The lib/ files `file` imports or re-exports (relative specifiers only). */
function importsOf(file: string, known: Set<string>): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"](\.[^'"]+)['"]/gmsu)) {
    const base = resolve(dirname(file), m[1] as string);
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => known.has(p));
    if (hit) out.push(hit);
  }
  return out;
}

/** The import cycles among `all`, each as the list of files around it (Tarjan's strongly connected components). */
function cycles(all: string[]): string[][] {
  const known = new Set(all);
  const graph = new Map(all.map((f) => [f, importsOf(f, known)]));
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
    for (const w of graph.get(v) ?? []) {
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
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.map((f) => relative(LIB, f)).sort());
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
});
