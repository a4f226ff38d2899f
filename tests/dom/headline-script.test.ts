// The page's own headline above the repaired article follows the script the reader chose for the
// article (entrypoints/content/headline-script.ts), on the fixture pages of 浙江日报 and 萧山日报
// (their headline elements as recognition finds them), with opencc-js's Taiwan and Hong Kong
// conversion; and it is the page's own again, to the byte, for the original view.
import { beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { loadTraditional, type TraditionalConverter } from '../../lib/convert';
import { headlineElements } from '../../entrypoints/content/headline';
import { HeadlineScript } from '../../entrypoints/content/headline-script';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';

let cn2t: TraditionalConverter;
beforeAll(async () => {
  cn2t = await loadTraditional();
});

function headsOf(file: string): { doc: Document; heads: Element[]; body: Element } {
  const f = FIXTURES.find((x) => x.file === file)!;
  const doc = fixtureDocument(f);
  const r = detect(f.url, doc)!;
  const body = r.body as Element;
  return { doc, body, heads: headlineElements(doc, body, [r.pretitle, r.title, r.subtitle]) };
}

describe('the page headline in the article’s script', () => {
  it('shows 浙江日报’s title and pre-title in Hong Kong script, then the page’s own bytes again', () => {
    const { doc, heads, body } = headsOf('zjrb-article-caption.html');
    const before = doc.documentElement.outerHTML;
    const bodyBefore = body.innerHTML;
    const shown = new HeadlineScript();
    shown.show(heads, (t) => cn2t(t, 'hk'));
    const texts = heads.map((h) => h.textContent ?? '').join('|');
    expect(texts).toContain('監督暖心');
    expect(texts).toContain('關鍵小事');
    expect(texts).not.toMatch(/监督|关键/u);
    // Only the headline: the article body and the page's list of articles are left as they are.
    expect(body.innerHTML).toBe(bodyBefore);
    expect(doc.querySelector('.main-ed-articlenav-list')?.textContent).toContain('聚焦民生 监督暖心');
    shown.show([], null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('switches from Taiwan to Hong Kong script from the page’s own text, and back to it', () => {
    const { doc, heads } = headsOf('xsrb-article-br.html');
    const before = doc.documentElement.outerHTML;
    const shown = new HeadlineScript();
    shown.show(heads, (t) => cn2t(t, 'tw'));
    expect(heads.map((h) => h.textContent).join('')).toContain('醫保服務');
    // Converted again from the page's text, not from the Taiwan text already shown.
    let seen = '';
    shown.show(heads, (t) => ((seen += t), cn2t(t, 'hk')));
    expect(seen).toContain('医保服务');
    shown.restore();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves a text the page itself changed meanwhile as the page set it', () => {
    const { heads } = headsOf('xsrb-article-br.html');
    const shown = new HeadlineScript();
    shown.show(heads, (t) => cn2t(t, 'tw'));
    const node = [...heads].flatMap((h) => [...h.childNodes]).find((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim()) as Text;
    node.nodeValue = '页面自己改的标题';
    shown.restore();
    expect(node.nodeValue).toBe('页面自己改的标题');
    // …and converts it afresh when asked again.
    shown.show(heads, (t) => cn2t(t, 'tw'));
    expect(node.nodeValue).toBe('頁面自己改的標題');
  });

  it('never touches script or style text inside a headline', () => {
    const { doc, heads } = headsOf('xsrb-article-br.html');
    const style = doc.createElement('style');
    style.textContent = '.后台 { color: red }';
    heads[0]!.append(style);
    const shown = new HeadlineScript();
    shown.show(heads, (t) => cn2t(t, 'tw'));
    expect(style.textContent).toBe('.后台 { color: red }');
  });
});
