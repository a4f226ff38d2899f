// The picture and caption printed right before the body, outside it (lib/extract/leading-pictures.ts): the repaired view draws
// them at the article's head, so the page's own element is hidden while it shows, and shown as it was in the original view.

/** Hides and shows again the page's element read before the body, putting its `style` attribute back as it was. */
export class LeadingBox {
  private hidden: { el: HTMLElement; style: string | null } | null = null;

  hide(lead: Element | undefined, doc: Document): void {
    if (!lead || this.hidden || !(lead instanceof doc.defaultView!.HTMLElement)) return;
    this.hidden = { el: lead, style: lead.getAttribute('style') };
    lead.style.setProperty('display', 'none', 'important');
  }

  show(): void {
    const hidden = this.hidden;
    if (!hidden) return;
    this.hidden = null;
    if (hidden.style === null) hidden.el.removeAttribute('style');
    else hidden.el.setAttribute('style', hidden.style);
  }
}
