// validateHighlight: the gate for records from messages and imported files.
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_LIMITS, validateHighlight } from '../../lib/highlights/types';
import type { HighlightRecord } from '../../lib/highlights/types';

const GOOD: HighlightRecord = {
  id: 'a1B2-c3_d4',
  url: 'https://epaper.xsnet.cn/xsrb/html/2025-03/09/content_1.htm',
  paper: '萧山日报',
  site: 'xsrb',
  date: '2025-03-09',
  title: '医保业务进银行',
  quote: { exact: '医银合作', prefix: '推进“', suffix: '”新模式' },
  position: { startBlock: 1, start: 20, endBlock: 1, end: 24 },
  color: 'blue',
  note: '',
  tags: ['医保'],
  createdAt: 1_741_478_400_000,
  updatedAt: 1_741_478_400_000,
  schema: 1,
};

const errorsOf = (raw: unknown): string[] => {
  const r = validateHighlight(raw);
  return r.ok ? [] : r.errors;
};
const withField = (path: string, value: unknown): unknown => {
  const copy = structuredClone(GOOD) as unknown as Record<string, Record<string, unknown>>;
  const [a, b] = path.split('.') as [string, string | undefined];
  if (b === undefined) (copy as Record<string, unknown>)[a] = value;
  else (copy[a] as Record<string, unknown>)[b] = value;
  if (value === undefined) {
    if (b === undefined) delete (copy as Record<string, unknown>)[a];
    else delete (copy[a] as Record<string, unknown>)[b];
  }
  return copy;
};

describe('validateHighlight', () => {
  it('accepts a good record and returns a fresh copy', () => {
    const r = validateHighlight(GOOD);
    expect(r).toEqual({ ok: true, value: GOOD });
    expect(r.ok && r.value).not.toBe(GOOD);
    expect(validateHighlight({ ...GOOD, date: null, title: null, note: 'x'.repeat(HIGHLIGHT_LIMITS.note) }).ok).toBe(true);
    expect(validateHighlight({ ...GOOD, url: 'http://example.com/a' }).ok).toBe(true);
  });

  it('reports each problem with its field path', () => {
    const cases: [string, unknown, string][] = [
      ['id', undefined, 'id: missing'],
      ['id', 'short', 'id: must be 8–64 characters of A–Z a–z 0–9 _ - (got "short")'],
      ['id', 'has space 123', 'id: must be 8–64'],
      ['id', 'x'.repeat(65), 'id: too long (65 > 64 characters)'],
      ['url', 'javascript:alert(1)', 'url: must be an http(s) URL'],
      ['url', 'not a url', 'url: must be an http(s) URL'],
      ['url', `https://x.cn/${'a'.repeat(3000)}`, 'url: too long'],
      ['paper', '', 'paper: must not be empty'],
      ['site', 'XSRB', 'site: must be a site id'],
      ['date', '2025-02-30', 'date: must be a date YYYY-MM-DD or null (got "2025-02-30")'],
      ['date', 20250309, 'date: must be a date'],
      ['title', 5, 'title: must be a string (got 5)'],
      ['quote', 'text', 'quote: must be an object (got "text")'],
      ['quote.exact', undefined, 'quote.exact: missing'],
      ['quote.exact', '', 'quote.exact: must not be empty'],
      ['quote.exact', 'x'.repeat(5001), 'quote.exact: too long (5001 > 5000 characters)'],
      ['quote.prefix', 'x'.repeat(65), 'quote.prefix: too long (65 > 64 characters)'],
      ['quote.suffix', null, 'quote.suffix: must be a string (got null)'],
      ['position', [1, 2], 'position: must be an object (got an array)'],
      ['position.start', -1, 'position.start: must be an integer from 0 to 10000000 (got -1)'],
      ['position.end', 1.5, 'position.end: must be an integer'],
      ['position.endBlock', 0, 'position: end must not come before start'],
      ['color', 'red', 'color: must be one of yellow, green, blue, pink (got "red")'],
      ['note', 42, 'note: must be a string (got 42)'],
      ['note', { html: '<b>' }, 'note: must be a string (got an object)'],
      ['note', 'x'.repeat(10_001), 'note: too long (10001 > 10000 characters)'],
      ['tags', 'a,b', 'tags: must be an array of strings'],
      ['tags', Array.from({ length: 33 }, (_, i) => `t${i}`), 'tags: too many (33 > 32)'],
      ['tags', ['ok', 7], 'tags[1]: must be a string (got 7)'],
      ['tags', ['x'.repeat(41)], 'tags[0]: too long (41 > 40 characters)'],
      ['tags', ['  '], 'tags[0]: must not be empty'],
      ['createdAt', '2025', 'createdAt: must be an integer'],
      ['updatedAt', -5, 'updatedAt: must be an integer'],
      ['schema', 2, 'schema: must be 1 (got 2)'],
      ['schema', undefined, 'schema: missing'],
    ];
    for (const [path, value, message] of cases) {
      const errors = errorsOf(withField(path, value));
      expect(errors.length, `${path} = ${String(value).slice(0, 20)}`).toBe(1);
      expect(errors[0], path).toContain(message);
    }
  });

  it('lists every problem at once', () => {
    const errors = errorsOf({ id: 'bad', quote: { exact: 1 }, color: 'red' });
    expect(errors).toContain('id: must be 8–64 characters of A–Z a–z 0–9 _ - (got "bad")');
    expect(errors).toContain('quote.exact: must be a string (got 1)');
    expect(errors).toContain('quote.prefix: missing');
    expect(errors).toContain('position: missing');
    expect(errors).toContain('schema: missing');
    expect(errors.length).toBeGreaterThan(10);
  });

  it('refuses what is not an object', () => {
    for (const raw of [null, undefined, 'x', 1, [], [GOOD]]) expect(validateHighlight(raw).ok).toBe(false);
    expect(errorsOf(null)).toEqual(['record: must be an object (got null)']);
  });

  it('keeps only known fields, trims and de-duplicates tags', () => {
    const raw = JSON.parse(
      JSON.stringify({ ...GOOD, extra: 1, tags: [' 医保 ', '医保', '民生'] }).replace('{', '{"__proto__":{"polluted":true},'),
    ) as unknown;
    const r = validateHighlight(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value)).toEqual(Object.keys(GOOD));
    expect(r.value.tags).toEqual(['医保', '民生']);
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect((r.value as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads own properties only', () => {
    const inherited = Object.create({ color: 'yellow' }) as Record<string, unknown>;
    Object.assign(inherited, { ...GOOD });
    delete inherited.color;
    expect(errorsOf(inherited)).toEqual(['color: missing']);
  });
});
