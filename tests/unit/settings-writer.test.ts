// The popup's settings writer (lib/storage.ts settingsWriter): a change is written in the task it is
// made in, without a read of storage first — the popup closes the moment the reader clicks the
// page, and a read's reply never reaches a closed page (a change made just before was lost).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { loadSettings, settingsItem, settingsWriter } from '../../lib/storage';
import { DEFAULT_SETTINGS } from '../../lib/settings';

/** Lets storage events and their watchers run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('settings writer', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('writes a change without reading storage first, before the change call returns', async () => {
    const writer = settingsWriter();
    expect((await writer.load()).pinyin).toBe(DEFAULT_SETTINGS.pinyin);
    const get = vi.spyOn(browser.storage.sync, 'get');
    const set = vi.spyOn(browser.storage.sync, 'set');
    const done = writer.update({ pinyin: 'all' });
    // The write is issued within this task's microtasks: nothing that needs a reply comes first.
    await Promise.resolve();
    await Promise.resolve();
    expect(set).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    expect((await done).pinyin).toBe('all');
    expect((await loadSettings()).pinyin).toBe('all');
  });

  it('keeps what another writer changed since it read (storage tells it)', async () => {
    const writer = settingsWriter();
    await writer.load();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, tone: 'number' });
    await settle();
    const next = await writer.update({ pinyin: 'glossary' });
    expect(next.tone).toBe('number');
    expect(next.pinyin).toBe('glossary');
    expect(await loadSettings()).toMatchObject({ tone: 'number', pinyin: 'glossary' });
  });

  it('reads first when it has read nothing yet, and normalises what it writes', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, script: 'tw' });
    const writer = settingsWriter();
    const next = await writer.update({ pinyin: 'nonsense' as never });
    expect(next.script).toBe('tw');
    expect(next.pinyin).toBe(DEFAULT_SETTINGS.pinyin);
    const again = await writer.update({ tone: 'number' });
    expect(again).toMatchObject({ script: 'tw', tone: 'number' });
  });

  it('announces each change\'s settings before writing them (the popup sends them to its page), also the first change before any read', async () => {
    const order: string[] = [];
    const set = vi.spyOn(browser.storage.sync, 'set').mockImplementation(async () => void order.push('write'));
    const first = settingsWriter((next) => order.push(`announce ${next.pinyin}`));
    // No load yet: the writer reads, writes, then announces what it wrote.
    expect((await first.update({ pinyin: 'uncommon' })).pinyin).toBe('uncommon');
    expect(order).toEqual(['write', 'announce uncommon']);
    set.mockRestore();
    order.length = 0;
    const writer = settingsWriter((next) => order.push(`announce ${next.pinyin}/${next.tone}`));
    await writer.load();
    vi.spyOn(browser.storage.sync, 'set').mockImplementation(async () => void order.push('write'));
    await writer.update({ pinyin: 'all' });
    expect(order).toEqual(['announce all/mark', 'write']);
  });
});
