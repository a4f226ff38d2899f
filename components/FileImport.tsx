// Importing a file the reader picks (highlights, own terms): the hidden file input, the size
// check before reading, the busy state and the outcome shown as a status or an alert.
import { useRef, useState } from 'preact/hooks';

/** What an import reports: a summary line, and optional details (warnings, or why it failed). */
export interface ImportStatus {
  kind: 'ok' | 'error';
  text: string;
  detail?: string;
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
}

/** State and handlers of one import button with its hidden file input. */
export function useFileImport({ maxBytes, tooLarge, failed, run }: Options) {
  const file = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const onChange = async (input: HTMLInputElement): Promise<void> => {
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    setBusy(true);
    setStatus(null);
    try {
      if (f.size > maxBytes) throw new Error(tooLarge);
      setStatus({ kind: 'ok', ...(await run(await f.text())) });
    } catch (e) {
      setStatus({ kind: 'error', text: failed, detail: e instanceof Error ? e.message : String(e) });
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
