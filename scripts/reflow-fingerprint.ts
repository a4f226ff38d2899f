// npm run fingerprint:reflow — one SHA-256 over everything the line-wrap repair outputs on the
// texts the project has for it, to show that a change meant only for speed changes no output.
// Hashed, in this order (each output as JSON, with a label, so that a moved block shows):
//   - the two corpus pages (tests/fixtures/corpus/*.txt): reflowLines with provenance (source
//     lines and join offsets), and reflowText with and without the punctuation repair;
//   - every generated page of the tuning, dev, dev2, dev3 and dev4 sets in every print shape,
//     width and height the scorer uses (tests/helpers/reflow-sets.ts), the same three outputs;
//   - the fixture pages that are not held out, extracted like the content script does
//     (detect + repairBody: blocks with provenance);
//   - the bench's text (scripts/bench.ts: the two corpus pages repeated to 1 MB): reflowText.
// Held-out material is never read. Prints the count of outputs hashed and the hash; the same
// code gives the same line on every run.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../lib/detect';
import { repairBody } from '../lib/extract/repair';
import { reflowLines, reflowText, textToLines } from '../lib/reflow';
import { FIXTURES, fixtureDocument } from '../tests/helpers/fixtures';
import { generatedPages } from '../tests/helpers/reflow-sets';

const root = process.cwd();
const hash = createHash('sha256');
let count = 0;
const add = (label: string, output: unknown): void => {
  hash.update(`${label}\n${JSON.stringify(output)}\n`);
  count++;
};
/** The three outputs of the repair of one text. */
const addText = (label: string, text: string): void => {
  add(`${label} lines`, reflowLines(textToLines(text)));
  add(`${label} text`, reflowText(text));
  add(`${label} text, no punctuation`, reflowText(text, { punctuation: false }));
};

const corpusNames = ['xsrb-page-narrow-columns', 'zj-page-column-breaks'];
const corpus = corpusNames.map((n) => readFileSync(join(root, 'tests/fixtures/corpus', `${n}.txt`), 'utf8'));
corpusNames.forEach((n, i) => addText(n, corpus[i] as string));

for (const set of ['tuning', 'dev', 'dev2', 'dev3', 'dev4'] as const) {
  for (const page of generatedPages(set)) addText(page.name, page.text);
}

const inlinePre = (el: Element): boolean => /white-space\s*:\s*pre/iu.test(el.getAttribute('style') ?? '');
for (const page of FIXTURES) {
  if (!page.gold || page.heldout === true || page.file.startsWith('heldout-')) continue;
  const r = detect(page.url, fixtureDocument(page));
  add(page.file, r?.body ? repairBody(r.body, { isPre: inlinePre }).blocks : []);
}

// The bench's 1 MB text, built as scripts/bench.ts builds it.
const pages = corpus.join('\n\n');
let mb1 = '';
while (Buffer.byteLength(mb1) < 1_000_000) mb1 += `${pages}\n\n`;
add('bench 1 MB', reflowText(mb1));

console.log(`reflow fingerprint: ${count} outputs, sha256 ${hash.digest('hex')}`);
