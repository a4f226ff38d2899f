import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const ALL = ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'];
/**
 * Files that replace modules (vi.mock, vi.doMock, vi.resetModules) or globals (vi.stubGlobal):
 * each runs with modules of its own. Every other file shares its worker's loaded modules with the
 * files that ran before it in that worker (isolate: false): the large tables (pinyin, glossary,
 * dictionary, conversion) are imported once a worker instead of once a file, which took the suite
 * from ~390 s to ~240 s of wall clock on a loaded 2-core machine. Each file still gets a fresh test
 * environment (a happy-dom window where asked for) and, from tests/setup.ts, an IndexedDB of its
 * own; the fake browser is reset before every test.
 * A file added to the first list by mistake only costs time; one that mocks and is missing from it
 * can break another file: `npm run test:unit:shuffled` runs the suite in a random file order.
 */
const OWN_MODULES = [
  'tests/unit/service-grant.test.ts',
  'tests/unit/background-commands.test.ts',
  'tests/dom/highlights-search-aids-failed.test.tsx',
  'tests/dom/highlights-lazy-search.test.tsx',
];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // A limit against hangs, not a speed check (speed is measured by `npm run bench`): the DOM
    // tests over 10,000-character articles take 1–5 s on a quiet machine and up to 4× that on a
    // shared one.
    testTimeout: 20000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine.
    // Two workers there take the unit and DOM tests from 167 s to 114 s of wall clock.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
      { extends: true, test: { name: 'shared-modules', include: ALL, exclude: OWN_MODULES, isolate: false } },
    ],
  },
});
