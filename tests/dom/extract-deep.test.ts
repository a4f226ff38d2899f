// Extraction walks the DOM without recursion: pages with thousands of nested elements work.
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { parseHtml } from '../../scripts/lib/html';

describe('deeply nested bodies', () => {
  it('extracts every line from text nested 5,000 elements deep', () => {
    const doc = parseHtml('<html><body><div id="b"></div></body></html>', 'https://localhost/');
    const body = doc.getElementById('b') as Element;
    let el: Element = body;
    for (let i = 0; i < 5000; i++) {
      const next = doc.createElement(i % 2 ? 'div' : 'span');
      if (i === 2500) el.appendChild(doc.createTextNode('近日，记者从医保萧山分局了解'));
      el.appendChild(next);
      el = next;
    }
    el.appendChild(doc.createTextNode('到，我区积极推进“医银合作”。'));
    const { lines, pieces } = extractLines(body, { isPre: () => false });
    expect(lines.map((l) => l.text)).toEqual(['近日，记者从医保萧山分局了解', '到，我区积极推进“医银合作”。']);
    expect(pieces[1]?.[0]?.node.data).toBe('到，我区积极推进“医银合作”。');
  });

  it('keeps the order of text before, inside and after nested blocks', () => {
    const doc = parseHtml('<html><body><div id="b">甲<p>乙<span>丙<b>丁</b></span></p>戊<br>己</div></body></html>', 'https://localhost/');
    const { lines } = extractLines(doc.getElementById('b') as Element, { isPre: () => false });
    expect(lines.map((l) => [l.text, l.gap])).toEqual([['甲', 0], ['乙丙丁', 1], ['戊', 1], ['己', 0]]);
  });
});
