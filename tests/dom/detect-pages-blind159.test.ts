import { describe, expect, it } from 'vitest';
import { BLIND159_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

const f = (stem: string): string => `blind159-${stem}.html`;
const HUZHOU_MON = f('huzhou159a-hz66-classic-table-font03-yinti-font01-title-font02-futi-banmian-near-title-zonghe-br-blank-15-indented-benbao-jizhe-first-mon');
const TZRB_TUE = f('tzrb159a-taizhou-classic-table-font01-yinti-font02-title-br-cut-font03-futi-enpproperty-title-introtitle-subtitle-date-nongye-br-13-indented-no-blank-benbaoxun-jizhe-tongxunyuan-glued-tue');
const SCRB_WED = f('scrb159a-scdaily-pc-title-top-title-subtitle-divs-header-date-weekday-yaowen-p-per-print-line-16-indented-quanmeiti-jizhe-first-wed');
const NBRB_FRI = f('nbrb159a-cnnb-classic-title-only-in-enpproperty-title-subtitle-introtitle-nsdate-banmian-header-minsheng-br-blank-15-indented-jizhe-tongxunyuan-first-fri');
const DZRB_FRI = f('dzrb159a-dzwww-classic-founder-title-element-only-banci-above-date-in-path-only-nongye-p-per-column-piece-14-indented-twenty-line-columns-dazhong-ribao-jizhe-first-fri');
const FJRB_SUN = f('fjrb159a-fjdaily-pc-h1-colon-br-cut-h2-futi-header-date-weekday-enpproperty-title-nsdate-wenlv-p-with-br-16-indented-benbao-jizhe-first-sun');

// At the first run, both readers alike: 14 of 14 pages all right, 84 of 84 gold blocks exact. Every title block was read
// as a reader names it — the title in td.font01 between an 引题 in td.font03 and a 副题 in td.font02, the title cut by <br>
// in td.font02 and in an h1, div.title-top / title / subtitle, the title only in the enpproperty comment (with <nsdate>)
// and only in <founder-title>, titles holding quotation marks, ——, a colon, figures and a percent sign — and every date,
// whether in the path only, the header (2030年4月10日 星期三), the pad's font#author or font#date, or the comment. No miss
// is open: the sets below record none.
const OPEN = new Set<string>([]);
const TITLE_OPEN = new Set<string>([]);
describeBlindPages('blind159', BLIND159_PAGES, OPEN, new Set(), { titleOpen: TITLE_OPEN });

describe('the blind159 set', () => {
  it('holds an ordinary week in April 2030, two pages a day, on Zhejiang papers and Founder papers of other provinces', () => {
    expect(BLIND159_PAGES.length).toBe(14);
    const hosts = new Set(BLIND159_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect([...hosts].filter((h) => ['paper.people.com.cn', 'epaper.scdaily.cn', 'epaper.hubeidaily.net', 'paper.dzwww.com', 'fjrb.fjdaily.com'].includes(h))).toHaveLength(5);
    const days = BLIND159_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2030-04-08' && d <= '2030-04-14')).toBe(true);
    expect(BLIND159_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8' && p.expect.recognized)).toBe(true);
    const families = new Set(BLIND159_PAGES.map((p) => /\/(html|pc|pad|mobile)\//u.exec(p.url)?.[1] ?? 'own'));
    expect([...families].sort()).toEqual(['html', 'mobile', 'pad', 'pc']);
  });

  it('names as title neither an 引题 nor a 副题, and keeps the title block out of the gold', () => {
    for (const file of [HUZHOU_MON, TZRB_TUE, SCRB_WED, NBRB_FRI, DZRB_FRI, FJRB_SUN]) {
      expect(BLIND159_PAGES.some((p) => p.file === file)).toBe(true);
    }
    for (const p of BLIND159_PAGES) {
      const title = p.expect.title ?? '';
      expect(title.length).toBeGreaterThan(5);
      expect(title).not.toMatch(/<|\n/u);
    }
    // The titles cut by <br> are expected whole, with nothing where the line was cut.
    expect(BLIND159_PAGES.find((p) => p.file === TZRB_TUE)?.expect.title).toBe('智能育秧工厂让春耕跑出“加速度”');
    expect(BLIND159_PAGES.find((p) => p.file === FJRB_SUN)?.expect.title).toBe('泉州西街：古老街巷焕发新活力');
  });
});
