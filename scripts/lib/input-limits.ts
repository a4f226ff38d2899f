// Limits of the command line's input, and a quiet exit when its reader goes away (`| head`).
import { InputError } from './decode';

/**
 * Largest input the CLI reads: 16 MB. An e-paper page is well under 1 MB; a larger file is
 * refused with one line (exit 2) instead of running out of memory while parsing.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** Throws an InputError for an empty input or one above MAX_INPUT_BYTES. */
export function checkInputSize(bytes: number, name: string): void {
  const what = name === '-' ? 'standard input' : name;
  if (bytes === 0) throw new InputError(`${what}: empty input (give an HTML page or text${name === '-' ? ' on standard input' : ''})`);
  if (bytes > MAX_INPUT_BYTES) {
    throw new InputError(`${what}: too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  }
}

/**
 * When the reader of standard output closes it early (`dubao reflow page.html | head -1`),
 * the CLI ends quietly with status 0 instead of printing an EPIPE stack trace.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
