// The blind82 pages (tests/fixtures/pages/blind82-*, see blind82-manifest.json): an ordinary week of 浙江日报, Monday 14 to
// Sunday 20 September 2026, two articles a day across its sections, in its classic /html/ template and its pad/ twin and in
// every body shape — a 常委会 会议 report, a 县域 story with two 共享联盟 correspondents, an 外贸 report with figures, a 人大
// report, a 人物 通讯 under unmarked 小标题, a 评论员文章, a 之江潮 essay, a 新华社 通稿, a 税务 专版 under ■ heads, a 调研
// report, a 周末 feature with captions, a 钱塘江 essay, a 理论 article and a 地铁 notice. Not in the browser suite. Written
// with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind82.
import { describe, expect, it } from 'vitest';
import { BLIND82_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind82-${stem}.html`;
const RENWU = f('zjrb51-classic-prewrap-indented-22-renwu-tongxun-benbao-jizhe-tongxunyuan-alone-first-three-unmarked-xiaobiaoti-quotes-zeren-bianji');
const DIAOYAN = f('zjrb56-classic-p-per-column-piece-13-diaoyan-baogao-benbao-diaoyanzu-first-bold-xiaobiaoti-cut-by-columns-yi-shi-er-shi-figures');
const ZHOUMO = f('zjrb57-pad-p-per-paragraph-zhoumo-feature-intro-title-benbao-jizhe-wen-she-first-three-captions-between-paragraphs-quotes');
const DITIE = f('zjrb60-pad-br-22-plain-shehui-jianxun-benbaoxun-jianxi-jizhe-glued-phone-number-last-two-paragraphs-full-line-end');

// At the first run (10 of 14 pages all right, 84 of 87 gold blocks exact in both readers, every title and date found): in
// the 人物 通讯 in pre-wrap indented twenty-two wide the last 小标题, a quotation alone on its unindented line
// (“只要岛上需要，我就一直在”), was joined to the paragraph above it, which ends in 。”; in the 调研 report in <p> per column
// piece the credit 本报调研组 alone first was given as a headline, not a byline; the two pad/ pages (the 周末 feature, the
// 地铁 notice), their blocks, title and date all right, were recognised as articles of any Founder paper's pad family
// (site founder, named 浙江日报), as the blind45 pad page of the same host is meant to be, where their manifest rows
// expect the zjrb profile (the set's own expectation, not changed after it was committed). Since the round's rule (a
// quotation with a clause mark alone on an unindented line over an indented one is a 小标题) the 人物 通讯 is all right;
// 本报调研组 as a byline is on this page only among the golds outside the held-back half, so it stays open.
const OPEN = new Set<string>([DIAOYAN]);
// Since a known host's page read by a Founder family's template carries its host's paper's site id (lib/detect/index.ts;
// a product decision: the golds of blind54, blind82 and blind85 expect it, those of blind40, blind45 and blind46 the
// generic id; the reader sees the paper's name either way, and the paper's highlights and words now share one id)
// the two pad/ pages are recognised as the manifest says.
const TITLE_OPEN = new Set<string>();
const HEADLINES_OPEN = new Set<string>([DIAOYAN]);
const FIRST_OPEN = new Set<string>([RENWU, DIAOYAN, ZHOUMO, DITIE]);
describeBlindPages('blind82', BLIND82_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind82 set', () => {
  it('holds a week of 浙江日报, two articles a day from Monday to Sunday', () => {
    expect(BLIND82_PAGES.length).toBe(14);
    expect(BLIND82_PAGES.every((p) => new URL(p.url).hostname === 'zjrb.zjol.com.cn' && p.expect.kind === 'article')).toBe(true);
    const days = BLIND82_PAGES.map((p) => p.expect.date);
    for (let d = 14; d <= 20; d++) expect(days.filter((x) => x === `2026-09-${d}`).length).toBe(2);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of [...OPEN, ...TITLE_OPEN, ...HEADLINES_OPEN]) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND82_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
