// What the blind9 pages showed (tests/fixtures/pages/blind9-*): print lines each set in a
// <span style="display:block"> (no <br>, no <p>), which a browser shows one per line; a 图说 page
// whose captions, full sentences, sit centred in the <p> right under each picture. Snippets
// written for these tests in the page's shape; the negatives keep the old reading.
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element =>
  parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/').getElementById('b') as Element;
const texts = (html: string): string[] => extractLines(body(html), { isPre: () => false }).lines.map((l) => l.text);

describe('elements their inline style sets as blocks', () => {
  it('ends a line at a span styled display:block, as at a <p>', () => {
    expect(texts('<span style="display:block">　　记者从市交通</span><span style="font-size:16px; display: block">运输局获悉。</span>')).toEqual([
      '记者从市交通',
      '运输局获悉。',
    ]);
  });

  it('repairs print lines set one per block span into their paragraphs', () => {
    const lines = ['　　本报讯　12月10日，记者从', '市交通运输局获悉，市区至嵊州', '的城际公交将延长运营时间，末', '班车推迟至21时，发车间隔缩短', '至15分钟。', '　　据了解，这条线路开通两年', '来，日均客流量已超过6000人', '次，其中通勤乘客占六成以上。'];
    const html = lines.map((l) => `<span style="display:block;line-height:28px">${l}</span>\n`).join('');
    expect(repairBody(body(html), { isPre: () => false }).blocks.map((b) => b.text)).toEqual([
      '本报讯　12月10日，记者从市交通运输局获悉，市区至嵊州的城际公交将延长运营时间，末班车推迟至21时，发车间隔缩短至15分钟。',
      '据了解，这条线路开通两年来，日均客流量已超过6000人次，其中通勤乘客占六成以上。',
    ]);
  });

  it('keeps inline spans and display:inline-block (or an unknown display) inside their line', () => {
    expect(texts('<p>记者<span style="color:red">从市交通</span><span style="display:inline-block">运输局</span><span style="display: blockquote-ish">获悉。</span></p>')).toEqual([
      '记者从市交通运输局获悉。',
    ]);
  });
});

describe('centred text right under a picture', () => {
  const kinds = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
  const lead = '<p>　　本报讯　12月7日至8日，“山海共富”年货节在衢江区举行，200余种农特产品集中亮相。</p>';

  it('is the picture\'s caption, even a full sentence', () => {
    expect(kinds(`${lead}<p style="text-align:center"><img src="1.jpg"></p><p style="text-align: center">市民在挑选手工年糕。</p><p align="center"><img src="2.jpg"></p><p align="center">农户展示刚出炉的麻饼。</p>`)).toEqual([
      'body: 本报讯　12月7日至8日，“山海共富”年货节在衢江区举行，200余种农特产品集中亮相。',
      'caption: 市民在挑选手工年糕。',
      'caption: 农户展示刚出炉的麻饼。',
    ]);
  });

  it('stays body when not centred, long, in bold, or not right under the picture', () => {
    const plain = kinds(`${lead}<p><img src="1.jpg"></p><p>　　市民在挑选手工年糕。</p>`);
    expect(plain.some((b) => b.startsWith('caption'))).toBe(false);
    const long = '　　年货节上，来自全区14个乡镇（街道）的农户带来了年糕、麻饼、椪柑、土蜂蜜等特产，不少摊位前排起长队，主办方还安排了直播带货和非遗展示，吸引大批市民前来选购，两天里现场和线上的销售额合计超过了300万元。';
    expect(kinds(`${lead}<p style="text-align:center"><img src="1.jpg"></p><p style="text-align:center">${long}</p>`).some((b) => b.startsWith('caption'))).toBe(false);
    expect(kinds(`${lead}<p style="text-align:center"><img src="1.jpg"></p><p style="text-align:center"><strong>年货节将持续到12月底。</strong></p>`).some((b) => b.startsWith('caption'))).toBe(false);
    expect(kinds(`<center>${lead.replace(/<\/?p>/gu, '')}</center>`).some((b) => b.startsWith('caption'))).toBe(false);
  });
});
