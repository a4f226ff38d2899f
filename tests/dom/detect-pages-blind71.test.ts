// The blind71 pages (tests/fixtures/pages/blind71-*, see blind71-manifest.json): the 理论 and 评论 pages of ten Zhejiang papers
// (浙江日报, 萧山日报, 嘉兴日报, 绍兴日报, 杭州日报, 宁波日报, 温州日报, 金华日报, 台州日报, 湖州日报) in their own templates and body
// shapes — 理论 articles with numbered heads, bold lead sentences, 首先/其次/最后 paragraphs, quotations of speeches and laws,
// 作者单位 / 作者系 notes and （本文系…课题成果） notes; 评论员文章; 时评 and 快评 with a column name over the title; two 读者来信 with
// the reply; a 专家访谈 in questions and answers. Not in the browser suite. Written with their gold before Dubao ran on them.
// Figures per page: npm run -s score:blind -- --set blind71.
import { describe, expect, it } from 'vitest';
import { BLIND71_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind71-${stem}.html`;
const SHIPING = f('xsrb29-xsnet-classic-br-14-indented-no-blank-shiping-column-name-font02-square-author-first-yifangmian-zuozhe-danwei-wrapping-zeren-bianji');
const GONGFU = f('jxrb27-cnjxol-pc-title-date-prewrap-indented-17-lilun-author-first-numbered-heads-alone-unindented-quote-zuozhe-danwei-last');
const YIWU = f('jhrb20-jhnews-mobile-prewrap-plain-15-blank-col-ends-shiping-square-author-first-colon-list-in-paragraph-yiwu-digua-jingji');
const TAIZHOU = f('tzrb21-taizhou-classic-br-plain-11-lilun-square-author-first-numbered-heads-alone-zuozhe-danwei-benwenxi-keti-wrapping');
const GONGJIAO = f('huzhou22-hz66-classic-bshare-prewrap-plain-20-blank-col-ends-duzhe-laixin-bianji-tongzhi-signer-bumen-huifu-head-reply-office-last');

// At the first run (9 of 14 pages all right, 84 of 96 gold blocks exact in both readers, every page recognised with its title
// and date): on the 萧山日报 时评 in print lines fourteen wide, indented, the （作者单位：…） note wrapped over two lines was joined
// to the last paragraph; on the 嘉兴日报 理论 article pre-wrap indented, the author's name alone first (沈建明) was made a
// headline and both numbered heads with a comma (一、做大蛋糕，夯实共富基础) were joined to the paragraph above them; on the
// 金华日报 时评 pre-wrap plain, a paragraph was parted after a sentence that filled its line, before a quoted word opening the
// next (“地瓜经济”提能升级…); on the 台州日报 理论 article, the （本文系…课题成果） note wrapped over two lines was given as body;
// on the 湖州日报 读者来信 pre-wrap plain, the 部门回复 head was joined to the reply under it, the reply was parted before its
// last sentence and the replying office (长兴县交通运输局) was joined to it. Since a line opening an author's note in brackets
// after a finished sentence stands apart and the note read whole is a credit (lib/reflow/credit-place.ts authorNoteOpens,
// authorNotesCredited) the 时评 is all right; since a reader's signature on a line of its own ends the letter as a finished
// sentence would (lib/reflow/lines-apart.ts plainRunHead) the 湖州日报 读者来信's 部门回复 head stands apart, its page still open
// for the reply parted before its last sentence (a line half a character short of its column) and the office joined to it.
// Since an unindented unspaced three-character name first over an indented paragraph is the writer's byline
// (lib/reflow/lone-name.ts, with blind74) 沈建明 is no headline; the 理论 article stays open for its two numbered heads.
const OPEN = new Set<string>([GONGFU, YIWU, TAIZHOU, GONGJIAO]);
const FIRST_OPEN = new Set<string>([SHIPING, GONGFU, YIWU, TAIZHOU, GONGJIAO]);
describeBlindPages('blind71', BLIND71_PAGES, OPEN);

describe('the blind71 set', () => {
  it('holds the 理论 and 评论 pages of ten papers, one to three of each', () => {
    expect(BLIND71_PAGES.length).toBe(14);
    const hosts = new Set(BLIND71_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(10);
    expect(BLIND71_PAGES.every((p) => p.expect.kind === 'article' && p.expect.date === '2026-12-24')).toBe(true);
  });

  it('names as open only pages that were open at the first run', () => {
    for (const file of OPEN) expect(FIRST_OPEN.has(file)).toBe(true);
    for (const file of FIRST_OPEN) expect(BLIND71_PAGES.some((p) => p.file === file)).toBe(true);
  });
});
