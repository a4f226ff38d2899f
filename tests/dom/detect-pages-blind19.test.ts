// The blind19 pages (tests/fixtures/pages/blind19-*, see blind19-manifest.json): a body in a <table> of one <td>
// per print line, print lines each in a <font>, pictures inside a cut paragraph, 一是…四是… cut by columns, a 问/答
// column, a poem's unmarked lines in <br> stanzas and a signed 更正 as the print gives them; a day's PDF 下载 table
// and a 报刊订阅 page, which Dubao must leave alone and the forced start must refuse, and a mobile/ 版面 list read as
// a page index — written with their gold before any rule was changed for them. Every page is read here; the
// browser test (tests/e2e/blind-pages.e2e.ts) reads a sample of them. Figures per page: npm run score:blind.
import { describe, expect, it } from 'vitest';
import { BLIND19_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

describeBlindPages('blind19', BLIND19_PAGES);

describe('the blind19 set', () => {
  it('holds pages of as many hosts, articles and pages the forced start must refuse', () => {
    expect(new Set(BLIND19_PAGES.map((p) => p.url)).size).toBe(BLIND19_PAGES.length);
    expect(BLIND19_PAGES.filter((p) => !p.expect.recognized && !p.forced && p.forcedRefused).length).toBe(2);
    expect(BLIND19_PAGES.filter((p) => p.expect.kind === 'article' || p.forced).length).toBe(8);
  });
});
