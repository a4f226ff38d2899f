// The rules the blind64 round added, both in recognition: lib/detect/markers.ts founderProperties reads the comment that
// opens with `enpproperty` before one that only mentions the word; lib/detect/title-space.ts keeps the full-width space
// of a headline of two paired phrases.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { founderProperties } from '../../lib/detect/markers';
import { keepsFullWidthSpace, pairedPhrases } from '../../lib/detect/title-space';
import { parseHtml } from '../../scripts/lib/html';

const PROPS = '<!--enpproperty <founder-date>2026-12-19</founder-date><founder-title>以“小切口”推动基层治理大变化</founder-title><founder-type>1</founder-type> /enpproperty-->';
const page = (head: string, title = ''): string => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>新华日报</title></head><body>${title}`
  + '<div id="ozoom"><!--enpcontent--><founder-content><p>　　基层治理连着千家万户。近年来，各地从群众身边的小事抓起，以“小切口”撬动基层治理“大变化”，让群众的获得感成色更足。</p>'
  + '<p>　　小切口，切中的是群众的急难愁盼。加装电梯、修缮屋顶、整治停车，这些事看似不大，却关系到群众每天的生活。</p></founder-content><!--/enpcontent--></div>'
  + `${PROPS}</body></html>`;
const URL_ = 'http://xh.xhby.net/html/2026-12/19/content_1302217.htm';

describe('the enpproperty comment is the one that opens with the word (founderProperties)', () => {
  it('changes: a note mentioning enpproperty before the property comment no longer hides it', () => {
    const note = '<!-- page notes: the title is kept in the enpproperty comment\'s <founder-title> below -->';
    const doc = parseHtml(page(note), URL_);
    expect(founderProperties(doc).title).toBe('以“小切口”推动基层治理大变化');
    expect(detect(URL_, doc)?.title).toBe('以“小切口”推动基层治理大变化');
  });
  it('leaves alone: the property comment alone, with spaces before its name, and a mention only (read as before)', () => {
    expect(founderProperties(parseHtml(page(''), URL_)).date).toBe('2026-12-19');
    const spaced = parseHtml('<html><body><!-- enpproperty <title>冬日萝卜干</title><date>2026-12-16 00:00:00:0</date> /enpproperty--></body></html>', URL_);
    expect(founderProperties(spaced).title).toBe('冬日萝卜干');
    const mention = parseHtml('<html><body><!-- kept from the old enpproperty export: <title>冬日萝卜干</title> --></body></html>', URL_);
    expect(founderProperties(mention).title).toBe('冬日萝卜干');
    expect(founderProperties(parseHtml('<html><body><p>无</p></body></html>', URL_)).title).toBe(null);
  });
});

describe('a headline of two paired phrases keeps its full-width space (pairedPhrases)', () => {
  it('changes: two phrases of like length parted by one full-width space', () => {
    expect(pairedPhrases('冰雪季开启\u3000南北客流两旺')).toBe(true);
    expect(pairedPhrases('冬季用气\u3000安全第一')).toBe(true);
    expect(pairedPhrases('课间延长5分钟\u3000校园更有活力')).toBe(true);
    expect(pairedPhrases('免签“朋友圈”扩容\u3000“中国游”持续升温')).toBe(true);
    const doc = parseHtml(page('', '<div class="pad-head"><font id="main-title">冰雪季开启　南北客流两旺</font></div>'), URL_);
    expect(detect(URL_, doc)?.title).toBe('冰雪季开启\u3000南北客流两旺');
  });
  it('leaves alone: a short lead-in before a long statement, an ordinary space, three parts, two spaces, short parts', () => {
    expect(pairedPhrases('向海图强\u3000台州海洋经济总产值突破2000亿元')).toBe(false);
    expect(pairedPhrases('冰雪季开启 南北客流两旺')).toBe(false);
    expect(pairedPhrases('冰雪季开启\u00a0南北客流两旺')).toBe(false);
    expect(pairedPhrases('冬至\u3000吃饺子\u3000过大年')).toBe(false);
    expect(pairedPhrases('冰雪季开启\u3000\u3000南北客流两旺')).toBe(false);
    expect(pairedPhrases('新春\u3000快乐')).toBe(false);
    const doc = parseHtml(page('', '<div class="pad-head"><font id="main-title">向海图强　台州海洋经济总产值突破2000亿元</font></div>'), URL_);
    expect(detect(URL_, doc)?.title).toBe('向海图强 台州海洋经济总产值突破2000亿元');
  });
  it('leaves the enpproperty comment\'s title as it was read: its gaps one ordinary space', () => {
    const props = (t: string) => founderProperties(parseHtml(`<html><body><!--enpproperty <founder-title>${t}</founder-title> /enpproperty--></body></html>`, URL_));
    expect(props('冬闲变冬忙　田间增收忙').title).toBe('冬闲变冬忙 田间增收忙');
  });
  it('keeps a letter-spaced notice head as before', () => {
    expect(keepsFullWidthSpace('更\u3000正')).toBe(true);
    expect(keepsFullWidthSpace('冰雪季开启 南北客流两旺')).toBe(false);
  });
});
