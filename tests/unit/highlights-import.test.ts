// Importing an export file: round trip, refusals (not JSON, foreign, version, size, invalid
// records), hostile input, and merging with stored highlights.
import { describe, expect, it } from 'vitest';
import { toJson } from '../../lib/highlights/export';
import { DEFAULT_MAX_IMPORT_BYTES, MAX_LISTED_ERRORS, mergeImport, parseImport } from '../../lib/highlights/import';
import { locateJsonError } from '../../lib/highlights/json-error';
import type { HighlightRecord } from '../../lib/highlights/types';

function rec(n: number, over: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id: `hl-${String(n).padStart(8, '0')}`,
    url: `https://epaper.xsnet.cn/xsrb/html/2025-03/09/content_${n % 3}.htm`,
    paper: '萧山日报',
    site: 'xsrb',
    date: n % 4 === 0 ? null : '2025-03-09',
    title: n % 5 === 0 ? null : `标题${n}`,
    quote: { exact: `引文${n}：积极推进“医银合作”`, prefix: '我区', suffix: '新模式' },
    position: { startBlock: n % 7, start: n, endBlock: n % 7, end: n + 14 },
    color: (['yellow', 'green', 'blue', 'pink'] as const)[n % 4] ?? 'yellow',
    note: n % 2 ? `笔记 ${n}\n第二行 <script>alert("x")</script> & more` : '',
    tags: n % 3 ? ['医保', `t${n}`] : [],
    createdAt: 1_741_478_400_000 + n,
    updatedAt: 1_741_478_400_000 + n * 2,
    schema: 1,
    ...over,
  };
}
const RECORDS = Array.from({ length: 12 }, (_, i) => rec(i + 1));

const doc = (highlights: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'dubao-highlights', version: 1, exportedAt: '2025-03-10T00:00:00.000Z', highlights, ...extra });

function refused(text: string, opts?: { maxBytes?: number }): string[] {
  const r = parseImport(text, opts);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

describe('parseImport: round trip', () => {
  it('toJson → parseImport gives identical records', () => {
    const r = parseImport(toJson(RECORDS));
    expect(r).toEqual({ ok: true, records: RECORDS, warnings: [] });
    // With a BOM, as some editors save it.
    expect(parseImport(`\uFEFF${toJson(RECORDS)}`).ok).toBe(true);
    expect(parseImport(toJson([]))).toEqual({ ok: true, records: [], warnings: [] });
  });

  it('keeps HTML in notes as plain text data', () => {
    const r = parseImport(toJson([rec(1, { note: '<img src=x onerror=alert(1)><b>粗</b>&amp;' })]));
    expect(r.ok && r.records[0]?.note).toBe('<img src=x onerror=alert(1)><b>粗</b>&amp;');
  });
});

describe('parseImport: refusals', () => {
  it('says where the text stops being JSON', () => {
    const text = '{\n  "format": "dubao-highlights",\n  "version": 1,\n  "highlights": [ {"id": "x",} ]\n}';
    expect(refused(text)).toEqual(['not valid JSON: expected a property name in quotes, found "}" at line 4, column 30']);
    expect(refused('hello')).toEqual(['not valid JSON: unexpected "h" at line 1, column 1']);
    expect(refused('{"format": "dubao-highlights"')).toEqual(['not valid JSON: unexpected end of input at line 1, column 30']);
    expect(refused('[1, 2,]')[0]).toBe('not valid JSON: trailing comma at line 1, column 7');
    expect(refused('{"a": "b\nc"}')[0]).toBe('not valid JSON: unescaped control character in a string at line 1, column 9');
    expect(refused('{} {}')[0]).toBe('not valid JSON: unexpected "{" after the end of the JSON value at line 1, column 4');
    expect(refused('')).toEqual(['the file is empty']);
    expect(refused('  \n ')).toEqual(['the file is empty']);
  });

  it('refuses a JSON file that is not a Dubao export', () => {
    const foreign = [
      '[]',
      '"text"',
      'null',
      '{"rows": []}',
      JSON.stringify({ total: 1, rows: [{ id: 'abc', target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'x' }] }] }] }),
      JSON.stringify({ format: 'kindle-highlights', version: 1, highlights: [] }),
    ];
    for (const text of foreign) {
      const errors = refused(text);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^not a Dubao highlights export/u);
    }
    expect(refused(JSON.stringify({ format: 'kindle-highlights' }))[0]).toContain('(its format is "kindle-highlights")');
  });

  it('refuses an unsupported version', () => {
    expect(refused(doc([], { version: 2 }))).toEqual(['unsupported version 2: this version of Dubao reads version 1']);
    expect(refused(doc([], { version: '1' }))[0]).toBe('unsupported version "1": this version of Dubao reads version 1');
    expect(refused(JSON.stringify({ format: 'dubao-highlights', highlights: [] }))[0]).toBe(
      'unsupported version undefined: this version of Dubao reads version 1',
    );
    expect(refused(JSON.stringify({ format: 'dubao-highlights', version: 1 }))).toEqual(['highlights: missing']);
    expect(refused(JSON.stringify({ format: 'dubao-highlights', version: 1, highlights: {} }))).toEqual([
      'highlights: must be an array (got an object)',
    ]);
  });

  it('refuses oversized input before parsing, giving the size', () => {
    const text = toJson(RECORDS);
    const bytes = new TextEncoder().encode(text).length;
    const errors = refused(text, { maxBytes: bytes - 1 });
    expect(errors).toEqual([`file too large: 0.0 MB (${bytes} bytes); the limit is 0.0 MB (${bytes - 1} bytes)`]);
    expect(parseImport(text, { maxBytes: bytes }).ok).toBe(true);
    // UTF-8 bytes count, not characters: 3 bytes a Han character.
    expect(refused(JSON.stringify('汉'.repeat(100)), { maxBytes: 250 })[0]).toContain('(302 bytes)');
    // Over the default 200 MB: refused without parsing (the text is not even JSON).
    const huge = `{${' '.repeat(DEFAULT_MAX_IMPORT_BYTES)}`;
    expect(refused(huge)).toEqual([
      `file too large: at least 200.0 MB (at least ${DEFAULT_MAX_IMPORT_BYTES + 1} bytes); the limit is 200.0 MB (${DEFAULT_MAX_IMPORT_BYTES} bytes)`,
    ]);
  });

  it('refuses the whole file when any record is invalid, listing every problem', () => {
    const bad1 = { ...rec(2), quote: { prefix: '', suffix: '' } };
    const bad2 = { ...rec(4), color: 'red', note: 42 };
    const list: unknown[] = [rec(1), bad1, rec(3), bad2, 'junk'];
    const r = parseImport(doc(list));
    expect(r).toEqual({
      ok: false,
      errors: [
        'highlights[1].quote.exact: missing',
        'highlights[3].color: must be one of yellow, green, blue, pink (got "red")',
        'highlights[3].note: must be a string (got 42)',
        'highlights[4]: must be an object (got "junk")',
      ],
    });
    expect('records' in r).toBe(false);
  });

  it('caps a very long list of problems', () => {
    const list = Array.from({ length: 300 }, (_, i) => ({ ...rec(i + 1), color: 'red' }));
    const errors = refused(doc(list));
    expect(errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(errors[MAX_LISTED_ERRORS]).toBe('… and 100 more problems');
  });
});

describe('parseImport: hostile input', () => {
  it('does not let __proto__ keys pollute prototypes', () => {
    const record = JSON.stringify(rec(1))
      .replace('{', '{"__proto__": {"polluted": "record"}, "constructor": {"prototype": {"polluted": "ctor"}},')
      .replace('"quote":{', '"quote":{"__proto__": {"polluted": "quote"},')
      .replace('"position":{', '"position":{"__proto__": {"polluted": "position"},');
    const text = `{"__proto__": {"polluted": "top"}, "format": "dubao-highlights", "version": 1, "highlights": [${record}]}`;
    const r = parseImport(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    const out = r.records[0] as HighlightRecord;
    expect(out).toEqual(rec(1));
    for (const o of [out, out.quote, out.position]) {
      expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(o, '__proto__')).toBe(false);
      expect((o as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(r.warnings).toEqual([
      'unknown field "__proto__" ignored',
      'unknown field "__proto__" ignored in 1 highlight',
      'unknown field "constructor" ignored in 1 highlight',
      'unknown field "quote.__proto__" ignored in 1 highlight',
      'unknown field "position.__proto__" ignored in 1 highlight',
    ]);
  });

  it('ignores deeply nested junk in unknown fields and refuses it in known ones', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const ok = parseImport(doc([rec(1)]).replace('"highlights":[{', `"highlights":[{"junk":${deep},`));
    expect(ok.ok).toBe(true);
    const bad = parseImport(doc([rec(1)]).replace(/"tags":\["医保","t1"\]/u, `"tags":${deep}`));
    expect(bad).toEqual({ ok: false, errors: ['highlights[0].tags[0]: must be a string (got an array)'] });
    const nestedNote = parseImport(doc([{ ...rec(1), note: { a: { b: { c: ['<b>'] } } } }]));
    expect(nestedNote).toEqual({ ok: false, errors: ['highlights[0].note: must be a string (got an object)'] });
  });

  it('refuses huge strings with their length, without echoing them', () => {
    const r = parseImport(doc([{ ...rec(1), note: 'x'.repeat(1_000_000), quote: { exact: '长'.repeat(6000), prefix: '', suffix: '' } }]));
    expect(r).toEqual({
      ok: false,
      errors: ['highlights[0].quote.exact: too long (6000 > 5000 characters)', 'highlights[0].note: too long (1000000 > 10000 characters)'],
    });
    const id = parseImport(doc([{ ...rec(1), id: `<script>${'y'.repeat(10_000)}` }]));
    expect(!id.ok && id.errors[0]).toBe('highlights[0].id: too long (10008 > 64 characters)');
    const color = parseImport(doc([{ ...rec(1), color: 'z'.repeat(10_000) }]));
    expect(!color.ok && (color.errors[0] ?? '').length).toBeLessThan(120);
  });

  it('warns about duplicate ids and unknown fields', () => {
    const r = parseImport(doc([rec(1), { ...rec(2), extra: true }, rec(1, { note: '新' })], { app: 'x' }));
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([
      'unknown field "app" ignored',
      'highlights[2]: same id as highlights[0]; the two are merged',
      'unknown field "extra" ignored in 1 highlight',
    ]);
    expect(r.ok && r.records).toHaveLength(3);
  });
});

describe('locateJsonError', () => {
  it('is null for valid JSON and finds the first error otherwise', () => {
    for (const ok of ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', 'true', ' null ', '{"a":[1,{"b":false}],"c":"d"}']) {
      expect(locateJsonError(ok), ok).toBeNull();
    }
    expect(locateJsonError('{"a":01}')).toMatchObject({ offset: 6 });
    expect(locateJsonError('{"a":"\\x"}')).toMatchObject({ offset: 6, reason: 'invalid escape in a string' });
    expect(locateJsonError('[1 2]')).toMatchObject({ offset: 3, line: 1, column: 4 });
    expect(locateJsonError('[\n\n  tru]')).toMatchObject({ line: 3, column: 3 });
    expect(locateJsonError('['.repeat(200_000))).toMatchObject({ offset: 200_000, reason: 'unexpected end of input' });
  });
});

describe('mergeImport', () => {
  it('adds new ids, merges known ones (newer wins, tags unioned), counts unchanged', () => {
    const stored = [rec(1), rec(2), rec(3)];
    const existing = new Map(stored.map((r) => [r.id, r]));
    const newer = { ...rec(1), note: '更新的笔记', tags: ['新标签', '医保'], updatedAt: rec(1).updatedAt + 1000, createdAt: rec(1).createdAt + 5 };
    const older = { ...rec(2), note: '旧笔记', color: 'pink' as const, tags: ['旧'], updatedAt: rec(2).updatedAt - 1000 };
    const same = rec(3);
    const fresh = rec(9);
    const m = mergeImport(existing, [newer, older, same, fresh]);
    expect({ added: m.added, updated: m.updated, unchanged: m.unchanged }).toEqual({ added: 1, updated: 2, unchanged: 1 });
    const byId = new Map(m.toWrite.map((r) => [r.id, r]));
    expect(byId.size).toBe(3);
    // Newer import wins; tags: its own first, then the stored ones; the earlier createdAt.
    expect(byId.get(newer.id)).toEqual({ ...newer, tags: ['新标签', '医保', 't1'], createdAt: rec(1).createdAt });
    // Older import loses its fields but adds its tag.
    expect(byId.get(older.id)).toEqual({ ...rec(2), tags: ['医保', 't2', '旧'] });
    expect(byId.get(fresh.id)).toEqual(fresh);
    expect(byId.has(same.id)).toBe(false);
  });

  it('does not duplicate an id that occurs twice in the file', () => {
    const a = rec(5, { tags: ['a'] });
    const b = rec(5, { tags: ['b'], note: '后来的', updatedAt: rec(5).updatedAt + 1 });
    const m = mergeImport(new Map(), [a, b]);
    expect(m).toEqual({ toWrite: [{ ...b, tags: ['b', 'a'] }], added: 1, updated: 0, unchanged: 0 });
  });

  it('importing the same export twice changes nothing the second time', () => {
    const first = mergeImport(new Map(), RECORDS);
    expect(first.added).toBe(RECORDS.length);
    const stored = new Map(first.toWrite.map((r) => [r.id, r]));
    expect(mergeImport(stored, RECORDS)).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: RECORDS.length });
  });

  it('caps a tag union at 32 tags', () => {
    const many = (p: string): string[] => Array.from({ length: 32 }, (_, i) => `${p}${i}`);
    const stored = rec(1, { tags: many('s') });
    const m = mergeImport(new Map([[stored.id, stored]]), [rec(1, { tags: many('i'), updatedAt: stored.updatedAt + 1 })]);
    expect(m.toWrite[0]?.tags).toEqual(many('i'));
  });
});
