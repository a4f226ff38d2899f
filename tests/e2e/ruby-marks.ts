// Marks under pinyin as a reader's page draws them (highlights and term marks over words drawn in
// <ruby>), read in the page by Chromium's and Firefox's tests alike (passed to `evaluate`, so each
// function is self-contained).

/**
 * For every word (ruby) the yellow highlight touches: which of its characters are painted and
 * which of its syllables are, each as a string of 0 and 1, from the ranges the page drew.
 */
export function readPainted(): { word: string; chars: string; syllables: string }[] {
  const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('dubao-yellow');
  const ranges = [...(h ?? [])];
  const covers = (r: Range, node: Node, s: number, e: number): boolean => !r.collapsed && r.comparePoint(node, s) === 0 && r.comparePoint(node, e) === 0;
  const out: { word: string; chars: string; syllables: string }[] = [];
  for (const ruby of Array.from(document.querySelectorAll('.dubao-article ruby'))) {
    const base = ruby.firstChild as Text;
    const rt = ruby.querySelector('rt');
    if (!rt || base?.nodeType !== 3) continue;
    let off = 0;
    let chars = '';
    let syllables = '';
    [...base.data].forEach((c, k) => {
      const [s, e] = [off, (off += c.length)];
      chars += ranges.some((r) => covers(r, base, s, e)) ? '1' : '0';
      const syl = rt.children[k]?.firstChild;
      syllables += syl && ranges.some((r) => covers(r, syl, 0, (syl as Text).data.length)) ? '1' : '0';
    });
    if (/1/u.test(chars + syllables)) out.push({ word: base.data, chars, syllables });
  }
  return out;
}

/**
 * The mark of the first term of several words (rubies): its underline, its bottom border, and
 * whether each line's piece of the term runs from its first word to its last (the mark then runs
 * on across the gaps between them). Null when no term holds two words.
 */
export function readTermMark(): { underline: string; style: string; width: number; color: string; spans: boolean } | null {
  const term = Array.from(document.querySelectorAll('.dubao-article .dubao-term')).find((t) => t.querySelectorAll('ruby').length > 1);
  if (!term) return null;
  const cs = getComputedStyle(term);
  const rubies = Array.from(term.querySelectorAll('ruby')).map((r) => r.getBoundingClientRect());
  const pieces = Array.from(term.getClientRects());
  const spans = pieces.every((p) => rubies.filter((r) => r.top < p.bottom && r.bottom > p.top).every((r) => p.left <= r.left + 0.5 && p.right >= r.right - 0.5));
  return { underline: cs.textDecorationLine, style: cs.borderBottomStyle, width: parseFloat(cs.borderBottomWidth), color: cs.borderBottomColor, spans };
}

/** The displayed offset in block 2 of the second character of its first word of two or more characters (outside a term) after offset `after`. */
export function midWordOffset(after: number): number {
  const b = document.querySelector('[data-dubao-block="2"]')!;
  let at = 0;
  const w = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    if (n.parentElement?.closest('rt')) continue;
    const t = n as Text;
    if (at > after && t.parentElement?.tagName === 'RUBY' && [...t.data].length >= 2 && !t.parentElement.closest('.dubao-term')) return at + 1;
    at += t.data.length;
  }
  throw new Error('no word of two characters');
}
