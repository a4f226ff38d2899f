// @vitest-environment happy-dom
// The whole popup panel with its highlight section, and the messages it uses in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Panel, type PanelApi } from '../../components/Panel';
import type { PageInfo } from '../../lib/messages';
import { byName, click, loadMessages, mount, PAGE, pageCalls, quotes, sampleRecords, serviceApi, t, waitFor } from './panel-fixtures';

const info = (over: Partial<PageInfo> = {}): PageInfo => ({
  recognized: true,
  kind: 'article',
  site: 'xsrb',
  siteName: '萧山日报',
  title: '医保服务提质扩面',
  date: '2025-03-09',
  url: PAGE,
  view: 'repaired',
  showRepairs: false,
  blocks: 12,
  joins: 30,
  ...over,
});

async function panelApi(page: PageInfo | null, alwaysOn: string[] = []) {
  const records = sampleRecords();
  const { api, repo, sites } = await serviceApi(records, alwaysOn);
  const full: PanelApi = { ...api, ...pageCalls(page) };
  return { api: full, repo, records, sites };
}

describe('popup panel', () => {
  it('says in one line which optional part failed to load on the page', async () => {
    const { api } = await panelApi(info({ failed: ['pinyin'] }));
    const root = await mount(<Panel api={api} />);
    const line = await waitFor(() => {
      const p = root.querySelector('p[role=status]') as HTMLElement;
      expect(p).not.toBeNull();
      return p;
    });
    expect(line.textContent).toBe(t('partFailed', t('partPinyin')));
    expect(root.querySelector('[data-testid=title]')?.textContent).toBe('医保服务提质扩面');
  });

  it('lists the highlights of the page in the tab first, with the ones it could not place marked', async () => {
    const { api, records } = await panelApi(null);
    const orphan = records[1]?.id as string;
    const page = info({ orphans: [orphan] });
    api.pageInfo = async () => page;
    const root = await mount(<Panel api={api} />);
    const section = await waitFor(() => {
      const s = root.querySelector('.hl-page') as HTMLElement;
      expect(quotes(s)).toHaveLength(3);
      return s;
    });
    expect(section.querySelector(`[data-hl-id="${orphan}"] .hl-orphan`)?.textContent).toBe(t('hlNotFound'));
    expect(section.querySelectorAll('.hl-orphan')).toHaveLength(1);
    expect(root.querySelector('#dubao-hl-h')?.textContent).toBe(t('highlightsAllHeading'));
  });

  it('lists every article when the tab shows no recognised article', async () => {
    const { api } = await panelApi(null);
    const root = await mount(<Panel api={api} />);
    await waitFor(() => expect(quotes(root)).toHaveLength(6));
    expect(root.querySelector('.hl-page')).toBeNull();
    expect(root.textContent).toContain(t('notRecognised'));
  });

  it('says Dubao cannot run here when the browser refuses "Use Dubao on this page" or "Always on this site" (a chrome:// page, a blank tab)', async () => {
    const { api } = await panelApi(null);
    // What Chromium answers there (seen in the browser): the script cannot be injected, and a
    // chrome:// or about:blank origin is no permission that can be asked for.
    api.useOnThisPage = () => Promise.reject(new Error('Cannot access a chrome:// URL'));
    api.alwaysOnThisSite = () => Promise.reject(new Error('Only permissions specified in the manifest may be requested.'));
    for (const name of [t('useOnThisPage'), t('alwaysOnThisSite')]) {
      const root = await mount(<Panel api={api} />);
      const notice = () => root.querySelector('.notice[role=status]')?.textContent ?? null;
      await click(await waitFor(() => byName<HTMLButtonElement>(root, 'button', name)));
      await waitFor(() => expect(notice()).toBe(t('cannotRunHere')));
    }
  });

  it('lists the sites where Dubao is always on, and turns one off', async () => {
    const { api, sites } = await panelApi(null, ['https://www.jxrb.com', 'https://epaper.example.cn']);
    const root = await mount(<Panel api={api} />);
    const off = await waitFor(() => byName<HTMLButtonElement>(root, 'button', t('siteTurnOff', 'https://www.jxrb.com')));
    expect(root.querySelector('#dubao-sites-h')?.textContent).toBe(t('sitesHeading'));
    await click(off);
    await waitFor(() => expect(root.querySelector('.sites [role="status"]')?.textContent).toBe(t('siteTurnedOff', 'https://www.jxrb.com')));
    expect(sites).toEqual(['https://epaper.example.cn']);
    await waitFor(() => expect([...root.querySelectorAll('.sites-list button')].map((b) => b.textContent)).toEqual([t('siteTurnOff', 'https://epaper.example.cn')]));
  });

  it('shows no sites section when no site is always on', async () => {
    const { api } = await panelApi(null);
    const root = await mount(<Panel api={api} />);
    await waitFor(() => expect(quotes(root)).toHaveLength(6));
    expect(root.querySelector('#dubao-sites-h')).toBeNull();
  });

  it('has a link that opens the library', async () => {
    const { api } = await panelApi(info());
    const root = await mount(<Panel api={api} />);
    const link = await waitFor(() => byName<HTMLAnchorElement>(root, 'a', t('hlOpenLibrary')));
    expect(link.getAttribute('href')).toBe('/library.html');
    await click(link);
    expect(api.openLibrary).toHaveBeenCalledOnce();
  });

  it('gives every button, link, field and list an accessible name', async () => {
    const { api } = await panelApi(info());
    const root = await mount(<Panel api={api} />);
    await waitFor(() => expect(quotes(root)).toHaveLength(6));
    for (const el of root.querySelectorAll<HTMLElement>('button, a')) {
      expect(el.getAttribute('aria-label') ?? el.textContent?.trim(), el.outerHTML).toBeTruthy();
    }
    for (const el of root.querySelectorAll<HTMLElement>('input, select, textarea')) {
      const named = el.getAttribute('aria-label') || el.closest('label') || (el.id && root.querySelector(`label[for="${el.id}"]`));
      expect(named, el.outerHTML).toBeTruthy();
    }
  });
});

describe('messages', () => {
  const sources = readdirSync(join(process.cwd(), 'components'))
    .filter((f) => /^(Highlight|Library).*\.tsx$/u.test(f))
    .map((f) => readFileSync(join(process.cwd(), 'components', f), 'utf8'))
    .join('\n');
  const used = new Set([...sources.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/gu), ...sources.matchAll(/label: '([A-Za-z0-9_]+)'/gu), ...sources.matchAll(/: '(color[A-Z][a-z]+)'/gu)].map((m) => m[1] as string));
  used.add('hlEditNoteLabel').add('hlAddNoteLabel').add('hlEditNote').add('hlAddNote');

  it.each(['en', 'zh_CN'])('has every key the highlight components use in %s, with its placeholders', (locale) => {
    const messages = loadMessages(locale);
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) {
      expect(messages[key], `${locale}: ${key}`).toBeDefined();
      const en = loadMessages('en')[key];
      expect(Object.keys(messages[key]?.placeholders ?? {}).sort(), `${locale}: ${key}`).toEqual(Object.keys(en?.placeholders ?? {}).sort());
    }
    for (const key of ['menuHighlightSelection', 'menuAddTerm', 'cmdHighlightSelection']) expect(messages[key]).toBeDefined();
  });
});
