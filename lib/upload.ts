// Large highlight files travel to the background in parts: one runtime message must stay well
// under the browser's message limit (Chrome: 64 MiB of JSON), while an export of 100,000
// highlights with notes is larger than that. The parts are joined in the background and the
// file is imported there in one transaction, exactly as a small file sent whole.
import { mb } from './export-file';
import { DEFAULT_MAX_IMPORT_BYTES } from './highlights/import';
import type { Reply } from './reply';

/** Characters of file text in one part (also the largest file sent whole). */
export const PART_CHARS = 8 * 1024 * 1024;
/** Most parts of one upload: a file at the import limit (one character is at least one byte). */
export const MAX_PARTS = Math.ceil(DEFAULT_MAX_IMPORT_BYTES / PART_CHARS);
/** Uploads kept at once; an abandoned one is dropped when newer ones arrive. */
const MAX_UPLOADS = 2;

/** Parts received, by upload id. */
export type Uploads = Map<string, { count: number; parts: (string | undefined)[] }>;

/** One part of an upload, as 'highlights:import-part' carries it. */
export interface UploadPart {
  upload: string;
  index: number;
  count: number;
  text: string;
}

/** Keeps one part; replies how many parts of its upload have arrived. */
export function storePart(uploads: Uploads, p: UploadPart): Reply<{ received: number }> {
  let entry = uploads.get(p.upload);
  if (entry && entry.count !== p.count) return { ok: false, error: 'the parts of this file do not match: import it again' };
  if (!entry) {
    while (uploads.size >= MAX_UPLOADS) uploads.delete(uploads.keys().next().value as string);
    // Filled, not a sparse array: some() and filter() skip the holes of `new Array(count)`.
    entry = { count: p.count, parts: Array.from({ length: p.count }, (): string | undefined => undefined) };
    uploads.set(p.upload, entry);
  }
  entry.parts[p.index] = p.text;
  return { ok: true, value: { received: entry.parts.filter((x) => x !== undefined).length } };
}

/** The whole text of an upload (and forgets it), or null when a part is missing. */
export function assembleUpload(uploads: Uploads, id: string): string | null {
  const entry = uploads.get(id);
  uploads.delete(id);
  if (!entry || entry.parts.length !== entry.count) return null;
  for (let i = 0; i < entry.count; i++) if (typeof entry.parts[i] !== 'string') return null;
  return entry.parts.join('');
}

/**
 * Sends a highlights file for import: whole when it is small, else in parts followed by one
 * 'highlights:import' naming the upload. `post` sends one message and resolves with its reply
 * value (lib/send.ts), rejecting with the background's error.
 */
export async function sendImport<V>(post: (message: object) => Promise<unknown>, text: string): Promise<V> {
  if (text.length <= PART_CHARS) return (await post({ type: 'highlights:import', text })) as V;
  const parts = splitText(text, PART_CHARS);
  if (parts.length > MAX_PARTS) throw new Error(`file too large: the limit is ${mb(DEFAULT_MAX_IMPORT_BYTES)}`);
  const upload = crypto.randomUUID();
  for (const [index, part] of parts.entries()) {
    await post({ type: 'highlights:import-part', upload, index, count: parts.length, text: part });
  }
  return (await post({ type: 'highlights:import', upload })) as V;
}

/** `text` cut into pieces of at most `size` characters, never between the two halves of a surrogate pair. */
export function splitText(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}
