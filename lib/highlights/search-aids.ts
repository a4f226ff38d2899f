// The heavy parts of search, loaded on demand.
//
// Searching saved highlights and words folds traditional characters to simplified (opencc-js's
// t2cn tables, ~180 KB) and matches pinyin (pinyin-pro's dictionary, ~400 KB). The popup must
// open fast, so neither is in its first script: loadSearchAids() fetches both with dynamic
// import() (a bundler puts them in a chunk of their own) and installs them. Until then
// search works on characters as they are written: simplifyForSearch() returns its input and
// hanReadings() answers null. A search index built before the aids arrived says so
// (SearchIndex.complete) and is rebuilt by its owner once searchAidsReady() turns true.

/** What the loaded aids provide. */
export interface SearchAids {
  /** Traditional → simplified, one code point per code point (lib/convert/simplify). */
  simplify(text: string): string;
  /** All toneless readings of one Han character, lower case (may be empty). */
  readings(ch: string): string[];
}

let aids: SearchAids | null = null;
let loading: Promise<void> | undefined;

/** True once loadSearchAids() has succeeded (or aids were installed). */
export function searchAidsReady(): boolean {
  return aids !== null;
}

/** Installs the aids directly (used by loadSearchAids; tests may pass their own). */
export function installSearchAids(given: SearchAids): void {
  aids = given;
}

/**
 * Loads opencc-js's t2cn converter and pinyin-pro and installs them. Resolves when search is
 * complete; the same promise for every caller while loading. A failed load rejects and is
 * not cached, so a later call tries again.
 */
export function loadSearchAids(): Promise<void> {
  if (aids) return Promise.resolve();
  if (!loading) {
    const started = Promise.all([import('../convert/simplify'), import('pinyin-pro')]).then(([convert, pinyinPro]) => {
      installSearchAids({
        simplify: convert.toSimplified,
        readings: (ch) => pinyinPro.pinyin(ch, { multiple: true, type: 'array', toneType: 'none' }),
      });
    });
    loading = started;
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}

/** `text` with traditional characters folded to simplified; unchanged while the aids are not loaded. */
export function simplifyForSearch(text: string): string {
  return aids ? aids.simplify(text) : text;
}

/** The toneless readings of a Han character; null while the aids are not loaded. */
export function hanReadings(ch: string): string[] | null {
  return aids ? aids.readings(ch) : null;
}
