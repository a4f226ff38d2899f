// The line-wrap repair proper: decides, at every print-line boundary, whether the editor's
// paragraph goes on or a new block starts.
import { endsSentence, firstChar, isLatin, lastChar, latinJoin, openDepth, startsNoStart } from './chars';
import { isBracketCredit, isCaptionLine, isDateLine, isFieldLine, isHeadingCandidate, isJumpLine, isNameLine, isRoleByline, isSignatureLine } from './classify';
import { columnWidthFor, measure, runWidths, type Line } from './columns';
import { atColumnEnd, pageEvidence } from './evidence';
import { countSentenceEnds, type BoundaryKind, type ParagraphSoFar } from './boundary-features';
import { fullStopJoins, onlyColumnCut } from './full-stop';
import { cutAtColumnEnd, pieceGrid } from './piece-grid';
import { bylineAt, bylineSoon, captionBesideColumn, headingRunEnd, OPENS_PARAGRAPH, type Context } from './headlines';
import type { BlockKind, RepairedBlock, SourceLine } from './types';

/**
 * Decides a boundary the rules leave open (see `full-stop.ts`): true when the paragraph `para`,
 * ending in line `a`, goes on with line `b`. The repair uses the shipped scorer; training passes
 * its own (to record the evidence and follow the gold).
 */
export type Decider = (ctx: Context, a: Line, para: ParagraphSoFar, b: Line, kind: BoundaryKind) => boolean;

interface Draft {
  kind: BlockKind;
  lines: Line[];
  text: string;
  joins: number[];
  depth: number;
  sentences: number;
  gapBefore: number;
}


/** A paragraph longer than this no longer trusts an unclosed quote to mean "it goes on". */
const OPEN_QUOTE_TRUST = 800;

/** A list item's marker: `（二）`, `二、`, `2.`, `（2）`, `②`. */
const ITEM = /^(?:（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[)）]|[①-⑳])/u;
/** A notice's closing formula, a paragraph of its own: `特此通告。`, `特此公告。`. */
const CLOSING = /^特此(?:通告|公告|声明|通知|函告|批复|说明|证明)[。！!]?$/u;

/** A line announcing the list, table or items that follow it. */
const ANNOUNCES_LIST = /(?:如下|以下|如下表所示|见下表)[：:]$/u;

/** Splits source lines into blocks (pure); `trace` hears every rule-decided boundary. */
export function segment(
  source: readonly SourceLine[],
  decide: Decider = (ctx, a, para, b, kind) => fullStopJoins(ctx, a, para, b, kind),
  trace?: RuleTrace,
): RepairedBlock[] {
  const lines = measure(source);
  const runStarts = lines.filter((l) => l.gap > 0 || l === lines[0]);
  const indented = runStarts.filter((l) => l.indent).length;
  const widths = runWidths(lines);
  const ctx: Context = {
    lines,
    widths,
    ev: pageEvidence(lines, widths),
    grid: pieceGrid(lines),
    // Indentation tells paragraphs apart only where some blocks have it and others do not
    // (pages that indent every <p>, continuations included, carry no signal in it).
    // Indented lines inside a run (pre-wrap text) can only be paragraph starts.
    indentUsed: (indented >= 2 && indented >= runStarts.length * 0.2 && indented < runStarts.length * 0.9) ||
      lines.filter((l) => l.indent && l.gap === 0 && l !== lines[0]).length >= 2,
  };
  const out: Draft[] = [];
  const captions: Draft[] = [];
  let cur: Draft | null = null;
  const flush = (): void => {
    if (cur) out.push(cur);
    cur = null;
    out.push(...captions.splice(0));
  };
  const single = (kind: BlockKind, l: Line): Draft => ({
    kind, lines: [l], text: l.text, joins: [], depth: 0, sentences: countSentenceEnds(l.text), gapBefore: l.gap,
  });

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const closed = isClosed(cur);
    const prevKind = cur ? (cur as Draft).kind : out[out.length - 1]?.kind;
    // A row of a table of figures is a block of its own: never joined, never a headline.
    if (l.row) {
      flush();
      out.push(single('body', l));
      continue;
    }
    if (isCaptionLine(l.text) || (l.afterMedia && isPictureCaption(l.text))) {
      // A caption printed where a column was cut may stand between a paragraph's two halves,
      // even after a sentence end: a paragraph in progress waits for the line after it.
      if (closed && cur?.kind !== 'body') {
        flush();
        out.push(single('caption', l));
      } else captions.push(single('caption', l));
      continue;
    }
    if (!closed && captionBesideColumn(ctx, i)) {
      captions.push(single('caption', l));
      continue;
    }
    if (closed && (isRoleByline(l.text) || (l.gap > 0 && isBracketCredit(l.text)) || (prevKind === 'heading' && isNameLine(l.text) && !headlineNext(ctx, i + 1)))) {
      flush();
      out.push(single('byline', l));
      continue;
    }
    // An element of its own set wholly in bold, with no sentence in it, between breaks: a subheading
    // (also after a paragraph ending in a colon: an explicit break after one stays a break).
    if (l.bold && (closed || /[：:]$/u.test((cur as Draft | null)?.text ?? '')) && (l.gap > 0 || i === 0) && (lines[i + 1]?.gap ?? 1) > 0 && isHeadingCandidate(l.text)) {
      flush();
      out.push(single('heading', l));
      continue;
    }
    // A headline ends a paragraph left open only where a byline stands right under it.
    if ((l.gap > 0 || i === 0 || headingInRun(ctx, i)) && (closed || bylineSoon(lines, i))) {
      const end = headingRunEnd(ctx, i);
      if (end > i && (closed || bylineAt(lines, end))) {
        flush();
        for (let j = i; j < end; j++) out.push(single('heading', lines[j] as Line));
        i = end - 1;
        continue;
      }
    }
    if (cur && shouldJoin(ctx, cur, l, decide, trace, captions[captions.length - 1]?.lines[0] === lines[i - 1])) {
      appendLine(cur, l);
    } else {
      flush();
      cur = { ...single('body', l), depth: openDepth(l.text) };
    }
  }
  flush();
  return markPhotoCaptions(out).map(({ kind, text, lines: ls, joins }) => ({
    kind, text, joins, lines: ls.map((l) => l.idx),
  }));
}

/**
 * Print lines with no blank line anywhere, on a page that indents paragraphs: a line that is not
 * indented, after a sentence ended short of the column and before an indented line, stands
 * apart (a subheading printed between two paragraphs); it may start a headline run.
 */
function headingInRun(ctx: Context, i: number): boolean {
  const l = ctx.lines[i] as Line;
  const prev = ctx.lines[i - 1];
  const next = ctx.lines[i + 1];
  if (!ctx.indentUsed || l.gap > 0 || l.indent || !prev || !next?.indent || !endsSentence(prev.text)) return false;
  const w = columnWidthFor(ctx.widths, prev, l);
  if (w === undefined) return false;
  if (prev.width + (prev.indent ? 2 : 0) < w - ctx.ev.slack) return true;
  // After a sentence ended on a full line: a line no paragraph ends with (no closing mark at all),
  // itself short of the column, stands apart too.
  return l.width < w - ctx.ev.slack && isHeadingCandidate(l.text) && !/[。！？!?…”’）)」』》]$/u.test(l.text);
}

/** Line `k` begins a headline (a wrapped headline's second line, or a subtitle). */
function headlineNext(ctx: Context, k: number): boolean {
  const l = ctx.lines[k];
  if (l === undefined || !isHeadingCandidate(l.text) || /[，,、]/u.test(l.text)) return false;
  return l.gap === 0 || headingRunEnd(ctx, k) > k;
}

/** Text right under a picture that reads like a caption: signed with a credit, or short. */
function isPictureCaption(text: string): boolean {
  if (startsNoStart(text)) return false;
  return /[（(][\u4e00-\u9fff ·\u3000]{2,20}[)）]\s*$/u.test(text.slice(-40)) || (text.length <= 40 && !endsSentence(text));
}

/** True when nothing is open: no block yet, or a heading/byline, or a finished sentence. */
function isClosed(cur: Draft | null): boolean {
  if (!cur || cur.kind !== 'body') return true;
  // A credit on a line of its own after a finished sentence (`…生动篇章。` / `(倪佳欢)`) is read
  // with the line before it (lines, not the joined text: reading that would flatten it each time).
  const n = cur.lines.length;
  const last = (cur.lines[n - 1] as Line).text;
  const ends = endsSentence(last) || (n > 1 && /[)）]$/u.test(last) && endsSentence((cur.lines[n - 2] as Line).text + last));
  return ends && (cur.depth === 0 || cur.text.length > OPEN_QUOTE_TRUST);
}

function appendLine(cur: Draft, l: Line): void {
  // The last line's last character is the block's (reading the joined text would flatten it on
  // every line: quadratic on long blocks); a blank last line falls back to the whole text.
  const prev = cur.lines[cur.lines.length - 1];
  const a = lastChar(prev?.text ?? '') || lastChar(cur.text);
  const b = firstChar(l.text);
  const sep = isLatin(a) && isLatin(b) ? latinJoin(prev?.text ?? cur.text, l.text) : '';
  cur.joins.push(cur.text.length + sep.length);
  cur.text += sep + l.text;
  cur.lines.push(l);
  cur.depth = openDepth(l.text, cur.depth);
  cur.sentences += countSentenceEnds(l.text);
}

/**
 * The rule that decided a print-line boundary (for `npm run score:reflow -- --why`): the sure
 * rules by name, `scorer` and `grid-scorer` where the learned scorer decided.
 */
export type JoinRule =
  | 'no-start' | 'jump' | 'indent' | 'notice' | 'blank-paragraph' | 'blank-short' | 'unmarked-short' | 'announces-list' | 'list-item'
  | 'mid-sentence' | 'open-quote' | 'indent-page' | 'grid-not-end' | 'short' | 'run-on-blank-page'
  | 'blank-not-column' | 'not-column-cut' | 'caption-not-column' | 'bold' | 'grid-scorer' | 'scorer';

/** Called at every boundary `segment` decides by its rules: the lines, the rule and the decision. */
export type RuleTrace = (a: Line, b: Line, rule: JoinRule, joins: boolean) => void;

/** Rules that always join; the scorers join or not as they say; the others always split. */
const JOINING = new Set<JoinRule>(['no-start', 'mid-sentence', 'open-quote', 'indent-page', 'run-on-blank-page']);

function shouldJoin(ctx: Context, cur: Draft, b: Line, decide: Decider, trace?: RuleTrace, captioned = false): boolean {
  let rule = joinRule(ctx, cur, b);
  // A photo caption stands between a paragraph's halves only where a column ended: after a
  // sentence end where the page's regular grid ends no column, the paragraph ended before it.
  if (captioned && rule === 'scorer' && atColumnEnd(ctx.ev, b) === false) rule = 'caption-not-column';
  const a = cur.lines[cur.lines.length - 1] as Line;
  let joins: boolean;
  if (rule === 'grid-scorer') joins = decide(ctx, a, paragraphOf(cur), b, 'grid');
  else if (rule === 'scorer') joins = decide(ctx, a, paragraphOf(cur), b, b.gap > 0 ? 'blank' : 'full');
  else joins = JOINING.has(rule);
  trace?.(a, b, rule, joins);
  return joins;
}

/**
 * Decides whether line `b` continues the paragraph `cur`, on all the evidence together: what
 * the next line starts with, indentation, what a blank line means on this page and whether it
 * falls where a column ends, sentence end, quote depth and how full the line is. Returns the
 * rule that decides (see `JOINING`); `scorer` and `grid-scorer` leave it to the decider.
 */
function joinRule(ctx: Context, cur: Draft, b: Line): JoinRule {
  const a = cur.lines[cur.lines.length - 1] as Line;
  if (startsNoStart(b.text)) return 'no-start';
  // Where an article jumps between pages (`（下转第三版）`, `（上接第1版）`): a line of its own.
  if (isJumpLine(a.text) || isJumpLine(b.text)) return 'jump';
  // An element set wholly in bold (a subheading, an interview question) is a block of its own:
  // a column cut does not change the type in the middle of a paragraph.
  if (b.gap > 0 && (a.bold !== b.bold)) return 'bold';
  if (ctx.indentUsed && b.indent) return 'indent';
  const w = columnWidthFor(ctx.widths, a, b);
  const { ev } = ctx;
  const short = w === undefined || a.width < w - ev.slack;
  // A number or Latin word cut where a full line or a column ended (`联系电话：0571-823` /
  // `45678`) goes on: a paragraph does not end inside one (a year or date opens a sentence).
  const inNumber = /[-0-9A-Za-z]$/u.test(a.text) && /^[-0-9A-Za-z]/u.test(b.text) && !/^\d+[年月日号]/u.test(b.text);
  const full = w !== undefined && a.width + (a.indent ? 2 : 0) >= w - ev.slack; // an indented line is two characters narrower
  const cutThere = ctx.grid ? cutAtColumnEnd(ctx.grid, a) : full && (b.gap === 0 || atColumnEnd(ev, b) === true);
  if (inNumber && cutThere) return 'mid-sentence';
  // A notice's fields, signature and date stand apart: a date alone before a break ends its block.
  // (A signature is a block of its own: a line inside a paragraph that reads like one is not.)
  if (b.gap > 0 && (isFieldLine(a.text) || isFieldLine(b.text) || isDateLine(b.text) || isDateLine(a.text) || (cur.lines.length === 1 && isSignatureLine(a.text)))) return 'notice';
  // An organisation's name after a finished sentence (`特此通告。` / `湖州市公安局`) signs the notice,
  // and the closing formula after a finished sentence is a paragraph of its own.
  if (b.gap > 0 && isSignatureLine(b.text) && endsSentence(a.text)) return 'notice';
  if (CLOSING.test(b.text) && endsSentence(a.text)) return 'notice';
  // A signature wrapped over print lines (`湖州市消防安全委员会办` / `公室`) ends before the date,
  // and before the next organisation where its last line is short of the column (unmeasured: after
  // a break).
  if (isSignatureLine(cur.text) && (isDateLine(b.text) || (isSignatureLine(b.text) && (w === undefined ? b.gap > 0 : a.width < w - ev.slack)))) return 'notice';
  // Fields printed line under line (pre-wrap): each is a block, and a field short of its column
  // (indentation counted) ends; a field label after a clause cut by the line end goes on.
  if (b.gap === 0 && !inNumber && w !== undefined && !full && (isFieldLine(a.text) || (isFieldLine(b.text) && endsSentence(a.text)))) return 'notice';
  // A field whose number a line end cut (`联系电话：0571-823` / `45678`) ends its block too.
  if (cur.lines.length > 1 && /^[-0-9A-Za-z.@_]+$/u.test(a.text) && cur.text.length <= 60 && isFieldLine(cur.text)) return 'notice';
  const columnEnd = b.gap > 0 ? atColumnEnd(ev, b) : false;
  // Where blank lines mark paragraphs, one that is not where a column ends closes the paragraph;
  // so does an explicit break after a colon (a list or table follows), unless the piece fills the
  // last line of a column of the page's grid (the column was cut there).
  const colonBreak = short && /[：:]$/u.test(a.text) && !cutAtColumnEnd(ctx.grid, a);
  if (b.gap > 0 && ev.blankIsParagraph && (columnEnd === false || colonBreak)) return 'blank-paragraph';
  // A column is cut after a full line only: a short last line of a measured column ends its block.
  if (b.gap > 0 && ev.blankIsParagraph && (ctx.widths[a.run] !== undefined || (ev.regular && /[；;]$/u.test(a.text))) && short) return 'blank-short';
  // Where neither indentation nor blank lines mark paragraphs, on a regular page, a line short
  // of its column is a paragraph's last line, whatever it ends with (`…公告如下：`,
  // a signature, a date).
  // A run too short to measure takes its neighbours' width (columns are alike on such a page),
  // and a column is cut after a full line only. An indented line (a lone paragraph's first, on a
  // page that does not use indentation otherwise) is two characters narrower.
  const unmarked = !ctx.indentUsed && !ev.blankIsParagraph && ev.regular;
  if (unmarked && w !== undefined && a.width + (a.indent ? 2 : 0) < w - ev.slack) return 'unmarked-short';
  // An announcement of what follows (`…公告如下：`, `…如下表所示：`) ends its paragraph: a list,
  // a table or the notice's items follow, whatever the line's width.
  if (ANNOUNCES_LIST.test(a.text)) return 'announces-list';
  // A list item that ends in `；`, `。` or `：` (its sub-items follow), before the next item:
  // each item is a paragraph (`（一）…；` / `（二）…`, `一、…充电：` / `（一）…`).
  if (/[；;。：:]$/u.test(a.text) && ITEM.test(cur.text) && ITEM.test(b.text)) return 'list-item';
  if (!endsSentence(a.text)) return 'mid-sentence';
  if (cur.depth > 0 && cur.text.length <= OPEN_QUOTE_TRUST && !OPENS_PARAGRAPH.test(b.text)) return 'open-quote';
  if (ctx.indentUsed) return 'indent-page';
  // One <p> per column piece: a sentence end on the full last line of a column may end the
  // paragraph or not; anywhere else (or short of the column's width) it does.
  if (ctx.grid && b.gap > 0) return cutAtColumnEnd(ctx.grid, a) ? 'grid-scorer' : 'grid-not-end';
  if (w === undefined || short) return 'short';
  if (b.gap === 0 && ev.blankIsParagraph) return 'run-on-blank-page';
  // A sentence ending on a full line right before a blank line that means a paragraph: where the
  // column ends there too, the paragraph may go on or end (decided below), else it ends.
  if (b.gap > 0 && ev.blankIsParagraph && columnEnd !== true) return 'blank-not-column';
  // A sentence ending on a full line with no other mark (pre-wrap text without indentation),
  // before the next line or a mere column cut: the paragraph may go on or end.
  if (b.gap > 0 && !onlyColumnCut(ctx, b)) return 'not-column-cut';
  return 'scorer';
}

const paragraphOf = (cur: Draft): ParagraphSoFar => ({ text: cur.text, lines: cur.lines.length, sentences: cur.sentences, depth: cur.depth });

/**
 * A one-paragraph item with no headline of its own, signed with a credit, right after an
 * article that ended with its own credit and before the next headline (or the end), is a
 * photo caption.
 */
function markPhotoCaptions(blocks: Draft[]): Draft[] {
  blocks.forEach((b, i) => {
    // A notice's signature: the organisation after its contact fields or above the date.
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    if (b.kind === 'heading' && ((prev && isFieldLine(prev.text)) || (next && isDateLine(next.text)))) b.kind = 'body';
  });
  const credit = /[（(][\u4e00-\u9fff ·\u3000]{2,20}[)）]\s*$/u;
  const credited = (b: Draft | undefined): boolean => b !== undefined && b.kind === 'body' && credit.test(b.text.slice(-40));
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (credited(b) && credited(blocks[i - 1]) && (!next || next.kind === 'heading' || next.kind === 'caption')) {
      b.kind = 'caption';
    }
  });
  return blocks;
}
