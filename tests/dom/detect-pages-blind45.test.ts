// The blind45 pages (tests/fixtures/pages/blind45-*, see blind45-manifest.json): pages on the hosts of Dubao's own site
// profiles (萧山日报, 浙江日报, 嘉兴日报 and 南湖晚报, 绍兴日报, 湖州日报, 钱江晚报, 杭州日报 and 都市快报, 人民日报), in every
// family each profile serves and in families they do not list — a 要闻 lead of <br> print lines under an 引题 and 副题, a
// mobile 评论, a long report under three 小标题, a pad photo story, a 名单, a pad 问/答, a pre-wrapped story, a reprint
// with 来源 last, a 时评 titled only in <title>, a 通告, a 记者/陈师傅 访谈, an article_detail lead, a 本报评论员 article
// — and two pages to read as layouts (a classic 版面 page, a page_list 目录). Not in the browser suite. Written with
// their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind45.
import { describe, expect, it } from 'vitest';
import { BLIND45_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run (12 of 15 pages all right, 114 of 114 gold blocks exact in both readers) three pages were open: each
// a page in a Founder family its host's profile does not list (萧山日报's mobile/, 浙江日报's pad/, 嘉兴日报's classic
// html/) that carries a title in the enpproperty comment, read under the host's profile where the set expects it read
// as any Founder paper's page in that family (as a page of such a family without that title already is); title, date
// and every block were right. Mended (lib/detect/index.ts, tests/unit/detect-blind45.test.ts): such a page is read as the
// family's page whether or not the comment names its title. After: 15 of 15.
const OPEN = new Set<string>();
const UNORDERED = new Set<string>();
// Since a known host's page read by a Founder family's template carries its host's paper's site id (lib/detect/index.ts;
// a product decision: the golds of blind54, blind82 and blind85 expect it, those of blind40, blind45 and blind46 the
// generic id; the reader sees the paper's name either way, and the paper's highlights and words now share one id)
// the three pages of a family their host's profile does not list carry their paper's id where this set expects the
// generic one: their title, date and every block stay right (12 of 15 pages by the manifest).
const TITLE_OPEN = new Set<string>([
  'blind45-xsrb6-mobile-p-pinglun-koudai-gongyuan-box-byline.html',
  'blind45-zjrb6-pad-p-photo-story-three-captions-wen-she.html',
  'blind45-jxrb6-classic-prewrap-indented-gongxiang-tingche.html',
]);
const HEADLINES_OPEN = new Set<string>();
describeBlindPages('blind45', BLIND45_PAGES, OPEN, UNORDERED, { titleOpen: TITLE_OPEN, headlinesOpen: HEADLINES_OPEN });

describe('the blind45 set', () => {
  it('holds fifteen pages on the hosts of the site profiles, thirteen of them articles and two layouts', () => {
    expect(BLIND45_PAGES.length).toBe(15);
    const hosts = new Set(BLIND45_PAGES.map((p) => new URL(p.url).hostname));
    for (const h of ['xsrb.xsnet.cn', 'xsrb.xsdaily.com', 'zjrb.zjol.com.cn', 'jxrb.cnjxol.com', 'nhwb.cnjxol.com', 'epaper.shaoxing.com.cn',
      'epaper.sxnews.cn', 'szb.hz66.com', 'qjwb.thehour.cn', 'hzdaily.hangzhou.com.cn', 'mdaily.hangzhou.com.cn', 'paper.people.com.cn']) {
      expect(hosts.has(h)).toBe(true);
    }
    expect(BLIND45_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(13);
    expect(BLIND45_PAGES.filter((p) => p.expect.kind === 'layout').length).toBe(2);
  });
});
