// The picture and caption printed right before the body, outside it (lib/extract/leading-pictures.ts): the repaired view draws
// them at the article's head, so the page's own element is hidden while it shows, and shown as it was in the original view.

/** Hides and shows again the page's elements read before the body, putting their `style` attributes back as they were. */
export class LeadingBox {
  private hidden: { el: HTMLElement; style: string | null }[] | null = null;

  /** `lead` is the element right before the body's container; `before`, the picture boxes read before it (a run of pictures). */
  hide(lead: Element | undefined, doc: Document, before: readonly Element[] = []): void {
    if (!lead || this.hidden) return;
    const els = [...before, lead].filter((el): el is HTMLElement => el instanceof doc.defaultView!.HTMLElement);
    if (!els.length) return;
    this.hidden = els.map((el) => ({ el, style: el.getAttribute('style') }));
    for (const el of els) el.style.setProperty('display', 'none', 'important');
  }

  show(): void {
    const hidden = this.hidden;
    if (!hidden) return;
    this.hidden = null;
    for (const h of hidden) {
      if (h.style === null) h.el.removeAttribute('style');
      else h.el.setAttribute('style', h.style);
    }
  }
}
