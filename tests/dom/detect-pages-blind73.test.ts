// The blind73 pages (tests/fixtures/pages/blind73-*, see blind73-manifest.json): an ordinary week of 绍兴日报, Monday 23 to
// Sunday 29 November, two articles a day across its sections (要闻, 区县, 经济, 社会, 评论, 人物, 兰亭, 体育, 专版, 文化,
// 周末特刊, 民生), each in the paper's own templates and body shapes — <p> per paragraph, per column piece and per print
// line, <p> with column cuts, pre-wrap plain and indented, <br> print lines, and the classic table template on the older
// host — with bylines, credits glued to 本报讯, captions, bold 小标题, scores, figures, a list and phone lines, and editor
// lines. Not in the browser suite. Written with their gold before Dubao ran on them. Figures per page:
// npm run -s score:blind -- --set blind73.
import { describe, expect, it } from 'vitest';
import { BLIND73_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run every page was all right in both readers (14 of 14 pages, 88 of 88 gold blocks exact, each page
// recognised with its title and date), so nothing is recorded as expected to fail.
const OPEN = new Set<string>();
describeBlindPages('blind73', BLIND73_PAGES, OPEN);

describe('the blind73 set', () => {
  it('holds a week of one paper, two articles a day, on its two hosts', () => {
    expect(BLIND73_PAGES.length).toBe(14);
    const hosts = BLIND73_PAGES.map((p) => new URL(p.url).hostname);
    expect(hosts.filter((h) => h === 'epaper.shaoxing.com.cn').length).toBe(13);
    expect(hosts.filter((h) => h === 'epaper.sxnews.cn').length).toBe(1);
    const days = new Set(BLIND73_PAGES.map((p) => p.expect.date));
    expect([...days].sort()).toEqual(['23', '24', '25', '26', '27', '28', '29'].map((d) => `2026-11-${d}`));
    expect(BLIND73_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'sxrb')).toBe(true);
  });
});
