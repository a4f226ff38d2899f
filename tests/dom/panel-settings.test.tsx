// @vitest-environment happy-dom
// The popup's reading settings that shape how an article opens: every stored setting has a control.
import { describe, expect, it, vi } from 'vitest';
import { Panel, type PanelApi } from '../../components/Panel';
import { DEFAULT_READING_STYLE, type ReadingStyle } from '../../lib/reading-style';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../lib/settings';
import { choose, loadMessages, mount, PAGE, pageCalls, serviceApi, t, tZh, waitFor } from './panel-fixtures';

/** A panel whose settings live in `stored` (merged like the background does). */
async function settingsPanel(stored: Settings) {
  const { api } = await serviceApi([], []);
  let current = stored;
  const updateSettings = vi.fn(async (patch: Partial<Settings>) => (current = normalizeSettings({ ...current, ...patch })));
  const page = { recognized: true, kind: 'article', site: 'xsrb', siteName: '萧山日报', title: '医保服务提质扩面', date: '2025-03-09', url: PAGE, view: 'repaired', showRepairs: false, blocks: 12, joins: 30 } as const;
  const full: PanelApi = { ...api, ...pageCalls(page, { settings: async () => current, updateSettings }) };
  return { api: full, updateSettings, stored: () => current };
}

/** The control labelled `label` (a <label for> naming it). */
function labelled<E extends HTMLElement>(root: HTMLElement, label: string): E {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent?.trim() === label);
  const el = l?.htmlFor ? root.querySelector<E>(`#${l.htmlFor}`) : null;
  if (!el) throw new Error(`no control labelled ${label}`);
  return el;
}

describe('popup settings: how articles open', () => {
  it('shows the stored choice under "Articles open" and stores the reader\'s new one', async () => {
    const { api, updateSettings, stored } = await settingsPanel(DEFAULT_SETTINGS);
    const root = await mount(<Panel api={api} />);
    const select = await waitFor(() => labelled<HTMLSelectElement>(root, t('defaultViewLabel')));
    expect(select.value).toBe('repaired');
    expect([...select.options].map((o) => o.textContent)).toEqual([t('viewRepaired'), t('viewOriginal')]);
    await choose(select, 'original');
    expect(updateSettings).toHaveBeenCalledWith({ defaultView: 'original' });
    expect(stored().defaultView).toBe('original');
  });

  it('opens showing "Original" when that is what the reader chose earlier', async () => {
    const { api } = await settingsPanel({ ...DEFAULT_SETTINGS, defaultView: 'original' });
    const root = await mount(<Panel api={api} />);
    const select = await waitFor(() => labelled<HTMLSelectElement>(root, t('defaultViewLabel')));
    expect(select.value).toBe('original');
  });

  it('names the control in Chinese and English', () => {
    expect(loadMessages('zh_CN').defaultViewLabel?.message).toBe('打开文章时显示');
    expect(loadMessages('en').defaultViewLabel?.message).toBe('Articles open');
  });

  it('gives every control its own name, in Chinese and English (a reader tells the characters choice from the typeface)', async () => {
    for (const tr of [t, tZh]) {
      const { api } = await settingsPanel(DEFAULT_SETTINGS);
      const style = { readingStyle: async () => DEFAULT_READING_STYLE, setReadingStyle: async (r: ReadingStyle) => r };
      const root = await mount(<Panel api={{ ...api, ...style, t: tr }} />);
      await waitFor(() => {
        if (!root.querySelector('#dubao-font')) throw new Error('reading style not shown yet');
      });
      const names = [...root.querySelectorAll('label')].map((l) => l.textContent?.trim() ?? '');
      expect(names.length).toBeGreaterThan(4);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });

  it('keeps no setting without a control: punctuation repair is always on, an old stored value is dropped', () => {
    expect(Object.keys(DEFAULT_SETTINGS)).not.toContain('punctuation');
    expect(normalizeSettings({ punctuation: false, defaultView: 'original' })).toEqual({ ...DEFAULT_SETTINGS, defaultView: 'original' });
  });

  it('asks the page to get pinyin ready once when the pointer comes over the pinyin choice or the focus reaches it, only while pinyin is off', async () => {
    const { api } = await settingsPanel(DEFAULT_SETTINGS);
    const preparePinyin = vi.fn();
    const root = await mount(<Panel api={{ ...api, preparePinyin }} />);
    const select = await waitFor(() => labelled<HTMLSelectElement>(root, t('pinyinLabel')));
    expect(preparePinyin).not.toHaveBeenCalled();
    select.closest('.field')?.dispatchEvent(new PointerEvent('pointerenter'));
    expect(preparePinyin).toHaveBeenCalledTimes(1);
    select.dispatchEvent(new FocusEvent('focus'));
    select.closest('.field')?.dispatchEvent(new PointerEvent('pointerenter'));
    expect(preparePinyin).toHaveBeenCalledTimes(1);
    // The other choices do not ask.
    const tone = labelled<HTMLSelectElement>(root, t('toneLabel'));
    tone.closest('.field')?.dispatchEvent(new PointerEvent('pointerenter'));
    expect(preparePinyin).toHaveBeenCalledTimes(1);

    const on = await settingsPanel({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    const ask = vi.fn();
    const root2 = await mount(<Panel api={{ ...on.api, preparePinyin: ask }} />);
    const select2 = await waitFor(() => labelled<HTMLSelectElement>(root2, t('pinyinLabel')));
    select2.dispatchEvent(new FocusEvent('focus'));
    select2.closest('.field')?.dispatchEvent(new PointerEvent('pointerenter'));
    expect(ask).not.toHaveBeenCalled();
  });
});
