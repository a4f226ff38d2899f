// Saved words out and in: Anki TSV, CSV (for spreadsheets), and Dubao's own JSON, whose import
// is validated whole before anything is stored (a foreign or broken file changes nothing).
import { readExportFile, utf8Bytes } from '../export-file';
import { ankiField, ankiHtml as html } from '../export-format';
import { wordKey } from './merge';
import { validateWordRecord, type WordRecord, type WordSentence } from './types';

export const WORDS_FORMAT = 'dubao-words';
export const WORDS_VERSION = 1;
/** Largest words file read: 20 MB. */
export const DEFAULT_MAX_WORDS_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_WORDS = 50_000;
const MAX_LISTED = 200;
/** Words stored under another key than their file's that a warning names (the rest are counted). */
const REKEYED_LISTED = 5;

/** The source line of a sentence: `萧山日报 2025-03-09《title》URL`. */
export function sentenceSource(s: Pick<WordSentence, 'paper' | 'date' | 'title' | 'url'>): string {
  return [s.paper, s.date ?? '', s.title ? `《${s.title}》` : '', s.url].filter((x) => x !== '').join(' ');
}

/** The sentence shown for a word: the newest one (null for a word without sentences). */
export const latestSentence = (r: WordRecord): WordSentence | null => r.sentences[0] ?? null;

/** An Anki field: HTML-escaped; a leading `#` written as `&#35;` so that Anki does not read the line as a header (lib/export-format.ts). */
export const ankiWordField = ankiField;

/** The sentence with the word as an Anki cloze: `…{{c1::word}}…` (each part HTML-escaped). */
export function clozeSentence(s: Pick<WordSentence, 'text' | 'start' | 'end'>): string {
  const word = html(s.text.slice(s.start, s.end)).replace(/\}\}/gu, '} }');
  return `${html(s.text.slice(0, s.start))}{{c1::${word}}}${html(s.text.slice(s.end))}`;
}

/**
 * Anki's TSV: `#separator:tab`, `#html:true` and `#columns:` headers, then one card a line:
 * word, reading, meaning (senses joined by "; "), cloze sentence, source.
 */
export function toAnkiWords(records: readonly WordRecord[]): string {
  const lines = ['#separator:tab', '#html:true', '#columns:Word\tReading\tMeaning\tSentence\tSource'];
  for (const r of records) {
    const s = latestSentence(r);
    const sentence = s ? clozeSentence(s) : '';
    const fields = [ankiWordField(r.written), ankiWordField(r.reading), ankiWordField(r.meanings.join('; ')), sentence.startsWith('#') ? `&#35;${sentence.slice(1)}` : sentence, ankiWordField(s ? sentenceSource(s) : '')];
    lines.push(fields.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** A formula character at the start of a field, or after a separator a spreadsheet may split on. */
const FORMULA_RE = /(^|[,;\t\r\n|])\s*[=+\-@]/u;

/** One CSV field (RFC 4180 quoting); a field a spreadsheet could read as a formula starts with `'`. */
export function csvWordField(value: string): string {
  const v = FORMULA_RE.test(value) || /^[\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n;]/u.test(v) || v !== value ? `"${v.replace(/"/gu, '""')}"` : v;
}

export const WORD_CSV_COLUMNS = ['word', 'written', 'reading', 'meanings', 'sentence', 'paper', 'date', 'title', 'url', 'first_seen', 'lookups', 'due'] as const;

const iso = (ms: number): string => new Date(ms).toISOString();

/** CSV with a byte-order mark (Excel reads it as UTF-8) and a header row; one word a row. */
export function toWordsCsv(records: readonly WordRecord[]): string {
  const rows = [WORD_CSV_COLUMNS.join(',')];
  for (const r of records) {
    const s = latestSentence(r);
    const cells = [r.word, r.written, r.reading, r.meanings.join('; '), s?.text ?? '', s?.paper ?? '', s?.date ?? '', s?.title ?? '', s?.url ?? '', iso(r.firstSeen), String(r.lookups), iso(r.due)];
    rows.push(cells.map(csvWordField).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Dubao's words file: every field of every record, pretty-printed. */
export function toWordsJson(records: readonly WordRecord[], opts: { now?: number } = {}): string {
  const doc = { format: WORDS_FORMAT, version: WORDS_VERSION, exportedAt: iso(opts.now ?? Date.now()), words: records };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The words as Dubao words files that each import back: one file when everything fits, else
 * parts of at most `maxWords` words and `maxBytes` UTF-8 bytes (the import's limits by default),
 * in the order given. Every part is a whole file (toWordsJson) with the same `exportedAt`. A
 * single word larger than `maxBytes` (impossible within the field limits at the default size)
 * throws rather than writing a file that would be refused.
 */
export function toWordsJsonParts(records: readonly WordRecord[], opts: { now?: number; maxBytes?: number; maxWords?: number } = {}): string[] {
  const now = opts.now ?? Date.now();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_WORDS_BYTES;
  const maxWords = opts.maxWords ?? MAX_IMPORT_WORDS;
  // The empty file, and the line breaks around a non-empty list (2 bytes more than its items' separators).
  const empty = utf8Bytes(toWordsJson([], { now })) + 2;
  const parts: WordRecord[][] = [];
  let part: WordRecord[] = [];
  let bytes = empty;
  for (const r of records) {
    // As written inside the file's list: indented two levels deeper, then ",\n".
    const json = JSON.stringify(r, null, 2);
    const size = utf8Bytes(json) + 4 * (json.split('\n').length) + 2;
    if (empty + size > maxBytes) throw new Error(`the word ${r.written} alone is larger than a words file may be`);
    if (part.length > 0 && (part.length >= maxWords || bytes + size > maxBytes)) {
      parts.push(part);
      part = [];
      bytes = empty;
    }
    part.push(r);
    bytes += size;
  }
  if (part.length > 0 || parts.length === 0) parts.push(part);
  return parts.map((p) => toWordsJson(p, { now }));
}

/** The records of a words file, or every reason it is refused (then nothing may be stored). */
export type WordsImportResult = { ok: true; records: WordRecord[]; warnings: string[] } | { ok: false; errors: string[] };

/** Reads and validates a words JSON file whole: one bad entry refuses the file. */
export function parseWordsImport(text: unknown, opts: { maxBytes?: number } = {}): WordsImportResult {
  const read = readExportFile(text, { format: WORDS_FORMAT, version: WORDS_VERSION, what: 'words', defaultMaxBytes: DEFAULT_MAX_WORDS_BYTES, list: 'words', maxItems: MAX_IMPORT_WORDS }, opts.maxBytes);
  if (!read.ok) return read;
  const errors: string[] = [];
  const records: WordRecord[] = [];
  const warnings = [...read.warnings];
  let rekeyed = 0;
  read.list.forEach((raw, i) => {
    const checked = validateWordRecord(raw);
    if (!checked.ok) {
      errors.push(`words[${i}]: ${checked.error}`);
      return;
    }
    // A word is stored under the simplified form this Dubao gives its written form. A file whose
    // key differs (made by hand, or by a Dubao whose conversion tables read 乾安 otherwise) is
    // stored under this Dubao's key, with a warning, rather than refused: nothing in it is lost,
    // and a word that then meets one already saved is merged with it as a repeated entry is.
    const key = wordKey(checked.value.written);
    if (checked.value.word !== key) {
      if (rekeyed++ < REKEYED_LISTED) warnings.push(`words[${i}]: ${JSON.stringify(checked.value.word)} stored as ${JSON.stringify(key)}, the simplified form of its written form ${JSON.stringify(checked.value.written)}`);
      records.push({ ...checked.value, word: key });
    } else records.push(checked.value);
  });
  if (rekeyed > REKEYED_LISTED) warnings.push(`… and ${rekeyed - REKEYED_LISTED} more stored under the simplified form of their written form`);
  if (errors.length > 0) {
    const more = errors.length > MAX_LISTED ? [`… and ${errors.length - MAX_LISTED} more`] : [];
    return { ok: false, errors: [...errors.slice(0, MAX_LISTED), ...more] };
  }
  return { ok: true, records, warnings };
}
