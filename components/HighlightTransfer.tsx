// Export (Markdown, JSON, CSV, Anki TSV) and import (a Dubao JSON export) of highlights.
import { toAnkiTsv, toCsv, toJson, toMarkdown } from '../lib/highlights/export';
import { useState } from 'preact/hooks';
import { mb, utf8Bytes } from '../lib/export-file';
import { DEFAULT_MAX_IMPORT_BYTES, MAX_IMPORT_RECORDS } from '../lib/highlights/import';
import type { HighlightRecord } from '../lib/highlights/types';
import type { ImportSummary } from '../lib/messages';
import { ImportStatusView, useFileImport, type ImportStatus } from './FileImport';

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

/** Anki cards with pinyin: the pinyin tables load only when the reader asks for them. */
async function ankiCards(records: readonly HighlightRecord[]): Promise<string> {
  const { readings } = await import('../lib/pinyin');
  return toAnkiTsv(records, (text) => readings(text).filter((r) => r !== '').join(' '));
}

/**
 * The reason a JSON export could not be imported back (larger than the import limit, which it
 * shares: DEFAULT_MAX_IMPORT_BYTES), or null. Other formats are not imported.
 */
export function exportTooLarge(format: ExportFormat['id'], text: string, limit = DEFAULT_MAX_IMPORT_BYTES): string | null {
  if (format !== 'json') return null;
  const bytes = text.length > limit ? text.length : utf8Bytes(text);
  return bytes > limit ? `${mb(bytes)} > ${mb(limit)}` : null;
}

/**
 * The reason a JSON export of `count` highlights could not be imported back (more than an import
 * file may hold, MAX_IMPORT_RECORDS, which it shares) as [count, limit], or null. Asked before
 * the file is made. Other formats are not imported.
 */
export function exportTooMany(format: ExportFormat['id'], count: number, limit = MAX_IMPORT_RECORDS): [string, string] | null {
  return format === 'json' && count > limit ? [String(count), String(limit)] : null;
}

export interface ExportFormat {
  id: 'markdown' | 'json' | 'csv' | 'anki';
  /** Message key of the button. */
  label: string;
  extension: string;
  mime: string;
  make: (records: readonly HighlightRecord[]) => string | Promise<string>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'markdown', label: 'hlFormatMarkdown', extension: 'md', mime: 'text/markdown;charset=utf-8', make: (rs) => toMarkdown(rs) },
  { id: 'json', label: 'hlFormatJson', extension: 'json', mime: 'application/json;charset=utf-8', make: (rs) => toJson(rs) },
  { id: 'csv', label: 'hlFormatCsv', extension: 'csv', mime: 'text/csv;charset=utf-8', make: (rs) => toCsv(rs) },
  { id: 'anki', label: 'hlFormatAnki', extension: 'tsv', mime: 'text/tab-separated-values;charset=utf-8', make: ankiCards },
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
  const [exportStatus, setExportStatus] = useState<ImportStatus | null>(null);
  const exportAs = async (f: ExportFormat): Promise<void> => {
    setExportStatus(null);
    const tooMany = exportTooMany(f.id, records.length);
    if (tooMany) return setExportStatus({ kind: 'error', text: t('hlExportTooMany', tooMany) });
    const text = await f.make(records);
    // Told before a file is written: an export Dubao could not import back is not made.
    const tooLarge = exportTooLarge(f.id, text);
    if (tooLarge) setExportStatus({ kind: 'error', text: t('hlExportTooLarge', tooLarge) });
    else download(exportFileName(f.extension), text, f.mime);
  };
  const importer = useFileImport({
    t,
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
            onClick={() => void exportAs(f).catch((e: unknown) => setExportStatus({ kind: 'error', text: String((e as Error).message ?? e) }))}
          >
            {t(f.label)}
          </button>
        ))}
      </div>
      <ImportStatusView status={exportStatus} prefix="hl-export" />
      <div class="row">
        {/* Named apart from the terms' "Import JSON…" beside it in the popup: the two sounded the same. */}
        <button type="button" class="secondary" disabled={importer.busy} aria-label={t('hlImportLabel')} onClick={importer.choose}>
          {t('hlImport')}
        </button>
        {importer.input(t('hlImportFile'))}
      </div>
      <ImportStatusView status={importer.status} prefix="hl" />
    </div>
  );
}
