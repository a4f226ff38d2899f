// The content script's answer to the popup and the background, with or without a page.
import { isContentMessage, type PageInfo, type Reply } from '../../lib/messages';
import { canonicalUrl } from '../../lib/url';
import type { DubaoPage } from './app';

/** What the content script says about a page it does not work on. */
export function unrecognisedInfo(href: string): PageInfo {
  return {
    recognized: false, kind: null, site: null, siteName: null, title: null, date: null,
    url: canonicalUrl(href) ?? href, view: 'original', showRepairs: false, blocks: 0, joins: 0,
  };
}

/** The message listener the content script registers. */
export function listen(getPage: () => DubaoPage | null): (raw: unknown) => Promise<Reply<PageInfo>> | undefined {
  return (raw) => {
    if (!isContentMessage(raw)) return undefined;
    const page = getPage();
    if (!page) {
      if (raw.type === 'page:info') return Promise.resolve({ ok: true, value: unrecognisedInfo(location.href) });
      return Promise.resolve({ ok: false, error: 'not an e-paper article' });
    }
    try {
      return Promise.resolve({ ok: true, value: page.handle(raw) });
    } catch (e) {
      return Promise.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
}
