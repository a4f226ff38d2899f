// `cli annotate`: pinyin, glossary terms, the reader's own terms and detected jargon of a page.
// Loaded only for this command: pinyin-pro, the glossary and the dictionary take a second to load.
import { readFileSync } from 'node:fs';
import { displayReadings, displayTerms } from '../../lib/annotate';
import { convertText } from '../../lib/convert';
import { parseDictionary } from '../../lib/dict';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { detectJargon, withoutInside } from '../../lib/glossary/detect';
import type { Block } from '../../lib/reflow';
import { parseTermsImport } from '../../lib/terms-io';
import { InputError } from './decode';
import { glossaryWords } from './glossary-words';

/** What annotate needs from the CLI: reading a file argument, and the repaired blocks of the input. */
export interface AnnotateInput {
  readInput(file: string): { bytes: Uint8Array; name: string };
  blocks(): Block[];
}

/** The reader's own terms from a terms export file (`--terms`), as matcher forms `own:N` → term. */
function ownTerms(file: string | true | undefined, io: AnnotateInput): Map<string, string> {
  if (file === undefined) return new Map();
  if (typeof file !== 'string' || !file) throw new InputError('--terms needs a file');
  const { bytes, name } = io.readInput(file);
  const r = parseTermsImport(new TextDecoder().decode(bytes));
  if (!r.ok) throw new InputError(`${name}: ${r.errors[0] ?? 'not a terms file'}`);
  return new Map(r.terms.map((t, i) => [t.term, `own:${i}`]));
}

/**
 * `annotate`: repaired blocks with one pinyin reading per character, and the terms: glossary
 * entries (`source: "glossary"`), the reader's own terms from `--terms` (`"own"`, id null) and
 * jargon detected in the text (`"detected"`, id null), in block and text order. `flags` are the
 * command line's (`script`, `terms`); a bad flag or file throws an InputError before any output.
 */
export async function annotate(flags: ReadonlyMap<string, string | true>, io: AnnotateInput): Promise<string> {
  const script = flags.get('script') ?? 'original';
  if (script !== 'original' && script !== 'simplified' && script !== 'tw' && script !== 'hk') {
    throw new InputError(`--script must be simplified, tw or hk (got ${String(script)})`);
  }
  const own = ownTerms(flags.get('terms'), io);
  const blocks = io.blocks();
  const matcher = buildGlossaryMatcher(own, glossaryWords());
  const dict = parseDictionary(readFileSync(new URL('../../public/dict/cedict.txt', import.meta.url), 'utf8'));
  const out = [];
  const terms = [];
  for (const [i, b] of blocks.entries()) {
    const text = await convertText(b.text, script);
    out.push({ kind: b.kind, text, pinyin: displayReadings(text) });
    const detected = detectJargon(text, displayTerms(text, matcher), (w) => dict.has(w));
    // A detected coinage replaces the glossary matches inside its quotes (lib/glossary/detect.ts).
    const found = withoutInside(displayTerms(text, matcher), detected);
    const items = found.map((m) => (m.id.startsWith('own:') ? { id: null, term: m.term, source: 'own', block: i, start: m.start, end: m.end } : { id: m.id, term: m.term, source: 'glossary', block: i, start: m.start, end: m.end }));
    for (const d of detected) items.push({ id: null, term: d.term, source: 'detected', block: i, start: d.start, end: d.end });
    terms.push(...items.sort((x, y) => x.start - y.start));
  }
  return JSON.stringify({ blocks: out, terms });
}
