// The blind23 pages (tests/fixtures/pages/blind23-*, see blind23-manifest.json): 浙江 papers on hosts no earlier set
// used, in shapes no earlier set printed — a continuation opening with （上接第1版） alone on a print line, 【】 heads
// in bold <p>s with bold runs cut by a column, <br> print lines cut inside figures and Latin words with no hyphen,
// a table of figures printed as text lines, two poems one <p> per line, a 通告, a 讣告 and a 征稿启事 in <br> lines
// closing with an office and a date, 问：/答： turns, a 评论 signed 本报评论员 at its end, a 图为 caption between a
// paragraph's halves, <br><br> at paragraph and column ends, dialogue lines, a ■相关链接 box, a ——记 subtitle as the
// body's first <p>, columns cut right after a closing quote — and four pages Dubao must leave alone, refused by the
// forced start too (a login page, a 往期回顾 calendar, a PDF download list, a paper's home page). Not in the browser
// suite (its time is at its limit). Written with their gold before any rule was changed for them. Figures per page:
// npm run score:blind -- --set blind23.
import { describe, expect, it } from 'vitest';
import { BLIND23_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

describeBlindPages('blind23', BLIND23_PAGES);

describe('the blind23 set', () => {
  it('holds twenty pages of twenty hosts, sixteen articles and four pages the forced start must refuse', () => {
    expect(BLIND23_PAGES.length).toBe(20);
    expect(new Set(BLIND23_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(BLIND23_PAGES.length);
    expect(BLIND23_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(16);
    expect(BLIND23_PAGES.filter((p) => !p.expect.recognized && p.forcedRefused).length).toBe(4);
  });
});
