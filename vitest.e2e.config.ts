import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension. One file at a time (one browser each).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
    // A real browser on a shared machine: give conditions time to come true.
    expect: { poll: { timeout: 10000, interval: 100 } },
  },
});
