// Large pages for the CLI's speed figures, shaped like real Founder e-paper article pages:
// - the 萧山日报 page (tests/fixtures/pages/xsrb-article-br.html: text directly in div#ozoom,
//   every print line ends in <br>, a blank line between paragraphs), filled with the print lines
//   of tests/fixtures/corpus/xsrb-page-narrow-columns.txt;
// - the 浙江日报 page (tests/fixtures/pages/zjrb-article-p-cut.html: founder-content with one <p>
//   per print line), filled with the lines of tests/fixtures/corpus/zj-page-column-breaks.txt.
// Each carries a site-sized <style>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** About 115 KB of ordinary site CSS (2,000 rules), one of which pre-formats a class. */
export function ordinaryCss(): string {
  const rules = Array.from({ length: 2000 }, (_, i) => `.p${i % 40} .x${i} > span:hover { color: #333; margin: 0 ${i}px; }\n`);
  return `${rules.join('')}.p3 { white-space: pre-wrap }`;
}

/**
 * About 43 KB of CSS that is pathological for a reader of style text: 1,000 pre-formatting rules
 * whose selectors match nothing on the page (a look-up per rule walks the whole page each time),
 * then a rule body that never closes, full of `white-space` without a colon and of `{`.
 */
export function pathologicalCss(): string {
  const rules = Array.from({ length: 1000 }, (_, i) => `td.c${i} .m${i}{white-space:pre}\n`);
  return `${rules.join('')}p{${'white-space '.repeat(1000)}${'{'.repeat(5000)}`;
}

/** The fixture page with `css` in its head and `fill` repeated after `marker` until it is `bytes` long. */
function grow(root: string, fixture: string, corpus: string, marker: string, bytes: number, css: string, render: (lines: string[]) => string) {
  const page = readFileSync(join(root, 'tests/fixtures/pages', fixture), 'utf8');
  const text = readFileSync(join(root, 'tests/fixtures/corpus', corpus), 'utf8');
  const paragraphs = text.split(/\n\s*\n/u).filter((p) => p.trim());
  const withStyle = page.replace('</head>', `<style>${css}</style></head>`);
  if (!withStyle.includes(marker)) throw new Error(`${fixture}: no ${marker}`);
  const parts: string[] = [];
  let size = Buffer.byteLength(withStyle);
  for (let i = 0; size < bytes; i++) {
    const html = render((paragraphs[i % paragraphs.length] as string).split('\n').filter((l) => l.trim()));
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  return { html: withStyle.replace(marker, `${marker}\n${parts.join('')}`), paragraphs: parts.length };
}

/**
 * The 萧山日报 <br> page with its article body repeated until the page is at least `bytes` UTF-8
 * bytes long, and `css` in a <style> of its head. Returns the HTML and its paragraph count.
 */
export function samplePage(root: string, bytes: number, css: string): { html: string; paragraphs: number } {
  return grow(root, 'xsrb-article-br.html', 'xsrb-page-narrow-columns.txt', '<!--enpcontent-->', bytes, css, (lines) => `${lines.map((l) => `${l}<br>`).join('\n')}\n<br>\n`);
}

/**
 * The 浙江日报 page, one <p> per print line (as the site marks up a printed column), grown to at
 * least `bytes` UTF-8 bytes with `css` in its head. Returns the HTML and its paragraph count.
 */
export function samplePPage(root: string, bytes: number, css: string): { html: string; paragraphs: number } {
  return grow(root, 'zjrb-article-p-cut.html', 'zj-page-column-breaks.txt', '<founder-content>', bytes, css, (lines) => lines.map((l) => `<p>${l}</p>\n`).join(''));
}
