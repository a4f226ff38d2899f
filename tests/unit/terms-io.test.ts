// Export and import of the reader's glossary terms (lib/terms-io.ts).
import { describe, expect, it } from 'vitest';
import { TERM_LIMITS, type TermRecord } from '../../lib/db/terms';
import { DEFAULT_MAX_TERMS_BYTES, parseTermsImport, toTermsJson, TERMS_FORMAT, TERMS_VERSION, type TermsImportResult } from '../../lib/terms-io';

const NOW = Date.UTC(2025, 2, 9, 8, 0, 0);

function term(i: number, over: Partial<TermRecord> = {}): TermRecord {
  return {
    id: `term-io-${String(i).padStart(4, '0')}`,
    term: `医银合作${i}`,
    explanation: `医保与银行合作的第${i}种模式`,
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_100_000 + i,
    ...over,
  };
}

const doc = (terms: unknown, over: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: TERMS_FORMAT, version: TERMS_VERSION, exportedAt: '2025-03-09T08:00:00.000Z', terms, ...over });

function refused(result: TermsImportResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('toTermsJson', () => {
  it('writes format, version, the export time and every known field of each term', () => {
    const text = toTermsJson([term(1), term(2)], { now: NOW });
    expect(text.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'terms']);
    expect(parsed).toMatchObject({ format: 'dubao-terms', version: 1, exportedAt: '2025-03-09T08:00:00.000Z' });
    expect(parsed.terms).toEqual([term(1), term(2)]);
  });

  it('leaves out fields a record should not have', () => {
    const extra = { ...term(1), secret: 'x' } as TermRecord;
    expect((JSON.parse(toTermsJson([extra], { now: NOW })) as { terms: object[] }).terms[0]).toEqual(term(1));
  });

  it('uses the current time for an invalid `now`', () => {
    const parsed = JSON.parse(toTermsJson([], { now: Number.NaN })) as { exportedAt: string };
    expect(Number.isNaN(Date.parse(parsed.exportedAt))).toBe(false);
  });
});

describe('parseTermsImport', () => {
  it('reads back what toTermsJson wrote (round trip)', () => {
    const terms = [term(1), term(2, { explanation: '' }), term(3, { term: '三个“一号工程”', explanation: '数字经济、营商环境、\n“地瓜经济”' })];
    const result = parseTermsImport(toTermsJson(terms, { now: NOW }));
    expect(result).toEqual({ ok: true, terms: terms.map(({ id, term: t, explanation }) => ({ id, term: t, explanation })), warnings: [] });
  });

  it('accepts terms without an id and trims the term text', () => {
    const result = parseTermsImport(doc([{ term: '  共同富裕 ', explanation: '' }]));
    expect(result).toEqual({ ok: true, terms: [{ term: '共同富裕', explanation: '' }], warnings: [] });
  });

  it('accepts a byte order mark and an empty list', () => {
    expect(parseTermsImport(`\uFEFF${doc([])}`)).toEqual({ ok: true, terms: [], warnings: [] });
  });

  it('refuses text that is not JSON and says where', () => {
    const errors = refused(parseTermsImport('{\n  "format": "dubao-terms",\n  "terms": [,]\n}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^not valid JSON: .*line 3, column 13/u);
    expect(refused(parseTermsImport('{"format": "dubao-terms"'))[0]).toMatch(/^not valid JSON: unexpected end of input at line 1/u);
    expect(refused(parseTermsImport('   '))).toEqual(['the file is empty']);
  });

  it('refuses a file that is not a Dubao terms export', () => {
    expect(refused(parseTermsImport('[1, 2]'))[0]).toMatch(/^not a Dubao terms export: expected an object with "format": "dubao-terms"/u);
    expect(refused(parseTermsImport('"dubao-terms"'))[0]).toMatch(/^not a Dubao terms export/u);
    expect(refused(parseTermsImport('{"terms": []}'))[0]).toMatch(/^not a Dubao terms export/u);
    // A highlights export is not a terms export.
    const highlights = JSON.stringify({ format: 'dubao-highlights', version: 1, exportedAt: '', highlights: [] });
    expect(refused(parseTermsImport(highlights))).toEqual(['not a Dubao terms export (its format is "dubao-highlights"): expected an object with "format": "dubao-terms"']);
  });

  it('refuses an unsupported version', () => {
    expect(refused(parseTermsImport(doc([], { version: 2 })))).toEqual(['unsupported version 2: this version of Dubao reads version 1']);
    expect(refused(parseTermsImport(doc([], { version: '1' })))[0]).toMatch(/^unsupported version "1"/u);
    expect(refused(parseTermsImport(JSON.stringify({ format: TERMS_FORMAT, terms: [] })))[0]).toMatch(/^unsupported version undefined/u);
  });

  it('refuses a missing or wrong terms list', () => {
    expect(refused(parseTermsImport(JSON.stringify({ format: TERMS_FORMAT, version: 1 })))).toEqual(['terms: missing']);
    expect(refused(parseTermsImport(doc({ 0: term(1) })))).toEqual(['terms: must be an array (got an object)']);
  });

  it('refuses an oversized file before parsing it', () => {
    // Not JSON at all: had it been parsed, the error would say so.
    const big = `{${'x'.repeat(DEFAULT_MAX_TERMS_BYTES)}`;
    const errors = refused(parseTermsImport(big));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^file too large: at least 2\.0 MB .* the limit is 2\.0 MB \(2097152 bytes\)$/u);
    // Counted in UTF-8 bytes: 1,000 characters of Chinese are 3,000 bytes.
    const chinese = doc([{ term: '术语', explanation: '解'.repeat(1000) }]);
    expect(refused(parseTermsImport(chinese, { maxBytes: chinese.length + 100 }))[0]).toMatch(/^file too large: 0\.0 MB \(3\d{3} bytes\)/u);
    expect(parseTermsImport(chinese, { maxBytes: chinese.length * 3 }).ok).toBe(true);
  });

  it('lists every problem of every invalid term, with its index and field, and accepts none', () => {
    const terms = [
      term(0),
      { id: 'short', term: '', explanation: 7 },
      'not an object',
      { term: 'x'.repeat(TERM_LIMITS.term + 1), explanation: 'e'.repeat(TERM_LIMITS.explanation + 1) },
      { id: term(4).id },
      null,
      term(6),
    ];
    const errors = refused(parseTermsImport(doc(terms)));
    expect(errors).toEqual([
      'terms[1].id must be 8–64 characters of A–Z a–z 0–9 _ -',
      'terms[1].term must be a non-empty string',
      'terms[1].explanation must be a string',
      'terms[2] must be an object',
      `terms[3].term too long (more than ${TERM_LIMITS.term} characters)`,
      `terms[3].explanation too long (more than ${TERM_LIMITS.explanation} characters)`,
      'terms[4].term must be a non-empty string',
      'terms[4].explanation must be a string',
      'terms[5] must be an object',
    ]);
  });

  it('caps a very long list of problems', () => {
    const errors = refused(parseTermsImport(doc(Array.from({ length: 500 }, () => 1))));
    expect(errors).toHaveLength(201);
    expect(errors[200]).toBe('… and 300 more problems');
  });

  it('keeps hostile keys such as __proto__ out of every object and prototype', () => {
    const text = `{"format": "dubao-terms", "version": 1, "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},
      "terms": [{"term": "共富", "explanation": "共同富裕", "__proto__": {"polluted": true, "id": "evil-id-0001"}, "constructor": {"prototype": {"polluted": true}}}]}`;
    const result = parseTermsImport(text);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.terms).toEqual([{ term: '共富', explanation: '共同富裕' }]);
    const [only] = result.terms;
    expect(Object.getPrototypeOf(only)).toBe(Object.prototype);
    expect(Object.keys(only as object)).toEqual(['term', 'explanation']);
    expect((only as { id?: unknown }).id).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
    expect(result.warnings).toEqual([
      'unknown field "__proto__" ignored',
      'unknown field "constructor" ignored',
      'unknown field "__proto__" ignored in 1 term',
      'unknown field "constructor" ignored in 1 term',
    ]);
  });

  it('does not take fields from a prototype', () => {
    const text = `{"format": "dubao-terms", "version": 1, "terms": [{"__proto__": {"term": "继承", "explanation": ""}}]}`;
    // JSON.parse makes "__proto__" an own key: the term itself has no term or explanation.
    expect(refused(parseTermsImport(text))).toEqual(['terms[0].term must be a non-empty string', 'terms[0].explanation must be a string']);
  });

  it('warns about entries that repeat an earlier id or term (the later one wins)', () => {
    const result = parseTermsImport(doc([term(1), term(2), term(1, { explanation: '新' }), { term: term(2).term, explanation: '另一个' }]));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.terms).toHaveLength(4);
    expect(result.warnings).toEqual(['terms[2]: same id as terms[0]; the later entry wins', 'terms[3]: same term as terms[1]; the later entry wins']);
  });

  it('never throws for odd input', () => {
    for (const text of ['null', 'true', '0', '""', '[]', '{}', '{"format": null}', `${'['.repeat(100_000)}`, 'NaN', '\u0000']) {
      expect(() => parseTermsImport(text)).not.toThrow();
      expect(parseTermsImport(text).ok).toBe(false);
    }
    expect(refused(parseTermsImport(42 as unknown as string))).toEqual(['the file could not be read as text']);
  });
});
