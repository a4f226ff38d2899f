// What a reading key did, said to screen readers: the setting and its value after the key (also
// at either end of a scale, where the value stays), in a polite live region out of sight. Sighted
// readers see the article change; a screen reader's user otherwise heard nothing.
import { KEY_SETTING, type ReadingStyle } from '../../lib/reading-style';
import { shadowHost } from './shadow-host';

/** UI strings by message key (the popup's own labels: 字号, 栏宽 …). */
export type Label = (key: string, substitutions?: string | string[]) => string;

/** How long the live region stays after its last words (ms). */
const QUIET_MS = 10_000;

const STYLE = `:host { all: initial; position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`;

/** The words for the setting `key` changes, with its value in `s` (all of them for `0`). */
export function describeStyle(t: Label, s: ReadingStyle, key: string): string {
  const parts = {
    size: `${t('styleSize')} ${s.size}%`,
    lineHeight: `${t('styleLineHeight')} ${s.lineHeight}`,
    measure: `${t('styleMeasure')} ${s.measure === 0 ? t('styleMeasurePage') : t('styleMeasureChars', String(s.measure))}`,
    font: `${t('styleFont')} ${t(`styleFont_${s.font}`)}`,
    theme: `${t('styleTheme')} ${t(`styleTheme_${s.theme}`)}`,
  };
  const one = KEY_SETTING[key];
  return one ? parts[one] : Object.values(parts).join('，');
}

/** Says `text` in the page's live region for reading keys (made on first use, kept for the page). */
export function sayStyle(doc: Document, text: string): void {
  let host = doc.querySelector<HTMLElement>('div[data-dubao-ui="style-status"]');
  let line = host?.shadowRoot?.querySelector('[role="status"]');
  if (!host || !line) {
    const made = shadowHost(doc, 'style-status', STYLE);
    host = made.host;
    line = doc.createElement('div');
    line.setAttribute('role', 'status');
    line.setAttribute('aria-live', 'polite');
    made.shadow.append(line);
    (doc.body ?? doc.documentElement).append(host);
  }
  // The same words again (a key at the end of its scale) are said again: cleared, then set in a later task.
  const target = line;
  target.textContent = '';
  const win = doc.defaultView;
  win?.setTimeout(() => void (target.textContent = text), 50);
  // Gone once said and quiet for a while, so the page is left as it was.
  const region = host;
  win?.clearTimeout(Number(region.dataset.until ?? 0));
  region.dataset.until = String(win?.setTimeout(() => region.remove(), QUIET_MS) ?? 0);
}

/** Takes the live region out of the page now (the original view is shown: no reading keys there). */
export function clearStyleStatus(doc: Document): void {
  doc.querySelector('div[data-dubao-ui="style-status"]')?.remove();
}
