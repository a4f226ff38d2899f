// Where the keyboard focus goes in a list of items (highlights, terms) after a change: a control
// that vanishes with its item (delete) or the item that comes back (undo) would leave the focus
// on the page's body, and a keyboard reader would start again from the top.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** What a list names its items and controls by (CSS selectors; `data` is the items' dataset key). */
export interface ListFocusShape {
  /** Selector of an item (`.hl-item`). */
  readonly item: string;
  /** Dataset key holding an item's id (`hlId` for `data-hl-id`). */
  readonly data: string;
  /** The control of item `id` that takes the focus (its delete button). */
  control(id: string): string;
  /** Where the focus goes when no item is to have it, first match wins (the search box, the heading). */
  readonly fallbacks: readonly string[];
}

/**
 * Keeps the focus in the list `section` across redraws: set `want.current` to `{ id }` (that item's
 * control) or `{ id: null }` (the fallbacks) before a change; once the list has drawn it, the
 * focus goes there. `neighbour(id)` is the item drawn after `id` (before it when it is the last).
 */
export function useListFocus(section: RefObject<HTMLElement>, shape: ListFocusShape): {
  want: { current: { id: string | null } | null };
  neighbour(id: string): string | null;
} {
  const want = useRef<{ id: string | null } | null>(null);
  useEffect(() => {
    const next = want.current;
    const root = section.current;
    if (!next || !root) return;
    want.current = null;
    const own = next.id === null ? null : root.querySelector<HTMLElement>(shape.control(next.id));
    const target = own ?? shape.fallbacks.map((s) => root.querySelector<HTMLElement>(s)).find((e) => e !== null);
    target?.focus();
  });
  const neighbour = (id: string): string | null => {
    const items = [...(section.current?.querySelectorAll<HTMLElement>(shape.item) ?? [])];
    const at = items.findIndex((li) => li.dataset[shape.data] === id);
    return (items[at + 1] ?? items[at - 1])?.dataset[shape.data] ?? null;
  };
  return { want, neighbour };
}
