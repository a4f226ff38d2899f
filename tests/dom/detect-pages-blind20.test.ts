// The blind20 pages (tests/fixtures/pages/blind20-*, see blind20-manifest.json): print lines in <div>s with blank
// <div>s, a body in one <pre>, a 图片新闻 of headed items, a 通告 in 第N条 clauses, a title printed as a picture,
// Latin words cut by print lines, a byline after the last paragraph and ◆ subheads as the print gives them; a day's
// 本期目录 and a press group's 数字报刊 entry, which Dubao must leave alone and the forced start must refuse, and an
// e-paper's 使用帮助 page left alone — written with their gold before any rule was changed for them. Every page is
// read here; the browser test (tests/e2e/blind-pages.e2e.ts) reads a sample of them. Figures per page: npm run score:blind.
import { describe, expect, it } from 'vitest';
import { BLIND20_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

describeBlindPages('blind20', BLIND20_PAGES);

describe('the blind20 set', () => {
  it('holds articles, pages the forced start must refuse and a page left alone', () => {
    expect(new Set(BLIND20_PAGES.map((p) => p.url)).size).toBe(BLIND20_PAGES.length);
    expect(BLIND20_PAGES.filter((p) => !p.expect.recognized && !p.forced && p.forcedRefused).length).toBe(2);
    expect(BLIND20_PAGES.filter((p) => p.expect.kind === 'article' || p.forced).length).toBe(8);
  });
});
