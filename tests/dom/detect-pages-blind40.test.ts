// The blind40 pages (tests/fixtures/pages/blind40-*, see blind40-manifest.json): 浙江 city and evening papers and
// supplements on hosts no earlier set used, in every Founder family and print shape — five pages pre-wrapped without
// indentation (a long story of seventeen paragraphs with runs of one-sentence paragraphs, a story opening with three
// quoted turns of a dialogue, a story under two 小标题 titled only in <title>, a 快评 titled only in the enpproperty
// comment under a □ byline, a mobile reprint with 来源 last), a classic 评论员文章, a pad 读者来信 with its signature,
// a pc page of four 简讯 each under its title, a pad recipe of numbered steps, a pc photo story of three captions, a
// mobile 问答 cut by column ends — and two pages to leave alone (a pad layout, a portal channel list). Not in the
// browser suite. Written with their gold before Dubao ran on them. Figures per page: npm run -s score:blind -- --set blind40.
import { describe, expect, it } from 'vitest';
import { BLIND40_PAGES } from '../helpers/blind-pages';
import { describeBlindPages } from './blind-pages-suite';

// At the first run six pages were open: the five pages pre-wrapped without indentation each joined paragraphs whose
// first ends a sentence on a full line (the 都市快报 story three times, the 今日早报 dialogue story three times, the
// 宁波晚报, 南湖晚报 and 湖州晚报 pages once each: decided by the boundary scorer, left as trained), and the 宁波晚报
// story gave its two 小标题 as body text (read as 小标题 now: see tests/unit/reflow-blind40.test.ts; the page stays open
// for its join); the 钱江晚报 photo story (a pc/ page on qjwb.zjol.com.cn, a host whose
// profile knew only the classic html/ paths) was not recognised (passes now: see tests/unit/detect-blind40.test.ts).
// The other five are still open.
const OPEN = new Set([
  'blind40-kb-classic-prewrap-plain-long-one-sentence-runs-jizhe-tongxunyuan.html',
  'blind40-jrzb-pc-prewrap-plain-dialogue-quoted-turns-jizhe.html',
  'blind40-nbwb-classic-prewrap-plain-title-only-in-title-two-xiaobiaoti.html',
  'blind40-nhwb-classic-prewrap-plain-kuaiping-title-only-enpproperty-square-byline.html',
  'blind40-hzwb-mobile-prewrap-plain-reprint-laiyuan-last.html',
]);
// Since a known host's page read by a Founder family's template carries its host's paper's site id (lib/detect/index.ts;
// a product decision: the golds of blind54, blind82 and blind85 expect it, those of blind40, blind45 and blind46 the
// generic id; the reader sees the paper's name either way, and the paper's highlights and words now share one id)
// the 钱江晚报 pc/ page carries qjwb where this set expects the generic id (title, date and blocks right).
const TITLE_OPEN = new Set<string>(['blind40-qjwb-pc-p-photo-story-three-captions-wen-she-byline.html']);
describeBlindPages('blind40', BLIND40_PAGES, OPEN, new Set<string>(), { titleOpen: TITLE_OPEN });

describe('the blind40 set', () => {
  it('holds thirteen pages on thirteen hosts, eleven of them Founder articles', () => {
    expect(BLIND40_PAGES.length).toBe(13);
    expect(new Set(BLIND40_PAGES.map((p) => new URL(p.url).hostname)).size).toBe(13);
    expect(BLIND40_PAGES.filter((p) => p.expect.kind === 'article').length).toBe(11);
    expect(BLIND40_PAGES.filter((p) => p.forcedRefused).length).toBe(1);
  });
});
