// @vitest-environment happy-dom
// The reader's glossary terms in the popup and the library: list, edit in place, delete with
// undo, paging and export (over the real message service and repository), text-only rendering.
// Import, the editor opened from a page, the places the list appears and its messages:
// term-import.test.tsx.
import { describe, expect, it, vi } from 'vitest';
import type { TermRecord } from '../../lib/db/terms';
import { XSS, button, click, t, type, waitFor } from './panel-fixtures';
import { SEED, editing, fields, focusOut, item, key, present, setup, stored, terms } from './term-list-setup';

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
