// @vitest-environment happy-dom
// The extractor's bounded walk (lib/extract/walk.ts), which both the picture-frame test and the
// boilerplate test read small elements with: document order, a node budget, an early stop.
import { describe, expect, it } from 'vitest';
import { walkBounded } from '../../lib/extract/walk';

function el(html: string): Element {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d;
}

describe('walkBounded', () => {
  it('visits the subtree in document order and says it saw all of it', () => {
    const seen: string[] = [];
    const whole = walkBounded(el('<p>甲<b>乙</b></p>丙'), 100, (n) => {
      seen.push(n.nodeType === 3 ? (n as Text).data : (n as Element).tagName);
      return true;
    });
    expect(whole).toBe(true);
    expect(seen).toEqual(['DIV', 'P', '甲', 'B', '乙', '丙']);
  });

  it('gives up when the budget runs out, however the visitor answers', () => {
    const root = el('<span>一</span><span>二</span><span>三</span>');
    let visits = 0;
    expect(walkBounded(root, 4, () => { visits++; return true; })).toBe(false);
    expect(visits).toBe(4);
    expect(walkBounded(root, 7, () => true)).toBe(true);
  });

  it('stops at the first node the visitor refuses', () => {
    const seen: string[] = [];
    const whole = walkBounded(el('<i>一</i><img><i>二</i>'), 100, (n) => {
      seen.push(n.nodeName);
      return n.nodeName !== 'IMG';
    });
    expect(whole).toBe(false);
    expect(seen).toEqual(['DIV', 'I', '#text', 'IMG']);
  });
});
