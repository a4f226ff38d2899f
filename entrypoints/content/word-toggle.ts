// A click or tap on a word toggles that word's pinyin (the first one loads pinyin); a slow
// double-click's second click undoes it: a toggle still waiting for pinyin or for the word's
// bounds is cancelled, one already drawn is toggled back on the same word.
import { codePointIndex } from '../../lib/codepoints';
import { wordAround } from './display';
import type { PageContext } from './context';
import type { GesturePoint } from './gesture';

/** Whether a pointer is pressed now, and where to queue work for after its release and click. */
export interface Press {
  held(): boolean;
  afterRelease(f: () => void): void;
}

/** A click's pinyin toggle: waiting (for pinyin or the word's bounds), drawn, or cancelled by a slow double-click. */
interface Toggle {
  hit: { block: number; offset: number };
  state: 'pending' | 'applied' | 'cancelled';
}

/**
 * Toggles the pinyin of the word at `at` in the repaired view. Returns how to undo it: a toggle
 * still pending is cancelled (nothing is drawn); one already drawn is toggled back on the same
 * word (found where it was clicked, not at the point, which the pinyin may have moved).
 */
export function toggleWordAt(ctx: PageContext, at: GesturePoint, press: Press): () => void {
  const hit = ctx.features.lookup.charAt(at);
  if (!hit) return () => undefined;
  const toggle: Toggle = { hit, state: 'pending' };
  toggleHit(ctx, toggle, press);
  return () => {
    if (toggle.state === 'pending') toggle.state = 'cancelled';
    else if (toggle.state === 'applied') toggleHit(ctx, { hit, state: 'pending' }, press);
  };
}

function toggleHit(ctx: PageContext, toggle: Toggle, press: Press): void {
  const { state, deps } = ctx;
  if (state.annotator) return toggleAt(ctx, toggle, press);
  if (!deps.loadAnnotator) return;
  // (Marked for the browser tests: the toggle waits for pinyin to arrive.)
  performance.mark('dubao:word-toggle-waits');
  void ctx.once('annotator', deps.loadAnnotator).then((an) => {
    state.annotator = an;
    toggleAt(ctx, toggle, press);
  }, () => undefined);
}

function toggleAt(ctx: PageContext, toggle: Toggle, press: Press): void {
  const { state, deps } = ctx;
  const { hit } = toggle;
  if (toggle.state !== 'pending') return;
  const text = state.model()?.text(hit.block) ?? '';
  const cpOf = codePointIndex(text);
  const cp = cpOf[hit.offset] ?? 0;
  if (!/\p{Script=Han}/u.test(Array.from(text)[cp] ?? '')) return;
  const apply = (word: number[]): void => {
    if (toggle.state !== 'pending') return;
    // Redrawing the block between a press and its release would take the press's element away,
    // and the browser would fire no click (a slow double-click's second click, which undoes
    // this toggle, would be lost): wait for the release and its click.
    if (press.held()) return press.afterRelease(() => apply(word));
    toggle.state = 'applied';
    const set = state.toggled.get(hit.block) ?? new Set<number>();
    for (const k of word) if (!set.delete(k)) set.add(k);
    if (set.size) state.toggled.set(hit.block, set);
    else state.toggled.delete(hit.block);
    // Its reading is drawn as the word clicked, even where the browser's segmenter splits it.
    const words = state.clickedWords.get(hit.block) ?? new Map<number, number>();
    words.set(word[0] ?? cp, (word.at(-1) ?? cp) + 1);
    state.clickedWords.set(hit.block, words);
    state.forgetModel();
    ctx.features.view.fillBlocks([hit.block]);
    ctx.features.highlights.draw();
  };
  // The dictionary's word (asked of the background, on a window of the text), else the platform's.
  const from = Math.max(0, hit.offset - 60);
  const fallback = (): void => apply(wordAround(text, cp));
  if (!deps.wordAt) return fallback();
  deps.wordAt(text.slice(from, hit.offset + 60), hit.offset - from).then((w) => {
    if (!w) return fallback();
    const a = cpOf[from + w.start] ?? cp;
    const e = cpOf[from + w.end] ?? cp + 1;
    apply(Array.from({ length: Math.max(1, e - a) }, (_, j) => a + j));
  }, fallback);
}
