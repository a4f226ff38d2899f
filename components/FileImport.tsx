// Importing a file the reader picks (highlights, own terms): the hidden file input, the size
// check before reading, the busy state and the outcome shown as a status or an alert.
import { useRef, useState } from 'preact/hooks';

/** What an import reports: a summary line, and optional details (warnings, or why it failed). */
export interface ImportStatus {
  kind: 'ok' | 'error';
  text: string;
  detail?: string;
}

/**
 * The reason an import was refused, in the reader's language when it is one of the file-level
 * reasons lib/export-file.ts readExportFile gives (empty, not JSON, another kind of Dubao file,
 * another version, more entries than it takes); any other line (a record's problem, with its field path) is kept as given.
 * Before, a Chinese interface showed "the file is empty" or "not valid JSON: … at line 758".
 */
export function explainImportError(t: (key: string, substitutions?: string | string[]) => string, detail: string): string {
  return detail
    .split('\n')
    .map((line) => {
      if (/^the file is empty$/u.test(line)) return t('importErrEmpty');
      const json = /^not valid JSON: .*? at line (\d+), column (\d+)/u.exec(line);
      if (json) return t('importErrNotJson', [json[1] as string, json[2] as string]);
      if (/^not valid JSON\b/u.test(line)) return t('importErrNotJsonPlain');
      if (/^not a Dubao \S+ export\b/u.test(line)) return /"format": "dubao-/u.test(line) && /its format is "dubao-/u.test(line) ? t('importErrWrongKind') : t('importErrNotDubao');
      const many = /^(?:words|highlights|terms): too many \((\d+) > (\d+)\)$/u.exec(line);
      if (many) return t('importErrTooMany', [many[1] as string, many[2] as string]);
      const version = /^unsupported version (.+?): this version of Dubao/u.exec(line);
      if (version) return t('importErrVersion', version[1] as string);
      // A file that names one term twice (a warning: the later entry is stored).
      const same = /^terms\[(\d+)\]: same (?:term|id) as terms\[(\d+)\]; the later entry wins$/u.exec(line);
      if (same) return t('importWarnSameTerm', [String(Number(same[1]) + 1), String(Number(same[2]) + 1)]);
      // One entry's own problem: which entry, counted from 1, in the interface's language; the
      // problem itself names the field (\`words[0]: card is not a review schedule\`, \`terms[1].term must be …\`).
      const entry = /^(?:words|highlights|terms)\[(\d+)\](?::\s*|\.)(.+)$/u.exec(line);
      if (entry) return t('importErrEntry', [String(Number(entry[1]) + 1), entry[2] as string]);
      return line;
    })
    .join('\n');
}

interface Options {
  /** Largest file read (bytes); larger files are refused before reading. */
  maxBytes: number;
  /** The error for a file over `maxBytes`. */
  tooLarge: string;
  /** The summary line of a failed import (the error goes into the details). */
  failed: string;
  /** Imports the file's text; resolves with what to tell the reader. */
  run: (text: string) => Promise<Omit<ImportStatus, 'kind'>>;
  /** The interface's messages: a refusal's reason is told in its language (explainImportError). */
  t?: (key: string, substitutions?: string | string[]) => string;
}

/** State and handlers of one import button with its hidden file input. */
export function useFileImport({ maxBytes, tooLarge, failed, run, t }: Options) {
  const file = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const onChange = async (input: HTMLInputElement): Promise<void> => {
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    setBusy(true);
    // Said at once: 10,000 words took seconds with nothing on screen but a greyed button.
    setStatus(t ? { kind: 'ok', text: t('importBusy') } : null);
    try {
      if (f.size > maxBytes) throw new Error(tooLarge);
      setStatus({ kind: 'ok', ...(await run(await f.text())) });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setStatus({ kind: 'error', text: failed, detail: t ? explainImportError(t, detail) : detail });
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    status,
    /** Opens the file chooser. */
    choose: (): void => file.current?.click(),
    /** The hidden input (named for assistive technology by `label`). */
    input: (label: string) => (
      <input
        ref={file}
        type="file"
        class="visually-hidden"
        tabIndex={-1}
        accept=".json,application/json"
        aria-label={label}
        onChange={(e) => void onChange(e.currentTarget as HTMLInputElement)}
      />
    ),
  };
}

/** The outcome of an import: a status, or an alert when it failed; classes `<prefix>-import-status` / `-detail`. */
export function ImportStatusView({ status, prefix }: { status: ImportStatus | null; prefix: string }) {
  if (!status) return null;
  return (
    <div class={`${status.kind === 'error' ? 'error' : 'notice'} ${prefix}-import-status`} role={status.kind === 'error' ? 'alert' : 'status'}>
      <p>{status.text}</p>
      {status.detail && <p class={`${prefix}-import-detail`}>{status.detail}</p>}
    </div>
  );
}
