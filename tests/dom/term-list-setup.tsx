// What the term-list tests share: three seeded terms in a TermList over the real message service
// and repository, and ways to find, edit and key into its items.
import { act } from 'preact/test-utils';
import { expect } from 'vitest';
import { TermList } from '../../components/TermList';
import type { TermRecord } from '../../lib/db/terms';
import { XSS, byName, mount, serviceApi, t, waitFor } from './panel-fixtures';

export const SEED = [
  { term: '医银合作', explanation: '医保部门与银行合作，在银行网点办理医保业务' },
  { term: '共同富裕', explanation: '' },
  { term: '五篇大文章', explanation: XSS },
];

export async function setup(opts: { undoMs?: number; pageSize?: number; seed?: { term: string; explanation: string }[] } = {}) {
  const { api, repo } = await serviceApi([]);
  const stored: TermRecord[] = [];
  for (const s of opts.seed ?? SEED) stored.push(await repo.putTerm(s));
  const root = await mount(<TermList api={api} undoMs={opts.undoMs ?? 6000} pageSize={opts.pageSize ?? 20} />);
  await waitFor(() => expect(root.textContent).not.toContain(t('loading')));
  return { root, api, repo, stored };
}

/** The element `selector` finds, once it is there. */
export const present = (root: ParentNode, selector: string): Promise<HTMLElement> =>
  waitFor(() => {
    const el = root.querySelector<HTMLElement>(selector);
    if (!el) throw new Error(`no ${selector}`);
    return el;
  });

/** The terms shown, in order. */
export const terms = (root: ParentNode): string[] => [...root.querySelectorAll('.term-term')].map((n) => n.textContent ?? '');
export const item = (root: ParentNode, term: string): HTMLElement => {
  const found = [...root.querySelectorAll<HTMLElement>('.term-item')].find((li) => li.querySelector('.term-term')?.textContent === term);
  if (!found) throw new Error(`no term ${term}`);
  return found;
};
export const fields = (li: HTMLElement) => ({
  term: byName<HTMLInputElement>(li, 'input', t('termTermLabel')),
  explanation: byName<HTMLTextAreaElement>(li, 'textarea', t('termExplanationLabel')),
});
export const editing = (root: ParentNode): HTMLElement => root.querySelector('.term-edit')?.closest('.term-item') as HTMLElement;

export async function key(el: HTMLElement, init: KeyboardEventInit): Promise<void> {
  await act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}
/** Focus leaves `el` for `next` (null: somewhere outside the list). */
export async function focusOut(el: HTMLElement, next: HTMLElement | null = null): Promise<void> {
  await act(() => {
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: next }));
  });
}
export const stored = async (repo: { allTerms(): Promise<TermRecord[]> }) => Object.fromEntries((await repo.allTerms()).map((r) => [r.term, r]));
