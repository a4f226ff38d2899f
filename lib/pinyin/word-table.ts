// The dictionary-word table the polyphone model consults: for CC-CEDICT words of 2–5 Han
// characters, the reading of each polyphonic character in the word. Built from the project's
// CC-CEDICT file (public/dict/cedict.txt) by scripts/train-polyphones.ts and stored compactly.

import { MAX_WORD, SELF, type WordTable } from './polyphone-features';

/** 一 and 不 change tone by what follows (yì/yí, bù/bú); CC-CEDICT writes their base tone, so it is not used for them. */
const SANDHI = new Set(['一', '不']);

/** CC-CEDICT syllable → numbered reading as the reader writes it ("Sai4" → "sai4", "lu:4" → "lü4", erhua "r5" → "er5"). */
export function cedictSyllable(s: string): string {
  const r = s.toLowerCase().replace(/u:/g, 'ü');
  return r === 'r5' ? 'er5' : r;
}

/**
 * Builds the word table from the dictionary's data lines (simplified, traditional, pinyin,
 * definitions, tab-separated; '#' lines skipped). `isPolyphone` says which characters to keep
 * readings for; other positions are ''. Where two entries of a word disagree at a position, the
 * position is '' (the dictionary does not decide). Words without any kept reading are left out.
 */
export function buildWordTable(dictText: string, isPolyphone: (ch: string) => boolean): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const line of dictText.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [simp = '', , py = ''] = line.split('\t');
    const cps = Array.from(simp);
    if (cps.length < 2 || cps.length > MAX_WORD || !/^\p{Script=Han}+$/u.test(simp)) continue;
    const syl = py.split(' ');
    if (syl.length !== cps.length) continue;
    const row = cps.map((ch, k) => (isPolyphone(ch) && !SANDHI.has(ch) ? cedictSyllable(syl[k] ?? '') : ''));
    const prev = table.get(simp);
    if (prev) row.forEach((r, k) => { if (prev[k] !== r) prev[k] = ''; });
    else table.set(simp, row);
  }
  for (const [w, row] of table) if (row.every((r) => r === '')) table.delete(w);
  return table;
}

/**
 * Serialises a word table compactly, grouped by character and reading: one line per character,
 * `ch<TAB>reading:word word…<TAB>reading:…`, each word written with `~` in the character's place
 * ("长\tzhang3:~大 成~"). Lines and words are sorted, so the output is stable.
 * {@link parseWordTable} reads it back.
 */
export function serializeWordTable(table: ReadonlyMap<string, readonly string[]>): string {
  const byChar = new Map<string, Map<string, string[]>>();
  for (const [w, row] of table) {
    const cps = Array.from(w);
    row.forEach((r, k) => {
      if (!r) return;
      const ch = cps[k] ?? '';
      const groups = byChar.get(ch) ?? byChar.set(ch, new Map()).get(ch) ?? new Map<string, string[]>();
      const list = groups.get(r) ?? groups.set(r, []).get(r) ?? [];
      list.push(cps.map((c, j) => (j === k ? SELF : c)).join(''));
    });
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...byChar.keys()]
    .sort(cmp)
    .map((ch) => {
      const groups = byChar.get(ch) ?? new Map<string, string[]>();
      const parts = [...groups.keys()].sort(cmp).map((r) => `${r}:${(groups.get(r) ?? []).sort(cmp).join(' ')}`);
      return `${ch}\t${parts.join('\t')}`;
    })
    .join('\n');
}

/**
 * Reads {@link serializeWordTable}'s text. Lines are split up front; a character's words are
 * parsed the first time the character is looked up, so loading costs little. A malformed group
 * (no ':') or word (no `~`) throws when its character is first looked up.
 */
export function parseWordTable(text: string): WordTable {
  const lines = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
  }
  type Entry = { words: Map<string, string>; prior: string[]; left: Set<string>; right: Set<string> };
  const parsed = new Map<string, Entry>();
  // The reader asks about one character several times in a row: the last answer is kept at hand.
  let lastCh = '';
  let lastEntry: Entry | undefined;
  const entry = (ch: string): Entry | undefined => {
    if (ch === lastCh && lastEntry) return lastEntry;
    let e = parsed.get(ch);
    if (e) {
      lastCh = ch;
      lastEntry = e;
      return e;
    }
    const line = lines.get(ch);
    if (line === undefined) return undefined;
    e = { words: new Map(), prior: [], left: new Set(), right: new Set() };
    const counts: [string, number][] = [];
    for (const g of line.split('\t')) {
      const colon = g.indexOf(':');
      if (colon < 1) throw new Error(`bad word-table group for ${ch}: ${g.slice(0, 40)}`);
      const reading = g.slice(0, colon);
      const patterns = g.slice(colon + 1).split(' ');
      for (const p of patterns) {
        const at = p.indexOf(SELF);
        if (at < 0) throw new Error(`bad word-table word for ${ch}: ${p}`);
        e.words.set(p, reading);
        // Every tail of the part before `~` and every head of the part after it.
        for (let k = at - 1; k >= 0; k--) e.left.add(p.slice(k, at));
        for (let k = at + 2; k <= p.length; k++) e.right.add(p.slice(at + 1, k));
      }
      counts.push([reading, patterns.length]);
    }
    e.prior = counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
    parsed.set(ch, e);
    return e;
  };
  return {
    reading: (pattern, ch) => entry(ch)?.words.get(pattern) ?? '',
    prior: (ch) => entry(ch)?.prior ?? [],
    has: (ch) => lines.has(ch),
    before: (ch, neighbour) => entry(ch)?.left.has(neighbour) ?? false,
    after: (ch, neighbour) => entry(ch)?.right.has(neighbour) ?? false,
  };
}
