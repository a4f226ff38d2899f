import { describe, expect, it } from 'vitest';
import { BLIND152_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind152-${stem}.html`;
const NTRB_MON = f('ntrb152a-ntrb-classic-bshare-yaowen-br-15-indented-no-blank-benbaoxun-quanmeiti-jizhe-tongxunyuan-glued-mon');
const WHRB_MON = f('whrb152a-wuhunews-pc-pinglun-p-per-print-line-16-indented-pinglunyuan-square-first-mon');
const SRRB_TUE = f('srrb152a-srxww-pad-jingji-p-per-column-piece-15-indented-caption-before-body-rongmei-jizhe-tongxunyuan-first-tue');
const JJRB_SAT = f('jjrb152a-jjrb-classic-font02-yaowen-br-15-indented-no-blank-ju-baodao-credit-last-sat');
const QPB_SUN = f('qpb152a-shqp-classic-bshare-minsheng-p-per-print-line-17-indented-jizhe-first-two-bold-xiaobiaoti-sun');

// At the first run, 14 of 14 pages all right and 100 of 100 gold blocks exact in both readers (CLI and happy-dom): no page
// misses, so nothing is recorded as an expected fail. The □ 本报评论员 and 本报评论员 bylines, the （据《江西日报》报道）
// credit after the last paragraph, the pad captions before founder-content (融媒记者 … 摄, 摄影 通讯员 …), the wrapped
// caption between two pre-wrap paragraphs and the 引题 / 副题 around each title are all found as the gold has them.
const OPEN = new Set<string>([]);
describeBlindPages('blind152', BLIND152_PAGES, OPEN);

describe('the blind152 set', () => {
  it('holds an ordinary week on city papers of the provinces around Zhejiang, two pages a day, every Founder template', () => {
    expect(BLIND152_PAGES.length).toBe(14);
    const hosts = new Set(BLIND152_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect(hosts.has('epaper.shqp.gov.cn') && hosts.has('epaper.ntrb.com.cn') && hosts.has('szb.gndaily.cn')).toBe(true);
    expect([NTRB_MON, WHRB_MON, SRRB_TUE, JJRB_SAT, QPB_SUN].every((file) => BLIND152_PAGES.some((p) => p.file === file))).toBe(true);
    const families = BLIND152_PAGES.map((p) => /\/(html|pc|pad|mobile)\//u.exec(new URL(p.url).pathname)?.[1] ?? '');
    expect(new Set(families)).toEqual(new Set(['html', 'pc', 'pad', 'mobile']));
    expect(BLIND152_PAGES.every((p) => /\/(html\/\d{4}-\d{2}\/\d{2}|(pc|pad|mobile)\/content\/\d{6}\/\d{2})\/content_[\d_]+\.html?$/u.test(new URL(p.url).pathname))).toBe(true);
    const days = BLIND152_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2029-03-12' && d <= '2029-03-18')).toBe(true);
    expect(BLIND152_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'founder' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
  });
});
