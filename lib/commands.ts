// What the keyboard commands and the context-menu items ask of a page (pure: the background
// wires them to browser.commands, browser.contextMenus and browser.tabs).
import { TERM_LIMITS } from './records';

/** The context-menu item on a selection that highlights it. */
export const MENU_HIGHLIGHT = 'dubao-highlight';
/** The context-menu item on a selection that adds it to the reader's glossary. */
export const MENU_ADD_TERM = 'dubao-add-term';

/** A message for the page's content script (lib/messages.ts ContentRequests) from a command or a menu item. */
export type PageAction = { type: 'page:toggle-view' } | { type: 'page:highlight-selection' } | { type: 'page:add-term'; text: string };

/** The commands wxt.config.ts declares (manifest `commands`) and the message each sends to the page. */
const COMMANDS: Readonly<Record<string, PageAction>> = {
  'toggle-repair': { type: 'page:toggle-view' },
  'highlight-selection': { type: 'page:highlight-selection' },
};

/**
 * False for a URL that is known not to be a web page (a new tab, the browser's own pages, an
 * extension page, a PDF viewer): no Dubao content script runs there. An unknown URL (the browser
 * hides the URL of a tab the extension has no access to) may still be a page Dubao runs on.
 */
export function mayRunDubao(url: string | undefined): boolean {
  return url === undefined || /^https?:\/\//iu.test(url);
}

/**
 * The message a keyboard command sends to the active tab, or null when there is nothing to send:
 * an unknown command, or an active tab that is known not to be a web page (mayRunDubao).
 */
export function commandMessage(command: string, tabUrl: string | undefined): PageAction | null {
  if (!Object.prototype.hasOwnProperty.call(COMMANDS, command)) return null;
  return mayRunDubao(tabUrl) ? (COMMANDS[command] as PageAction) : null;
}

/** What a context-menu click carries (a subset of browser.contextMenus.OnClickData). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
  /** The URL of the page (or frame) the menu was opened on. */
  pageUrl?: string;
  frameUrl?: string;
}

/**
 * The message a context-menu click sends to the page it was made on, or null to ignore it: an
 * item that is not Dubao's, a click on a tab or frame known not to be a web page, or "Add to glossary…" on a
 * selection that is empty or longer than a term may be (TERM_LIMITS.term characters) — the
 * store would refuse it after the reader had typed an explanation.
 */
export function menuMessage(click: MenuClick, tabUrl: string | undefined): PageAction | null {
  if (!mayRunDubao(tabUrl) || !mayRunDubao(click.frameUrl ?? click.pageUrl)) return null;
  if (click.menuItemId === MENU_HIGHLIGHT) return { type: 'page:highlight-selection' };
  if (click.menuItemId !== MENU_ADD_TERM) return null;
  const text = (click.selectionText ?? '').trim();
  if (!text || text.length > TERM_LIMITS.term) return null;
  return { type: 'page:add-term', text };
}
