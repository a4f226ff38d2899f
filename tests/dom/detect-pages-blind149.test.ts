import { describe, expect, it } from 'vitest';
import { BLIND149_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind149-${stem}.html`;
const NHWB_THU = f('nhwb149a-cnjxol-pc-shehui-br-plain-15-blank-between-paragraphs-jizhe-tongxunyuan-first-thu');
const HUZHOU_FRI = f('huzhou149a-hz66-classic-bshare-minsheng-yinti-futi-newspic-caption-before-body-br-16-indented-no-blank-jizhe-tongxunyuan-first-fri');
const HZRB_TUE = f('hzrb149a-hzdaily-article-detail-wenhua-p-per-paragraph-indented-strong-bianzhean-first-jizhe-tongxunyuan-after-lianjie-box-after-body-tue');
const WZRB_SAT = f('wzrb149a-wzdaily-pc-shehui-p-per-print-line-16-indented-benbaoxun-jizhe-glued-two-strong-xiaobiaoti-gengzheng-last-sat');

// At the first run (12 of 14 pages all right, 86 of 88 gold blocks exact in both readers), two misses:
// - 南湖晚报 社会 (<br> print lines fifteen wide, not indented, an empty line between paragraphs): a paragraph's print
//   line that fills the column and ends in an ellipsis (红烧肉、清蒸鲈鱼、番茄炒蛋……) is taken for the paragraph's end,
//   though no empty line follows it: the paragraph is given in two.
// - 湖州日报 民生 (classic template, a picture in table#newspic in a table row of its own before the row holding
//   div#ozoom): the picture's caption is not kept with the body (the leading-picture rule takes the table only when it
//   stands in the same cell as div#ozoom).
// 南湖晚报 passes since the round's rule (a print line holding the ellipsis or the dash, each counted at a whole
// character, fills its column: lib/reflow/long-marks.ts); 13 of 14 pages, 87 of 88 blocks. 湖州日报's caption stays open.
// 湖州日报's caption is kept since a picture's table in the table row before the body's row is read before the body
// (lib/extract/leading-pictures.ts; tests/dom/leading-pictures.test.ts): 14 of 14 pages, 88 of 88 blocks.
const OPEN = new Set<string>([]);
describeBlindPages('blind149', BLIND149_PAGES, OPEN);

describe('the blind149 set', () => {
  it('holds an ordinary week of 2029 on fourteen Zhejiang papers, two pages a day, each paper in its own template', () => {
    expect(BLIND149_PAGES.length).toBe(14);
    const hosts = new Set(BLIND149_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect(hosts.has('zjrb.zjol.com.cn') && hosts.has('mdaily.hangzhou.com.cn') && hosts.has('szb.hz66.com')).toBe(true);
    expect([NHWB_THU, HUZHOU_FRI, HZRB_TUE, WZRB_SAT].every((file) => BLIND149_PAGES.some((p) => p.file === file))).toBe(true);
    const days = BLIND149_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2029-03-12' && d <= '2029-03-18')).toBe(true);
    expect(BLIND149_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
