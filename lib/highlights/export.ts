// Exporting highlights: Markdown, JSON (lossless, re-importable), CSV, Anki TSV (pure).
//
// Every format cites a highlight the same way (citation()):
//   “quote” — 萧山日报 2025-03-09《title》https://…
// The quote and title are put on one line there (line breaks become spaces); a missing date is
// left out, and a missing title leaves a space before the URL.
//
// Choices:
// - Markdown escapes every character of the text that Markdown would read as markup
//   (\ ` * _ [ ] < > & ~ |, and # = + - or `1.` at a line start) with a backslash: quotes and
//   notes render exactly as typed, and HTML in a note stays text. A line break inside a note is
//   kept as a hard break (backslash at the line end); the blocks of a quote spanning blocks
//   become paragraphs of the blockquote. URLs are written as autolinks `<…>`.
// - CSV: RFC 4180 (CRLF line ends, a field with a comma, quote or line break quoted, quotes
//   doubled), UTF-8 with a BOM so that spreadsheet programs detect the encoding. A field that
//   starts with = + - @ (or a tab or carriage return) gets a leading `'` so that a spreadsheet
//   does not run it as a formula; so does such a character right after a separator or line
//   break inside a field (, ; tab), because a spreadsheet set to another list separator (`;` in
//   much of Europe) splits there; and a field with `;` or a tab is quoted. Times are ISO 8601
//   (UTC); tags are joined with "; ".
// - Anki TSV: four fields — quote, pinyin, note, source — one card a line, after Anki's file
//   headers `#separator:tab` and `#html:true`. Fields are HTML: & < > " are escaped, line breaks
//   become <br>, tabs become spaces; a leading # becomes &#35; (Anki reads a line starting
//   with # as a comment or a header). Escaping " keeps Anki's importer from reading a field as quoted.

import { ankiField } from '../export-format';
import { groupByArticle } from './group';
import { canonicalRecord, EXPORT_FORMAT, EXPORT_VERSION } from './types';
import type { HighlightRecord } from './types';

export { EXPORT_FORMAT, EXPORT_VERSION } from './types';

export interface HighlightExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  highlights: HighlightRecord[];
}

/** Runs of white space that contain a line break, and lone line breaks. */
const LINE_BREAKS_RE = /[^\S\r\n]*(?:\r\n|\r|\n)\s*/gu;
const oneLine = (s: string): string => s.replace(LINE_BREAKS_RE, ' ');

/** ISO 8601 in UTC; '' for a time that is not a valid date. */
const iso = (ms: number): string => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
};

/** Where a highlight comes from: `萧山日报 2025-03-09《title》URL`. */
export function source(r: Pick<HighlightRecord, 'paper' | 'date' | 'title' | 'url'>): string {
  return `${sourceText(r)}${r.title ? '' : ' '}${r.url}`;
}

/** source() without the URL. */
function sourceText(r: Pick<HighlightRecord, 'paper' | 'date' | 'title'>): string {
  const date = r.date ? ` ${r.date}` : '';
  const title = r.title ? `《${oneLine(r.title)}》` : '';
  return `${oneLine(r.paper)}${date}${title}`;
}

/** `“quote” — 萧山日报 2025-03-09《title》URL`, on one line. */
export function citation(r: Pick<HighlightRecord, 'quote' | 'paper' | 'date' | 'title' | 'url'>): string {
  return `“${oneLine(r.quote.exact)}” — ${source(r)}`;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Escapes Markdown markup so that the text renders as itself. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&~|]/gu, (c) => `\\${c}`)
    .replace(/^([ \t]*)([#=+-])/gmu, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gmu, '$1\\$2');
}

/**
 * Markdown lines of a multi-line text: a blank line stays a paragraph break, a single line break
 * becomes a hard break (a backslash at the line end), so the text keeps its lines.
 */
function mdParagraphs(text: string, blockSeparator: 'paragraph' | 'line'): string[] {
  // Leading white space would make an indented code block: lines are trimmed.
  const lines = text.split(/\r\n|\r|\n/u).map((l) => escapeMarkdown(l.trim()));
  if (blockSeparator === 'paragraph') return lines.flatMap((l, i) => (i === 0 ? [l] : ['', l]));
  return lines.map((l, i) => (l !== '' && i + 1 < lines.length && lines[i + 1] !== '' ? `${l}\\` : l));
}

/**
 * Markdown, grouped by article (newest issue first):
 *
 *     ## 《title》 — 萧山日报 2025-03-09
 *
 *     <URL>
 *
 *     > quote
 *
 *     note
 *
 *     “quote” — 萧山日报 2025-03-09《title》<URL>
 */
export function toMarkdown(records: readonly HighlightRecord[]): string {
  const out: string[] = [];
  for (const g of groupByArticle(records)) {
    const meta = `${escapeMarkdown(oneLine(g.paper))}${g.date ? ` ${g.date}` : ''}`;
    out.push(`## ${g.title ? `《${escapeMarkdown(oneLine(g.title))}》 — ` : ''}${meta}`, '', `<${g.url}>`, '');
    for (const h of g.highlights) {
      out.push(...mdParagraphs(h.quote.exact, 'paragraph').map((l) => (l ? `> ${l}` : '>')), '');
      if (h.note.trim() !== '') out.push(...mdParagraphs(h.note.trim(), 'line'), '');
      const cite = `“${escapeMarkdown(oneLine(h.quote.exact))}” — ${escapeMarkdown(sourceText(h))}${h.title ? '' : ' '}<${h.url}>`;
      out.push(cite, '');
    }
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// JSON

/** The lossless export, pretty-printed: `{format, version, exportedAt, highlights}`. */
export function toJson(records: readonly HighlightRecord[], opts: { now?: number } = {}): string {
  const doc: HighlightExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(opts.now ?? Date.now()) || new Date().toISOString(),
    highlights: records.map(canonicalRecord),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// CSV

export const CSV_COLUMNS = ['id', 'paper', 'date', 'title', 'url', 'quote', 'note', 'color', 'tags', 'created', 'updated'] as const;

/** A leading character (after any spaces) that makes a spreadsheet read a cell as a formula. */
const FORMULA_START_RE = /^(?:[ \u00a0\u3000]*[=+\-@]|[\t\r])/u;

/**
 * A formula character after a separator or a line break inside a field, spaces between: tags
 * are joined with '; ', so a tag `=1+1` follows `; `.
 */
const FORMULA_AFTER_SEPARATOR_RE = /([,;\t\r\n][ \t\u00a0\u3000]*)([=+\-@])/gu;

/** One CSV field: formula-neutralised (at its start and after any separator), then quoted when needed (RFC 4180). */
export function csvField(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR_RE, "$1'$2");
  const v = FORMULA_START_RE.test(inner) ? `'${inner}` : inner;
  return /[",;\t\r\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v;
}

/** CSV with a BOM and a header row; one highlight a row, in the order given. */
export function toCsv(records: readonly HighlightRecord[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const cells = [
      r.id,
      r.paper,
      r.date ?? '',
      r.title ?? '',
      r.url,
      r.quote.exact,
      r.note,
      r.color,
      r.tags.join('; '),
      iso(r.createdAt),
      iso(r.updatedAt),
    ];
    rows.push(cells.map(csvField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Anki

/** One Anki field as HTML: & < > " escaped, line breaks as <br>, tabs as spaces, a leading # as &#35; (shared with the words' export). */
export { ankiField } from '../export-format';

/** Anki's file headers: tab-separated, fields are HTML. */
export const ANKI_HEADERS = '#separator:tab\n#html:true\n';

/**
 * Tab-separated cards for Anki: the headers (ANKI_HEADERS), then one card a line in the order
 * given — quote, pinyin (pinyinOf(quote)), note, source (`萧山日报 2025-03-09《title》URL`).
 */
export function toAnkiTsv(records: readonly HighlightRecord[], pinyinOf: (text: string) => string): string {
  const cards = records.map((r) => [r.quote.exact, pinyinOf(r.quote.exact), r.note, source(r)].map(ankiField).join('\t') + '\n');
  return ANKI_HEADERS + cards.join('');
}
