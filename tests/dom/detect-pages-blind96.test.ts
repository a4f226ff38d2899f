// The blind96 pages (tests/fixtures/pages/blind96-*, see blind96-manifest.json): an ordinary week of 宁波日报 and 温州日报, Monday
// to Sunday, one article of each paper a day in its own template and body shape — 要闻 with 本报讯（记者…通讯员…） glued, 区县（市）
// and 县市区 news, 民生, 港口 and 民营经济 reports with figures, 文体, a 评论, two 副刊 essays, a 通告 with its signer and date, and
// a 图片新闻 with its caption over two print lines — with bylines, bold 小标题, quotes, figures and editor lines. Not in the
// browser suite. Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind96.
import { describe, expect, it } from 'vitest';
import { BLIND96_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind96-${stem}.html`;
const CHONGDIAN = f('nbrb96d-cnnb-pc-prewrap-plain-20-thu-minsheng-benbaoxun-jizhe-glued-chongdian-sheshi-duankou-yuan-12345-rexian-zeren-bianji');

// At the first run (12 of 14 pages all right, 68 of 70 gold blocks exact in both readers): on the 民生 report in pre-wrap
// plain twenty wide a paragraph was cut after a print line holding a figure (`每度电约0.6元收取，居民可通过手机扫码` / `支付。`):
// its three narrow characters make it measure short of the column; on the 图片新闻 in <p> per print line the caption
// `图为…拍照。　记` / `者　崔　引　摄` was cut in two where the line end split 记者, its second line made a headline.
// The caption is whole since the round's rule (lib/reflow/credit-captions.ts creditRestUnderCaption); the 民生 report's
// cut is left open (see docs/line-wrap-repair.md).
const OPEN = new Set<string>([CHONGDIAN]);
describeBlindPages('blind96', BLIND96_PAGES, OPEN);

describe('the blind96 set', () => {
  it('holds an ordinary week of two papers, one article of each a day in its own template', () => {
    expect(BLIND96_PAGES.length).toBe(14);
    const paper = (p: { url: string }): string => (/cnnb/u.test(new URL(p.url).hostname) ? 'nbrb' : 'wzrb');
    expect(BLIND96_PAGES.filter((p) => paper(p) === 'nbrb').length).toBe(7);
    expect(BLIND96_PAGES.filter((p) => paper(p) === 'wzrb').length).toBe(7);
    const days = new Set(BLIND96_PAGES.map((p) => `${paper(p)} ${p.expect.date}`));
    expect(days.size).toBe(14);
    expect(BLIND96_PAGES.every((p) => p.expect.recognized && p.expect.kind === 'article')).toBe(true);
  });
});
