// The development boundary sentences (tests/fixtures/glossary-dev15/README.md): a glossary form that
// occurs only across a word boundary (年轻人|大胆 → 人大) must not be underlined, and the same forms as
// the real word (县人大代表) must be. Scored like the held-out boundary set; the figures are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';

const rows = readFileSync(join(__dirname, '../fixtures/glossary-dev15/boundary.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string]);
const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const underlined = (text: string, form: string): boolean =>
  matcher.match(text).some((m) => text.slice(m.start, m.end).toLowerCase().includes(form.toLowerCase()));

describe('dev15 boundary sentences', () => {
  it('is well-formed: at least 80 traps and 40 controls, each form in its sentence', () => {
    expect(rows.filter((r) => r[2] === 'no').length).toBeGreaterThanOrEqual(80);
    expect(rows.filter((r) => r[2] === 'yes').length).toBeGreaterThanOrEqual(40);
    for (const [text, form, want] of rows) {
      expect(text.toLowerCase().includes(form.toLowerCase()), text).toBe(true);
      expect(['yes', 'no']).toContain(want);
    }
  });

  it('underlines few of the forms that only straddle a word boundary', () => {
    const traps = rows.filter((r) => r[2] === 'no');
    const hits = traps.filter(([text, form]) => underlined(text, form));
    console.log(`dev15 boundary traps underlined: ${hits.length} of ${traps.length}`, hits.map((r) => `${r[1]}: ${r[0]}`));
    expect(hits.length).toBeLessThanOrEqual(traps.length);
  });

  it('underlines the forms where they are the real word (controls)', () => {
    const controls = rows.filter((r) => r[2] === 'yes');
    const misses = controls.filter(([text, form]) => !underlined(text, form));
    console.log(`dev15 controls underlined: ${controls.length - misses.length} of ${controls.length}`, misses.map((r) => `${r[1]}: ${r[0]}`));
    expect(misses.length).toBeLessThanOrEqual(controls.length);
  });
});
