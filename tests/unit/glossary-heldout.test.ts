// The held-out glossary sentences (tests/fixtures/glossary-heldout/README.md): false underlines
// where a form only appears across a word boundary, and how much held-out jargon is recognised.
// Figures are printed; the bars are the targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { covers as coversAt, recognises } from '../../scripts/lib/glossary-sets';
import { parseDictionary } from '../../lib/dict';
import { detectJargon } from '../../lib/glossary/detect';

const dir = join(__dirname, '../fixtures/glossary-heldout');
const rows = (file: string): string[][] =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);

describe('held-out boundary sentences', () => {
  const set = rows('boundary.tsv');
  const underlined = (text: string, form: string): boolean =>
    matcher.match(text).some((m) => text.slice(m.start, m.end).toLowerCase().includes(form.toLowerCase()));

  it('is well-formed: each form occurs in its sentence', () => {
    expect(set.length).toBeGreaterThanOrEqual(20);
    for (const [text, form, want] of set) {
      expect(text?.toLowerCase().includes((form ?? '').toLowerCase()), text).toBe(true);
      expect(['yes', 'no']).toContain(want);
    }
  });

  it('underlines at most 2 of the sentences where the form straddles a word boundary', () => {
    const traps = set.filter((r) => r[2] === 'no');
    const hits = traps.filter(([text, form]) => underlined(text as string, form as string));
    console.log(`boundary traps underlined: ${hits.length} of ${traps.length}`, hits.map((r) => r[0]));
    expect(hits.length).toBeLessThanOrEqual(2);
  });

  it('still underlines most forms where they are the real word (controls)', () => {
    const controls = set.filter((r) => r[2] === 'yes');
    const hits = controls.filter(([text, form]) => underlined(text as string, form as string));
    console.log(`controls underlined: ${hits.length} of ${controls.length}`);
    expect(hits.length).toBeGreaterThanOrEqual(controls.length - 1);
  });
});

describe('held-out jargon sentences', () => {
  const set = rows('jargon.tsv');
  /** Marks on a sentence: glossary matches and detected jargon. */
  const marks = (text: string): { start: number; end: number }[] => [...matcher.match(text), ...detectJargon(text, matcher.match(text), isWord)];

  it('is well-formed: at least 120 sentences, every gold span in its sentence', () => {
    expect(set.length).toBeGreaterThanOrEqual(120);
    for (const [text, gold] of set) for (const span of (gold ?? '').split('|')) expect(text?.includes(span), `${span} in ${text}`).toBe(true);
  });

  it('recognises held-out jargon (glossary or detected); target 95%', () => {
    let total = 0;
    let byGlossary = 0;
    let recognised = 0;
    let missed = 0;
    let withMarks = 0;
    for (const [text, gold] of set) {
      const ms = marks(text as string);
      const gs = matcher.match(text as string);
      for (const span of (gold as string).split('|')) {
        total++;
        // The span's term (quotation marks around a quoted span left out: scripts/lib/glossary-sets.ts
        // termOf), and, for comparison with earlier figures, the span with its marks.
        const covers = recognises(text as string, span);
        const a = (text as string).indexOf(span);
        if (ms.some(coversAt(a, span.length))) withMarks++;
        if (gs.some(covers)) byGlossary++;
        if (ms.some(covers)) recognised++;
        else missed++;
      }
    }
    const pct = (n: number): string => `${((100 * n) / total).toFixed(1)}%`;
    console.log(`held-out jargon: ${recognised}/${total} recognised (${pct(recognised)}); glossary alone ${byGlossary} (${pct(byGlossary)}); ${missed} missed; ${withMarks} counting a quoted span's quotation marks as part of it (the earlier rule)`);
    // The missed spans are deliberately not printed: a list seen is a list tuned on.
    // Measured, not asserted at 95% (the figure is reported with each release). The floor
    // below, under the 88.5% measured when it was set, guards against regressions only.
    expect(recognised / total).toBeGreaterThanOrEqual(0.85);
  });
});

describe('detected jargon in ordinary prose', () => {
  it('marks at most 20 of 1,000 encyclopedia sentences (cpp-dev.sent), each a quoted phrase or formula', () => {
    const file = join(dir, 'cpp-dev-1000.sent');
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 1000);
    expect(lines).toHaveLength(1000);
    const marks = lines.flatMap((l) => detectJargon(l, matcher.match(l), isWord).map((d) => ({ ...d, line: l })));
    console.log(`detected marks in 1,000 cpp-dev sentences: ${marks.length}`, marks.map((d) => `${d.kind}:${d.term}`));
    expect(marks.length).toBeLessThanOrEqual(20);
    for (const d of marks) {
      const quoted = /[“"‘「]/u.test(d.line[d.start - 1] ?? '') && /[”"’」]/u.test(d.line[d.end] ?? '');
      expect(quoted || d.kind === 'formula', d.term).toBe(true);
    }
  });
});
