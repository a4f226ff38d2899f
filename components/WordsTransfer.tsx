// Export (Anki TSV, CSV, JSON) and import (a Dubao words JSON file) of the saved words.
import { DEFAULT_MAX_WORDS_BYTES, toAnkiWords, toWordsCsv, toWordsJson } from '../lib/words/io';
import type { WordImportSummary } from '../lib/words/messages';
import type { WordRecord } from '../lib/words/types';
import { ImportStatusView, useFileImport } from './FileImport';
import { localDate } from './WordsItem';

const FORMATS = [
  { label: 'wordsExportAnki', ext: 'tsv', mime: 'text/tab-separated-values;charset=utf-8', make: toAnkiWords },
  { label: 'wordsExportCsv', ext: 'csv', mime: 'text/csv;charset=utf-8', make: toWordsCsv },
  { label: 'wordsExportJson', ext: 'json', mime: 'application/json;charset=utf-8', make: (rs: readonly WordRecord[]) => toWordsJson(rs) },
] as const;

export interface WordsTransferProps {
  t: (key: string, substitutions?: string | string[]) => string;
  /** The words to export (those shown). */
  records: readonly WordRecord[];
  download: (filename: string, text: string, mime: string) => void;
  importWords: (text: string) => Promise<WordImportSummary>;
  /** Called after an import stored something. */
  onImported: () => void;
}

export function WordsTransfer({ t, records, download, importWords, onImported }: WordsTransferProps) {
  const imp = useFileImport({
    maxBytes: DEFAULT_MAX_WORDS_BYTES,
    tooLarge: t('wordsImportTooLarge'),
    failed: t('wordsImportFailed'),
    run: async (text) => {
      const s = await importWords(text);
      if (s.added + s.updated > 0) onImported();
      return { text: t('wordsImported', [String(s.added), String(s.updated), String(s.unchanged)]), ...(s.warnings.length ? { detail: s.warnings.join('\n') } : {}) };
    },
  });
  return (
    <div class="words-transfer">
      <div class="row">
        {FORMATS.map((f) => (
          <button key={f.ext} type="button" class="secondary" disabled={records.length === 0} onClick={() => download(`dubao-words-${localDate(Date.now())}.${f.ext}`, f.make(records), f.mime)}>
            {t(f.label)}
          </button>
        ))}
        <button type="button" class="secondary" disabled={imp.busy} onClick={imp.choose}>
          {t('wordsImport')}
        </button>
        {imp.input(t('wordsImport'))}
      </div>
      <ImportStatusView status={imp.status} prefix="words" />
    </div>
  );
}
