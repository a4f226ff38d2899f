// A page of a paper on the generic Founder profile is filed under the paper's own name (the
// document's title, as Founder templates set it), not the profile's "电子报" (seen in the popup's
// list of highlights and in copied citations: 宁波日报's, 诸暨日报's pages all "电子报").
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { paperName } from '../../lib/detect/paper-name';
import { BLIND_SETS } from '../helpers/blind-pages';
import { fixtureDocument } from '../helpers/fixtures';
import { parseHtml } from '../../scripts/lib/html';

const titled = (t: string): Document => parseHtml(`<!doctype html><html><head><title>${t}</title></head><body></body></html>`, 'https://example.com/');

describe('paper name', () => {
  it('takes the paper named by the title, alone or beside the article title', () => {
    expect(paperName(titled('宁波日报'), '电子报')).toBe('宁波日报');
    expect(paperName(titled('浣纱溪畔 - 诸暨日报'), '电子报')).toBe('诸暨日报');
    expect(paperName(titled('长兴新闻｜数字报'), '电子报')).toBe('长兴新闻');
  });
  it('keeps the fallback when the title names no paper', () => {
    expect(paperName(titled('数字报刊平台'), '电子报')).toBe('电子报');
    expect(paperName(titled('医保服务提质扩面'), '电子报')).toBe('电子报');
    expect(paperName(titled(''), '电子报')).toBe('电子报');
  });
  it('names the blind19 Founder pages by their papers', () => {
    const pages = BLIND_SETS.flatMap((s) => s.pages).filter((p) => p.file.startsWith('blind19-') && p.expect.site === 'founder' && p.expect.kind === 'article');
    expect(pages.length).toBeGreaterThan(3);
    let named = 0;
    for (const p of pages) {
      const doc = fixtureDocument(p);
      const r = detect(p.url, doc)!;
      // 今日桐乡 names no paper by the form of its name: it stays under the profile's name.
      expect(r.siteName, p.file).toBe(/(日报|晚报|新闻)$/u.test(doc.title.trim()) ? doc.title.trim() : '电子报');
      if (r.siteName !== '电子报') named++;
    }
    expect(named).toBeGreaterThan(3);
  });
});
