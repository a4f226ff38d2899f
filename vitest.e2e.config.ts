import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's order, except that firefox-shared.e2e.ts starts first: it runs six groups of Firefox
 * tests in one browser, among the longest files, in a few lines. Without the durations of an
 * earlier run (a fresh clone, as in CI) vitest starts the larger files first, and this small file
 * would start last, leaving the other worker idle while it runs.
 */
class SharedFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification): boolean => f.moduleId.endsWith('/firefox-shared.e2e.ts');
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

// End-to-end tests: real Chromium with the built extension. One file at a time by default (one
// browser each); scripts/test.sh runs the files without timing figures two at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    // A worker keeps the modules it loaded for its next file (playwright, the harness, the fixtures' lists):
    // no e2e helper holds state between files. 3.5 instead of 19 s of imports for ten files two at a time
    // (December 2026); every file still sets up and closes its own browsers in its own hooks.
    isolate: false,
    sequence: { sequencer: SharedFirstSequencer },
    // Tests marked concurrent (blind-pages.e2e.ts: one tab each) run at most this many at once in their file.
    maxConcurrency: 3,
    testTimeout: 60000,
    hookTimeout: 60000,
    // Conditions, not sleeps: a poll gives up after 5 s (a step that takes longer is a bug to find).
    expect: { poll: { timeout: 5000, interval: 50 } },
    // scripts/test.sh runs the tests tagged here a second time in the English interface
    // (--tags-filter=ui-text): those that show or find the extension's own words.
    tags: [{ name: 'ui-text', description: 'shows the panel, a card or the toolbar, or finds a control by its name in the interface language: run again in English' }],
  },
});
