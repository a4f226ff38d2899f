// @vitest-environment happy-dom
// The selection toolbar's actions: a note (saving the highlight first), copy with citation,
// look up, and what a page script's clicks do (nothing).
import { describe, expect, it, vi } from 'vitest';
import { SelectionToolbar, type SavedHighlight, type ToolbarActions, type ToolbarLabels } from '../../entrypoints/content/toolbar';
import { asTrusted } from '../helpers/trusted';

const labels: ToolbarLabels = {
  toolbar: 'Highlight toolbar', color: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' }, note: 'Note', notePlaceholder: 'Your note',
  saveNote: 'Save note', copyCitation: 'Copy with citation', copied: 'Copied', lookUp: 'Look up', addTerm: 'Add to glossary',
  termPlaceholder: 'Your explanation', saveTerm: 'Save term', error: (why) => `Not saved: ${why}`,
  removeHighlight: 'Remove this highlight', savedNote: (note) => `Note: ${note}`,
};
const rect = { left: 100, top: 300, right: 300, bottom: 320, width: 200, height: 20, x: 100, y: 300 } as DOMRect;
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(overrides: Partial<ToolbarActions> = {}, existing: SavedHighlight | null = null) {
  document.body.innerHTML = '';
  const actions: ToolbarActions = {
    highlight: vi.fn(() => Promise.resolve('h1')), saveNote: vi.fn(() => Promise.resolve()), copyCitation: vi.fn(() => Promise.resolve()),
    lookUp: vi.fn(), addTerm: vi.fn(() => Promise.resolve()), recolor: vi.fn(() => Promise.resolve()), removeHighlight: vi.fn(() => Promise.resolve()), ...overrides,
  };
  const bar = new SelectionToolbar(document, labels, actions);
  bar.show([rect], 0, existing);
  const root = (document.querySelector('[data-dubao-ui="toolbar"]') as HTMLElement).shadowRoot as ShadowRoot;
  const button = (name: string) => Array.from(root.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === name) as HTMLButtonElement;
  const press = (name: string) => button(name).dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
  return { bar, actions, root, button, press };
}

describe('selection toolbar', () => {
  it('on a saved highlight: shows its note, marks its colour, edits that note, recolours and removes it instead of saving another', async () => {
    const saved: SavedHighlight = { id: 'h7', color: 'green', note: '问一下社区' };
    const { root, press, button, actions, bar: toolbar } = setup({}, saved);
    expect(root.querySelector('.note')?.textContent).toBe('Note: 问一下社区');
    // The toolbar is described by the note (a screen reader says it as the keyboard enters).
    const bar = root.querySelector('[role="toolbar"]') as HTMLElement;
    expect(root.getElementById(bar.getAttribute('aria-describedby') ?? '-')?.textContent).toBe('Note: 问一下社区');
    expect(button('Green').getAttribute('aria-pressed')).toBe('true');
    expect(button('Yellow').getAttribute('aria-pressed')).toBe('false');
    press('Note');
    await settle();
    const ta = root.querySelector('textarea') as HTMLTextAreaElement;
    expect(ta.value).toBe('问一下社区');
    ta.value = '问一下社区：周末也开';
    press('Save note');
    await settle();
    expect(actions.saveNote).toHaveBeenCalledWith('h7', '问一下社区：周末也开');
    expect(actions.highlight).not.toHaveBeenCalled();

    const again = setup({}, saved);
    again.press('Blue');
    await settle();
    expect(again.actions.recolor).toHaveBeenCalledWith('h7', 'blue');
    expect(again.actions.highlight).not.toHaveBeenCalled();
    expect(again.bar.isOpen()).toBe(false);

    const third = setup({}, saved);
    third.press('Remove this highlight');
    await settle();
    expect(third.actions.removeHighlight).toHaveBeenCalledWith('h7');
    expect(third.bar.isOpen()).toBe(false);
    void toolbar;
  });

  it('off a saved highlight: no note line, no remove button, no pressed colour', () => {
    const { root, button } = setup();
    expect(root.querySelector('.note')).toBeNull();
    expect(button('Remove this highlight')).toBeUndefined();
    expect(button('Green').hasAttribute('aria-pressed')).toBe(false);
  });

  it('says why a removal failed and stays open', async () => {
    const { root, press, bar } = setup({ removeHighlight: () => Promise.reject(new Error('disk full')) }, { id: 'h7', color: 'yellow', note: '' });
    expect(root.querySelector('.note')).toBeNull();
    press('Remove this highlight');
    await settle();
    await settle();
    expect(root.querySelector('[role=status]')?.textContent).toBe('Not saved: disk full');
    expect(bar.isOpen()).toBe(true);
  });

  it('saves the highlight, then the note typed for it', async () => {
    const { actions, root, press } = setup();
    press('Note');
    await settle();
    expect(actions.highlight).toHaveBeenCalledWith('yellow');
    const ta = root.querySelector('textarea') as HTMLTextAreaElement;
    ta.value = '记下：城厢支行在哪里';
    press('Save note');
    await settle();
    expect(actions.saveNote).toHaveBeenCalledWith('h1', '记下：城厢支行在哪里');
  });

  it('opens the note field at once, with the focus, while the highlight is still saving; saves that highlight once', async () => {
    let resolve: (id: string) => void = () => undefined;
    const highlight = vi.fn(() => new Promise<string>((r) => (resolve = r)));
    const { actions, root, press } = setup({ highlight });
    press('Note');
    // Before the save's round trip ends: the reader's first keys must land in the field.
    const ta = root.querySelector('textarea') as HTMLTextAreaElement;
    expect(ta).not.toBeNull();
    expect(root.activeElement).toBe(ta);
    ta.value = '先记下';
    press('Note'); // pressed again while saving: same field, same highlight
    expect(root.querySelectorAll('textarea')).toHaveLength(1);
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe('先记下');
    press('Save note');
    await settle();
    expect(actions.saveNote).not.toHaveBeenCalled();
    resolve('h9');
    await settle();
    await settle();
    expect(highlight).toHaveBeenCalledTimes(1);
    expect(actions.saveNote).toHaveBeenCalledWith('h9', '先记下');
  });

  it('takes the note field away when there was nothing to save, and says why a save failed', async () => {
    const empty = setup({ highlight: vi.fn(() => Promise.resolve(null)) });
    empty.press('Note');
    await settle();
    expect(empty.root.querySelector('textarea')).toBeNull();
    const failing = setup({ highlight: vi.fn(() => Promise.reject(new Error('disk full'))) });
    failing.press('Note');
    await settle();
    await settle();
    expect(failing.root.querySelector('[role=status]')?.textContent).toBe('Not saved: disk full');
  });

  it('copies with citation and says so; says why when copying fails', async () => {
    const { root, press, actions } = setup();
    press('Copy with citation');
    await settle();
    expect(actions.copyCitation).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Copied');
    const failing = setup({ copyCitation: () => Promise.reject(new Error('clipboard blocked')) });
    failing.press('Copy with citation');
    await settle();
    await settle();
    expect(failing.root.querySelector('[role=status]')?.textContent).toBe('Not saved: clipboard blocked');
  });

  it('closes and looks the selection up', () => {
    const { bar, press, actions } = setup();
    press('Look up');
    expect(actions.lookUp).toHaveBeenCalledTimes(1);
    expect(bar.isOpen()).toBe(false);
  });

  it('does nothing for clicks a page script makes', async () => {
    const { bar, button, actions } = setup();
    for (const name of ['Yellow', 'Note', 'Copy with citation', 'Look up', 'Add to glossary']) button(name).click();
    await settle();
    expect(actions.highlight).not.toHaveBeenCalled();
    expect(actions.copyCitation).not.toHaveBeenCalled();
    expect(actions.lookUp).not.toHaveBeenCalled();
    expect(bar.isOpen()).toBe(true);
  });

  it('is a plain element (no custom element name a page could define first)', () => {
    setup();
    const host = document.querySelector('[data-dubao-ui="toolbar"]') as HTMLElement;
    expect(host.tagName).toBe('DIV');
    expect(host.shadowRoot?.querySelector('[role=toolbar]')?.getAttribute('aria-label')).toBe('Highlight toolbar');
  });

  it('closes on Escape pressed on the page after a drag, but not for a page script, a page field or an open card', () => {
    const esc = (target: EventTarget, trusted = true) => {
      const e = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true });
      target.dispatchEvent(trusted ? asTrusted(e) : e);
    };
    const { bar } = setup();
    esc(document.body, false);
    expect(bar.isOpen()).toBe(true);
    const field = document.createElement('input');
    document.body.append(field);
    esc(field);
    expect(bar.isOpen()).toBe(true);
    const card = document.createElement('div');
    card.setAttribute('data-dubao-ui', 'card');
    document.body.append(card);
    esc(document.body);
    expect(bar.isOpen()).toBe(true);
    card.remove();
    esc(document.body);
    expect(bar.isOpen()).toBe(false);
    expect(document.querySelector('[data-dubao-ui="toolbar"]')).toBeNull();
  });
});
