import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The blind sets' DOM test files (tests/dom/blind-pages-suite.ts and their extraction tests). */
const BLIND_DOM = ['tests/dom/detect-pages-blind*.test.ts', 'tests/dom/extract-blind*.test.ts'];

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
      {
        extends: true,
        // The unit tests (pure modules, the CLI, the background's services over fake-indexeddb)
        // share each worker's modules instead of loading them afresh per file: the 150 files took
        // 109 s instead of 257 s in paired runs (loaded machine). A test that needs a module's
        // first-use state loads it afresh itself (vi.resetModules, as search-aids.test.ts does).
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // The DOM tests keep one module registry per file: their components, timers and page
        // state are set up per file (six of them fail when they share one).
        // Their limit is wider: a few of them read every fixture and blind page (15 s alone on a loaded
        // 2-core machine, more beside the other worker), and each new blind set adds pages.
        test: { name: 'dom', include: ['tests/dom/**/*.test.{ts,tsx}'], exclude: [...BLIND_DOM], testTimeout: 60000 },
      },
      {
        extends: true,
        // The blind sets' DOM tests (one file per set, tests/dom/blind-pages-suite.ts) hold no state between
        // files: each reads its pages through pure functions and a happy-dom window of its own. They share
        // each worker's modules, as the unit tests do, instead of loading the page helpers afresh per file.
        test: { name: 'blind', include: [...BLIND_DOM], isolate: false, testTimeout: 60000 },
      },
    ],
  },
});
