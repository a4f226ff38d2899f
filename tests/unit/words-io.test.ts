// Saved words out and in: Anki TSV (headers, escaping, cloze), CSV (BOM, formula guard) and the
// JSON file whose import refuses a foreign or broken file whole. The expected strings are written
// out by hand.
import { describe, expect, it } from 'vitest';
import { newCard } from '../../lib/words/fsrs';
import { wordKey } from '../../lib/words/merge';
import { ankiWordField, clozeSentence, csvWordField, DEFAULT_MAX_WORDS_BYTES, MAX_IMPORT_WORDS, parseWordsImport, toAnkiWords, toWordsCsv, toWordsJson, toWordsJsonParts } from '../../lib/words/io';
import type { WordRecord } from '../../lib/words/types';

const T0 = Date.UTC(2025, 2, 9, 2, 0, 0);
const URL = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm';

function word(over: Partial<WordRecord> = {}): WordRecord {
  const card = newCard(T0);
  return {
    word: '医银合作',
    written: '医银合作',
    reading: 'yī yín hé zuò',
    meanings: ['medical insurance and bank cooperation'],
    source: 'glossary',
    sentences: [{ text: '推进医银合作，方便参保人。', start: 2, end: 6, url: URL, title: '医保服务提质扩面', paper: '萧山日报', site: 'xsrb', date: '2025-03-09', seenAt: T0 }],
    firstSeen: T0,
    lastSeen: T0,
    lookups: 1,
    card,
    due: card.due,
    ...over,
  };
}

describe('Anki TSV', () => {
  it('starts with the separator, html and columns headers and writes word, reading, meaning, cloze sentence, source', () => {
    expect(toAnkiWords([word()])).toBe(
      '#separator:tab\n#html:true\n#columns:Word\tReading\tMeaning\tSentence\tSource\n' +
        '医银合作\tyī yín hé zuò\tmedical insurance and bank cooperation\t推进{{c1::医银合作}}，方便参保人。\t萧山日报 2025-03-09 《医保服务提质扩面》 ' + URL + '\n',
    );
  });

  it('HTML-escapes every field and keeps a leading # from reading as a header line', () => {
    expect(ankiWordField('#1 <b>&"x"\tnext\nline')).toBe('&#35;1 &lt;b&gt;&amp;&quot;x&quot; next<br>line');
    expect(clozeSentence({ text: '<i>医保</i>', start: 3, end: 5 })).toBe('&lt;i&gt;{{c1::医保}}&lt;/i&gt;');
    const line = toAnkiWords([word({ meanings: ['#hashtag'], reading: '' })]).split('\n')[3] as string;
    expect(line.split('\t')[2]).toBe('&#35;hashtag');
    expect(line.split('\t')).toHaveLength(5);
  });
});

describe('CSV', () => {
  it('has a byte-order mark, a header row and one row a word', () => {
    const csv = toWordsCsv([word()]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('word,written,reading,meanings,sentence,paper,date,title,url,first_seen,lookups,due');
    expect(rows[1]).toBe(`医银合作,医银合作,yī yín hé zuò,medical insurance and bank cooperation,推进医银合作，方便参保人。,萧山日报,2025-03-09,医保服务提质扩面,${URL},2025-03-09T02:00:00.000Z,1,2025-03-09T02:00:00.000Z`);
  });

  it('neutralises formulas at the start of a field and after a separator inside it', () => {
    expect(csvWordField('=1+1')).toBe(`"'=1+1"`);
    expect(csvWordField('+86 571')).toBe(`"'+86 571"`);
    expect(csvWordField('-5')).toBe(`"'-5"`);
    expect(csvWordField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvWordField('bank; =HYPERLINK("x")')).toBe(`"'bank; =HYPERLINK(""x"")"`);
    expect(csvWordField('a,@b')).toBe(`"'a,@b"`);
    expect(csvWordField('医保 2+3')).toBe('医保 2+3');
    expect(csvWordField('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('JSON import', () => {
  it('reads back what it wrote', () => {
    const records = [word(), word({ word: '覆盖', written: '覆蓋', sentences: [] })];
    const parsed = parseWordsImport(toWordsJson(records, { now: T0 }));
    expect(parsed).toEqual({ ok: true, records, warnings: [] });
  });

  it('refuses a highlights export, broken JSON, an unknown version and a bad entry, each with a reason', () => {
    const refused = (text: string): string[] => {
      const r = parseWordsImport(text);
      if (r.ok) throw new Error('accepted');
      return r.errors;
    };
    expect(refused('{"format":"dubao-highlights","version":1,"highlights":[]}')[0]).toMatch(/not a Dubao words export/u);
    expect(refused('{"format":"dubao-words",')[0]).toMatch(/not valid JSON/u);
    expect(refused('{"format":"dubao-words","version":9,"words":[]}')[0]).toMatch(/unsupported version/u);
    const bad = JSON.parse(toWordsJson([word(), word({ word: '银行', written: '银行' })]));
    bad.words[1].sentences[0].start = 40;
    bad.words[0].card.state = 7;
    expect(refused(JSON.stringify(bad))).toEqual(['words[0]: card is not a review schedule', 'words[1]: sentence.start/end must be the word’s offsets in sentence.text']);
  });

  it('stores a word whose key is not the simplified form of its written form under that form, with a warning, and merges it with the same word', () => {
    // Keys made by hand or by another version's conversion tables: traditional key, 乾安 kept as written.
    const file = JSON.parse(toWordsJson([word({ word: '醫銀合作', written: '醫銀合作' }), word({ word: '医银合作', written: '医银合作' }), word({ word: '覆盖', written: '覆盖' })]));
    const r = parseWordsImport(JSON.stringify(file));
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.records.map((x) => [x.word, x.written])).toEqual([['医银合作', '醫銀合作'], ['医银合作', '医银合作'], ['覆盖', '覆盖']]);
    expect(r.warnings).toEqual(['words[0]: "醫銀合作" stored as "医银合作", the simplified form of its written form "醫銀合作"']);
    // Past the listed few, the rest are counted.
    const many = JSON.parse(toWordsJson(Array.from({ length: 25 }, (_, i) => word({ word: `醫保${i}`, written: `醫保${i}` }))));
    const m = parseWordsImport(JSON.stringify(many));
    if (!m.ok) throw new Error('refused');
    expect(m.records.every((x) => x.word.startsWith('医保'))).toBe(true);
    expect(m.warnings.at(-1)).toMatch(/and \d+ more stored under the simplified form/u);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = parseWordsImport(toWordsJson([word()]), { maxBytes: 100 });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(/file too large/u);
  });
});

describe('JSON export within the import limits', () => {
  /** A word met in `n` long sentences (a reader who keeps meeting it): about 1 KB of UTF-8 per sentence. */
  function busyWord(i: number, n: number): WordRecord {
    const w = `词${String.fromCharCode(0x4e00 + (i % 20000))}${String.fromCharCode(0x4e00 + Math.floor(i / 20000))}`;
    const text = `${'记者从区有关部门获悉，今年以来我区持续推进医保服务提质扩面，'.repeat(9)}${w}工作取得新进展。`;
    const start = text.indexOf(w);
    const sentences = Array.from({ length: n }, (_, k) => ({ text, start, end: start + w.length, url: `${URL}?k=${k}`, title: '医保服务提质扩面', paper: '萧山日报', site: 'xsrb', date: '2025-03-09', seenAt: T0 + k }));
    return word({ word: wordKey(w), written: w, sentences });
  }
  const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

  it('is one file, the same as toWordsJson, when everything fits', () => {
    const records = [word(), busyWord(1, 2)];
    expect(toWordsJsonParts(records, { now: T0 })).toEqual([toWordsJson(records, { now: T0 })]);
  });

  it('splits 24 MB of words into parts of at most 20 MB that each import back, together every word once', { timeout: 60_000 }, () => {
    const records = Array.from({ length: 2000 }, (_, i) => busyWord(i, 12));
    expect(bytes(toWordsJson(records, { now: T0 }))).toBeGreaterThan(DEFAULT_MAX_WORDS_BYTES);
    expect(parseWordsImport(toWordsJson(records, { now: T0 })).ok).toBe(false);
    const parts = toWordsJsonParts(records, { now: T0 });
    expect(parts.length).toBe(2);
    const back: WordRecord[] = [];
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(DEFAULT_MAX_WORDS_BYTES);
      const parsed = parseWordsImport(part);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      back.push(...parsed.records);
    }
    // The first part is filled up to the limit: within one word's size of it.
    expect(bytes(parts[0] as string)).toBeGreaterThan(DEFAULT_MAX_WORDS_BYTES - bytes(JSON.stringify(records[0], null, 4)) * 2);
    expect(back).toEqual(records);
  });

  it('splits at 50,000 words, the most one file may hold', { timeout: 60_000 }, () => {
    const records = Array.from({ length: MAX_IMPORT_WORDS + 1 }, (_, i) => {
      const w = `词${String.fromCharCode(0x4e00 + (i % 20000))}${i}`;
      return word({ word: wordKey(w), written: w, sentences: [] });
    });
    const big = { maxBytes: 200 * 1024 * 1024 };
    expect(parseWordsImport(toWordsJson(records, { now: T0 }), big)).toEqual({ ok: false, errors: [expect.stringMatching(/50000|50,000/u)] });
    const parts = toWordsJsonParts(records, { now: T0, ...big });
    const counts = parts.map((p) => {
      const parsed = parseWordsImport(p, big);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      return parsed.records.length;
    });
    expect(counts).toEqual([MAX_IMPORT_WORDS, 1]);
  });

  it('refuses to write a word that no words file could hold', () => {
    expect(() => toWordsJsonParts([busyWord(1, 12)], { maxBytes: 4000 })).toThrow(/larger than a words file may be/u);
  });
});
