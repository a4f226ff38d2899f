// One browser for a file whose tests each need a fresh profile's state: cheaper than a browser per
// test (a launch, a new worker and its first dictionary load each), the same state for what Dubao
// keeps. Use it only where a test changes nothing but that state (say so at the call): always-on
// sites (registered content scripts), granted host access, a restart and a reload of the extension
// are not undone here (highlights.e2e.ts reloads it: the next test's extension page was refused,
// ERR_BLOCKED_BY_CLIENT). Files that print timing figures keep a browser per test, so that their
// first-time figures are a new profile's.
import type { Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { browserPerFile, type ExtraPages, type Session } from './harness';
import { emptyExtensionState } from './empty-state';

/**
 * Empties what a new install starts without: the extension's storage (sync, local, session) and
 * every object store of its databases (highlights, articles, terms, words), from an extension page.
 * Stores are cleared in place, not deleted: the background keeps its open connection.
 */
export async function resetDubaoState(session: Session): Promise<void> {
  const page: Page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.evaluate(emptyExtensionState);
  await page.close();
}

/**
 * {@link browserPerFile} (one browser for the whole file, the fixture pages and `extra` routed, each
 * test's pages closed after it) with Dubao's state emptied before every test ({@link resetDubaoState}).
 */
export function browserPerFileFresh(extra: () => ExtraPages = () => new Map()): Session {
  const session = browserPerFile(extra);
  beforeEach(() => resetDubaoState(session));
  return session;
}
