// Recognition over every fixture page (happy-dom): articles, layouts, and pages never touched.
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';
import { FIXTURES, fixtureDocument } from '../helpers/fixtures';

describe.each(FIXTURES.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  const r = detect(page.url, fixtureDocument(page));

  it(page.expect.recognized ? `is recognised as a ${page.expect.kind} of ${page.expect.site}` : 'is not recognised', () => {
    expect(r !== null).toBe(page.expect.recognized);
    expect(r?.site ?? null).toBe(page.expect.site);
    expect(r?.kind ?? null).toBe(page.expect.kind);
  });

  if (page.expect.recognized) {
    it('finds the title and the issue date', () => {
      expect(r?.title ?? null).toBe(page.expect.title);
      expect(r?.date ?? null).toBe(page.expect.date);
    });
    it(page.expect.kind === 'article' ? 'finds the body element' : 'does not offer a body to rewrite', () => {
      if (page.expect.kind === 'article') expect(r?.body?.textContent?.length ?? 0).toBeGreaterThan(50);
      else expect(r?.body).toBeNull();
    });
  }
});

describe('precision', () => {
  const article = FIXTURES.find((p) => p.file === 'zjrb-article-p-cut.html');
  it('does not take a Founder-shaped URL on an unknown host without Founder markup', () => {
    const doc = parseHtml('<html><body><div id="ozoom"><p>本报讯（记者 王俞楠）近日，萧山区世纪教育发展中心正式成立揭牌，这是一段足够长的中文正文内容用于测试识别。</p></div></body></html>', 'https://shop.example.com/html/2025-03/09/content_1.htm');
    expect(detect('https://shop.example.com/html/2025-03/09/content_1.htm', doc)).toBeNull();
  });

  it('does not recognise a known paper page under a non-http scheme', () => {
    expect(article && detect(article.url.replace('https:', 'ftp:'), fixtureDocument(article))).toBeNull();
  });

  it('recognises an article on an unknown site when the reader asks for it', () => {
    const doc = parseHtml('<html><body><h1>标题</h1><div class="post"><p>近日，记者从医保萧山分局了解到，我区积极推进“医银合作”新模式，实现医保业务向银行网点延伸。</p><p>农业银行萧山分行城厢支行是“医银合作”网点之一。</p></div></body></html>', 'https://blog.example.com/p/1');
    const r = detect('https://blog.example.com/p/1', doc, { force: true });
    expect(r?.kind).toBe('article');
    expect(r?.body?.className).toBe('post');
  });

  it('survives odd markup: no body, empty document, broken URL', () => {
    const empty = parseHtml('', 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm');
    expect(detect('https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1.htm', empty)).toBeNull();
    expect(detect('::::', empty)).toBeNull();
  });
});
