// Export (Anki TSV, CSV, JSON) and import (a Dubao words JSON file) of the saved words.
// A JSON export larger than an import takes (20 MB or 50,000 words) is offered as parts that
// each import back, one button a part: the reader is told before any file is written.
import { useState } from 'preact/hooks';
import { DEFAULT_MAX_WORDS_BYTES, toAnkiWords, toWordsCsv, toWordsJsonParts } from '../lib/words/io';
import type { WordImportSummary } from '../lib/words/messages';
import type { WordRecord } from '../lib/words/types';
import { ImportStatusView, useFileImport } from './FileImport';
import { localDate } from './WordsItem';

const FORMATS = [
  { label: 'wordsExportAnki', ext: 'tsv', mime: 'text/tab-separated-values;charset=utf-8', make: (rs: readonly WordRecord[]) => [toAnkiWords(rs)] },
  { label: 'wordsExportCsv', ext: 'csv', mime: 'text/csv;charset=utf-8', make: (rs: readonly WordRecord[]) => [toWordsCsv(rs)] },
  { label: 'wordsExportJson', ext: 'json', mime: 'application/json;charset=utf-8', make: (rs: readonly WordRecord[], limits?: JsonLimits) => toWordsJsonParts(rs, limits) },
] as const;

/** The most one JSON file may hold (default: what an import takes, lib/words/io.ts). */
export interface JsonLimits {
  maxBytes?: number;
  maxWords?: number;
}

export interface WordsTransferProps {
  t: (key: string, substitutions?: string | string[]) => string;
  /** How many words an export would write (those the list matches). */
  count: number;
  /** The words to export (those the list matches), fetched when the reader asks for an export. */
  records: () => Promise<readonly WordRecord[]>;
  download: (filename: string, text: string, mime: string) => void;
  importWords: (text: string) => Promise<WordImportSummary>;
  /** Called after an import stored something. */
  onImported: () => void;
  /** Limits of one JSON file; the import's unless told (tests). */
  jsonLimits?: JsonLimits;
}

/** An export waiting as parts: the file name stem, the texts and their type. */
interface Parts {
  stem: string;
  texts: string[];
  mime: string;
}

export function WordsTransfer({ t, count, records, download, importWords, onImported, jsonLimits }: WordsTransferProps) {
  const [parts, setParts] = useState<Parts | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const imp = useFileImport({
    t,
    maxBytes: DEFAULT_MAX_WORDS_BYTES,
    tooLarge: t('wordsImportTooLarge'),
    failed: t('wordsImportFailed'),
    run: async (text) => {
      const s = await importWords(text);
      if (s.added + s.updated > 0) onImported();
      return { text: t('wordsImported', [String(s.added), String(s.updated), String(s.unchanged)]), ...(s.warnings.length ? { detail: s.warnings.join('\n') } : {}) };
    },
  });
  const exportAs = async (f: (typeof FORMATS)[number]): Promise<void> => {
    setParts(null);
    setFailed(null);
    setExporting(f.ext);
    try {
      const texts = f.make(await records(), jsonLimits);
      const stem = `dubao-words-${localDate(Date.now())}`;
      if (texts.length === 1) download(`${stem}.${f.ext}`, texts[0] as string, f.mime);
      else setParts({ stem, texts, mime: f.mime });
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(null);
    }
  };
  return (
    <div class="words-transfer">
      <div class="row">
        {FORMATS.map((f) => (
          <button key={f.ext} type="button" class="secondary" disabled={count === 0 || exporting !== null} onClick={() => void exportAs(f)}>
            {t(f.label)}
          </button>
        ))}
        <button type="button" class="secondary" disabled={imp.busy} onClick={imp.choose}>
          {t('wordsImport')}
        </button>
        {imp.input(t('wordsImport'))}
      </div>
      {failed && <p class="error" role="alert">{failed}</p>}
      {parts && (
        <div class="words-parts" role="status">
          <p>{t('wordsExportParts', [String(count), String(parts.texts.length)])}</p>
          <div class="row">
            {parts.texts.map((text, i) => (
              <button key={i} type="button" class="secondary" onClick={() => download(`${parts.stem}-part${i + 1}-of-${parts.texts.length}.json`, text, parts.mime)}>
                {t('wordsExportPart', [String(i + 1), String(parts.texts.length)])}
              </button>
            ))}
          </div>
        </div>
      )}
      <ImportStatusView status={imp.status} prefix="words" />
    </div>
  );
}
