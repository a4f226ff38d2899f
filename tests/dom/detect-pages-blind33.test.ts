// The blind33 pages (tests/fixtures/pages/blind33-*, see blind33-manifest.json): pages read by "Use Dubao on this
// page" on hosts no earlier set used — county news portal articles (a long article with runs of one-sentence
// paragraphs and 来源/编辑/审核 lines, a photo story of three captions), government TRS articles (a 通告 with a table,
// a 政策解读 of 问：/答：), a newspaper group portal reprint with its print-source line — four Founder pages of unusual
// markup (a title only in the enpproperty comment, a pad photo story with captions before <founder-content>, a pc 名单
// titled only in <title>, a mobile 浙江日报 reprint pre-wrapped) and three pages to leave alone (a channel list, a
// front page, search results). Not in the browser suite. Written with their gold before Dubao ran on them. Figures
// per page: npm run -s score:blind -- --set blind33.
import { describe, expect, it } from 'vitest';
import { BLIND33_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run two pages were open: the 盐城 名单's signature office 中共盐城市委组织部 was made a headline, and the
// forced start on the 义乌 政策解读 gave the portal's 相关文件：《…》 link line as a headline after the gold blocks (both
// now pass). Still open: the forced start on the 乐清新闻网 article gives every gold block and the portal's 来源：乐清日报
// line besides them (a closing 来源 line is a byline in the gold of earlier portal pages, blind10 and blind17).
const UNORDERED = new Set(['blind33-yqnews-portal-long-article-one-sentence-runs-laiyuan-editor-audit.html']);
describeBlindPages('blind33', BLIND33_PAGES, new Set(), UNORDERED);

describe('the blind33 set', () => {
  it('holds twelve pages on twelve hosts, four of them Founder articles', () => {
    expect(BLIND33_PAGES.length).toBe(12);
    expect(new Set(BLIND33_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(12);
    expect(BLIND33_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(4);
    expect(BLIND33_PAGES.filter((p) => p.forced).length).toBe(5);
    expect(BLIND33_PAGES.filter((p) => p.forcedRefused).length).toBe(3);
  });
});
