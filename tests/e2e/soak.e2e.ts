// Soak: three tabs save, edit and delete highlights at once while the service worker is stopped
// every few seconds (as the browser does when it is idle or under memory pressure); then the
// browser is restarted on the same profile. Every acknowledged write must be there, exactly
// once. The tabs are Dubao's library page (an extension page may write any article's records;
// what a content script may write is tested in tests/unit/service-grant.test.ts).
// Duration: DUBAO_SOAK_MS (default 60 s, as `npm run bench:browser` runs it; `npm test` runs 30 s).
// Figures are printed as [bench] lines.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

const DURATION = Number(process.env.DUBAO_SOAK_MS ?? 60_000);
const STOP_EVERY_MS = 3000;
let session: Session | null = null;

afterAll(async () => {
  await session?.close();
});

/** Expected state from one tab: the note of each highlight it last saw acknowledged, or null when deleted. */
type Expected = Record<string, string | null>;

/**
 * Runs in a tab: saves, edits and deletes its own highlights until `until`. An operation that
 * got no reply (the worker was stopped under it) is repeated until it is acknowledged; each is
 * idempotent, so the final state is known exactly.
 */
function work(args: { tab: number; until: number; url: string }): Promise<{ expected: Expected; ops: number; retries: number }> {
  const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string } | undefined> } } }).chrome;
  const expected: Expected = {};
  let ops = 0;
  let retries = 0;
  const ack = async (message: unknown): Promise<void> => {
    for (;;) {
      try {
        const r = await chrome.runtime.sendMessage(message);
        if (r?.ok) return;
        if (r && !r.ok) throw new Error(`refused: ${r.error}`);
      } catch (e) {
        if (String(e).startsWith('Error: refused')) throw e;
      }
      retries++;
      await new Promise((res) => setTimeout(res, 50));
    }
  };
  const record = (i: number, note: string) => ({
    id: `soak-${args.tab}-${String(i).padStart(6, '0')}`,
    url: args.url,
    paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务提质扩面',
    quote: { exact: `第${args.tab}页第${i}条`, prefix: '', suffix: '' },
    position: { startBlock: 1, start: i % 50, endBlock: 1, end: (i % 50) + 4 },
    color: 'yellow', note, tags: [], createdAt: 1_750_000_000_000 + i, updatedAt: 1_750_000_000_000 + i, schema: 1,
  });
  return (async () => {
    for (let i = 0; Date.now() < args.until; i++) {
      const r = record(i, `初记 ${i}`);
      await ack({ type: 'highlight:save', highlight: r });
      expected[r.id] = r.note;
      ops++;
      if (i % 3 === 1) {
        const prev = record(i - 1, '').id;
        await ack({ type: 'highlight:update', id: prev, patch: { note: `改过 ${i}` } });
        expected[prev] = `改过 ${i}`;
        ops++;
      }
      if (i % 5 === 4) {
        const gone = record(i - 2, '').id;
        await ack({ type: 'highlight:delete', id: gone });
        expected[gone] = null;
        ops++;
      }
    }
    return { expected, ops, retries };
  })();
}

async function allStored(page: Page): Promise<{ id: string; note: string; quote: string }[]> {
  return page.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { id: string; note: string; quote: { exact: string } }[] }> } } }).chrome;
    for (;;) {
      const r = await c.runtime.sendMessage({ type: 'highlights:all' }).catch(() => undefined);
      if (r?.ok) return r.value.map((h) => ({ id: h.id, note: h.note, quote: h.quote.exact }));
      await new Promise((res) => setTimeout(res, 100));
    }
  });
}

describe('soak', () => {
  it(`keeps every acknowledged write, once, through worker stops and a browser restart (${DURATION / 1000} s)`, async () => {
    session = await launch();
    const { context, extensionId, userDataDir } = session;
    const library = `chrome-extension://${extensionId}/library.html`;
    const tabs = await Promise.all([0, 1, 2].map(() => context.newPage()));
    await Promise.all(tabs.map((p) => p.goto(library)));
    const cdp = await context.newCDPSession(tabs[0] as Page);
    await cdp.send('ServiceWorker.enable');
    const until = Date.now() + DURATION;
    let stops = 0;
    const stopper = (async () => {
      while (Date.now() < until) {
        await new Promise((r) => setTimeout(r, STOP_EVERY_MS));
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
        stops++;
      }
    })();
    const urls = ['https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm', 'https://zjrb.zjol.com.cn/html/2025-03/09/content_3001.htm', 'https://www.jxrb.com/epaper/2025-03/09/content_1.htm'];
    const started = Date.now();
    const results = await Promise.all(tabs.map((p, tab) => p.evaluate(work, { tab, until, url: urls[tab] as string })));
    await stopper;
    const expected: Expected = Object.assign({}, ...results.map((r) => r.expected));
    const ops = results.reduce((n, r) => n + r.ops, 0);
    const retries = results.reduce((n, r) => n + r.retries, 0);

    // Restart the browser on the same profile.
    await session.close(true);
    session = await launch({ userDataDir });
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/library.html`);
    const stored = await allStored(page);

    const present = Object.entries(expected).filter(([, note]) => note !== null);
    const byId = new Map(stored.map((h) => [h.id, h]));
    const missing = present.filter(([id]) => !byId.has(id)).length;
    const wrongNote = present.filter(([id, note]) => byId.has(id) && byId.get(id)?.note !== note).length;
    const resurrected = Object.entries(expected).filter(([id, note]) => note === null && byId.has(id)).length;
    const quotes = stored.map((h) => h.quote);
    const duplicated = quotes.length - new Set(quotes).size;
    console.log(
      `[bench] soak ${((Date.now() - started) / 1000).toFixed(0)} s: ${ops} acknowledged writes from 3 tabs, ${stops} worker stops, ${retries} unanswered sends repeated; ` +
        `after restart ${stored.length} stored, ${missing} missing, ${wrongNote} with an older note, ${resurrected} deleted ones back, ${duplicated} duplicated`,
    );
    expect(ops).toBeGreaterThan(30);
    expect(stops).toBeGreaterThanOrEqual(Math.floor(DURATION / STOP_EVERY_MS) - 1);
    expect({ missing, wrongNote, resurrected, duplicated }).toEqual({ missing: 0, wrongNote: 0, resurrected: 0, duplicated: 0 });
    expect(stored).toHaveLength(present.length);
  }, DURATION + 180_000);
});
