// @vitest-environment happy-dom
// The reader's glossary terms in the popup and the library: list, edit in place, delete with
// undo, export and import (over the real message service and repository), text-only rendering.
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
import { XSS, button, byName, click, loadMessages, mount, serviceApi, t, type, waitFor } from './panel-fixtures';

const SEED = [
  { term: '医银合作', explanation: '医保部门与银行合作，在银行网点办理医保业务' },
  { term: '共同富裕', explanation: '' },
  { term: '五篇大文章', explanation: XSS },
];

async function setup(opts: { undoMs?: number; pageSize?: number; seed?: { term: string; explanation: string }[] } = {}) {
  const { api, repo } = await serviceApi([]);
  const stored: TermRecord[] = [];
  for (const s of opts.seed ?? SEED) stored.push(await repo.putTerm(s));
  const root = await mount(<TermList api={api} undoMs={opts.undoMs ?? 6000} pageSize={opts.pageSize ?? 20} />);
  await waitFor(() => expect(root.textContent).not.toContain(t('loading')));
  return { root, api, repo, stored };
}

/** The element `selector` finds, once it is there. */
const present = (root: ParentNode, selector: string): Promise<HTMLElement> =>
  waitFor(() => {
    const el = root.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`no ${selector}`);
    return el;
  });

/** The terms shown, in order. */
const terms = (root: ParentNode): string[] => [...root.querySelectorAll('.term-term')].map((n) => n.textContent ?? '');
const item = (root: ParentNode, term: string): HTMLElement => {
  const found = [...root.querySelectorAll<HTMLElement>('.term-item')].find((li) => li.querySelector('.term-term')?.textContent === term);
  if (!found) throw new Error(`no term ${term}`);
  return found;
};
const fields = (li: HTMLElement) => ({
  term: byName<HTMLInputElement>(li, 'input', t('termTermLabel')),
  explanation: byName<HTMLTextAreaElement>(li, 'textarea', t('termExplanationLabel')),
});
const editing = (root: ParentNode): HTMLElement => root.querySelector('.term-edit')?.closest('.term-item') as HTMLElement;

async function key(el: HTMLElement, init: KeyboardEventInit): Promise<void> {
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}
/** Focus leaves `el` for `next` (null: somewhere outside the list). */
async function focusOut(el: HTMLElement, next: HTMLElement | null = null): Promise<void> {
  await act(() => {
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: next }));
  });
}
const stored = async (repo: { allTerms(): Promise<TermRecord[]> }) => Object.fromEntries((await repo.allTerms()).map((r) => [r.term, r]));

describe('term list', () => {
  it('lists the reader’s terms with their explanations', async () => {
    const { root } = await setup();
    expect(terms(root)).toHaveLength(3);
    expect(root.querySelector('#dubao-terms-h')?.textContent).toBe(t('termsHeading'));
    expect([...terms(root)].sort()).toEqual(SEED.map((s) => s.term).sort());
    expect(item(root, '医银合作').querySelector('.term-expl')?.textContent).toBe(SEED[0]?.explanation);
    expect(item(root, '共同富裕').querySelector('.term-expl')?.textContent).toBe(t('termNoExplanation'));
    expect(root.querySelector('.term-count')?.textContent).toBe(t('termsCount', '3'));
  });

  it('says so when there are no terms, and cannot export nothing', async () => {
    const { root } = await setup({ seed: [] });
    expect(root.textContent).toContain(t('termsNone'));
    expect(button(root, t('termsExportLabel', '0')).disabled).toBe(true);
  });

  it('keeps terms and explanations as text: markup is never parsed', async () => {
    const { root: fresh } = await setup({ seed: [...SEED, { term: '<b onmouseover=alert(1)>词</b>', explanation: XSS }] });
    expect(fresh.querySelector('img')).toBeNull();
    expect(fresh.querySelector('b')).toBeNull();
    const expl = item(fresh, '五篇大文章').querySelector('.term-expl') as HTMLElement;
    expect(expl.textContent).toBe(XSS);
    expect(expl.children).toHaveLength(0);
    expect(terms(fresh)).toContain('<b onmouseover=alert(1)>词</b>');
    expect(fresh.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Also in the editor.
    await click(button(item(fresh, '五篇大文章'), t('termEditLabel', '五篇大文章')));
    expect(fields(editing(fresh)).explanation.value).toBe(XSS);
    expect(fresh.querySelector('img')).toBeNull();
  });

  it('edits a term and its explanation in place and saves with Ctrl+Enter', async () => {
    const { root, repo, stored: [first] } = await setup();
    await click(button(item(root, '医银合作'), t('termEditLabel', '医银合作')));
    const li = editing(root);
    const { term, explanation } = fields(li);
    expect(term.value).toBe('医银合作');
    expect(document.activeElement).toBe(term);
    expect(li.textContent).toContain(t('termEditHint'));
    await type(term, '  医银合作模式 ');
    await type(explanation, '医保 + 银行');
    // Moving between the two fields does not save.
    await focusOut(term, explanation);
    expect(editing(root)).toBe(li);
    await key(explanation, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(editing(root)).toBeFalsy());
    expect(terms(root)).toContain('医银合作模式');
    expect(item(root, '医银合作模式').querySelector('.term-expl')?.textContent).toBe('医保 + 银行');
    const saved = (await stored(repo))['医银合作模式'];
    expect(saved).toMatchObject({ id: first?.id, explanation: '医保 + 银行', createdAt: first?.createdAt });
    expect(Object.keys(await stored(repo))).toHaveLength(3);
  });

  it('saves when focus leaves the fields, and Esc cancels', async () => {
    const { root, repo } = await setup();
    await click(button(item(root, '共同富裕'), t('termEditLabel', '共同富裕')));
    await type(fields(editing(root)).explanation, '全体人民共同富裕');
    await focusOut(fields(editing(root)).explanation, null);
    await waitFor(() => expect(editing(root)).toBeFalsy());
    expect(item(root, '共同富裕').querySelector('.term-expl')?.textContent).toBe('全体人民共同富裕');
    await waitFor(async () => expect((await stored(repo))['共同富裕']?.explanation).toBe('全体人民共同富裕'));

    await click(button(item(root, '共同富裕'), t('termEditLabel', '共同富裕')));
    await type(fields(editing(root)).explanation, '不要保存');
    await key(fields(editing(root)).explanation, { key: 'Escape' });
    expect(editing(root)).toBeFalsy();
    expect(item(root, '共同富裕').querySelector('.term-expl')?.textContent).toBe('全体人民共同富裕');
    expect((await stored(repo))['共同富裕']?.explanation).toBe('全体人民共同富裕');
  });

  it('has Save and Cancel buttons in the editor', async () => {
    const { root, repo } = await setup();
    await click(button(item(root, '共同富裕'), t('termEditLabel', '共同富裕')));
    await type(fields(editing(root)).explanation, '用按钮保存');
    await click(button(editing(root), t('termSave')));
    await waitFor(() => expect(editing(root)).toBeFalsy());
    expect((await stored(repo))['共同富裕']?.explanation).toBe('用按钮保存');
    await click(button(item(root, '共同富裕'), t('termEditLabel', '共同富裕')));
    await type(fields(editing(root)).explanation, '取消');
    await click(button(editing(root), t('termCancel')));
    expect(editing(root)).toBeFalsy();
    expect((await stored(repo))['共同富裕']?.explanation).toBe('用按钮保存');
  });

  it('says clearly when a term is already in the glossary, and keeps what was typed', async () => {
    const { root, repo } = await setup();
    const before = await repo.allTerms();
    await click(button(item(root, '共同富裕'), t('termEditLabel', '共同富裕')));
    const li = editing(root);
    await type(fields(li).term, '医银合作');
    await key(fields(li).term, { key: 'Enter', ctrlKey: true });
    const alert = await present(li, '[role="alert"]');
    expect(alert.textContent).toBe(t('termDuplicate', '医银合作'));
    expect(editing(root)).toBe(li);
    expect(fields(li).term.value).toBe('医银合作');
    expect(fields(li).term.getAttribute('aria-invalid')).toBe('true');
    expect(await repo.allTerms()).toEqual(before);

    // A term added elsewhere since the list was loaded: the background refuses it.
    await repo.putTerm({ term: '山区海岛县', explanation: '' });
    await type(fields(li).term, '山区海岛县');
    await focusOut(fields(li).term, null);
    await waitFor(() => expect(li.querySelector('[role="alert"]')?.textContent).toBe(t('termSaveFailed', '“山区海岛县” is already in your glossary')));
    expect(editing(root)).toBe(li);
    expect(Object.keys(await stored(repo)).sort()).toEqual(['五篇大文章', '共同富裕', '医银合作', '山区海岛县'].sort());

    // Fixed: saved, the error goes away.
    await type(fields(li).term, '共同富裕示范区');
    await key(fields(li).term, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(editing(root)).toBeFalsy());
    expect(root.querySelector('.term-error')).toBeNull();
    expect(terms(root)).toContain('共同富裕示范区');
  });

  it('refuses an empty term without asking the background', async () => {
    const { root, api } = await setup();
    const put = vi.spyOn(api, 'putTerm');
    await click(button(item(root, '医银合作'), t('termEditLabel', '医银合作')));
    await type(fields(editing(root)).term, '   ');
    await key(fields(editing(root)).term, { key: 'Enter', ctrlKey: true });
    expect(editing(root).querySelector('[role="alert"]')?.textContent).toBe(t('termEmpty'));
    expect(put).not.toHaveBeenCalled();
  });

  it('deletes with an Undo that puts the same term back', async () => {
    const { root, repo, stored: seeded } = await setup();
    const target = seeded.find((r) => r.term === '医银合作') as TermRecord;
    await click(button(item(root, '医银合作'), t('termDeleteLabel', '医银合作')));
    expect(terms(root)).not.toContain('医银合作');
    const status = root.querySelector('.term-undo') as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain(t('termDeleted', '医银合作'));
    await waitFor(async () => expect(Object.keys(await stored(repo))).not.toContain('医银合作'));
    await click(button(status, t('termUndoLabel', '医银合作')));
    expect(root.querySelector('.term-undo')).toBeNull();
    expect(terms(root)).toContain('医银合作');
    await waitFor(async () => expect((await stored(repo))['医银合作']).toMatchObject({ id: target.id, term: target.term, explanation: target.explanation }));
    expect(Object.keys(await stored(repo))).toHaveLength(3);
  });

  it('keeps a keyboard reader’s focus in the list: on the edit button after Ctrl+Enter (a rename too) and Esc, on the next term after a delete, on the term put back by Undo', async () => {
    const { root } = await setup();
    const focusedName = () => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.tagName;
    // Rename by keys: Ctrl+Enter saves and the focus is on the renamed term's edit button.
    await click(button(item(root, '共同富裕'), t('termEditLabel', '共同富裕')));
    await type(fields(editing(root)).term, '共同富裕路径');
    await key(fields(editing(root)).term, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(editing(root)).toBeFalsy());
    await waitFor(() => expect(focusedName()).toBe(t('termEditLabel', '共同富裕路径')));
    // Esc: back on the edit button it came from.
    await click(button(item(root, '医银合作'), t('termEditLabel', '医银合作')));
    await key(fields(editing(root)).explanation, { key: 'Escape' });
    await waitFor(() => expect(focusedName()).toBe(t('termEditLabel', '医银合作')));
    // Delete: the focus goes to the delete button of the term drawn after it (before it, for the last).
    const order = terms(root);
    const at = order.indexOf('医银合作');
    const next = order[at + 1] ?? order[at - 1];
    await click(button(item(root, '医银合作'), t('termDeleteLabel', '医银合作')));
    await waitFor(() => expect(focusedName()).toBe(t('termDeleteLabel', next as string)));
    // Undo: the focus goes to the term put back.
    await click(button(root.querySelector('.term-undo') as HTMLElement, t('termUndoLabel', '医银合作')));
    await waitFor(() => expect(focusedName()).toBe(t('termDeleteLabel', '医银合作')));
  });

  it('undoes a delete even when Undo comes before the delete reached the background', async () => {
    const { root, repo, api } = await setup();
    let release: () => void = () => undefined;
    const realDelete = api.deleteTerm;
    api.deleteTerm = (id) => new Promise((resolve) => {
      release = () => resolve(realDelete(id));
    });
    await click(button(item(root, '共同富裕'), t('termDeleteLabel', '共同富裕')));
    await click(button(root, t('termUndoLabel', '共同富裕')));
    release();
    await waitFor(async () => expect(Object.keys(await stored(repo))).toContain('共同富裕'));
    expect(terms(root)).toContain('共同富裕');
  });

  it('takes Undo away after a while', async () => {
    const { root } = await setup({ undoMs: 60 });
    await click(button(item(root, '共同富裕'), t('termDeleteLabel', '共同富裕')));
    expect(root.querySelector('.term-undo')).not.toBeNull();
    await waitFor(() => expect(root.querySelector('.term-undo')).toBeNull());
    expect(terms(root)).not.toContain('共同富裕');
  });

  it('shows a page at a time with "Show more"', async () => {
    const seed = Array.from({ length: 5 }, (_, i) => ({ term: `术语${i}`, explanation: '' }));
    const { root } = await setup({ seed, pageSize: 2 });
    expect(terms(root)).toEqual(['术语0', '术语1']);
    await click(button(root, t('termsShowMore', '3')));
    await click(button(root, t('termsShowMore', '1')));
    expect(terms(root)).toHaveLength(5);
    expect(root.querySelector('.term-more')).toBeNull();
  });

  it('exports every term as a Dubao terms JSON file', async () => {
    const { root, api, stored: seeded } = await setup({ pageSize: 1 });
    await click(button(root, t('termsExportLabel', '3')));
    expect(api.download).toHaveBeenCalledOnce();
    const [name, text, mime] = api.download.mock.calls[0] as [string, string, string];
    expect(name).toMatch(/^dubao-terms-\d{4}-\d{2}-\d{2}\.json$/u);
    expect(mime).toBe('application/json;charset=utf-8');
    const doc = JSON.parse(text) as { format: string; version: number; exportedAt: string; terms: TermRecord[] };
    expect(doc.format).toBe('dubao-terms');
    expect(doc.version).toBe(1);
    expect(Number.isNaN(Date.parse(doc.exportedAt))).toBe(false);
    const sortByTerm = (list: TermRecord[]) => [...list].sort((a, b) => (a.term < b.term ? -1 : 1));
    expect(sortByTerm(doc.terms)).toEqual(sortByTerm(seeded));
  });
});

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

