// The blind126 pages (tests/fixtures/pages/blind126-*, see blind126-manifest.json): articles of an ordinary week (Monday 15
// to Sunday 21 May 2028) on fourteen provincial and national papers outside Zhejiang — 人民日报, 光明日报, 经济日报, 解放日报,
// 新华日报, 南方日报, 四川日报, 湖北日报, 河南日报, 大众日报, 安徽日报, 江西日报, 福建日报, 北京日报 — 要闻, 评论员文章,
// reprinted 新华社 stories, 经济 and 民生 reports, with their bylines and credits in the forms those papers print, on the
// classic, pc, pad and mobile Founder families in every body shape. Not in the browser suite. Written with their gold before
// Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind126.
import { describe, expect, it } from 'vitest';
import { BLIND126_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind126-${stem}.html`;
const RMRB = f('rmrb126a-people-pc-h3-yinti-p-per-column-piece-17-cuts-yaowen-benbao-beijing-dian-two-jizhe-glued-mon');

// At the first run (11 of 14 pages all right, 96 of 98 gold blocks exact in both readers): on the 经济日报 pc page and the
// 南方日报 classic page the picture table with its caption cell (ending （经济日报记者　X　摄） and （南方日报记者　X　摄）)
// stands before div#ozoom in the article's container after the h3/h1/h2 title block, and the caption was not read at all
// (the shape left open on blind69's and blind95's pages). On the 人民日报 pc page every block is exact, but the manifest
// expects site "founder" where every earlier set expects "rmrb" for paper.people.com.cn (Dubao names it "rmrb"): a mistake of
// the manifest, kept as written, so the page's recognition test is recorded as expected to fail. After the round's rules (a
// caption between the title block and the body's container read with the container as the body, its title lines left out:
// lib/detect/leading-captions.ts and lib/extract/repeated-title.ts; a framed caption no print line in
// lib/reflow/line-elements.ts) both captions are read and every block is exact: 13 of 14 pages, 98 of 98 blocks (the
// 人民日报 page's recognition test left open).
const OPEN = new Set<string>();
const TITLE_OPEN = new Set<string>([RMRB]);
describeBlindPages('blind126', BLIND126_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN });

describe('the blind126 set', () => {
  it('holds an ordinary week of articles on fourteen papers outside Zhejiang, two pages a day, one page a paper', () => {
    expect(BLIND126_PAGES.length).toBe(14);
    const hosts = new Set(BLIND126_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect([...hosts].some((h) => /zj|cnnb|wzdaily|hz66|hangzhou|cnjxol|shaoxing|xsnet/u.test(h))).toBe(false);
    const days = BLIND126_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-05-15' && d <= '2028-05-21')).toBe(true);
    const paths = BLIND126_PAGES.map((p) => new URL(p.url).pathname);
    for (const family of ['/html/', '/pc/', '/pad/', '/mobile/']) expect(paths.some((p) => p.includes(family))).toBe(true);
    expect(BLIND126_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
  });
});
