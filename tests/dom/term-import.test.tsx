// @vitest-environment happy-dom
// The reader's glossary terms: importing a file (refused with its reason, or merged), the editor
// opened from a page that asked to replace a term, the list in the popup and the library, and
// every message it uses in both languages (over the real message service and repository).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { LibraryPage } from '../../components/LibraryPage';
import { Panel, type PanelApi } from '../../components/Panel';
import { TermList } from '../../components/TermList';
import type { TermRecord } from '../../lib/db/terms';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { toTermsJson } from '../../lib/terms-io';
import { button, byName, click, loadMessages, mount, serviceApi, t, waitFor } from './panel-fixtures';
import { SEED, editing, fields, item, key, present, setup, stored, terms } from './term-list-setup';

describe('term import', () => {
  const choose = async (root: HTMLElement, name: string, text: string): Promise<void> => {
    const input = byName<HTMLInputElement>(root, 'input', t('termsImportFile'));
    expect(input.type).toBe('file');
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };

  it('shows why a file was refused and changes nothing', async () => {
    const { root, repo } = await setup();
    const before = await repo.allTerms();
    // Its name says what it imports: the highlights' "Import JSON…" is next to it in the popup.
    expect(button(root, t('termsImportLabel')).textContent).toBe(t('termsImport'));
    await choose(root, 'broken.json', '{"format": "dubao-terms", "version": 1, "terms": [}');
    const alert = await present(root, '.term-import-status[role="alert"]');
    expect(alert.textContent).toContain(t('termsImportFailed'));
    // The reason in the interface's language (components/FileImport.tsx explainImportError).
    expect(root.querySelector('.term-import-detail')?.textContent).toMatch(/line 1, column \d+/u);
    expect(root.querySelector('.term-import-detail')?.textContent?.startsWith(t('importErrNotJson', ['1', '0']).split(',')[0] as string)).toBe(true);

    await choose(root, 'highlights.json', JSON.stringify({ format: 'dubao-highlights', version: 1, highlights: [] }));
    await waitFor(() => expect(root.querySelector('.term-import-detail')?.textContent).toBe(t('importErrWrongKind')));

    await choose(root, 'bad.json', JSON.stringify({ format: 'dubao-terms', version: 1, terms: [{ term: '新', explanation: '' }, { term: 7 }] }));
    await waitFor(() => expect(root.querySelector('.term-import-detail')?.textContent).toBe(`${t('importErrEntry', ['2', 'term must be a non-empty string'])}\n${t('importErrEntry', ['2', 'explanation must be a string'])}`));
    expect(t('importErrEntry', ['2', 'x'])).not.toBe('');

    expect(await repo.allTerms()).toEqual(before);
    expect(terms(root)).toHaveLength(3);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { root, api } = await setup();
    const spy = vi.spyOn(api, 'importTerms');
    await choose(root, 'huge.json', ' '.repeat(2 * 1024 * 1024 + 1));
    await waitFor(() => expect(root.querySelector('.term-import-detail')?.textContent).toBe(t('termsImportTooLarge', '2')));
    expect(spy).not.toHaveBeenCalled();
  });

  it('merges an accepted file, shows the counts and the new terms', async () => {
    const { root, repo, stored: seeded } = await setup();
    const known = seeded.find((r) => r.term === '共同富裕') as TermRecord;
    const text = toTermsJson([{ ...known, explanation: '从另一台电脑来的解释' }]).replace(
      '"terms": [',
      '"terms": [{"term": "地瓜经济", "explanation": "走出去"}, {"term": "医银合作", "explanation": "同名：更新，不重复"}, ',
    );
    await choose(root, 'export.json', text);
    // "Importing…" first, then the counts.
    const status = await present(root, '.term-import-status[role="status"]');
    await waitFor(() => expect(status.textContent).toBe(t('termsImported', ['1', '2'])));
    await waitFor(() => expect(terms(root)).toHaveLength(4));
    expect(item(root, '共同富裕').querySelector('.term-expl')?.textContent).toBe('从另一台电脑来的解释');
    expect(item(root, '医银合作').querySelector('.term-expl')?.textContent).toBe('同名：更新，不重复');
    expect(await repo.allTerms()).toHaveLength(4);
  });

  it('says in the interface’s language that a file named a term twice and the later entry was kept', async () => {
    const { root, repo } = await setup();
    await choose(root, 'twice.json', JSON.stringify({ format: 'dubao-terms', version: 1, terms: [{ term: '地瓜经济', explanation: '甲' }, { term: '地瓜经济', explanation: '乙' }] }));
    await waitFor(() => expect(root.querySelector('.term-import-detail')?.textContent).toBe(t('importWarnSameTerm', ['2', '1'])));
    expect(t('importWarnSameTerm', ['2', '1'])).not.toMatch(/later entry wins/u);
    expect((await stored(repo))['地瓜经济']?.explanation).toBe('乙');
  });
});

describe('opened from a page that asked to replace a term', () => {
  it('opens that term in its editor with the new explanation filled in (past "Show more"); nothing is stored until the reader saves', async () => {
    const { api, repo } = await serviceApi([]);
    for (const s of SEED) await repo.putTerm(s);
    // 医银合作 sorts last (yī): with one term a page it is beyond "Show more".
    const root = await mount(<TermList api={{ ...api, editRequest: { term: '医银合作', explanation: '在银行网点就能办医保（新的解释）' } }} pageSize={1} />);
    const li = await waitFor(() => {
      const open = editing(root);
      if (!open) throw new Error('no term in its editor');
      return open;
    });
    const f = fields(li);
    expect(f.term.value).toBe('医银合作');
    expect(f.explanation.value).toBe('在银行网点就能办医保（新的解释）');
    expect(root.querySelectorAll('.term-edit')).toHaveLength(1);
    expect((await repo.allTerms()).find((r) => r.term === '医银合作')?.explanation).toBe(SEED[0]?.explanation);
    await key(f.explanation, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(item(root, '医银合作').querySelector('.term-expl')?.textContent).toBe('在银行网点就能办医保（新的解释）'));
    expect((await repo.allTerms()).find((r) => r.term === '医银合作')?.explanation).toBe('在银行网点就能办医保（新的解释）');
  });

  it('opens no editor for a term the reader does not have, and Esc leaves the old explanation', async () => {
    const { api, repo } = await serviceApi([]);
    for (const s of SEED) await repo.putTerm(s);
    let root = await mount(<TermList api={{ ...api, editRequest: { term: '不在这里', explanation: 'x' } }} />);
    await waitFor(() => expect(terms(root)).toHaveLength(3));
    expect(root.querySelector('.term-edit')).toBeNull();
    root = await mount(<TermList api={{ ...api, editRequest: { term: '共同富裕', explanation: '页面给的解释' } }} />);
    const li = await waitFor(() => {
      const open = editing(root);
      if (!open) throw new Error('no term in its editor');
      return open;
    });
    await key(fields(li).explanation, { key: 'Escape' });
    await waitFor(() => expect(root.querySelector('.term-edit')).toBeNull());
    expect((await repo.allTerms()).find((r) => r.term === '共同富裕')?.explanation).toBe('');
  });
});

describe('in the popup and the library', () => {
  it('comes below the highlights in the popup panel', async () => {
    const { api, repo } = await serviceApi([]);
    await repo.putTerm({ term: '医银合作', explanation: '' });
    const full: PanelApi = {
      ...api,
      pageInfo: async () => null,
      setView: async () => null,
      setShowRepairs: async () => null,
      storedArticle: async () => null,
      recentArticles: async () => [],
        tabUrl: async () => null,
      useOnThisPage: async () => null,
      alwaysOnThisSite: async () => false,
      settings: async () => DEFAULT_SETTINGS,
      updateSettings: async () => DEFAULT_SETTINGS,
      openLibrary: vi.fn(),
    };
    const root = await mount(<Panel api={full} />);
    await waitFor(() => expect(terms(root)).toEqual(['医银合作']));
    const cards = [...root.querySelectorAll('section.card')].map((s) => s.getAttribute('aria-labelledby'));
    expect(cards.indexOf('dubao-terms-h')).toBe(cards.indexOf('dubao-hl-h') + 1);
  });

  it('is on the library page', async () => {
    const { api, repo } = await serviceApi([]);
    await repo.putTerm({ term: '医银合作', explanation: '医保 + 银行' });
    const root = await mount(<LibraryPage api={api} />);
    await waitFor(() => expect(terms(root)).toEqual(['医银合作']));
    expect(root.querySelector('.term-card.term-library')).not.toBeNull();
  });

  it('gives every button and field an accessible name, also while editing', async () => {
    const { root } = await setup();
    const check = () => {
      for (const el of root.querySelectorAll<HTMLElement>('button, a')) {
        expect(el.getAttribute('aria-label') ?? el.textContent?.trim(), el.outerHTML).toBeTruthy();
      }
      for (const el of root.querySelectorAll<HTMLElement>('input, textarea')) expect(el.getAttribute('aria-label'), el.outerHTML).toBeTruthy();
    };
    check();
    await click(button(item(root, '医银合作'), t('termEditLabel', '医银合作')));
    check();
    await click(button(item(root, '共同富裕'), t('termDeleteLabel', '共同富裕')));
    check();
  });
});

describe('messages', () => {
  const source = ['TermList.tsx', 'TermItem.tsx'].map((f) => readFileSync(join(process.cwd(), 'components', f), 'utf8')).join('\n');
  const used = new Set([...source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/gu)].map((m) => m[1] as string));

  it.each(['en', 'zh_CN'])('has every key the term list uses in %s, with its placeholders', (locale) => {
    const messages = loadMessages(locale);
    const en = loadMessages('en');
    expect(used.size).toBeGreaterThan(20);
    for (const k of used) {
      expect(messages[k], `${locale}: ${k}`).toBeDefined();
      expect(Object.keys(messages[k]?.placeholders ?? {}).sort(), `${locale}: ${k}`).toEqual(Object.keys(en[k]?.placeholders ?? {}).sort());
    }
    expect(messages.termsHeading?.message).toBe(locale === 'en' ? 'My glossary terms' : '我的术语');
  });
});
