// Offsets of the repaired text ⇄ offsets of the text displayed in a converted script. Character
// conversion keeps lengths, but phrase conversion does not (内存 → 記憶體, U盘 → 隨身碟,
// 方便面 → 泡麵): highlights are stored in repaired-text offsets and drawn in displayed ones.
import type { BlockRange } from '../../lib/anchor';
import { scriptText, type DisplayModel } from './display';
import type { ArticleState } from './context';

/** Both directions of one block's mapping: `toShown[k]` for repaired offset k (0…n), `toRepaired[k]` for displayed offset k (0…m). */
interface Alignment {
  toShown: Int32Array;
  /** Where a displayed offset falls inside a replaced phrase: its start (for a range start) and end (for a range end). */
  startOf: Int32Array;
  endOf: Int32Array;
}

/** Above this many cells (repaired × displayed length) the texts are aligned greedily instead. */
const MAX_CELLS = 2_500_000;

/**
 * Aligns a repaired text with its displayed form. `each` is the repaired text converted one
 * character at a time (same length); the characters it shares with the displayed text (their
 * longest common subsequence) are in step, and each stretch between them is a converted phrase.
 */
export function align(repaired: string, each: string, shown: string): Alignment {
  const n = repaired.length;
  const m = shown.length;
  const toShown = new Int32Array(n + 1);
  const startOf = new Int32Array(m + 1);
  const endOf = new Int32Array(m + 1);
  let i = 0;
  let j = 0;
  /** Maps the replaced stretch [i, i2) ⇄ [j, j2), then the pair in step at (i2, j2). */
  const step = (i2: number, j2: number): void => {
    const di = i2 - i;
    const dj = j2 - j;
    for (let k = 0; k < di; k++) toShown[i + k] = j + Math.floor((k * dj) / di);
    // Inside a phrase a range start goes back to the phrase's start, an end on to its end.
    for (let k = 0; k < dj; k++) {
      startOf[j + k] = i;
      endOf[j + k] = k === 0 ? i : i2;
    }
    i = i2;
    j = j2;
  };
  for (const [pi, pj] of commonPairs(each, shown, n, m)) {
    step(pi, pj);
    toShown[i] = j;
    startOf[j] = i;
    endOf[j] = i;
    i++;
    j++;
  }
  step(n, m);
  toShown[n] = m;
  startOf[m] = n;
  endOf[m] = n;
  return { toShown, startOf, endOf };
}

/** Index pairs of a longest common subsequence of `a` and `b` (greedy when the texts are very long). */
function commonPairs(a: string, b: string, n: number, m: number): [number, number][] {
  const pairs: [number, number][] = [];
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (let i = 0, j = 0; i < n && j < m; i++, j++) if (a[i] === b[j]) pairs.push([i, j]);
    return pairs;
  }
  // lcs[i][j]: length of the longest common subsequence of a[i…] and b[j…].
  const w = m + 1;
  const lcs = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = a[i] === b[j] ? (lcs[(i + 1) * w + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number)) i++;
    else j++;
  }
  return pairs;
}

const cache = new WeakMap<DisplayModel, Map<number, Alignment | null>>();

/** The alignment of block `i` under the model in force, or null where offsets carry over unchanged. */
function alignment(state: ArticleState, i: number): Alignment | null {
  const model = state.model();
  const block = state.repaired()?.blocks[i];
  if (!model || !block) return null;
  let perBlock = cache.get(model);
  if (!perBlock) cache.set(model, (perBlock = new Map()));
  if (perBlock.has(i)) return perBlock.get(i) ?? null;
  const shown = model.text(i);
  let found: Alignment | null = null;
  if (shown !== block.text && shown.length !== block.text.length) {
    const each = Array.from(block.text, (ch) => {
      const c = scriptText(ch, state.settings.script, state.cn2t, state.annotator);
      return c.length === ch.length ? c : ch;
    }).join('');
    found = align(block.text, each, shown);
  }
  perBlock.set(i, found);
  return found;
}

/** A range of the repaired text as offsets of the displayed text. */
export function toDisplayed(state: ArticleState, r: BlockRange): BlockRange {
  const a = alignment(state, r.startBlock);
  const b = alignment(state, r.endBlock);
  return { startBlock: r.startBlock, start: a ? a.toShown[r.start] ?? r.start : r.start, endBlock: r.endBlock, end: b ? b.toShown[r.end] ?? r.end : r.end };
}

/** A range of the displayed text as offsets of the repaired text (a partly selected phrase counts whole). */
export function toRepaired(state: ArticleState, r: BlockRange): BlockRange {
  const a = alignment(state, r.startBlock);
  const b = alignment(state, r.endBlock);
  return { startBlock: r.startBlock, start: a ? a.startOf[r.start] ?? r.start : r.start, endBlock: r.endBlock, end: b ? b.endOf[r.end] ?? r.end : r.end };
}
