// Reading positions: stored data normalised (bad entries dropped, nothing thrown), the newest
// 200 articles kept, and which positions are worth offering.
import { describe, expect, it } from 'vitest';
import { normalizeResumeMap, percentRead, placeNow, withPoint, worthOffering, type ResumePoint } from '../../lib/resume';

const p = (block: number, offset = 0, total = 20, at = 1_700_000_000_000): ResumePoint => ({ block, offset, total, at });
const URL_A = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';

describe('stored positions', () => {
  it('keeps good entries and drops malformed ones', () => {
    expect(normalizeResumeMap(null)).toEqual({});
    expect(normalizeResumeMap([p(3)])).toEqual({});
    expect(normalizeResumeMap({ [URL_A]: p(3, 12), b: { block: -1, offset: 0, total: 4, at: 1 }, c: { block: 5, offset: 0, total: 5, at: 1 }, d: { block: 1.5, offset: 0, total: 4, at: 1 }, e: 'x', f: { block: 1, offset: 0, total: 4, at: Infinity } })).toEqual({ [URL_A]: p(3, 12) });
  });

  it('replaces an article’s position, forgets it on null, and keeps only the newest entries', () => {
    let map = withPoint({}, URL_A, p(2));
    map = withPoint(map, URL_A, p(5, 30));
    expect(map).toEqual({ [URL_A]: p(5, 30) });
    expect(withPoint(map, URL_A, null)).toEqual({});
    let many = {};
    for (let i = 0; i < 6; i++) many = withPoint(many, `u${i}`, p(1, 0, 20, 1000 + i), 4);
    expect(Object.keys(many).sort()).toEqual(['u2', 'u3', 'u4', 'u5']);
  });
});

describe('offering a position', () => {
  it('offers positions past the opening and before the last block', () => {
    expect(worthOffering(p(0, 10))).toBe(false);
    expect(worthOffering(p(0, 120))).toBe(true);
    expect(worthOffering(p(4))).toBe(true);
    expect(worthOffering(p(19))).toBe(false);
    expect(worthOffering(undefined)).toBe(false);
  });
  it('says how far the reader got', () => {
    expect(percentRead(p(5))).toBe(25);
    expect(percentRead(p(0, 0, 1))).toBe(0);
  });
});

describe('a stored place in the article as it is now', () => {
  const texts = ['编者按。', '导语。', '第一段开头。', '第二段开头。', '第三段开头。'];
  it('finds its paragraph by the opening words, the nearest one when several open alike', () => {
    expect(placeNow({ ...p(1, 3, 3), quote: '第二段开头' }, texts)).toMatchObject({ block: 3, offset: 3, total: 5 });
    expect(placeNow({ ...p(0, 0, 3), quote: '第' }, texts)?.block).toBe(2);
    expect(placeNow({ ...p(4, 0, 6), quote: '第' }, texts)?.block).toBe(4);
  });
  it('keeps the stored index when no paragraph opens so, and is nowhere when the article is now shorter', () => {
    expect(placeNow({ ...p(2, 0, 5), quote: '改写过的段落' }, texts)?.block).toBe(2);
    expect(placeNow(p(2, 0, 5), texts)?.block).toBe(2);
    expect(placeNow(p(7, 0, 9), texts)).toBeNull();
  });
  it('stores the opening words only when they are a short string', () => {
    expect(normalizeResumeMap({ [URL_A]: { ...p(3), quote: '第二段开头' } })[URL_A]?.quote).toBe('第二段开头');
    expect(normalizeResumeMap({ [URL_A]: { ...p(3), quote: 'x'.repeat(200) } })[URL_A]).toEqual(p(3));
    expect(normalizeResumeMap({ [URL_A]: { ...p(3), quote: 5 } })[URL_A]).toEqual(p(3));
  });
});
