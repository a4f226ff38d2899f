/**
 * Candidates and features of the learned scorer of unquoted policy compounds (./term-scorer.ts),
 * shared with its training script (scripts/train-term-scorer.ts) so that both see a span alike. Pure.
 *
 * A candidate is a stretch of two to four pieces of a Han run's segmentation (CC-CEDICT words of
 * two to six characters through `isWord`, and single characters), four to eight characters long,
 * ending in a dictionary word (the head noun or verb), with at most two single characters and no
 * function character standing alone (的, 了, 在, 是, 和 …): 异地|就医|备案, 医|银|合作.
 */

/** Shortest and longest word the segmentation asks `isWord` about. */
const WORD_MIN = 2;
const WORD_MAX = 6;
/** Shortest and longest candidate, in characters. */
export const SPAN_MIN = 4;
export const SPAN_MAX = 8;
/** Single characters that are function words or clause glue: a candidate holds none of them alone. */
const FUNCTION_CHARS = new Set([...'的地得了着过在是和与及等也都就而被把将对为从向于又并或其之所这那个我你他她它们有不没很让给到说要会能已还再最更又']);
const HAN_RUN = /\p{Script=Han}{4,}/gu;

/** A candidate: [start, end) in the text and its pieces. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly pieces: readonly string[];
}

/**
 * The pieces of `run` with the fewest pieces (dictionary words of two to six characters, else
 * single characters; on a tie the later piece is the longer). Every substring of two to six
 * characters is asked, whatever the answers, so that `wordQuestions` can list them ahead of time.
 */
export function segmentRun(run: string, isWord: (w: string) => boolean): string[] {
  const n = run.length;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    const c = (cost[i] as number) + 1;
    if (c < (cost[i + 1] as number)) {
      cost[i + 1] = c;
      from[i + 1] = i;
    }
    for (let l = WORD_MIN; l <= WORD_MAX && i + l <= n; l++) {
      if (isWord(run.slice(i, i + l)) && c <= (cost[i + l] as number)) {
        cost[i + l] = c;
        from[i + l] = i;
      }
    }
  }
  const out: string[] = [];
  for (let j = n; j > 0; j = from[j] as number) out.push(run.slice(from[j] as number, j));
  return out.reverse();
}

/** Whether a stretch of pieces may be a candidate (see the header). */
export function candidatePieces(pieces: readonly string[]): boolean {
  const len = pieces.reduce((a, p) => a + p.length, 0);
  if (pieces.length < 2 || pieces.length > 4 || len < SPAN_MIN || len > SPAN_MAX) return false;
  let singles = 0;
  for (const p of pieces) {
    if (p.length === 1) {
      singles++;
      if (FUNCTION_CHARS.has(p)) return false;
    }
  }
  return singles <= 2 && (pieces[pieces.length - 1] as string).length >= 2;
}

/** Every candidate of `text`, in order of start, then of end. */
export function candidates(text: string, isWord: (w: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const pieces = segmentRun(m[0], isWord);
    const starts: number[] = [];
    let at = m.index;
    for (const p of pieces) {
      starts.push(at);
      at += p.length;
    }
    for (let i = 0; i < pieces.length; i++) {
      for (let k = 2; k <= 4 && i + k <= pieces.length; k++) {
        const ps = pieces.slice(i, i + k);
        if (!candidatePieces(ps)) continue;
        const s = starts[i] as number;
        out.push({ start: s, end: s + ps.join('').length, pieces: ps });
      }
    }
  }
  return out;
}

/**
 * The features of a stretch of pieces: its first and last piece, every piece of two or more
 * characters, the character bigrams, the first and last character, the last two characters, the
 * pattern of piece lengths, its length and how many single characters it holds.
 */
export function features(pieces: readonly string[]): string[] {
  const text = pieces.join('');
  const out = new Set<string>(['bias']);
  out.add(`F${pieces[0] ?? ''}`);
  out.add(`L${pieces[pieces.length - 1] ?? ''}`);
  for (const p of pieces) if (p.length >= 2) out.add(`W${p}`);
  for (let i = 0; i + 1 < text.length; i++) out.add(`B${text.slice(i, i + 2)}`);
  out.add(`S${text[0] ?? ''}`);
  out.add(`E${text[text.length - 1] ?? ''}`);
  out.add(`T${text.slice(-2)}`);
  out.add(`P${pieces.map((p) => Math.min(p.length, 4)).join('')}`);
  out.add(`N${text.length}`);
  out.add(`U${pieces.filter((p) => p.length === 1).length}`);
  return [...out];
}
