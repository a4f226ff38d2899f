// Every paper's profile is registered, and its example URLs are read as the right kind of page.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateFromText, dateFromUrl, GENERIC_FOUNDER, KNOWN_SITES, kindFromUrl, knownHostMatches } from '../../lib/detect';
import { siteForHost } from '../../lib/detect';

const ALL = [...KNOWN_SITES, GENERIC_FOUNDER];

interface Urls {
  article: string[];
  layout: string[];
}
/** Example URLs per profile, kept with the tests (not shipped): tuning and held-out apart. */
const URLS = (JSON.parse(readFileSync(new URL('../fixtures/site-urls.json', import.meta.url), 'utf8')) as {
  sites: Record<string, { tuning: Urls; heldout: Urls }>;
}).sites;

describe('site profiles', () => {
  it('registers every profile file in lib/detect/sites', () => {
    const files = readdirSync(new URL('../../lib/detect/sites/', import.meta.url))
      .filter((f) => f.endsWith('.ts') && !['index.ts', 'founder-paths.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/u, ''));
    expect(ALL.map((s) => s.id).sort()).toEqual(files.sort());
  });

  it('covers the papers readers asked for', () => {
    expect(KNOWN_SITES.map((s) => s.name)).toEqual(expect.arrayContaining(['萧山日报', '浙江日报', '钱江晚报', '嘉兴日报', '绍兴日报', '湖州日报', '杭州日报', '人民日报']));
  });

  it('has tuning and held-out example URLs for every profile', () => {
    expect(Object.keys(URLS).sort()).toEqual(ALL.map((s) => s.id).sort());
  });

  describe.each(ALL.flatMap((s) => (['tuning', 'heldout'] as const).map((part) => [s.id, part, s] as const)))('%s (%s URLs)', (id, part, site) => {
    const urls = URLS[id]?.[part] ?? { article: [], layout: [] };
    it.each(urls.article)('reads %s as an article', (url: string) => {
      expect(kindFromUrl(site, new URL(url))).toBe('article');
      if (site.hosts.length) expect(siteForHost(new URL(url).hostname)?.id).toBe(site.id);
      if (!url.endsWith('paperindex.htm')) expect(dateFromUrl(url)).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    });
    it.each(urls.layout)('reads %s as a layout page', (url: string) => {
      expect(kindFromUrl(site, new URL(url))).toBe('layout');
      if (site.hosts.length) expect(siteForHost(new URL(url).hostname)?.id).toBe(site.id);
    });
  });

  it('matches hosts exactly, not by domain (bbs.hangzhou.com.cn is a forum)', () => {
    expect(siteForHost('bbs.hangzhou.com.cn')).toBeNull();
    expect(siteForHost('HZDAILY.hangzhou.com.cn')?.id).toBe('hangzhou');
  });

  it('registers the content script only for known hosts', () => {
    const matches = knownHostMatches();
    expect(matches).toContain('*://xsrb.xsnet.cn/*');
    expect(matches.every((m) => /^\*:\/\/[a-z0-9.-]+\/\*$/u.test(m))).toBe(true);
    expect(matches).not.toContain('*://*/*');
  });
});

describe('dates', () => {
  it.each([
    ['https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm', '2025-03-09'],
    ['https://jxrb.cnjxol.com/jxrbPaper/pc/content/202508/16/content_221100.html', '2025-08-16'],
    ['https://hzdaily.hangzhou.com.cn/hzrb/2026/04/30/article_detail_1_20260430A065.html', '2026-04-30'],
    ['http://paper.people.com.cn/rmrb/html/2024-11/30/nw.D110000renmrb_20241130_1-01.htm', '2024-11-30'],
    ['https://example.com/html/2025-02/30/content_1.htm', null],
    ['not a url', null],
  ])('reads the issue date of %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it.each([
    ['2025年3月9日 星期日', '2025-03-09'],
    ['2025-08-16', '2025-08-16'],
    ['出版日期：2025/8/16', '2025-08-16'],
    ['第03版', null],
  ])('reads the date written in %s', (text, date) => {
    expect(dateFromText(text)).toBe(date);
  });
});
