// The page's own headline, subtitle, pre-title and byline above the repaired article, shown in
// the script the reader chose for the article (Taiwan or Hong Kong traditional, or simplified),
// while the repaired article is shown — a title left in simplified over a body in traditional
// read as two documents. Reversible: each text node's own text is kept and put back for the
// original view, when the script returns to "original", and when Dubao stops.

/** Elements whose text is not reading text. */
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA|INPUT|SELECT|OPTION)$/u;

/** Converts the text of a set of the page's elements, and puts it back. */
export class HeadlineScript {
  /** Each converted text node: the page's own text, and the text Dubao put there. */
  private readonly nodes = new Map<Text, { own: string; shown: string }>();

  /**
   * Shows the text of `els` through `convert` (null: the page's own text everywhere). Nodes that
   * left `els` get their own text back. A node whose text the page changed since (not the text
   * Dubao put there) is the page's again: it is neither overwritten nor restored.
   */
  show(els: readonly Element[], convert: ((text: string) => string) | null): void {
    const now = new Set<Text>();
    if (convert) for (const el of els) for (const t of textNodes(el)) now.add(t);
    for (const [node, kept] of this.nodes) {
      if (node.nodeValue !== kept.shown) this.nodes.delete(node);
      else if (!now.has(node)) {
        node.nodeValue = kept.own;
        this.nodes.delete(node);
      }
    }
    if (!convert) return;
    for (const node of now) {
      const own = this.nodes.get(node)?.own ?? node.nodeValue ?? '';
      const shown = convert(own);
      if (shown === own) {
        if (this.nodes.has(node)) node.nodeValue = own;
        this.nodes.delete(node);
        continue;
      }
      if (node.nodeValue !== shown) node.nodeValue = shown;
      this.nodes.set(node, { own, shown });
    }
  }

  /** Puts every converted node's own text back. */
  restore(): void {
    this.show([], null);
  }
}

/** The text nodes under `el` that hold reading text (not inside scripts, styles or form fields). */
function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if ((c.nodeValue ?? '').trim()) out.push(c as Text);
      } else if (c.nodeType === 1 && !SKIP.test((c as Element).tagName)) walk(c);
    }
  };
  if (!SKIP.test(el.tagName)) walk(el);
  return out;
}
