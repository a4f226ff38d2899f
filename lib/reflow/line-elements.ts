// Pages that set every print line in an element of its own (`<p>` per line, scraped print text):
// there a `<p>` boundary marks nothing but a line end, and only indentation marks paragraphs.
import { endsSentence, startsNoStart, visualWidth } from './chars';
import type { Line } from './columns';
import { endsInPhotoCredit, mayEndInCredit } from './credit-captions';
import { lineIsByline } from './line-tests';
import type { SourceLine } from './types';

/** Fewer lines than this say too little about a page's shape. */
const MIN_LINES = 8;
/** Wider than this, an element is no print line (a column is at most this many characters wide). */
const MAX_COLUMN = 30;

/** A line's printed width: its text and, where indented, the two characters of indentation. */
const printedWidth = (l: SourceLine): number => visualWidth(l.text.trim()) + (l.indent ? 2 : 0);

/**
 * A photo caption with its credit in an element of its own (`沈建明在运河上巡查航道。（记者　徐　晴　摄）`): set to the
 * picture's width, not the column's, like a caption under a picture (the last character read first: most lines end in none).
 */
function creditedCaption(l: SourceLine): boolean {
  const t = l.text.trimEnd();
  return t !== '' && mayEndInCredit(t.charCodeAt(t.length - 1)) && endsInPhotoCredit(t);
}

/**
 * True when the page sets each print line in an element of its own (the lines under pictures aside): (nearly) every line is
 * an element, the elements cluster at one narrow column width (most within a character of it,
 * none far wider), and most element boundaries fall inside a sentence, the next line not indented.
 */
export function isLinePerElement(lines: readonly SourceLine[]): boolean {
  // A picture's caption (the line right under it) is set to the picture's width, not the column's: it says nothing of the
  // page's print lines (a pad page's photo and caption `<p>`s before a body of one `<p>` per print line).
  // So is a caption with its credit in an element of its own among the print lines, where the page keeps no picture (a
  // 嘉兴日报 or 金华日报 page of one `<p>` per print line with a credited caption `<p>` at a column's end).
  const ls = lines.filter((l) => l.text.trim() !== '' && l.afterMedia !== true && !creditedCaption(l));
  if (ls.length < MIN_LINES) return false;
  // Nearly every line an element of its own (asked first: most pages have runs of lines, and fail it).
  let parted = 0;
  for (let i = 1; i < ls.length; i++) if ((ls[i] as SourceLine).gap > 0) parted++;
  if (parted < (ls.length - 1) * 0.9) return false;
  // Prose cut into print lines holds a comma or a full stop somewhere; lines with none are verse or a list, set so.
  if (!ls.some((l) => /[，。,]/u.test(l.text))) return false;
  // So are lines most of which (two in three) hold no mark at all, a poem with a pause here and there (`每天数过往的车辆，`):
  // print lines of prose hold a mark in four of five (the corpus pages), a line being a column's width of a sentence.
  if (ls.filter((l) => !ANY_MARK.test(l.text)).length >= ls.length * (2 / 3)) return false;
  const widths = ls.map(printedWidth);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1);
  let column = 0;
  let most = 0;
  for (const [w, n] of counts) if (n > most || (n === most && w > column)) [column, most] = [w, n];
  if (column < 6 || column > MAX_COLUMN) return false;
  if (widths.some((w) => w > column + 2)) return false;
  if (widths.filter((w) => w >= column - 1.25).length < ls.length * 0.6) return false;
  let mid = 0;
  for (let i = 1; i < ls.length; i++) {
    const a = ls[i - 1] as SourceLine;
    const b = ls[i] as SourceLine;
    if (startsNoStart(b.text.trim()) || (!b.indent && !endsSentence(a.text.trim()) && !/[：:]$/u.test(a.text.trim()))) mid++;
  }
  return mid >= (ls.length - 1) * 0.5;
}

/**
 * The lines as one run where the page sets every print line in an element of its own (see
 * `isLinePerElement`): a single element boundary becomes a line end; blank elements stay gaps.
 * Other pages are returned as they are.
 */
export function joinLineElements(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (!isLinePerElement(lines)) return lines;
  return lines.map((l) => (l.gap === 1 ? { ...l, gap: 0 } : l.gap > 1 ? { ...l, gap: l.gap - 1 } : l));
}

/** Lines of a list or a poem end in a mark of a clause or sentence (`，` `；` `。` `！` `？`). */
const SET_END = /[，,；;。！？!?]$/u;
/** A run needs this many lines before its ends say it was set line by line. */
const MIN_SET_LINES = 3;
/** How many characters narrower than the page's other text a set run's lines are at least. */
const NARROWER = 4;

/** A verse line ends in a character or a clause or sentence mark, never inside a bracket, a quotation or after a dash. */
const VERSE_END = /[\p{Script=Han}，,；;。！？!?]$/u;
/** Any mark of a clause or sentence, anywhere in a line. */
const ANY_MARK = /[，,；;。！？!?、：:]/u;

/** Lines that may be verse: each ends in a character or a clause or sentence mark. */
const verseLike = (run: readonly Line[]): boolean => run.every((l) => VERSE_END.test(l.text.trim()));
/** Unmarked verse: no line holds a mark at all (prose cut into print lines holds its commas somewhere). */
// (The mark test first: prose fails it on its first line, where `verseLike` would read every line.)
const unmarkedVerse = (run: readonly Line[]): boolean => !run.some((l) => ANY_MARK.test(l.text)) && verseLike(run);

/**
 * The runs of a page as lists of lines, and which of them are verse set with no marks (a 副刊 poem,
 * each stanza an element of `<br>` lines): three lines or more holding no mark; a run beside such a
 * run whose lines all end as verse does (a stanza with a comma inside a line).
 */
function verseRuns(runs: readonly Line[][]): Set<number> {
  const out = new Set<number>();
  // A stanza's run may open with the poet's name (`□ 沈一舟`) or close with the author's note (`（作者系…）`), set in it.
  // (Read only where it may matter: a run whose inner lines hold a mark is no unmarked verse, and a run is asked
  // as a stanza with a comma only beside verse.)
  const lines: (readonly Line[] | undefined)[] = [];
  const verse = (k: number): readonly Line[] => (lines[k] ??= verseOf(runs[k] as Line[]));
  runs.forEach((run, k) => {
    if (run.length >= MIN_SET_LINES && !innerMark(run) && verse(k).length >= MIN_SET_LINES && unmarkedVerse(verse(k))) out.add(k);
  });
  runs.forEach((run, k) => {
    if (run.length < 2 || out.has(k)) return;
    const besideVerse = [k - 1, k + 1].some((n) => out.has(n) && verse(n).length >= MIN_SET_LINES);
    if (besideVerse && verse(k).length >= 2 && verseLike(verse(k))) out.add(k);
  });
  return out;
}

/** A line of the run other than its first and last (which `verseOf` may drop) holds a mark. */
function innerMark(run: readonly Line[]): boolean {
  for (let i = 1; i < run.length - 1; i++) if (ANY_MARK.test((run[i] as Line).text)) return true;
  return false;
}

/** A run's lines without a byline or credit at its start or end. */
function verseOf(run: readonly Line[]): readonly Line[] {
  let a = 0;
  let b = run.length;
  if (b - a > 1 && lineIsByline(run[a] as Line)) a++;
  if (b - a > 1 && lineIsByline(run[b - 1] as Line)) b--;
  return run.slice(a, b);
}

/**
 * The runs whose every line ends in a clause or sentence mark, three lines or more (a list of
 * brief items, a poem quoted line by line, printed in one element broken by `<br>`), or that are
 * verse set with no marks (see `verseRuns`), all of them narrower than the page's print columns
 * (or, with none, its widest line) by several characters: print lines end wherever the column does
 * and are as wide as it, so such a run's breaks were set by the writer. Each of their lines is a
 * block of its own.
 */
export function setLineRuns(lines: readonly Line[]): Set<number> {
  const runs: Line[][] = [];
  for (const l of lines) {
    const last = runs[runs.length - 1];
    if (last !== undefined && (last[0] as Line).run === l.run) last.push(l);
    else runs.push([l]);
  }
  const verse = verseRuns(runs);
  const candidates = runs.filter((run, k) => (run.length >= MIN_SET_LINES && run.every((l) => SET_END.test(l.text))) || verse.has(k));
  const out = new Set<number>();
  if (candidates.length === 0) return out;
  const inCandidate = new Set(candidates.map((r) => (r[0] as Line).run));
  // The page's text width: its print columns where it has runs of lines (a one-line heading or
  // caption may be wider than any column), else its widest line.
  let columns = 0;
  let widest = 0;
  lines.forEach((l, i) => {
    if (inCandidate.has(l.run)) return;
    const w = l.width + (l.indent ? 2 : 0);
    widest = Math.max(widest, w);
    // A print column: a line of a run of three or more, not its last.
    if (lines[i + 1]?.run === l.run && lines[i - 1]?.run === l.run) columns = Math.max(columns, w);
  });
  const pageWidth = columns > 0 ? columns : widest;
  // A page that is a poem and nothing else (a 副刊 poem, its stanzas parted by blank lines, its poet and
  // note set in them): no prose is left to measure a column by, and two stanzas or more of verse say it.
  if (pageWidth === 0 && verse.size >= 2) {
    runs.forEach((run, k) => {
      if (verse.has(k)) out.add((run[0] as Line).run);
    });
    return out;
  }
  for (const run of candidates) {
    // A loop, not Math.max(...): a run may hold more lines than one call takes arguments.
    if (run.every((l) => l.width + (l.indent ? 2 : 0) <= pageWidth - NARROWER)) out.add((run[0] as Line).run);
  }
  return out;
}
