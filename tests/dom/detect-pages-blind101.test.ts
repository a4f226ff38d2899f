// The blind101 pages (tests/fixtures/pages/blind101-*, see blind101-manifest.json): an ordinary week of Founder papers
// outside Zhejiang that blind95 did not use (天津日报, 重庆日报, 广州日报, 青岛日报, 南京日报, 长江日报, 河北日报, 辽宁日报, 北京日报,
// 文汇报, 解放日报, 山西日报, 厦门日报) in every path family (html/, pc/, pad/, mobile/), both enpproperty forms and every body
// shape — news with 本报讯 and 新华社…电（记者） glued, X日报记者, 全媒体记者, 本报评论员 and 记者 X 通讯员 Y bylines alone, a
// 图片新闻, captions before the body with their credits, a trailing （据新华社…电）, bold 小标题, a 公告 with its contact and
// signature lines — and one ordinary page of the same CMS on a news portal (中工网) that must be left alone. Not in the
// browser suite. Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind101.
import { describe, expect, it } from 'vitest';
import { BLIND101_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run every page was all right (14 of 14 pages, 67 of 67 gold blocks exact in both readers, every paper page
// recognised with its title and date and the portal page left alone, then read with its title, date and every block), so
// no page is recorded as expected to fail.
const OPEN = new Set<string>();
describeBlindPages('blind101', BLIND101_PAGES, OPEN);

describe('the blind101 set', () => {
  it('holds an ordinary week of thirteen Founder papers outside Zhejiang in every path family, and one portal page', () => {
    expect(BLIND101_PAGES.length).toBe(14);
    const paths = BLIND101_PAGES.map((p) => new URL(p.url).pathname);
    for (const family of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(paths.some((p) => p.includes(family))).toBe(true);
    const hosts = new Set(BLIND101_PAGES.filter((p) => p.expect.recognized).map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(13);
    const portals = BLIND101_PAGES.filter((p) => !p.expect.recognized);
    expect(portals.length).toBe(1);
    expect(portals.every((p) => p.forced !== undefined)).toBe(true);
    expect(BLIND101_PAGES.filter((p) => p.expect.recognized).every((p) => p.expect.kind === 'article')).toBe(true);
  });
});
