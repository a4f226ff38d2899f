// Dubao's command line: `recognize`, `reflow` and `annotate` (see README). Prints only its result.
import { readFileSync, statSync } from 'node:fs';
import { detect } from '../lib/detect';
import { repairBody } from '../lib/extract/repair';
import { reflowText, type Block } from '../lib/reflow';
import { decode, InputError, looksLikeHtml } from './lib/decode';
import { checkInputSize, quietOnClosedPipe } from './lib/input-limits';
import { parsePage } from './lib/parse-page';
import { isPreformatted } from './lib/pre-style';
import { savedFromUrl } from './lib/saved-url';

const USAGE = `usage: cli recognize --url URL FILE.html
       cli reflow [--json] [--keep-punctuation] [FILE|-]
       cli annotate [--script simplified|tw|hk] [--terms TERMS.json] [FILE|-]`;

interface Args {
  command: string;
  flags: Map<string, string | true>;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  const flags = new Map<string, string | true>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a === '--url' || a === '--script' || a === '--terms') flags.set(a.slice(2), rest[++i] ?? '');
    else if (a.startsWith('--')) flags.set(a.slice(2), true);
    else files.push(a);
  }
  return { command, flags, files };
}

function readInput(file: string | undefined): { bytes: Uint8Array; name: string } {
  const name = file ?? '-';
  try {
    if (name !== '-') checkInputSize(statSync(name).size, name);
    const bytes = name === '-' ? readFileSync(0) : readFileSync(name);
    checkInputSize(bytes.length, name);
    return { bytes: new Uint8Array(bytes), name };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new InputError(`${name}: cannot read (${why})`);
  }
}

const plain = (blocks: readonly Block[]): Block[] => blocks.map(({ kind, text }) => ({ kind, text }));

/** `recognize --url URL FILE`: what Dubao makes of a page. */
function recognize(args: Args): string {
  const url = args.flags.get('url');
  if (typeof url !== 'string' || !url) throw new InputError('recognize needs --url URL');
  const { bytes, name } = readInput(args.files[0]);
  const doc = parsePage(decode(bytes, name));
  const r = detect(url, doc);
  const blocks = r?.body ? plain(repairBody(r.body, { isPre: preOf }).blocks) : [];
  return JSON.stringify({
    recognized: r !== null,
    site: r?.site ?? null,
    kind: r?.kind ?? null,
    title: r?.title ?? null,
    date: r?.date ?? null,
    blocks,
  });
}

/** Repaired blocks of a plain-text file or of an HTML page's article body. */
function repairedInput(args: Args, punctuation: boolean): Block[] {
  const { bytes, name } = readInput(args.files[0]);
  const text = decode(bytes, name);
  let blocks: Block[];
  if (looksLikeHtml(text)) {
    const url = 'https://localhost/';
    const doc = parsePage(text);
    // The page's own address (canonical link, og:url), else the one a saving tool wrote into the file.
    const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? savedFromUrl(text);
    const r = (canonical ? detect(canonical, doc) : null) ?? detect(url, doc, { force: true });
    if (!r?.body) throw new InputError(`${name}: no article body found in this page`);
    blocks = plain(repairBody(r.body, { punctuation, isPre: preOf }).blocks);
  } else blocks = reflowText(text, { punctuation });
  return blocks;
}

/** `reflow`: the repaired text, or {"blocks": [...]} with --json. */
function reflow(args: Args): string {
  const blocks = repairedInput(args, !args.flags.has('keep-punctuation'));
  return args.flags.has('json') ? JSON.stringify({ blocks }) : blocks.map((b) => b.text).join('\n\n');
}

/** The CLI's DOM renders no CSS: pre-formatting is read from inline styles and <style> rules (one pass per document). */
const preOf = isPreformatted;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  try {
    let out: string;
    if (args.command === 'recognize') out = recognize(args);
    else if (args.command === 'reflow') out = reflow(args);
    else if (args.command === 'annotate') {
      // Pinyin, the glossary and the dictionary load only for `annotate`: `recognize` and `reflow` start without them.
      const { annotate } = await import('./lib/cli-annotate');
      out = await annotate(args.flags, { readInput, blocks: () => repairedInput(args, true) });
    } else {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    process.stdout.write(`${out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`dubao: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`dubao: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
}

quietOnClosedPipe(process.stdout);
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
