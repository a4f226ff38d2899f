import { describe, expect, it } from 'vitest';
import { BLIND148_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind148-${stem}.html`;
const SZRB_MON = f('szrb148a-subaonet-classic-bshare-yaowen-br-15-indented-no-blank-benbaoxun-jizhe-tongxunyuan-glued-mon');
const WXRB_MON = f('wxrb148a-wxrb-pc-minsheng-p-per-print-line-16-indented-jizhe-first-caption-between-wrapped-mon');
const GLRB_FRI = f('glrb148a-guilinlife-pc-chengjian-p-per-paragraph-jizhe-first-caption-whole-between-strong-xiaobiaoti-fri');

// At the first run (13 of 14 pages all right, 98 of 100 gold blocks exact in both readers), the one miss:
// - 无锡日报 民生 (<p> per print line sixteen wide, indented): a photo caption between two paragraphs, unindented and cut
//   over three print lines of its own under a finished sentence, its credit cut inside the name so that the last print
//   line opens with the name's full-width space (`…做游戏。（记者　王` / `　茜　摄）`). That space reads as an indent, so
//   the caption is not found as one cut after a sentence; the paragraph above and the caption are given as one caption.
// It passes since the round's rule (a print line opening on the full-width space inside a credit's name, the words before
// it leaving the credit open in its bracket and the short line closing it, is no indent: lib/reflow/credit-captions.ts
// nameSpaceOpens, asked in captionCutAfterSentence); 14 of 14 pages, 100 of 100 blocks.
const OPEN = new Set<string>([]);
// The first run's open page, passing now.
const FIRST_RUN_OPEN = [WXRB_MON];
describeBlindPages('blind148', BLIND148_PAGES, OPEN);

describe('the blind148 set', () => {
  it('holds an ordinary week on city papers outside Zhejiang no earlier set used, two pages a day, all Founder templates', () => {
    expect(BLIND148_PAGES.length).toBe(14);
    const hosts = new Set(BLIND148_PAGES.map((p) => new URL(p.url).hostname));
    expect([...hosts].sort()).toEqual(['epaper.chuzhou.cn', 'epaper.guilinlife.com', 'epaper.jsjnews.cn', 'epaper.kfrb.com.cn', 'epaper.masrb.cn', 'epaper.nptoday.cn', 'epaper.pxnews.cn', 'epaper.subaonet.com', 'epaper.wxrb.com', 'epaper.xcrb.com.cn', 'epaper.zznews.cn']);
    expect([SZRB_MON, ...FIRST_RUN_OPEN, GLRB_FRI].every((file) => BLIND148_PAGES.some((p) => p.file === file))).toBe(true);
    expect(BLIND148_PAGES.every((p) => /\/(html\/\d{4}-\d{2}\/\d{2}|(pc|pad|mobile)\/content\/\d{6}\/\d{2})\/content_[\d_]+\.html?$/u.test(new URL(p.url).pathname))).toBe(true);
    const days = BLIND148_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-09-11' && d <= '2028-09-17')).toBe(true);
    expect(BLIND148_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'founder' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
