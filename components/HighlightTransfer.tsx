// Export (Markdown, JSON, CSV, Anki TSV) and import (a Dubao JSON export) of highlights.
import { toAnkiTsv, toCsv, toJson, toMarkdown } from '../lib/highlights/export';
import { DEFAULT_MAX_IMPORT_BYTES } from '../lib/highlights/import';
import type { HighlightRecord } from '../lib/highlights/types';
import type { ImportSummary } from '../lib/messages';
import { readings } from '../lib/pinyin';
import { ImportStatusView, useFileImport } from './FileImport';

/** Saves `text` as a file through a temporary object URL and `<a download>`. */
export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const pinyinOf = (text: string): string => readings(text).filter((r) => r !== '').join(' ');

export interface ExportFormat {
  id: 'markdown' | 'json' | 'csv' | 'anki';
  /** Message key of the button. */
  label: string;
  extension: string;
  mime: string;
  make: (records: readonly HighlightRecord[]) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'markdown', label: 'hlFormatMarkdown', extension: 'md', mime: 'text/markdown;charset=utf-8', make: (rs) => toMarkdown(rs) },
  { id: 'json', label: 'hlFormatJson', extension: 'json', mime: 'application/json;charset=utf-8', make: (rs) => toJson(rs) },
  { id: 'csv', label: 'hlFormatCsv', extension: 'csv', mime: 'text/csv;charset=utf-8', make: (rs) => toCsv(rs) },
  { id: 'anki', label: 'hlFormatAnki', extension: 'tsv', mime: 'text/tab-separated-values;charset=utf-8', make: (rs) => toAnkiTsv(rs, pinyinOf) },
];

/** `dubao-highlights-2025-03-09.md` (local date). */
export function exportFileName(extension: string, now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `dubao-highlights-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}

interface TransferProps {
  t: (key: string, substitutions?: string | string[]) => string;
  /** The highlights the list shows (search and filters applied): what is exported. */
  records: readonly HighlightRecord[];
  download: (filename: string, text: string, mime: string) => void;
  importText: (text: string) => Promise<ImportSummary>;
  onImported: () => void;
}

export function HighlightTransfer({ t, records, download, importText, onImported }: TransferProps) {
  const importer = useFileImport({
    maxBytes: DEFAULT_MAX_IMPORT_BYTES,
    tooLarge: t('hlImportTooLarge', String(Math.round(DEFAULT_MAX_IMPORT_BYTES / 1024 / 1024))),
    failed: t('hlImportFailed'),
    run: async (text) => {
      const summary = await importText(text);
      onImported();
      return { text: t('hlImported', [String(summary.added), String(summary.updated)]) };
    },
  });

  return (
    <div class="hl-transfer">
      <div class="row" role="group" aria-label={t('hlExportLabel', String(records.length))}>
        <span class="hl-transfer-label">{t('hlExport')}</span>
        {EXPORT_FORMATS.map((f) => (
          <button
            key={f.id}
            type="button"
            class="secondary"
            disabled={records.length === 0}
            onClick={() => download(exportFileName(f.extension), f.make(records), f.mime)}
          >
            {t(f.label)}
          </button>
        ))}
      </div>
      <div class="row">
        <button type="button" class="secondary" disabled={importer.busy} onClick={importer.choose}>
          {t('hlImport')}
        </button>
        {importer.input(t('hlImportFile'))}
      </div>
      <ImportStatusView status={importer.status} prefix="hl" />
    </div>
  );
}
