// Where a card goes: next to its anchor (a term or a word's range), inside the window.
import { visibleViewport } from './geometry';

/**
 * Below the anchor when it fits, else above; when it fits neither, on the roomier side, made
 * short enough to end inside the viewport (it scrolls inside): a long card under a word in the
 * middle of a short window ran off the screen's bottom. Inside the viewport horizontally. The
 * viewport is the part not under the page's scrollbars (visibleViewport).
 */
export function placeCard(doc: Document, host: HTMLElement, anchor: Element | Range): void {
  const view = doc.defaultView;
  const r = anchor.getBoundingClientRect();
  const cardEl = host.shadowRoot?.querySelector<HTMLElement>('.card');
  const cardRect = cardEl?.getBoundingClientRect();
  const w = cardRect?.width ?? 380;
  let hgt = cardRect?.height ?? 200;
  const { width: vw, height: vh } = visibleViewport(doc);
  const sx = view?.scrollX ?? 0;
  const sy = view?.scrollY ?? 0;
  const roomBelow = vh - r.bottom - 6 - 8;
  const roomAbove = r.top - 6 - 8;
  const fitsAbove = r.top - 6 - hgt >= 0;
  const below = r.bottom + 6 + hgt <= vh || (!fitsAbove && roomBelow >= roomAbove);
  const room = Math.max(below ? roomBelow : roomAbove, 80);
  if (cardEl && hgt > room && !(below ? r.bottom + 6 + hgt <= vh : fitsAbove)) {
    cardEl.style.setProperty('max-height', `${room}px`);
    hgt = cardEl.getBoundingClientRect().height || room;
  }
  const top = below ? r.bottom + 6 : r.top - 6 - hgt;
  const left = Math.min(Math.max(8, r.left), Math.max(8, vw - w - 8));
  host.style.setProperty('left', `${left + sx}px`, 'important');
  host.style.setProperty('top', `${top + sy}px`, 'important');
  host.style.setProperty('position', 'absolute', 'important');
}
