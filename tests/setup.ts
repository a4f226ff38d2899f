// Shared set-up for unit and DOM tests, run before each test file: an in-memory IndexedDB of the
// file's own (files that share a worker's modules, vitest.config.ts, would otherwise see each
// other's databases) and a fresh fake browser per test.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

globalThis.indexedDB = new IDBFactory();

beforeEach(() => {
  fakeBrowser.reset();
});
