// The word table (lib/pinyin/word-table.ts parseWordTable) answers exactly what a plain index of
// strings answers (the reference below: a Map of words and Sets of the parts before and after the
// character), on the shipped table (lib/pinyin/polyphone-words.generated.ts, from CC-CEDICT) and
// on words whose hashes collide, both ways it answers: by searching a character's line (its first
// look-ups) and from the index of its words (once asked about often), and as shipped (mixed).
import { describe, expect, it } from 'vitest';
import { SELF } from '../../lib/pinyin/polyphone-features';
import { WORDS_TEXT } from '../../lib/pinyin/polyphone-words.generated';
import { hashOf, INDEX_AFTER, parseWordTable } from '../../lib/pinyin/word-table';

/** The plain index: what parseWordTable answered before it indexed by hashes. */
function reference(text: string) {
  const chars = new Map<string, { words: Map<string, string>; left: Set<string>; right: Set<string>; prior: string[] }>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const e = { words: new Map<string, string>(), left: new Set<string>(), right: new Set<string>(), prior: [] as string[] };
    const counts: [string, number][] = [];
    for (const g of line.slice(tab + 1).split('\t')) {
      const colon = g.indexOf(':');
      const reading = g.slice(0, colon);
      const patterns = g.slice(colon + 1).split(' ');
      for (const p of patterns) {
        const at = p.indexOf(SELF);
        e.words.set(p, reading);
        for (let k = at - 1; k >= 0; k--) e.left.add(p.slice(k, at));
        for (let k = at + 2; k <= p.length; k++) e.right.add(p.slice(at + 1, k));
      }
      counts.push([reading, patterns.length]);
    }
    e.prior = counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
    chars.set(line.slice(0, tab), e);
  }
  return chars;
}

/** Index a character's words at once (0), never (Infinity), or as shipped. */
const WAYS: [string, number][] = [['from the index', 0], ['by searching the line', Infinity], ['as shipped', INDEX_AFTER]];

describe.each(WAYS)('word table, answered %s', (_, indexAfter) => {
  it('answers as the plain index does for every word, part and reading of the shipped table', () => {
    const table = parseWordTable(WORDS_TEXT, indexAfter);
    const plain = reference(WORDS_TEXT);
    let checked = 0;
    const wrong: string[] = [];
    for (const [ch, e] of plain) {
      if (table.prior(ch).join() !== e.prior.join()) wrong.push(`prior ${ch}`);
      for (const [w, r] of e.words) {
        checked++;
        if (table.reading(w, ch) !== r) wrong.push(`reading ${ch} ${w}`);
        // A word that is not in the table: the same word with its first character changed.
        const other = `丂${w.slice(1)}`;
        if (table.reading(other, ch) !== (e.words.get(other) ?? '')) wrong.push(`reading ${ch} ${other}`);
      }
      for (const part of e.left) if (!table.before(ch, part)) wrong.push(`before ${ch} ${part}`);
      for (const part of e.right) if (!table.after(ch, part)) wrong.push(`after ${ch} ${part}`);
      // Parts never in a word: separators of the stored text, a reading, pieces across a word's
      // end (a part and the next word), the empty part, whole words with their `~`.
      const [firstWord = ''] = e.words.keys();
      const odd = ['丂', '的', '大学', `${ch}${ch}`, ' ', '~', ':', '', '\t', '\u3000', e.prior[0] ?? '', `${e.prior[0] ?? ''}:`, firstWord, `${firstWord} `, `:${firstWord}`];
      for (const part of [...odd, ...[...e.left].slice(0, 3).map((p) => `${p} `), ...[...e.right].slice(0, 3).map((p) => ` ${p}`)]) {
        if (table.before(ch, part) !== e.left.has(part)) wrong.push(`before ${ch} ${part}`);
        if (table.after(ch, part) !== e.right.has(part)) wrong.push(`after ${ch} ${part}`);
      }
      for (const w of [...odd, [...e.words.keys()].slice(0, 2).join(' ')]) if (table.reading(w, ch) !== (e.words.get(w) ?? '')) wrong.push(`reading ${ch} ${JSON.stringify(w)}`);
    }
    expect(checked).toBeGreaterThan(50_000);
    expect(wrong.slice(0, 20)).toEqual([]);
    expect(table.has('长')).toBe(true);
    expect(table.has('丂')).toBe(false);
    expect(table.reading('~大', '长')).toBe('zhang3');
  });

  it('keeps words, parts and readings apart when their hashes collide, and a word listed twice reads as its later group', () => {
    // Two two-character words with the same hash, found among pairs of common characters.
    const pool = Array.from('的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书它比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它');
    const seen = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (const a of pool) {
      for (const b of pool) {
        const w = `${a}${b}${SELF}`;
        const h = hashOf(w, 0, w.length);
        const prev = seen.get(h);
        if (prev !== undefined && prev !== w) pair = [prev, w];
        else seen.set(h, w);
        if (pair) break;
      }
      if (pair) break;
    }
    expect(pair).toBeDefined();
    const [first = '', second = ''] = pair ?? [];
    const text = `长\tchang2:${first} 成~\tzhang3:${second} ${first}`;
    const table = parseWordTable(text, indexAfter);
    const plain = reference(text).get('长');
    expect(table.reading(first, '长')).toBe(plain?.words.get(first));
    expect(table.reading(first, '长')).toBe('zhang3');
    expect(table.reading(second, '长')).toBe('zhang3');
    expect(table.reading('成~', '长')).toBe('chang2');
    expect(table.before('长', first.slice(0, 2))).toBe(true);
    expect(table.before('长', second.slice(0, 2))).toBe(true);
    expect(table.before('长', second.slice(1, 2))).toBe(true);
    expect(table.prior('长')).toEqual(plain?.prior);
  });

  it('throws on a malformed group or word when the character is first looked up', () => {
    const table = parseWordTable('长\tchang2 成~\n行\txing2:~走 银', indexAfter);
    expect(() => table.reading('成~', '长')).toThrow(/bad word-table group/u);
    expect(() => table.reading('~走', '行')).toThrow(/bad word-table word/u);
  });
});
