// The steps of the line-wrap repair that segment.ts takes at each print line: whether a block is closed, whether a
// line heads a run, joining a line to the block, asking the rules and the scorer at a boundary, and the last pass
// over the blocks (photo captions, a notice's signature).
import { endsIn, endsSentence, firstCode, lastCode, openDepth } from './chars';
import { isLatinCode, latinJoin, proseJoin, withoutColumnHyphen } from './latin-text';
import { BRIEF_DATELINE } from './classify';
import { isDateLine, isFieldLine } from './notice-lines';
import { SECTION_NUMBER } from './document-lines';
import { lineEndsSentence, lineIsHeadingCandidate } from './line-tests';
import { columnWidthFor, type Line } from './columns';
import { atColumnEnd } from './evidence';
import { lineSentences, type BoundaryKind, type ParagraphSoFar } from './boundary-features';
import { isListedEntry } from './listed-entries';
import { endsLikeHead, headingRunEnd, type Context } from './headlines';
import { authorNotesCredited, creditSpaceAtBreak } from './credit-place';
import type { BlockKind, SourceLine } from './types';
import { joinRule, OPEN_QUOTE_TRUST, type JoinRule } from './join-rule';
import { wholeText } from './paragraph-read';
import { endsInPhoneField, isWholePhoneField } from './notice-end';
import { isSetApart } from './set-apart';
import { cardRowOver, creditedCaptions, isEntryRow, noticeLinesApart, noticeNameHeads } from './lines-apart';
import { captionsOverSigned } from './caption-run';
import { sameItemOpening } from './marked-items';
import { letterCloseBody } from './letter-close';

/**
 * Decides a boundary the rules leave open (see `full-stop.ts`): true when the paragraph `para`,
 * ending in line `a`, goes on with line `b`. The repair uses the shipped scorer; training passes
 * its own (to record the evidence and follow the gold).
 */
export type Decider = (ctx: Context, a: Line, para: ParagraphSoFar, b: Line, kind: BoundaryKind) => boolean;

export interface Draft {
  kind: BlockKind;
  lines: Line[];
  text: string;
  joins: number[];
  depth: number;
  sentences: number;
  gapBefore: number;
}

/**
 * Print lines with no blank line anywhere, on a page that indents paragraphs: a line that is not
 * indented, after a sentence ended short of the column and before an indented line, stands
 * apart (a subheading printed between two paragraphs); it may start a headline run.
 */
export function headingInRun(ctx: Context, i: number): boolean {
  const l = ctx.lines[i] as Line;
  const prev = ctx.lines[i - 1];
  const next = ctx.lines[i + 1];
  if (!ctx.indentUsed || l.gap > 0 || l.indent || !prev || !next?.indent || !lineEndsSentence(prev)) return false;
  const w = columnWidthFor(ctx.widths, prev, l);
  if (w === undefined) return false;
  if (prev.width + (prev.indent ? 2 : 0) < w - ctx.ev.slack) return true;
  // After a sentence ended on a full line: a line no paragraph ends with (no closing mark at all, or a
  // quoted word closed on it: ./quoted-heads.ts), itself short of the column, stands apart too.
  return l.width < w - ctx.ev.slack && lineIsHeadingCandidate(l) && endsLikeHead(l.text);
}

/** Line `k` begins a headline (a wrapped headline's second line, or a subtitle). */
export function headlineNext(ctx: Context, k: number): boolean {
  const l = ctx.lines[k];
  if (l === undefined || !lineIsHeadingCandidate(l) || /[，,、]/u.test(l.text)) return false;
  return l.gap === 0 || headingRunEnd(ctx, k) > k;
}

/** `——` and the subtitle's words. */
export const DASH_SUBTITLE = /^——\s*[^—\s]/u;

/** A print line of closing marks only (`”`, `”）`). */
const LONE_CLOSERS = /^\s*[”’」』]+[）)]?\s*$/u;

/** True when nothing is open: no block yet, or a heading/byline, or a finished sentence. */
export function isClosed(cur: Draft | null): boolean {
  if (!cur || cur.kind !== 'body') return true;
  // A line print sets apart by its form (a data box's item, a quiz's options) ends with itself.
  if (cur.lines.length === 1 && isSetApart(cur.text)) return true;
  const n = cur.lines.length;
  const lastLine = cur.lines[n - 1] as Line;
  const last = lastLine.text;
  // A notice's date (`二〇二四年十二月五日`) or whole contact number (alone, or ending an item) ends its notice: the next one's heading may follow.
  // (Both end as the last line does, a trimmed one: its last character is read before the paragraph is.)
  if ((endsIn(last, '日') && isDateLine(wholeText(cur) ?? '')) || (endsIn(last, '0123456789') && (isWholePhoneField(wholeText(cur) ?? '') || endsInPhoneField(cur.text)))) return true;
  // A credit on a line of its own after a finished sentence (`…生动篇章。` / `(倪佳欢)`) is read
  // with the line before it (lines, not the joined text: reading that would flatten it each time).
  // So is a closing quotation mark print pushed alone onto the paragraph's last line (`…为什么不回来？` / `”`): the
  // sentence ended on the line before it.
  const ends = lineEndsSentence(lastLine) || (n > 1 && (endsIn(last, ')）') || LONE_CLOSERS.test(last)) && endsSentence((cur.lines[n - 2] as Line).text + last));
  return ends && (cur.depth === 0 || cur.text.length > OPEN_QUOTE_TRUST);
}

export function appendLine(cur: Draft, l: Line, source: readonly SourceLine[]): void {
  // The last line's last character is the block's (reading the joined text would flatten it on
  // every line: quadratic on long blocks); a blank last line falls back to the whole text.
  const prev = cur.lines[cur.lines.length - 1];
  const last = lastCode(prev?.text ?? '');
  const a = last >= 0 ? last : lastCode(cur.text);
  const aText = prev?.text ?? cur.text;
  const sep = isLatinCode(a) && isLatinCode(firstCode(l.text)) ? latinJoin(aText, l.text) : proseJoin(aText.trimEnd(), l.text) ?? (source[l.idx]?.spaceOpens ? '\u3000' : creditSpaceAtBreak(cur.text, prev && source[prev.idx]?.hangs));
  if (a === 0x2d) cur.text = withoutColumnHyphen(cur.text, aText, l.text); // `Ti-` / `kTok`: print's hyphen goes
  cur.joins.push(cur.text.length + sep.length);
  cur.text += sep + l.text;
  cur.lines.push(l);
  cur.depth = openDepth(l.text, cur.depth);
  cur.sentences += lineSentences(l);
}

/** Called at every boundary `segment` decides by its rules: the lines, the rule and the decision. */
export type RuleTrace = (a: Line, b: Line, rule: JoinRule, joins: boolean) => void;

/** Rules that always join; the scorers join or not as they say; the others always split. */
const JOINING = new Set<JoinRule>(['no-start', 'mid-sentence', 'open-quote', 'indent-page', 'run-on-blank-page', 'colon-cut']);

export function shouldJoin(ctx: Context, cur: Draft, b: Line, decide: Decider, trace?: RuleTrace, captioned = false): boolean {
  let rule = joinRule(ctx, cur, b);
  // A photo caption stands between a paragraph's halves only where a column ended: after a
  // sentence end where the page's regular grid ends no column, the paragraph ended before it.
  if (captioned && rule === 'scorer' && atColumnEnd(ctx.ev, b) === false) rule = 'caption-not-column';
  const a = cur.lines[cur.lines.length - 1] as Line;
  let joins: boolean;
  if (rule === 'grid-scorer') joins = decide(ctx, a, paragraphOf(cur), b, 'grid');
  else if (rule === 'scorer') joins = decide(ctx, a, paragraphOf(cur), b, b.gap > 0 ? 'blank' : 'full');
  else joins = JOINING.has(rule) && !noticeLinesApart(ctx.lines, cur.text, a, b); // a rule that joins, not across a notice's closing lines (./notice-signers.ts)
  trace?.(a, b, rule, joins);
  return joins;
}

const paragraphOf = (cur: Draft): ParagraphSoFar => ({ text: cur.text, lines: cur.lines.length, sentences: cur.sentences, depth: cur.depth });

/**
 * A one-paragraph item with no headline of its own, signed with a credit, right after an
 * article that ended with its own credit and before the next headline (or the end), is a
 * photo caption — unless it opens with a news brief's dateline (`本报讯`, `本报金华12月3日电`,
 * `新华社杭州12月3日电`): a run of briefs signed by their authors ends with one of them.
 */
export function markPhotoCaptions(blocks: Draft[]): Draft[] {
  blocks.forEach((b, i) => {
    // A notice's signature: the organisation after its contact fields or above the date.
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    // (A head set wholly in bold after an event's details, `节目单`, stays a heading; a card's row over another, `影院：…`, is none.
    // Nor is a notice's numbered part head, `三、环评单位及联系方式`, under the contact rows of the part before: no organisation.)
    if (b.kind === 'heading' && ((prev && isFieldLine(prev.text) && !b.lines.every((l) => l.bold) && !SECTION_NUMBER.test(b.text)) || (next && isDateLine(next.text)) || cardRowOver(b.text, next?.text ?? '', prev?.text ?? ''))) b.kind = 'body';
  });
  const credit = /[（(][\u4e00-\u9fff ·\u3000]{2,20}[)）]\s*$/u;
  const credited = (b: Draft | undefined): boolean => b !== undefined && b.kind === 'body' && credit.test(b.text.slice(-40));
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    // (Not a list's last entry after another, `“小候鸟”暑期托管（高区）`: no sentence in either, see `isListedEntry`; nor what follows a 名单's row;
    // nor a 简讯 column's last item after another opening alike, `■…（记者　X）` / `■…（通讯员　Y）`: see `sameItemOpening`.)
    if (credited(b) && credited(blocks[i - 1]) && !BRIEF_DATELINE.test(b.text) && !sameItemOpening(b.text, blocks[i - 1]?.text ?? '') && !(isListedEntry(b.text) && isListedEntry(blocks[i - 1]?.text ?? '')) && !isEntryRow(blocks[i - 1]?.text ?? '') && (!next || next.kind === 'heading' || next.kind === 'caption')) {
      b.kind = 'caption';
    }
  });
  const marked = noticeNameHeads(creditedCaptions(authorNotesCredited(letterCloseBody(blocks)))); // a letter's signature and date under its salute; an author's note wrapped over lines; a caption over print lines; a notice's name over its text
  return captionsOverSigned(marked); // a run of captions over the one that signs them (caption-run.ts)
}
