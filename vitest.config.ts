import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // A limit against hangs, not a speed check (speed is measured by `npm run bench`): the DOM
    // tests over 10,000-character articles take 1–5 s on a quiet machine and up to 4× that on a
    // shared one.
    testTimeout: 20000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine.
    // Two workers there take the unit and DOM tests from 167 s to 114 s of wall clock.
    maxWorkers: 2,
  },
});
