import { describe, expect, it } from 'vitest';
import { BLIND135_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run (13 of 14 pages all right, 219 of 222 gold blocks exact in both readers):
// - 嘉兴日报 人物 (<p> per print line seventeen wide, indented, a closing 。 hung past the column as the eighteenth): three
//   paragraphs were parted after a full line whose 。 hangs past the column, the next line unindented. The photo caption
//   with its credit, a <p> of its own at a column's end, is wider than the column, so the page is not read as one print
//   line per element and each <p> boundary after a sentence end is taken as a paragraph end. Passes since the round's rule
//   (a credited caption in a <p> of its own among print lines is left out of the page's reading of its print lines, as a
//   caption under a picture is: lib/reflow/line-elements.ts): 14 of 14 pages, 222 of 222 blocks.
describeBlindPages('blind135', BLIND135_PAGES);

describe('the blind135 set', () => {
  it('holds a week of long articles in print lines on Zhejiang and other provinces\' papers, two pages a day', () => {
    expect(BLIND135_PAGES.length).toBe(14);
    const hosts = new Set(BLIND135_PAGES.map((p) => new URL(p.url).hostname));
    expect(hosts.size).toBe(14);
    expect(hosts.has('paper.people.com.cn') && hosts.has('epaper.hubeidaily.net') && hosts.has('fjrb.fjdaily.com') && hosts.has('epaper.scdaily.cn')).toBe(true);
    const days = BLIND135_PAGES.map((p) => p.expect.date ?? '');
    expect(new Set(days).size).toBe(7);
    for (const d of new Set(days)) expect(days.filter((x) => x === d).length).toBe(2);
    expect(days.every((d) => d >= '2028-10-16' && d <= '2028-10-22')).toBe(true);
    expect(BLIND135_PAGES.every((p) => p.expect.kind === 'article' && p.charset === 'utf-8')).toBe(true);
    expect(BLIND135_PAGES.every((p) => /-(p-per-print-line|br-print-lines)-\d+-indented-hanging-/u.test(p.file))).toBe(true);
  });
});
