// The article as one string: block texts joined with '\n', and the maps between block offsets
// and offsets in that string.

export interface BlockRange {
  startBlock: number;
  start: number;
  endBlock: number;
  end: number;
}

/** Separator between blocks in the joined text. */
export const BLOCK_SEPARATOR = '\n';

export interface ArticleText {
  readonly blocks: readonly string[];
  /** The blocks joined with '\n'. */
  readonly text: string;
  /** Offset of each block's first character in `text`. */
  readonly starts: readonly number[];
}

/** Builds the joined text; anything that is not a string counts as an empty block. */
export function articleText(blocks: unknown): ArticleText {
  const list: string[] = Array.isArray(blocks) ? blocks.map((b: unknown) => (typeof b === 'string' ? b : '')) : [];
  const starts: number[] = [];
  let at = 0;
  for (const b of list) {
    starts.push(at);
    at += b.length + 1;
  }
  return { blocks: list, text: list.join(BLOCK_SEPARATOR), starts };
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Offset in the joined text of (block, offset), or null when it is not inside the article. */
export function toGlobal(article: ArticleText, block: unknown, offset: unknown): number | null {
  if (!isIndex(block) || !isIndex(offset)) return null;
  const start = article.starts[block];
  const text = article.blocks[block];
  if (start === undefined || text === undefined || offset > text.length) return null;
  return start + offset;
}

/** Index of the block containing joined offset `g` (its separator counts as its end). */
function blockAt(article: ArticleText, g: number): number {
  const { starts } = article;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= g) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Maps a joined-text range back to blocks. A start on a separator moves to the start of the next
 * block, an end right after a separator moves to the end of the previous block.
 */
export function fromGlobal(article: ArticleText, gStart: number, gEnd: number): BlockRange {
  const n = article.blocks.length;
  let sb = blockAt(article, gStart);
  let s = gStart - (article.starts[sb] ?? 0);
  if (s >= (article.blocks[sb]?.length ?? 0) && sb + 1 < n && gEnd > gStart) {
    sb++;
    s = 0;
  }
  let eb = blockAt(article, gEnd);
  let e = gEnd - (article.starts[eb] ?? 0);
  if (e === 0 && eb > sb) {
    eb--;
    e = article.blocks[eb]?.length ?? 0;
  }
  return { startBlock: sb, start: s, endBlock: eb, end: e };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Moves a start offset off the second half of a surrogate pair. */
export function snapStart(text: string, g: number): number {
  return g > 0 && isLow(text.charCodeAt(g)) && isHigh(text.charCodeAt(g - 1)) ? g - 1 : g;
}

/** Moves an end offset past the second half of a surrogate pair it would split. */
export function snapEnd(text: string, g: number): number {
  return g > 0 && g < text.length && isHigh(text.charCodeAt(g - 1)) && isLow(text.charCodeAt(g)) ? g + 1 : g;
}

/**
 * The joined text with the block separators left out, and where each of its characters stands in
 * the joined text (`at[i]`; `at[text.length]` is the joined text's length). A paper that re-prints
 * an article may split or join paragraphs differently: on this text a quote is found whichever
 * blocks its characters fall in now.
 */
export interface SeamlessText {
  readonly text: string;
  readonly at: Int32Array;
}

const seamless = new WeakMap<ArticleText, SeamlessText>();

/** The article's text without block separators (built once per article). */
export function seamlessText(article: ArticleText): SeamlessText {
  const known = seamless.get(article);
  if (known) return known;
  const { text } = article;
  const at = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) {
      at[n++] = i;
      continue;
    }
    out += text.slice(from, i);
    from = i + 1;
  }
  at[n] = text.length;
  const made = { text: out, at: at.subarray(0, n + 1) };
  seamless.set(article, made);
  return made;
}

/** `s` without block separators. */
export const withoutSeparators = (s: string): string => s.replace(/\n/gu, '');
