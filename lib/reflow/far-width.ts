// The width of the nearest measured run, however far from a run too short to measure (columns are
// alike on a page): looked up in tables built once a page, so a page of many such runs stays linear.

interface Nearest {
  /** For each run, the nearest measured run at or before it (-1: none). */
  before: Int32Array;
  /** For each run, the nearest measured run at or after it (-1: none). */
  after: Int32Array;
}

const tables = new WeakMap<readonly (number | undefined)[], Nearest>();

function nearestOf(widths: readonly (number | undefined)[]): Nearest {
  let t = tables.get(widths);
  if (t) return t;
  const n = widths.length;
  const before = new Int32Array(n).fill(-1);
  const after = new Int32Array(n).fill(-1);
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (widths[i] !== undefined) last = i;
    before[i] = last;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (widths[i] !== undefined) last = i;
    after[i] = last;
  }
  t = { before, after };
  tables.set(widths, t);
  return t;
}

/**
 * The width of the measured run nearest to runs `from` (looking back) and `to` (looking ahead), the
 * one before on a tie; undefined on a page with no measured run.
 */
export function farWidth(widths: readonly (number | undefined)[], from: number, to: number): number | undefined {
  const { before, after } = nearestOf(widths);
  const n = widths.length;
  const i = Math.min(from - 1, n - 1);
  const j = Math.max(to + 1, 0);
  const b = i >= 0 ? (before[i] as number) : -1;
  const a = j < n ? (after[j] as number) : -1;
  if (b < 0 && a < 0) return undefined;
  if (a < 0 || (b >= 0 && from - b <= a - to)) return widths[b];
  return widths[a];
}
