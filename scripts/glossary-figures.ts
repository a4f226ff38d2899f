// Every glossary figure in one run, one line per set: the development sets' jargon recognised
// (glossary or detected, 60% of the span's term: scripts/lib/glossary-sets.ts termOf), their boundary traps marked and controls hit (glossary
// match or detected term over the form), their plain sentences with a detected term; then the
// held-out figures (jargon recognised, traps underlined by the glossary and traps with any mark)
// and the detected marks on the 1,000 cpp-dev sentences. Held-out misses are never printed.
//
//   node --import tsx scripts/glossary-figures.ts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGlossaryMatcher } from '../lib/glossary/data';
import { detectJargon } from '../lib/glossary/detect';
import { glossaryWords } from './lib/glossary-words';
import { toSimplified } from '../lib/convert/simplify';
import { cedictWordTest, covers, glossaryDevSets, recognises, tsvRows } from './lib/glossary-sets';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests/fixtures');
const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const isWord = cedictWordTest(root);
const rowsOf = tsvRows;
type Span = { start: number; end: number };
const marksOf = (text: string): { gs: Span[]; all: Span[]; det: Span[] } => {
  const shown = toSimplified(text);
  const gs = matcher.match(shown);
  const det = detectJargon(shown, gs, isWord);
  return { gs, det, all: [...gs, ...det] };
};
const overlaps = (a: number, b: number) => (m: Span) => m.start < b && a < m.end;

function jargon(file: string): { rec: number; total: number; gloss: number; withMarks: number } {
  let rec = 0, total = 0, gloss = 0, withMarks = 0;
  for (const [text, gold] of rowsOf(file)) {
    const { gs, all } = marksOf(text as string);
    for (const span of (gold ?? '').split('|')) {
      total++;
      const r = recognises(text as string, span);
      if (gs.some(r)) gloss++;
      if (all.some(r)) rec++;
      // The earlier rule: a quoted span's quotation marks counted as part of it.
      if (all.some(covers((text as string).indexOf(span), span.length))) withMarks++;
    }
  }
  return { rec, total, gloss, withMarks };
}
function boundary(file: string): { traps: number; trapsHit: number; trapsUnderlined: number; controls: number; controlsHit: number } {
  const r = { traps: 0, trapsHit: 0, trapsUnderlined: 0, controls: 0, controlsHit: 0 };
  for (const [text, form, want] of rowsOf(file)) {
    const a = (text as string).toLowerCase().indexOf((form as string).toLowerCase());
    const b = a + (form as string).length;
    const { gs, all } = marksOf(text as string);
    const hit = all.some(overlaps(a, b));
    if (want === 'no') {
      r.traps++;
      if (hit) r.trapsHit++;
      if (gs.some((m) => (text as string).slice(m.start, m.end).toLowerCase().includes((form as string).toLowerCase()))) r.trapsUnderlined++;
    } else {
      r.controls++;
      if (hit) r.controlsHit++;
    }
  }
  return r;
}
const SETS = glossaryDevSets(fixtures);
let sum = { rec: 0, total: 0, withMarks: 0 };
for (const set of SETS) {
  const j = jargon(join(fixtures, set, 'jargon.tsv'));
  const b = boundary(join(fixtures, set, 'boundary.tsv'));
  const plain = rowsOf(join(fixtures, set, 'plain.tsv')).map((r) => r[0] as string);
  const plainDet = plain.filter((t) => marksOf(t).det.length > 0).length;
  sum = { rec: sum.rec + j.rec, total: sum.total + j.total, withMarks: sum.withMarks + j.withMarks };
  console.log(`${set}\tjargon ${j.rec}/${j.total} (glossary ${j.gloss})\ttraps marked ${b.trapsHit}/${b.traps}\tcontrols ${b.controlsHit}/${b.controls}\tplain detected ${plainDet}/${plain.length}`);
}
console.log(`all dev jargon ${sum.rec}/${sum.total} (${sum.withMarks} with quotation marks counted in the span)`);
const h = jargon(join(fixtures, 'glossary-heldout/jargon.tsv'));
const hb = boundary(join(fixtures, 'glossary-heldout/boundary.tsv'));
console.log(`held-out jargon ${h.rec}/${h.total} (glossary ${h.gloss}; ${h.withMarks} with quotation marks counted in the span); traps underlined ${hb.trapsUnderlined}/${hb.traps}, with any mark ${hb.trapsHit}; controls ${hb.controlsHit}/${hb.controls}`);
const cpp = readFileSync(join(fixtures, 'glossary-heldout/cpp-dev-1000.sent'), 'utf8').split('\n').filter(Boolean).slice(0, 1000);
const cppMarks = cpp.flatMap((l) => detectJargon(l, matcher.match(l), isWord).map((d) => `${d.kind}:${d.term}`));
console.log(`cpp-dev detected marks ${cppMarks.length}: ${cppMarks.join(' ')}`);
