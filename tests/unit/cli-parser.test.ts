// The CLI parses pages with linkedom (scripts/lib/parse-page.ts) for speed; the DOM tests and the
// browser use a browser-like DOM. Recognition and repair must not notice the difference.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';
import { parsePage } from '../../scripts/lib/parse-page';
import { isPreformatted, preSelectors } from '../../scripts/lib/pre-style';
import { FIXTURES, fixtureHtml, PAGES_DIR } from '../helpers/fixtures';

/** What `cli recognize` prints for a page, as a value. */
function recognition(doc: Document, url: string) {
  const r = detect(url, doc);
  const blocks = r?.body ? repairBody(r.body, { isPre: isPreformatted }).blocks.map(({ kind, text }) => ({ kind, text })) : [];
  return { recognized: r !== null, site: r?.site ?? null, kind: r?.kind ?? null, title: r?.title ?? null, date: r?.date ?? null, blocks };
}

describe('the CLI parser', () => {
  it.each(FIXTURES.map((f) => [f.file, f] as const))('reads %s exactly as happy-dom does (recognition, title, date, every block)', (_, f) => {
    const html = fixtureHtml(f.file);
    const fast = recognition(parsePage(html), f.url);
    expect(fast).toEqual(recognition(parseHtml(html, f.url), f.url));
    // …and as the manifest says (an expectation written by hand, not by either parser).
    expect({ recognized: fast.recognized, site: fast.site, kind: fast.kind, title: fast.title, date: fast.date }).toEqual(f.expect);
  });

  it('finds pre-formatting set by a <style> rule as well as by an inline style', () => {
    const f = FIXTURES.find((p) => p.file === 'jxrb-article-prewrap.html');
    if (!f) throw new Error('fixture missing');
    const inline = readFileSync(join(PAGES_DIR, f.file), 'utf8');
    expect(inline).toContain('<founder-content style="white-space: pre-wrap;">');
    const ruled = inline
      .replace('<founder-content style="white-space: pre-wrap;">', '<founder-content class="body">')
      .replace('</head>', '<style>/* site css */ h1 { margin: 0 } @media print { .body { white-space:pre-wrap } }</style></head>');
    const a = recognition(parsePage(inline), f.url);
    const b = recognition(parsePage(ruled), f.url);
    expect(a.blocks.length).toBeGreaterThan(3);
    expect(b).toEqual(a);
    // Without the rule the newlines are not print lines: the text runs together differently.
    const none = recognition(parsePage(ruled.replace('white-space:pre-wrap', 'color: red')), f.url);
    expect(none.blocks).not.toEqual(a.blocks);
  });

  it('reads rule selectors in one pass, skipping comments, @-rules and rules without white-space: pre', () => {
    expect(preSelectors('a{color:red} /* p{white-space:pre} */ .x, pre.y { white-space : pre-line } @media print { td.z{white-space:pre} }')).toEqual(['.x, pre.y', 'td.z']);
  });
});
