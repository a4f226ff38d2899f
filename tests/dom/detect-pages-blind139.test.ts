import { describe, expect, it } from 'vitest';
import { BLIND139_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind139-${stem}.html`;
const GZRB = f('gzrb139a-gzrbs-mobile-h2-title-p-per-column-piece-14-cuts-indented-tongxun-tianyan-xinwen-jizhe-first-dash-subtitle-three-xiaobiaoti-wed');
const HLJRB = f('hljrb139a-hljnews-pc-title-from-enpproperty-only-br-blank-15-indented-yaowen-heilongjiang-ribao-quanmeiti-jizhe-first-thu');
const NXRB = f('nxrb139a-nxrb-pad-intro-main-sub-title-pic-desc-caption-before-body-br-blank-15-indented-tongxun-benbao-jizhe-tongxunyuan-first-two-xiaobiaoti-sun');

// At the first run (13 of 14 pages all right, 87 of 88 gold blocks exact in both readers):
// - 贵州日报 通讯 (mobile/, <p> per print-column piece fourteen wide, indented): the ——subtitle line under the byline
//   (——湄潭县推进茶产业数字化转型见闻, a <p> of its own) has its text right but is not given as a heading.
//   Passes since the round's rule (a dashed subtitle right under the byline that opens the body is a heading, as one right
//   under a heading was: lib/reflow/segment.ts); 14 of 14 pages, 88 of 88 blocks.
const OPEN = new Set<string>([]);
// The page the round's rule made pass, named so the set's makeup test can find it.
const PASSED_BY_ROUND = [GZRB];
describeBlindPages('blind139', BLIND139_PAGES, OPEN);

describe('the blind139 set', () => {
  it('holds a week of Founder pages of fourteen papers far from Zhejiang, two pages a day, on every article path family', () => {
    expect(BLIND139_PAGES.length).toBe(14);
    const hosts = new Set(BLIND139_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    const days = BLIND139_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-12-04' && d <= '2028-12-10')).toBe(true);
    for (const family of ['/html/', '/pc/content/', '/pad/content/', '/mobile/content/']) {
      expect(BLIND139_PAGES.filter((p) => p.url.includes(family)).length).toBeGreaterThanOrEqual(2);
    }
    expect(BLIND139_PAGES.every((p) => p.expect.kind === 'article' && p.expect.site === 'founder' && p.charset === 'utf-8')).toBe(true);
    expect(BLIND139_PAGES.some((p) => p.file === HLJRB) && BLIND139_PAGES.some((p) => p.file === NXRB)).toBe(true);
    expect(PASSED_BY_ROUND.every((file) => BLIND139_PAGES.some((p) => p.file === file))).toBe(true);
  });
});
