// The popup's first load (scripts fetched before any of its code runs: entry chunk, modulepreload
// links and their static imports) stays within 100 KB: search by pinyin, the traditional tables
// and the Anki export load only when used. Measured on the built output (npm run build, or the
// e2e build, which differs only in host permissions); skipped when neither has been built.
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { firstLoad } from '../../scripts/lib/first-load';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = ['.output/chrome-mv3', '.output/chrome-mv3-e2e'].map((d) => join(ROOT, d)).find((d) => existsSync(join(d, 'popup.html')));
const LIMIT = 100 * 1024;

const tmp = mkdtempSync(join(tmpdir(), 'dubao-first-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (rel: string, bytes: number | string): void => {
  mkdirSync(dirname(join(tmp, rel)), { recursive: true });
  writeFileSync(join(tmp, rel), typeof bytes === 'string' ? bytes : 'x'.repeat(bytes));
};

describe('first load of an extension page', () => {
  it('counts the entry, its preloads and their static imports, not what loads on demand', () => {
    const entry = 'import{a}from"../chunks/a.js";const later=()=>import("../chunks/lazy.js");';
    const a = 'import"./b.js";export const a=1;';
    file('page.html', '<script type="module" crossorigin src="/chunks/page.js"></script><link rel="modulepreload" href="/chunks/pre.js"><link rel="stylesheet" href="/assets/page.css">');
    file('chunks/page.js', entry);
    file('chunks/a.js', a);
    file('chunks/b.js', 500);
    file('chunks/pre.js', 300);
    file('chunks/lazy.js', 90_000);
    file('assets/page.css', 700);
    const load = firstLoad(tmp, 'page.html');
    expect(load.files).toEqual(['assets/page.css', 'chunks/a.js', 'chunks/b.js', 'chunks/page.js', 'chunks/pre.js']);
    expect(load.js).toBe(entry.length + a.length + 500 + 300);
    expect(load.css).toBe(700);
  });

  it('fails clearly when the page or a file it names is missing', () => {
    expect(() => firstLoad(tmp, 'missing.html')).toThrow(/missing\.html/u);
  });

  it.skipIf(!BUILT)('is at most 100 KB of scripts for the popup', () => {
    const load = firstLoad(BUILT as string, 'popup.html');
    expect(load.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(load.js, `popup first load ${(load.js / 1024).toFixed(1)} KB: ${load.files.join(', ')}`).toBeLessThanOrEqual(LIMIT);
  });
});
