// The line-wrap repair proper: decides, at every print-line boundary, whether the editor's
// paragraph goes on or a new block starts.
import { endsIn, endsSentence, firstCode, isLatinCode, lastCode, latinJoin, openDepth, proseJoin, withoutColumnHyphen } from './chars';
import { isLeadingName } from './lone-name';
import { BRIEF_DATELINE, isBracketCredit, isCaptionLine, isCreditLine, isHeadingCandidate, isNameLine, isPhotoCreditLine } from './classify';
import { isNameListLine } from './signed-names';
import { isDateLine, isFieldLine } from './notice-lines';
import { lineEndsSentence, lineIsByline, lineIsCaption, lineIsHeadingCandidate } from './line-tests';
import { columnWidthFor, measure, runWidths, type Line } from './columns';
import { atColumnEnd, pageEvidence } from './evidence';
import { lineSentences, type BoundaryKind, type ParagraphSoFar } from './boundary-features';
import { fullStopJoins } from './full-stop';
import { pieceGrid } from './piece-grid';
import { setLineRuns } from './line-elements';
import { inMarkedList, markOf, unpicturedTriangles } from './marked-items';
import { inEntryRun, isListedEntry } from './listed-entries';
import { captionBesideColumn, commaHeadInRun, endsLikeHead, headingRunEnd, type Context } from './headlines';
import { authorNotesCredited, creditSpaceAtBreak, bylineAt, bylineSoon, creditCutOff, isIssuerLine, issuersFirst, lastLineAlone } from './credit-place';
import type { BlockKind, RepairedBlock, SourceLine } from './types';
import { joinRule, OPEN_QUOTE_TRUST, type JoinRule } from './join-rule';
import { wholeText } from './paragraph-read';
import { endsInPhoneField, isWholePhoneField } from './notice-end';
import { isBracketHead, isOptionsLine, isSectionHead, isSetApart, markedHeads, partSeriesGoesOn, pictureNumber, withoutPictureNumber } from './set-apart';
import { questionHeads } from './question-heads';
import { isVersePoemHead, verseElements } from './verse-elements';
import { boldPrintHead, briefItemTitle, captionBetweenHalves, cardRowOver, creditEndsCaption, creditedCaptions, creditOpensPhotoPage, creditUnderCaption, documentRowEnds, entryRowFrom, headCandidate, isEntryRow, isPictureCaption, noticeLinesApart, noticeNameHeads, numberedPlainHead, numberedQuestionUnindented, opensDocumentPart, partHeadLine, plainPrintHead, plainRunHead, roleLabelHead, unindentedCaption, unindentedHead } from './lines-apart';
import { letterCloseBody } from './letter-close'; import { nameCutAfter } from './name-cut'; import { signsNextPiece } from './signed-pieces';
export type { JoinRule } from './join-rule';

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
    setRuns: setLineRuns(lines),
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
    kind, lines: [l], text: l.text, joins: [], depth: 0, sentences: lineSentences(l), gapBefore: l.gap,
  });

  const triangles = unpicturedTriangles(lines);
  // Sections numbered 一、二、… whose every numbered element is a short head with no mark (not
  // `二、挂牌时间：…`, an item of a list with its value).
  const numberedSections = lines.flatMap((l, k) => ((l.gap > 0 || k === 0) && /^[一二三四五六七八九十]{1,3}、/u.test(l.text.trim()) ? [k] : []));
  const sectionHeads = numberedSections.length >= 2 && numberedSections.every((k) => isSectionHead((lines[k] as Line).text, (lines[k + 1]?.gap ?? 1) > 0));
  const marked = markedHeads(lines);
  const isQuestionHead = questionHeads(lines);
  const verse = verseElements(lines);
  /** The number of the numbered picture whose caption was the line before (see below), or 0. */
  let lastNumbered = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    // Finished (see `isClosed`), or one entry of a list's run (`焊工　王海军（…）`) before a label set in bold (`二等奖`, the next group's head).
    const closed = isClosed(cur) || (cur !== null && entryRowFrom(cur.text, (cur.lines[0] as Line).text)) || ((l.bold || l.boldLine) && cur?.lines.length === 1 && inEntryRun(lines, (cur.lines[0] as Line).ord));
    const prevKind = cur ? (cur as Draft).kind : out[out.length - 1]?.kind;
    // A row of a table of figures is a block of its own: never joined, never a headline.
    if (l.row) {
      flush();
      out.push(single('body', l));
      continue;
    }
    const listItem = inMarkedList(lines, i);
    // A line set wholly in bold under a picture is a subheading (the bold rule below), not its caption.
    // A `▲` opens a caption, not where several such elements stand with no picture before them (a
    // list's items): then only a credit in its words makes the line a caption.
    const byWords = lineIsCaption(l) && !creditOpensPhotoPage(lines, i) && !(triangles && markOf(l.text) === '▲' && !l.afterMedia && !isCaptionLine(l.text.trim().slice(1)));
    // A line under a picture whose next element or print line is the picture's credit alone (`…亮起花灯。` /
    // `本报记者 朱海燕 摄影`) is the caption the credit signs, a finished sentence or not (the credit in its run ends it: `creditUnderCaption`).
    const credited = l.afterMedia && isPhotoCreditLine(lines[i + 1]?.text ?? '') && !isPhotoCreditLine(l.text);
    // Pictures numbered on the page (`①…`, `②…`): the captions under them open with the numbers in order.
    const numbered = pictureNumber(l.text);
    const nextNumber = numbered > 1 && l.gap > 0 && numbered === lastNumbered + 1;
    lastNumbered = 0;
    if (byWords || nextNumber || (l.afterMedia && !listItem && !l.bold && (isPictureCaption(withoutPictureNumber(l.text)) || credited || (closed && unindentedCaption(lines, i)) || (!closed && captionBetweenHalves(lines, i))))) {
      if (numbered === 1 ? l.afterMedia : nextNumber) lastNumbered = numbered;
      // A caption printed where a column was cut may stand between a paragraph's two halves, even after a sentence end: a paragraph in progress waits for the line after it.
      const signed = captions[captions.length - 1] ?? (cur?.kind === 'body' ? cur : out[out.length - 1]);
      if (creditUnderCaption(lines, i, signed)) appendLine(signed as Draft, l, source); else if (closed && cur?.kind !== 'body') {
        flush();
        out.push(single('caption', l));
      } else captions.push(single('caption', l));
      continue;
    }
    if (!closed && captionBesideColumn(ctx, i)) {
      captions.push(single('caption', l));
      continue;
    }
    // An author's note in brackets, an element of its own (`（作者单位：…）`), is a credit even after
    // a paragraph with no closing mark (a keywords line, English text).
    // So is a credit as the last element, or one between breaks before a new paragraph (`数据来源：县统计局` under a table).
    // A line of a run set line by line (a poem's last stanza) stands alone as an element would.
    const bracketNote = (l.gap > 0 || ctx.setRuns?.has(l.run) === true) && (/^[（(]/u.test(l.text.trim()) || (lines[i + 1]?.gap ?? 1) > 0 && (closed || (lines[i + 1]?.indent ?? true))) && isCreditLine(l.text); const signsPiece = signsNextPiece(lines, i); if (signsNextPiece(lines, i + 1)) { flush(); out.push(single('heading', l)); continue; }
    if (bracketNote || ((closed || signsPiece) && (lineIsByline(l) || (i === 0 && isIssuerLine(l.text)) || (((l.gap > 0 && !creditCutOff(ctx, i)) || lastLineAlone(ctx, i)) && isBracketCredit(l.text)) || (prevKind === 'heading' && isNameLine(l.text) && !headlineNext(ctx, i + 1) && !isEntryRow(lines[i + 1]?.text ?? '')) || isLeadingName(lines, i)))) {
      flush();
      out.push(single('byline', l)); if (nameCutAfter(l, lines[i + 1], columnWidthFor(ctx.widths, l, lines[i + 1] ?? l))) appendLine(out[out.length - 1] as Draft, lines[(i += 1)] as Line, source);
      continue;
    }
    // An element of its own set wholly in bold, with no sentence in it (or one short question, a
    // 调查's `堵点在哪？`), between breaks: a subheading (also after a paragraph ending in a colon: an
    // explicit break after one stays a break; and after an event's detail, `购票：…`, a box's next head).
    const curText = (cur as Draft | null)?.text ?? '';
    if (((l.bold || isBracketHead(l.text)) && (closed || endsIn(curText, '：:') || isNameListLine(curText) || opensDocumentPart(curText) || isOptionsLine(curText) || isFieldLine(curText)) && (l.gap > 0 || i === 0) && (lines[i + 1]?.gap ?? 1) > 0 && (isHeadingCandidate(l.text) || isQuestionHead(l.text))) || (closed && (boldPrintHead(lines, i) || plainPrintHead(lines, i) || (!ctx.indentUsed && (plainRunHead(lines, i, ctx.widths, ctx.ev) || numberedPlainHead(lines, i, ctx.widths, ctx.ev.slack, curText))) || roleLabelHead(lines, i) || briefItemTitle(lines, i))) || partHeadLine(lines, i, ctx.widths, ctx.ev.slack) || (ctx.indentUsed && (unindentedHead(lines, i, ctx.widths) || numberedQuestionUnindented(lines, i, ctx.widths)))) {
      flush();
      out.push(single('heading', l));
      continue;
    }
    // A section head (`一、竞买人资格要求`), an element of its own after a finished sentence or a colon,
    // is a heading, indented like the paragraphs or not.
    // So is a marked subhead (`◆ 从“各自种”到“统一管”`), one of two or more of the page's (see `markedHeads`).
    if ((l.gap > 0 && sectionHeads && (closed || endsIn(curText, '：:') || partSeriesGoesOn(out, l.text, lines[i + 1]?.text)) && (lines[i + 1]?.gap ?? 1) > 0 && isSectionHead(l.text, true) && headCandidate(l)) || (marked.has(i) && (closed || endsIn(curText, '：:'))) || (closed && !listItem && !verse.has(i) && commaHeadInRun(ctx, i))) {
      flush();
      out.push(single('heading', l));
      continue;
    }
    // A subtitle opening with a dash (`——海宁经编产业转型升级调查`), an element of its own right under
    // a heading (a reprint's title block printed in its body) or opening the body (right under the
    // article's title: `——记县人大代表…`), is a heading too.
    if (!cur && (prevKind === 'heading' || i === 0) && (l.gap > 0 || i === 0) && (lines[i + 1]?.gap ?? 1) > 0 && DASH_SUBTITLE.test(l.text.trim()) && isHeadingCandidate(l.text.trim().replace(/^——\s*/u, ''))) {
      out.push(single('heading', l));
      continue;
    }
    // A poem set one line to an element: each line a block of its own, no headline (see `verseElements`), but a 组诗's number.
    if (verse.has(i)) {
      flush();
      out.push(single(isVersePoemHead(l.text) ? 'heading' : 'body', l));
      continue;
    }
    // A headline ends a paragraph left open only where a byline stands right under it.
    // (Nor is an entry of a list set one to an element, `“海岸守护”净滩行动（环翠区）`: see `inEntryRun`.)
    if ((l.gap > 0 || i === 0 || headingInRun(ctx, i)) && !listItem && !inEntryRun(lines, i) && (closed || bylineSoon(lines, i))) {
      const end = headingRunEnd(ctx, i);
      if (end > i && (closed || bylineAt(lines, end))) {
        flush();
        for (let j = i; j < end; j++) out.push(single('heading', lines[j] as Line));
        i = end - 1;
        continue;
      }
    }
    if (cur && !documentRowEnds(cur.text, l, (cur.lines[0] as Line).text, out) && !creditEndsCaption(cur.text, cur.lines, l) && shouldJoin(ctx, cur, l, decide, trace, captions[captions.length - 1]?.lines[0] === lines[i - 1])) {
      appendLine(cur, l, source);
    } else {
      flush();
      cur = single('body', l);
      cur.depth = openDepth(l.text);
    }
  }
  flush();
  return issuersFirst(markPhotoCaptions(out)).map(({ kind, text, lines: ls, joins }) => ({
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
  if (!ctx.indentUsed || l.gap > 0 || l.indent || !prev || !next?.indent || !lineEndsSentence(prev)) return false;
  const w = columnWidthFor(ctx.widths, prev, l);
  if (w === undefined) return false;
  if (prev.width + (prev.indent ? 2 : 0) < w - ctx.ev.slack) return true;
  // After a sentence ended on a full line: a line no paragraph ends with (no closing mark at all, or a
  // quoted word closed on it: ./quoted-heads.ts), itself short of the column, stands apart too.
  return l.width < w - ctx.ev.slack && lineIsHeadingCandidate(l) && endsLikeHead(l.text);
}

/** Line `k` begins a headline (a wrapped headline's second line, or a subtitle). */
function headlineNext(ctx: Context, k: number): boolean {
  const l = ctx.lines[k];
  if (l === undefined || !lineIsHeadingCandidate(l) || /[，,、]/u.test(l.text)) return false;
  return l.gap === 0 || headingRunEnd(ctx, k) > k;
}

/** `——` and the subtitle's words. */
const DASH_SUBTITLE = /^——\s*[^—\s]/u;

/** True when nothing is open: no block yet, or a heading/byline, or a finished sentence. */
function isClosed(cur: Draft | null): boolean {
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
  const ends = lineEndsSentence(lastLine) || (n > 1 && endsIn(last, ')）') && endsSentence((cur.lines[n - 2] as Line).text + last));
  return ends && (cur.depth === 0 || cur.text.length > OPEN_QUOTE_TRUST);
}

function appendLine(cur: Draft, l: Line, source: readonly SourceLine[]): void {
  // The last line's last character is the block's (reading the joined text would flatten it on
  // every line: quadratic on long blocks); a blank last line falls back to the whole text.
  const prev = cur.lines[cur.lines.length - 1];
  const last = lastCode(prev?.text ?? '');
  const a = last >= 0 ? last : lastCode(cur.text);
  const aText = prev?.text ?? cur.text;
  const sep = isLatinCode(a) && isLatinCode(firstCode(l.text)) ? latinJoin(aText, l.text) : proseJoin(aText.trimEnd(), l.text) ?? creditSpaceAtBreak(cur.text, prev && source[prev.idx]?.hangs);
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

function shouldJoin(ctx: Context, cur: Draft, b: Line, decide: Decider, trace?: RuleTrace, captioned = false): boolean {
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
function markPhotoCaptions(blocks: Draft[]): Draft[] {
  blocks.forEach((b, i) => {
    // A notice's signature: the organisation after its contact fields or above the date.
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    // (A head set wholly in bold after an event's details, `节目单`, stays a heading; a card's row over another, `影院：…`, is none.)
    if (b.kind === 'heading' && ((prev && isFieldLine(prev.text) && !b.lines.every((l) => l.bold)) || (next && isDateLine(next.text)) || cardRowOver(b.text, next?.text ?? '', prev?.text ?? ''))) b.kind = 'body';
  });
  const credit = /[（(][\u4e00-\u9fff ·\u3000]{2,20}[)）]\s*$/u;
  const credited = (b: Draft | undefined): boolean => b !== undefined && b.kind === 'body' && credit.test(b.text.slice(-40));
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    // (Not a list's last entry after another, `“小候鸟”暑期托管（高区）`: no sentence in either, see `isListedEntry`; nor what follows a 名单's row.)
    if (credited(b) && credited(blocks[i - 1]) && !BRIEF_DATELINE.test(b.text) && !(isListedEntry(b.text) && isListedEntry(blocks[i - 1]?.text ?? '')) && !isEntryRow(blocks[i - 1]?.text ?? '') && (!next || next.kind === 'heading' || next.kind === 'caption')) {
      b.kind = 'caption';
    }
  });
  return noticeNameHeads(creditedCaptions(authorNotesCredited(letterCloseBody(blocks)))); // a letter's signature and date under its salute; an author's note wrapped over lines; a caption over print lines; a notice's name over its text
}
