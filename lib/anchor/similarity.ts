// Similarity of short strings (quote context, ≤ 64 characters): 1 − edit distance / length.

let row = new Int32Array(80);

/** Levenshtein distance (UTF-16 units), O(a·b) time, one reused row. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (row.length < b.length + 1) row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let diag = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(up + 1, (row[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * How well the stored context agrees with the text next to a candidate, 0…1; null when the
 * stored context is empty (no information). `side` says which end of the two strings lies
 * against the quote: the prefix ends at the quote, the suffix starts at it.
 */
export function contextScore(stored: string, actual: string, side: 'prefix' | 'suffix'): number | null {
  if (stored.length === 0) return null;
  if (stored === actual) return 1;
  // Exact agreement next to the quote is the common case (text changed further away).
  let same = 0;
  const n = Math.min(stored.length, actual.length);
  if (side === 'prefix') {
    while (same < n && stored.charCodeAt(stored.length - 1 - same) === actual.charCodeAt(actual.length - 1 - same)) same++;
  } else {
    while (same < n && stored.charCodeAt(same) === actual.charCodeAt(same)) same++;
  }
  if (same === stored.length) return 1;
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}
