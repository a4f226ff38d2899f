// Two fault paths of the background: the browser terminating the database connection (its
// `close` event, fired by fake-indexeddb's forceCloseDatabase as a browser fires it), and a
// highlights file sent in parts that does not arrive whole.
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { createRepository, DB_VERSION, openDatabase } from '../../lib/db';
import { resilientRepository } from '../../lib/db/resilient';
import type { DubaoDB } from '../../lib/db/schema';
import { toJson } from '../../lib/highlights/export';
import type { HighlightRecord } from '../../lib/highlights/types';
import { createService } from '../../lib/service';
import { splitText } from '../../lib/upload';

const OWN = 'own-extension-id';
const popup = { id: OWN, url: `chrome-extension://${OWN}/popup.html` };
const PAGE = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
let n = 0;

function hl(i: number): HighlightRecord {
  return {
    id: `hl-term-${String(i).padStart(6, '0')}`, url: PAGE, paper: '萧山日报', site: 'xsrb', date: '2025-03-09', title: '医保服务提质扩面',
    quote: { exact: `医银合作模式${i}`, prefix: '推进', suffix: '，让' }, position: { startBlock: 2, start: 0, endBlock: 2, end: 7 },
    color: 'yellow', note: '', tags: [], createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, schema: 1,
  };
}

describe('a connection the browser terminated', () => {
  it('is dropped when its close event fires, and the next request opens a new one without touching the old', async () => {
    const name = `term-${++n}`;
    const connections: IDBPDatabase<DubaoDB>[] = [];
    /** Whatever the repository asks of each connection after it was terminated. */
    const usedAfterClose: string[] = [];
    let gone = 0;
    const repo = resilientRepository(async (events) => {
      const db = await openDatabase(name, DB_VERSION, { ...events, onGone: () => (gone++, events.onGone?.()) });
      const i = connections.length;
      connections.push(db);
      return new Proxy(db, {
        get(target, prop) {
          if (i === 0 && gone > 0) usedAfterClose.push(String(prop));
          const v = Reflect.get(target, prop, target) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        },
      });
    });
    await repo.putHighlight(hl(1));
    expect(connections).toHaveLength(1);
    // (fake-indexeddb types its argument as the IDBDatabase constructor; it takes a connection.)
    forceCloseDatabase(unwrap(connections[0] as IDBPDatabase<DubaoDB>) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(gone).toBe(1);
    expect(await repo.allHighlights()).toEqual([hl(1)]);
    expect(await repo.putHighlight(hl(2))).toEqual(hl(2));
    expect(connections).toHaveLength(2);
    expect(usedAfterClose).toEqual([]);
    expect((await repo.allHighlights()).map((h) => h.id)).toEqual([hl(1).id, hl(2).id]);
  });
});

describe('a file sent in parts', () => {
  async function setup() {
    const repo = createRepository(await openDatabase(`upload-${++n}`));
    const handle = createService({ repo: async () => repo, ownId: OWN });
    const call = (m: object) => handle(m, popup);
    const parts = splitText(toJson([hl(1), hl(2), hl(3)]), 400);
    expect(parts.length).toBeGreaterThan(2);
    const part = (upload: string, index: number, count = parts.length) => ({ type: 'highlights:import-part', upload, index, count, text: parts[index] });
    return { repo, call, parts, part };
  }
  const notWhole = { ok: false, error: 'the file did not arrive whole: import it again' };

  it('is imported whole when every part arrived, in any order', async () => {
    const { repo, call, parts, part } = await setup();
    for (const i of [...parts.keys()].reverse()) expect(await call(part('upload-whole-1', i))).toMatchObject({ ok: true });
    expect(await call({ type: 'highlights:import', upload: 'upload-whole-1' })).toMatchObject({ ok: true, value: { added: 3 } });
    expect((await repo.allHighlights()).length).toBe(3);
  });

  it('with a part missing: refused as not arrived whole, nothing imported, and the upload forgotten', async () => {
    const { repo, call, parts, part } = await setup();
    for (const i of parts.keys()) if (i !== 1) await call(part('upload-missing', i));
    expect(await call({ type: 'highlights:import', upload: 'upload-missing' })).toEqual(notWhole);
    expect(await repo.allHighlights()).toEqual([]);
    // The late part alone does not complete a file that was already given up.
    await call(part('upload-missing', 1));
    expect(await call({ type: 'highlights:import', upload: 'upload-missing' })).toEqual(notWhole);
    expect(await repo.allHighlights()).toEqual([]);
  });

  it('with parts that disagree on their count: the odd part is refused, and the file does not import', async () => {
    const { repo, call, parts, part } = await setup();
    expect(await call(part('upload-counts', 0))).toEqual({ ok: true, value: { received: 1 } });
    expect(await call(part('upload-counts', 1, parts.length + 1))).toEqual({ ok: false, error: 'the parts of this file do not match: import it again' });
    for (let i = 2; i < parts.length; i++) await call(part('upload-counts', i));
    expect(await call({ type: 'highlights:import', upload: 'upload-counts' })).toEqual(notWhole);
    expect(await repo.allHighlights()).toEqual([]);
  });

  it('an unknown upload, or one dropped for newer ones, did not arrive whole', async () => {
    const { call, parts, part } = await setup();
    expect(await call({ type: 'highlights:import', upload: 'upload-never-sent' })).toEqual(notWhole);
    await call(part('upload-old-1', 0));
    await call(part('upload-new-1', 0));
    await call(part('upload-new-2', 0));
    for (let i = 1; i < parts.length; i++) await call(part('upload-old-1', i));
    // The oldest was dropped when the third began: its later parts start an incomplete one.
    expect(await call({ type: 'highlights:import', upload: 'upload-old-1' })).toEqual(notWhole);
  });

  it('a part out of range is refused by its shape', async () => {
    const { call, parts } = await setup();
    expect(await call({ type: 'highlights:import-part', upload: 'upload-range', index: 3, count: 3, text: parts[0] })).toEqual({ ok: false, error: 'index must be below count' });
  });
});
