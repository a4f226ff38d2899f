// What the blind44 pages showed (tests/fixtures/pages/blind44-*): a news page's video sits in a wrapper with its
// player's placeholder status (`视频加载中，请稍候……`), left out as boilerplate — and with it, the video: the centred
// `视频：…` line under it was read as a paragraph, not as the video's caption. The wrapper left out still stands for
// its video. Snippets written for these tests in the page's shape; the negatives keep what is no video's caption.
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element =>
  parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/').getElementById('b') as Element;
const blocks = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const PLAYER = '<div class="video-wrap"><video src="/v/1.mp4" poster="/v/1.jpg" controls></video><div class="video-tip">视频加载中，请稍候……</div></div>';
const CAPTION = '<p style="text-align:center;">视频：老街上的非遗工坊。</p>';
const P = '<p style="text-indent:2em;">9月20日，修缮一新的古镇老街正式开街，沿街十多家非遗工坊同时开门迎客。</p>';

describe('a video in a player wrapper left out as boilerplate', () => {
  it('still stands over the line under it: a centred line there is its caption', () => {
    expect(blocks(PLAYER + CAPTION + P)).toEqual([
      'caption: 视频：老街上的非遗工坊。',
      'body: 9月20日，修缮一新的古镇老街正式开街，沿街十多家非遗工坊同时开门迎客。',
    ]);
    const x = extractLines(body(PLAYER + CAPTION + P), { isPre: () => false });
    expect(x.lines.map((l) => l.text)).toEqual(['视频：老街上的非遗工坊。', '9月20日，修缮一新的古镇老街正式开街，沿街十多家非遗工坊同时开门迎客。']);
    expect(x.lines[0]?.afterMedia).toBe(true);
    expect(x.media.map((m) => m.node.nodeName.toLowerCase())).toEqual(['video']);
  });

  it('leaves alone a paragraph under it, an ad box\'s picture and an audio player', () => {
    // A paragraph of two sentences right under the video, indented and not centred: a paragraph still.
    const P2 = '<p style="text-indent:2em;">9月20日，古镇老街正式开街。游客可以在工坊里近距离看到黄酒酿造等手艺。</p>';
    expect(blocks(PLAYER + P2)).toEqual(['body: 9月20日，古镇老街正式开街。游客可以在工坊里近距离看到黄酒酿造等手艺。']);
    // (A one-sentence dated scene under it reads as it does under a bare <video> or a picture: a caption.)
    expect(blocks(PLAYER + P)).toEqual(blocks(`<video src="/v/1.mp4"></video>${P}`));
    // An advertisement's picture is no picture of the article: the centred line under it is not under a picture.
    const ad = extractLines(body(`${P}<div class="ad-slot"><a href="/ad"><img src="/ad.jpg"></a><span>广告</span></div>${CAPTION}`), { isPre: () => false });
    expect(ad.lines.map((l) => l.text)).toEqual(['9月20日，修缮一新的古镇老街正式开街，沿街十多家非遗工坊同时开门迎客。', '视频：老街上的非遗工坊。']);
    expect(ad.lines[1]?.afterMedia).toBeUndefined();
    expect(ad.media).toEqual([]);
    // An audio player (read-aloud) is left out with its audio: no picture above the line under it.
    const audio = extractLines(body(`<div class="player"><audio src="/a.mp3"></audio><span>听新闻 00:00 / 02:46</span></div>${CAPTION}`), { isPre: () => false });
    expect(audio.lines[0]?.afterMedia).toBeUndefined();
    expect(audio.media).toEqual([]);
  });
});
