// `npm run cli` runs the CLI's esbuild bundle (scripts/lib/cli-bundle.mjs) and builds it again
// whenever a file it was built from changed, so a reader never runs code older than the sources.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ensureCliBundle, ROOT } from '../../scripts/lib/cli-bundle.mjs';

vi.setConfig({ testTimeout: 60_000 });

// Two folders below the root, as the real bundle is (the CLI finds its data files from there).
const dir = join(ROOT, '.output', `cli-bundle-test-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record = (): Record<string, string> => JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as Record<string, string>;

describe('the bundle `npm run cli` runs', () => {
  it('is built when missing, kept while its sources are unchanged, and built again when any of them changed', () => {
    rmSync(dir, { recursive: true, force: true });
    expect(ensureCliBundle(dir).built).toBe(true);
    const inputs = record();
    // Built from the CLI's own sources, the library it uses and its packages.
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['scripts/cli.ts', 'scripts/lib/parse-page.ts']));
    expect(Object.keys(inputs).some((f) => f.startsWith('lib/reflow/'))).toBe(true);
    expect(Object.keys(inputs).some((f) => f.startsWith('node_modules/linkedom/'))).toBe(true);
    expect(ensureCliBundle(dir)).toEqual({ file: join(dir, 'cli.js'), built: false });
    // One source changed since (its recorded size and time no longer match): built again.
    writeFileSync(join(dir, 'inputs.json'), JSON.stringify({ ...inputs, 'lib/reflow/segment.ts': '1:1' }));
    expect(ensureCliBundle(dir).built).toBe(true);
    expect(record()['lib/reflow/segment.ts']).not.toBe('1:1');
    expect(ensureCliBundle(dir).built).toBe(false);
    // A record that cannot be read, or none: built again.
    writeFileSync(join(dir, 'inputs.json'), '{not json');
    expect(ensureCliBundle(dir).built).toBe(true);
    rmSync(join(dir, 'inputs.json'));
    expect(ensureCliBundle(dir).built).toBe(true);
  });
});
