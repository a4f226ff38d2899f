// The hardest boundary of the line-wrap repair: a sentence ending where nothing else (no
// indentation, no blank line that means a paragraph, no short last line) marks the paragraph —
// on a full print line, before a blank line where a column ends, or at a column piece's end
// where the page's grid ends a column. The editor's paragraph may go on or end there; the
// learned boundary scorer weighs the evidence together (boundary.ts).
import { sayingVerbs } from './chars';
import { modelJoins, type BoundaryModel } from './boundary';
import { BOUNDARY_MODEL } from './boundary-model.generated';
import type { BoundaryKind, ParagraphSoFar } from './boundary-features';
import { NAME_CREDIT } from './classify';
import type { Line } from './columns';
import type { Context } from './headlines';

import { openingOf, sentenceAhead } from './boundary-features';
import { speakerGoesOn } from './speaker-goes-on';

import { discourseOpens } from './discourse-openers';
import { figuredLineShort } from './figure-width';
import { noticeLinesApart } from './notice-signers';
import { noteOpens } from './table-notes';
import { fieldLastLine } from './notice-end';
import { authorNoteOpens } from './credit-place';

export { onlyColumnCut } from './boundary-features';
export { authorNoteOpens } from './credit-place';

/**
 * What the next line's wording alone decides after a sentence end: a new paragraph's opening
 * (`据介绍，`, `会上，`, `1.`, `（一）`), a quotation spoken in full or an interview's turn (`潘丽君：`) ends the paragraph; an author's
 * credit (`(朱艳佳)`), a word leaning on the sentence before (`同时`, `其中`, `因此`) or the speaker
 * of the quotation just closed (`…。”` / `…负责人表示。`) continues it. Undefined otherwise.
 */
export function openingDecides(ctx: Context, a: Line, b: Line): boolean | undefined {
  if (NAME_CREDIT.test(b.text)) return true;
  const opening = openingOf(ctx, a, b);
  if (opening === 'new' || opening === 'list' || opening === 'spoken') return false;
  if (opening === 'leans' || opening === 'speaker') return true;
  if (interviewTurn(ctx, b)) return false;
  return undefined;
}

/**
 * A speaker's label and colon opening a line: a name or role of one to four characters, a title
 * in brackets allowed (`潘丽君：`, `刘芳（社区书记）：`, a surname alone, `潘：`), or a Latin capital
 * (`Q：`, `A：`); not a verb of saying (`他说：`, `…表示：`) nor a word that ends a clause before a
 * colon (`…有：`, `…为：`). A speaker set in lenticular brackets instead of before a colon (`【记者】`,
 * `【答】`, `【沈一鸣】`: one to four characters) is a label too.
 */
const TURN = /^(?:(\p{Script=Han}{1,4}|[A-Z])(?:（[^）]{1,12}）)?[：:]|【(\p{Script=Han}{1,4})】)/u;
/**
 * A label that is no speaker: it ends in a verb of saying (the shared ones, `道`, `称`, `问`, `讲`,
 * `告诉`) or in a word that announces a list (`如下`, `包括`, `例如`, `比如`), or it is one character
 * that ends a clause before a colon.
 */
const SAYING = new RegExp(`${sayingVerbs('道', '称', '问', '讲', '告诉', '如下', '包括', '例如', '比如')}$|^[是为有如即含括示下和及或等]$`, 'u');
const turnCounts = new WeakMap<Context, Map<string, number>>();

/** The speaker label opening `text`, if it has one. */
function turnLabel(text: string): string | undefined {
  const m = TURN.exec(text);
  if (m === null) return undefined;
  if (m[2] !== undefined) return `【${m[2]}】`;
  return !SAYING.test(m[1] as string) ? m[1] : undefined;
}

/**
 * Line `b` opens a turn of an interview after a sentence end: its speaker's label opens at least
 * one other line of the page the same way (the interviewer and the one answering speak by turns),
 * so it is no label that a sentence wrapped to a line's start by chance.
 */
export function interviewTurn(ctx: Context, b: Line): boolean {
  const label = turnLabel(b.text);
  if (label === undefined) return false;
  let counts = turnCounts.get(ctx);
  if (counts === undefined) {
    counts = new Map();
    for (const l of ctx.lines) {
      const x = turnLabel(l.text);
      if (x !== undefined) counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    turnCounts.set(ctx, counts);
  }
  return (counts.get(label) ?? 0) >= 2;
}

/**
 * The paragraph so far is a turn's speaker label and colon alone (`答：`, `记者：`), a label that opens
 * other turns of the page with their words after it on the line: a column cut right after it, for no
 * turn is its label alone (a label that stands alone each time, `任命：` before its names, is no turn's).
 */
export function turnLabelAlone(ctx: Context, text: string): boolean {
  const t = text.trim();
  // It ends in its colon: a paragraph ending otherwise (asked at every boundary) is answered without the patterns.
  const last = t.charCodeAt(t.length - 1);
  if (last !== 0xff1a && last !== 0x3a) return false;
  const label = turnLabel(t);
  if (label === undefined || !/^[^：:]*[：:]$/u.test(t)) return false;
  return ctx.lines.some((l) => turnLabel(l.text) === label && !/^[^：:]*[：:]$/u.test(l.text.trim()));
}

/**
 * Decides the ambiguous boundary before `b` after the paragraph `para` ending in line `a`:
 * an author's credit on a line of its own (`(朱艳佳)`) stays with its paragraph; everything else
 * is the boundary scorer's (`model`, the shipped one by default). Returns true to join.
 */
export function fullStopJoins(ctx: Context, a: Line, para: ParagraphSoFar, b: Line, kind: BoundaryKind, model: BoundaryModel = BOUNDARY_MODEL): boolean {
  // A report's turn (`此前，`, `此外，`) after a sentence ended on a full line, not at a column piece's end (see ./discourse-openers.ts),
  // and a note's label (`注：`, ./table-notes.ts); the text's last line a contact field (see ./notice-end.ts); an author's note
  // opening a line (`（作者单位：…`, see ./credit-place.ts), anywhere.
  // A line of full-width characters and figures a whole character short where the page sets figures at half a character
  // (see ./figure-width.ts).
  // Nor across a notice's closing lines: its signers over their date, a dated row before the next (see ./notice-signers.ts).
  if (noticeLinesApart(ctx.lines, para.text, a, b)) return false;
  // A sentence ending on a full line inside a run, where the page's blank lines mark its paragraphs though few of them end
  // short (see `blanksEndSentences` in ./evidence.ts), goes on as on a page where blank lines are known to mean paragraphs
  // (join-rule.ts `run-on-blank-page`). Asked here, past the scorer's training examples, which the page's evidence does not change.
  if (b.gap === 0 && ctx.ev.runsGoOn === true) return true;
  // The speaker of the quotation just closed, going on after a comma (`…。”` / `沈大伯说，…`, see ./speaker-goes-on.ts), joins.
  return openingDecides(ctx, a, b) ?? (speakerGoesOn(a.text, () => sentenceAhead(ctx, b)) || (fieldLastLine(a, b, ctx.lines[b.ord + 1]) || authorNoteOpens(a, b) || (kind !== 'grid' && (discourseOpens(a.text, b.text) || noteOpens(a.text, b.text) || figuredLineShort(ctx, a, b))) ? false : modelJoins(ctx, a, para, b, kind, model)));
}
