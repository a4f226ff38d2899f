// The settings item in browser.storage (WXT storage). The one lib module that touches
// extension storage; everything else receives settings as data.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { DEFAULT_READING_STYLE, normalizeReadingStyle, type ReadingStyle } from './reading-style';

/** Reader settings, synced across the reader's browsers. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

/** Reads settings, normalised. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Changes some settings and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Reads and changes settings from a page that may close at any moment (the popup). */
export interface SettingsWriter {
  /** Reads settings, normalised (and keeps them for later changes). */
  load(): Promise<Settings>;
  /** Changes some settings and returns the result; the write is issued before this returns. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

/**
 * A settings writer for the popup. The popup closes the moment the reader clicks the page, and a
 * change that first waited for a read of storage was lost with it (the read's reply never came
 * back to a closed page). This writer keeps the settings it last read, wrote or was told of by
 * storage (other writers: the library, another window), so a change is written in the same task
 * it is made in. `announce` is told each change's settings just before they are written (the
 * popup sends them to the page at once: storage takes 5–50 ms to tell the page).
 */
export function settingsWriter(announce?: (next: Settings) => void): SettingsWriter {
  let known: Settings | null = null;
  settingsItem.watch((next) => {
    known = normalizeSettings(next);
  });
  return {
    async load() {
      known = await loadSettings();
      return known;
    },
    update(patch) {
      if (!known) {
        return updateSettings(patch).then((s) => {
          known = s;
          announce?.(s);
          return s;
        });
      }
      const next = normalizeSettings({ ...known, ...patch });
      known = next;
      announce?.(next);
      return settingsItem.setValue(next).then(() => next);
    },
  };
}

/** Most origins kept in the "always on" list. */
export const MAX_ALWAYS_ON = 500;

/**
 * Origins where Dubao is always on, on this device only (local storage: each needs its own
 * registered content script and host permission, which do not sync).
 */
export const alwaysOnItem = storage.defineItem<string[]>('local:alwaysOn', { fallback: [] });

/** The "always on" origins, cleaned: http(s) origins only, each once, at most MAX_ALWAYS_ON. */
export async function loadAlwaysOn(): Promise<string[]> {
  const raw: unknown = await alwaysOnItem.getValue();
  const list = Array.isArray(raw) ? raw.filter((o): o is string => typeof o === 'string' && /^https?:\/\/[^/]+$/u.test(o)) : [];
  return [...new Set(list)].slice(0, MAX_ALWAYS_ON);
}

/** The reader's reading style for repaired articles (lib/reading-style.ts), synced like settings. */
export const readingStyleItem = storage.defineItem<ReadingStyle>('sync:readingStyle', { fallback: DEFAULT_READING_STYLE });

/** Reads the reading style, normalised. */
export async function loadReadingStyle(): Promise<ReadingStyle> {
  return normalizeReadingStyle(await readingStyleItem.getValue());
}

/** Stores a reading style (normalised, stamped with the time it was chosen) and returns it as stored. */
export async function saveReadingStyle(style: ReadingStyle): Promise<ReadingStyle> {
  const next = normalizeReadingStyle({ ...style, at: Date.now() });
  await readingStyleItem.setValue(next);
  return next;
}

/** Reading positions per article (lib/resume.ts), on this device only. */
export const resumeItem = storage.defineItem<Record<string, unknown>>('local:resumePositions', { fallback: {} });

/**
 * Whether the reader has turned pinyin on before, on this device: an article page then gets
 * pinyin ready in idle time (entrypoints/content/pinyin-prepare.ts). Never reset by Dubao.
 */
export const pinyinUsedItem = storage.defineItem<boolean>('local:pinyinUsed', { fallback: false });
