// Large pages for the CLI's speed figures, shaped like the real 萧山日报 article page
// (tests/fixtures/pages/xsrb-article-br.html: Founder template, text directly in div#ozoom,
// every print line ends in <br>, a blank line between paragraphs), filled with the print lines of
// tests/fixtures/corpus/xsrb-page-narrow-columns.txt and carrying a site-sized <style>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** About 115 KB of ordinary site CSS (2,000 rules), one of which pre-formats a class. */
export function ordinaryCss(): string {
  const rules = Array.from({ length: 2000 }, (_, i) => `.p${i % 40} .x${i} > span:hover { color: #333; margin: 0 ${i}px; }\n`);
  return `${rules.join('')}.p3 { white-space: pre-wrap }`;
}

/**
 * The fixture page with its article body repeated until the page is at least `bytes` UTF-8
 * bytes long, and `css` in a <style> of its head. Returns the HTML and its paragraph count.
 */
export function samplePage(root: string, bytes: number, css: string): { html: string; paragraphs: number } {
  const page = readFileSync(join(root, 'tests/fixtures/pages/xsrb-article-br.html'), 'utf8');
  const corpus = readFileSync(join(root, 'tests/fixtures/corpus/xsrb-page-narrow-columns.txt'), 'utf8');
  const paragraphs = corpus.split(/\n\s*\n/u).filter((p) => p.trim());
  const withStyle = page.replace('</head>', `<style>${css}</style></head>`);
  const parts: string[] = [];
  let size = Buffer.byteLength(withStyle);
  for (let i = 0; size < bytes; i++) {
    const lines = (paragraphs[i % paragraphs.length] as string).split('\n').filter((l) => l.trim());
    const html = `${lines.map((l) => `${l}<br>`).join('\n')}\n<br>\n`;
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  return { html: withStyle.replace('<!--enpcontent-->', `<!--enpcontent-->\n${parts.join('')}`), paragraphs: parts.length };
}
