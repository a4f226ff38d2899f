// The blind24 pages (tests/fixtures/pages/blind24-*, see blind24-manifest.json): 浙江 county papers on hosts no earlier
// set used, in shapes no earlier set printed — pad and mobile/ pages titled only in font#main-title and dated only in
// the page header, a pad font#author holding the byline, a pc/ page dated only in its head, the enpproperty comment
// with 引题/副题/author fields and in the CMS's long form, credits alone on a line (通讯员 X 记者 Y 文/摄, ■本报记者,
// 见习记者, 融媒记者, 文/摄 first, □ 文 X, （记者 X 通讯员 Y） last), 责任编辑/校对/美编 lines, captions ending in 图/X
// before the body, a 访谈 with bold speaker names, a 任前公示 with one <p> per person, cuts right after ：“, a 要闻导读
// and a 乡镇快讯 of headed items, one <p> per print line, a page declaring GBK whose bytes are UTF-8 — and three pages
// Dubao must leave alone (a government article with 责编 and share bars, which the forced start reads; a day's edition
// index and a search result page, which it refuses). Not in the browser suite. Written with their gold before any rule
// was changed for them. Figures per page: npm run score:blind -- --set blind24.
import { describe, expect, it } from 'vitest';
import { BLIND24_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

describeBlindPages('blind24', BLIND24_PAGES);

describe('the blind24 set', () => {
  it('holds twenty pages of twenty hosts, seventeen articles, a page the forced start reads and two it must refuse', () => {
    expect(BLIND24_PAGES.length).toBe(20);
    expect(new Set(BLIND24_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(BLIND24_PAGES.length);
    expect(BLIND24_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(17);
    expect(BLIND24_PAGES.filter((p) => !p.expect.recognized && p.forced).length).toBe(1);
    expect(BLIND24_PAGES.filter((p) => !p.expect.recognized && p.forcedRefused).length).toBe(2);
  });
});
