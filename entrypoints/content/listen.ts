// The content script's answer to the popup and the background, with or without a page.
import type { Garbled } from '../../lib/detect/garbled';
import { isContentMessage, type PageInfo, type Reply } from '../../lib/messages';
import { canonicalUrl } from '../../lib/url';
import type { DubaoPage } from './app';

/** What the content script says about a page it does not work on. */
export function unrecognisedInfo(href: string, garbled: Garbled | null = null): PageInfo {
  return {
    recognized: false, kind: null, site: null, siteName: null, title: null, date: null,
    url: canonicalUrl(href) ?? href, view: 'original', showRepairs: false, blocks: 0, joins: 0,
    ...(garbled ? { garbled } : {}),
  };
}

/**
 * The message listener the content script registers. `startForced` starts Dubao on a page it
 * did not recognise (the popup's "Use Dubao on this page", sent as 'page:start-forced': only the
 * extension can send it, never the page) and resolves with the page, or null when no article
 * was found; it is called only while no page runs, and must start at most one. `garbled` says
 * whether the page was left alone because its text reads as decoded with the wrong charset.
 */
export function listen(getPage: () => DubaoPage | null, startForced?: () => Promise<DubaoPage | null>, garbled: () => Garbled | null = () => null): (raw: unknown) => Promise<Reply<PageInfo>> | undefined {
  return (raw) => {
    if (!isContentMessage(raw)) return undefined;
    const page = getPage();
    if (!page && raw.type === 'page:start-forced' && startForced) {
      return startForced().then(
        (started): Reply<PageInfo> => ({ ok: true, value: started ? started.info() : unrecognisedInfo(location.href, garbled()) }),
        (e: unknown): Reply<PageInfo> => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    }
    if (!page) {
      if (raw.type === 'page:info' || raw.type === 'page:start-forced') return Promise.resolve({ ok: true, value: unrecognisedInfo(location.href, garbled()) });
      return Promise.resolve({ ok: false, error: 'not an e-paper article' });
    }
    try {
      return Promise.resolve({ ok: true, value: page.handle(raw) });
    } catch (e) {
      return Promise.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  };
}
