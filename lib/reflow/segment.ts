// The line-wrap repair proper: decides, at every print-line boundary, whether the editor's
// paragraph goes on or a new block starts.
import { endsIn, endsOnOpeningMark, openDepth } from './chars';
import { isDatedPlaceLine, isLeadingName, isTrailingName } from './lone-name';
import { isBracketCredit, isCaptionLine, isCreditLine, isHeadingCandidate, isNameLine, isPhotoCreditLine } from './classify';
import { lineIsByline, lineIsCaption } from './line-tests';
import { columnWidthFor, measure, runWidths, type Line } from './columns';
import { marksAgree, pageEvidence } from './evidence';
import { lineSentences } from './boundary-features';
import { fullStopJoins } from './full-stop';
import { pieceGrid } from './piece-grid';
import { indentMarksLineElements } from './indent-signal';
import { setLineRuns } from './line-elements';
import { inMarkedList, markOf, unpicturedTriangles } from './marked-items';
import { inEntryRun } from './listed-entries';
import { captionCutAfterSentence, captionRestEnd, creditRestUnderCaption } from './credit-captions';
import { captionBesideColumn, commaHeadInRun, headingRunEnd, type Context } from './headlines';
import { bylineAt, bylineSoon, creditCutOff, isIssuerLine, issuersFirst, lastLineAlone } from './credit-place';
import type { BlockKind, RepairedBlock, SourceLine } from './types';
import { isSectionHead, markedHeads, partSeriesGoesOn, pictureNumber, withoutPictureNumber } from './set-apart';
import { questionHeads } from './question-heads';
import { isVersePoemHead, verseElements } from './verse-elements';
import { captionBetweenHalves, creditEndsCaption, creditOpensPhotoPage, creditUnderCaption, documentRowEnds, entryRowFrom, headCandidate, isEntryRow, isPictureCaption, unindentedCaption } from './lines-apart';
import { nameCutAfter } from './name-cut';
import { boldRunHeadEnd } from './bold-run-head';
import { headsHere } from './heading-here';
import { creditCutFromItem } from './cut-credit';
import { captionOverCreditAlone } from './credit-alone';
import { signsNextPiece } from './signed-pieces';
import { partNumberLines } from './part-numerals';
import { type Draft, type Decider, type RuleTrace, DASH_SUBTITLE, headingInRun, headlineNext, isClosed, appendLine, shouldJoin, markPhotoCaptions } from './segment-steps';
export type { JoinRule } from './join-rule';
export type { Decider, RuleTrace } from './segment-steps';

/**
 * Splits source lines into blocks (pure); `trace` hears every rule-decided boundary. `pictured`: the text has pictures,
 * among these lines or with their captions taken out before them (./framed-captions.ts).
 */
export function segment(
  source: readonly SourceLine[],
  decide: Decider = (ctx, a, para, b, kind) => fullStopJoins(ctx, a, para, b, kind),
  trace?: RuleTrace,
  pictured = source.some((l) => l.afterMedia === true),
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
    // So does indentation that blank lines bear out (every run indented, ending a sentence: ./evidence.ts `marksAgree`).
    indentUsed: (indented >= 2 && indented >= runStarts.length * 0.2 && indented < runStarts.length * 0.9) ||
      lines.filter((l) => l.indent && l.gap === 0 && l !== lines[0]).length >= 2 ||
      indentMarksLineElements(lines) || marksAgree(lines),
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
  // The marked writers who sign the piece under them (see ./signed-pieces.ts), found once.
  const signers = new Set<number>();
  for (let k = 0; k < lines.length; k++) if (signsNextPiece(lines, k)) signers.add(k);
  const partNumbers = partNumberLines(lines); // a 散文's part numbers alone (`一`, `二`, …: see ./part-numerals.ts)
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
    if (partNumbers.has(i)) {
      flush();
      out.push(single('heading', l));
      continue;
    }
    const listItem = inMarkedList(lines, i);
    // A caption between two paragraphs, cut over print lines of its own under a finished sentence (./credit-captions.ts).
    const cutCaptionEnd = cur?.kind === 'body' && !listItem ? captionCutAfterSentence(lines, i, ctx.indentUsed) : -1;
    if (cutCaptionEnd > i) {
      flush();
      const caption = single('caption', l);
      while (i < cutCaptionEnd) appendLine(caption, lines[(i += 1)] as Line, source);
      out.push(caption);
      continue;
    }
    // A whole sentence on a line wider than the column, over a photographer's credit alone: a caption and its credit,
    // each a caption of its own (./credit-alone.ts).
    if (!listItem && captionOverCreditAlone(lines, ctx.widths, i)) {
      flush();
      out.push(single('caption', l), single('caption', lines[(i += 1)] as Line));
      continue;
    }
    // A subheading set in bold and cut over two or three print lines, after a finished sentence (./bold-run-head.ts).
    const boldRunEnd = closed ? boldRunHeadEnd(lines, i) : -1;
    if (boldRunEnd > i) {
      flush();
      const head = single('heading', l);
      while (i < boldRunEnd) appendLine(head, lines[(i += 1)] as Line, source);
      out.push(head);
      continue;
    }
    // A line set wholly in bold under a picture is a subheading (the bold rule below), not its caption.
    // A `▲` opens a caption, not where several such elements stand with no picture before them (a
    // list's items): then only a credit in its words makes the line a caption.
    const byWords = lineIsCaption(l) && !creditOpensPhotoPage(lines, i, pictured) && !(triangles && markOf(l.text) === '▲' && !l.afterMedia && !isCaptionLine(l.text.trim().slice(1)));
    // A line under a picture whose next element or print line is the picture's credit alone (`…亮起花灯。` /
    // `本报记者 朱海燕 摄影`) is the caption the credit signs, a finished sentence or not (the credit in its run ends it: `creditUnderCaption`).
    const credited = l.afterMedia && isPhotoCreditLine(lines[i + 1]?.text ?? '') && !isPhotoCreditLine(l.text);
    // Pictures numbered on the page (`①…`, `②…`): the captions under them open with the numbers in order.
    const numbered = pictureNumber(l.text);
    const nextNumber = numbered > 1 && l.gap > 0 && numbered === lastNumbered + 1;
    lastNumbered = 0;
    // A picture whose caption was set before it (the caption's last line right above): an indented line under it whose
    // run goes on opens the paragraph after the picture, not a second caption.
    // The block right above this line: the caption waiting beside the paragraph, or the last block out (read by the tests below).
    const blockAbove = captions[captions.length - 1] ?? out[out.length - 1];
    const captionedBefore = l.indent && lines[i + 1]?.gap === 0 && !cur && blockAbove?.kind === 'caption' && blockAbove.lines[blockAbove.lines.length - 1] === lines[i - 1];
    if (byWords || nextNumber || (l.afterMedia && !listItem && !l.bold && ((!captionedBefore && isPictureCaption(withoutPictureNumber(l.text))) || credited || (closed && unindentedCaption(lines, i)) || (!closed && captionBetweenHalves(lines, i))))) {
      if (numbered === 1 ? l.afterMedia : nextNumber) lastNumbered = numbered;
      // A caption printed where a column was cut may stand between a paragraph's two halves, even after a sentence end: a paragraph in progress waits for the line after it.
      const signed = captions[captions.length - 1] ?? (cur?.kind === 'body' ? cur : out[out.length - 1]);
      if (creditUnderCaption(lines, i, signed)) appendLine(signed as Draft, l, source);
      else {
        const caption = single('caption', l);
        if (closed && cur?.kind !== 'body') {
          flush();
          out.push(caption);
        } else captions.push(caption);
        // Its words cut into print lines under the picture: the lines they run on over are the caption's (./credit-captions.ts).
        for (const end = captionRestEnd(lines, i); i < end; ) appendLine(caption, lines[(i += 1)] as Line, source);
      }
      continue;
    }
    // A photographer's credit alone whose words make no caption by themselves (`图/钱　晨`, `新华社记者　X　摄`), right under a
    // caption (`学生们在农技员指导下体验插秧。` / `图/钱　晨`): the caption's end, as `creditUnderCaption` reads a credit line.
    if (blockAbove?.kind === 'caption' && l.gap === 0 && isPhotoCreditLine(l.text) && creditUnderCaption(lines, i, blockAbove)) {
      appendLine(blockAbove, l, source);
      continue;
    }
    // The rest of a caption whose credit the line end cut inside its role (`…拍照。　记` / `者　崔　引　摄`: see ./credit-captions.ts).
    if (creditRestUnderCaption(lines, i, blockAbove)) {
      appendLine(blockAbove as Draft, l, source);
      continue;
    }
    if (!closed && captionBesideColumn(ctx, i)) {
      captions.push(single('caption', l));
      continue;
    }
    // A 简讯's credit the column end cut from its item, at the next column's top: the item's end (see ./cut-credit.ts).
    if (cur?.kind === 'body' && creditCutFromItem(lines, i, cur.text)) {
      appendLine(cur, l, source);
      continue;
    }
    // An author's note in brackets, an element of its own (`（作者单位：…）`), is a credit even after
    // a paragraph with no closing mark (a keywords line, English text).
    // So is a credit as the last element, or one between breaks before a new paragraph (`数据来源：县统计局` under a table).
    // A line of a run set line by line (a poem's last stanza) stands alone as an element would.
    const bracketNote = (l.gap > 0 || ctx.setRuns?.has(l.run) === true) && (/^[（(]/u.test(l.text.trim()) || (lines[i + 1]?.gap ?? 1) > 0 && (closed || (lines[i + 1]?.indent ?? true))) && isCreditLine(l.text);
    // A title alone over a marked writer who signs the next piece (see ./signed-pieces.ts) heads that piece.
    const signsPiece = signers.has(i);
    if (signers.has(i + 1)) {
      flush();
      out.push(single('heading', l));
      continue;
    }
    if (bracketNote || ((closed || signsPiece) && (lineIsByline(l) || (i === 0 && isIssuerLine(l.text)) || (((l.gap > 0 && !creditCutOff(ctx, i)) || lastLineAlone(ctx, i)) && isBracketCredit(l.text)) || (prevKind === 'heading' && isNameLine(l.text) && !headlineNext(ctx, i + 1) && !isEntryRow(lines[i + 1]?.text ?? '')) || isLeadingName(lines, i) || isTrailingName(lines, i) || isDatedPlaceLine(lines, i)))) {
      flush();
      out.push(single('byline', l));
      // A byline whose name the line end cut (see ./name-cut.ts) takes the name's rest from the next line.
      if (nameCutAfter(l, lines[i + 1], columnWidthFor(ctx.widths, l, lines[i + 1] ?? l))) appendLine(out[out.length - 1] as Draft, lines[(i += 1)] as Line, source);
      continue;
    }
    // A heading of its own: a bold element between breaks, a head set apart by print after a finished sentence, a head
    // over rows or a part head, an unindented head on a page whose indentation marks paragraphs (./heading-here.ts).
    const curText = (cur as Draft | null)?.text ?? '';
    if (headsHere({ ctx, lines, i, closed, cur, curText, out, isQuestionHead })) {
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
    // article's title: `——记县人大代表…`), is a heading too; so is one right under the byline that opens
    // the body (`贵州日报天眼新闻记者　X　Y` / `——湄潭县…见闻`), nothing but bylines and headings before it.
    if (!cur && (prevKind === 'heading' || i === 0 || (prevKind === 'byline' && out.every((b) => b.kind === 'byline' || b.kind === 'heading'))) && (l.gap > 0 || i === 0) && (lines[i + 1]?.gap ?? 1) > 0 && DASH_SUBTITLE.test(l.text.trim()) && isHeadingCandidate(l.text.trim().replace(/^——\s*/u, ''))) {
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
    // A paragraph whose last line ends on an opening mark goes on whatever the rules and the scorer would say (asked here,
    // before them, so the scorer's training reads the boundaries it did).
    if (cur && (endsOnOpeningMark((cur.lines[cur.lines.length - 1] as Line).text) || (!documentRowEnds(cur.text, l, (cur.lines[0] as Line).text, out) && !creditEndsCaption(cur.text, cur.lines, l) && shouldJoin(ctx, cur, l, decide, trace, captions[captions.length - 1]?.lines[0] === lines[i - 1])))) {
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
