// The line-wrap repair scored on the tuning set and on the held-out set, apart. The held-out
// set (tests/fixtures/corpus/heldout/, manifest pages with "heldout": true) was written before
// the rules were changed and is never tuned against; its expectations are never edited to
// match the output. Figures are printed on every run (also: npm run score:reflow).
import { describe, expect, it } from 'vitest';
import { visualWidth } from '../../lib/reflow/chars';
import { PRINT_SHAPES, printBlocks, wrap } from '../helpers/print-shapes';
import { fixtureScored, generatedScored } from '../helpers/reflow-figures';
import { syntheticBlocks } from '../../scripts/lib/reflow-training';
import { dev2Articles, dev3Articles, devArticles, heldoutArticles, setSentences, tuningArticles } from '../helpers/reflow-sets';
import { formatScore, scoreSet } from '../helpers/set-score';

describe('print-shape generator', () => {
  const blocks = heldoutArticles().flat();
  const strip = (s: string): string => s.replace(/\s+/gu, '');

  it.each(PRINT_SHAPES)('keeps every character of the articles in %s pages', (shape) => {
    const text = printBlocks(blocks, shape, 13, 7);
    const body = blocks.filter((b) => b.kind !== 'caption').map((b) => b.text).join('');
    const printedWithoutCaptions = blocks.filter((b) => b.kind === 'caption').reduce((t, c) => t.replace(strip(c.text), ''), strip(text));
    expect(printedWithoutCaptions.length).toBe(strip(body).length);
  });

  it('wraps at the column width, letting only line-start-forbidden punctuation hang', () => {
    const lines = wrap('近日，记者从医保萧山分局了解到，我区积极推进“医银合作”新模式。', 8);
    expect(lines.join('')).toBe('近日，记者从医保萧山分局了解到，我区积极推进“医银合作”新模式。');
    for (const l of lines) expect(visualWidth(l)).toBeLessThanOrEqual(9);
    expect(lines.some((l) => /^[，。”]/u.test(l))).toBe(false);
  });

  it('ends print columns after the given number of lines (blank line in the br shape)', () => {
    const text = printBlocks([{ kind: 'body', text: '医'.repeat(60) }], 'br-blank', 10, 3);
    expect(text.split('\n\n').map((col) => col.split('\n').filter(Boolean).length)).toEqual([3, 3]);
  });

  it('builds both sets from different text', () => {
    const tuning = new Set(tuningArticles().flat().map((b) => b.text));
    expect(heldoutArticles().flat().filter((b) => b.kind === 'body' && tuning.has(b.text))).toEqual([]);
  });

  it('builds the dev set from other sentences and material than the held-out set', () => {
    const heldout = new Set(heldoutArticles().flat().map((b) => b.text));
    const dev = devArticles().flat();
    expect(dev.filter((b) => b.kind === 'body').length).toBeGreaterThan(40);
    expect(dev.filter((b) => heldout.has(b.text))).toEqual([]);
  });

  it('builds the dev2 set from sentences no other set and no training text uses', () => {
    const dev2 = setSentences('dev2');
    expect(dev2.length).toBe(360);
    const others = new Set([...setSentences('dev'), ...setSentences('heldout')]);
    expect(dev2.filter((s) => others.has(s))).toEqual([]);
    // The boundary scorer's synthetic training text (scripts/train-reflow.ts: 160 articles, seed 20261201).
    const training = syntheticBlocks(160, 20261201).map((b) => b.text).join('\n');
    expect(dev2.filter((s) => training.includes(s))).toEqual([]);
    // Every sentence reads as a news sentence: it ends as one and opens with no mark.
    expect(dev2.filter((s) => !/[。！？][”’」』）)]*$/u.test(s) || /^[，。、；：？！）”…—]/u.test(s))).toEqual([]);
    // Its paragraphs of sentences are its own; the special paragraphs are the dev material's.
    const devBodies = new Set(devArticles().flat().map((b) => b.text));
    const own = dev2Articles().flat().filter((b) => b.kind === 'body' && dev2.some((t) => b.text.startsWith(t)));
    expect(own.length).toBeGreaterThan(40);
    expect(own.filter((b) => devBodies.has(b.text))).toEqual([]);
  });

  it('builds the dev3 set from sentences no other set and no training text uses', () => {
    const dev3 = setSentences('dev3');
    expect(dev3.length).toBe(360);
    expect(new Set(dev3).size).toBe(360);
    const others = new Set([...setSentences('dev'), ...setSentences('dev2'), ...setSentences('heldout')]);
    // Only a count on failure: a shared sentence may be a held-out one, which is never printed.
    expect(dev3.filter((s) => others.has(s)).length).toBe(0);
    const training = syntheticBlocks(160, 20261201).map((b) => b.text).join('\n');
    expect(dev3.filter((s) => training.includes(s))).toEqual([]);
    expect(dev3.filter((s) => !/[。！？][”’」』）)]*$/u.test(s) || /^[，。、；：？！）”…—]/u.test(s))).toEqual([]);
    const otherBodies = new Set([...devArticles(), ...dev2Articles()].flat().map((b) => b.text));
    const own = dev3Articles().flat().filter((b) => b.kind === 'body' && dev3.some((t) => b.text.startsWith(t)));
    expect(own.length).toBeGreaterThan(40);
    expect(own.filter((b) => otherBodies.has(b.text))).toEqual([]);
  });
});

describe('scores, tuning and held-out apart', () => {
  it('reports both figures and holds the held-out fixture pages to the targets', () => {
    const sets = {
      generatedTuning: scoreSet(generatedScored('tuning')),
      generatedDev: scoreSet(generatedScored('dev')),
      generatedDev2: scoreSet(generatedScored('dev2')),
      generatedDev3: scoreSet(generatedScored('dev3')),
      generatedHeldout: scoreSet(generatedScored('heldout')),
      fixturesTuning: scoreSet(fixtureScored(false)),
      fixturesHeldout: scoreSet(fixtureScored(true)),
    };
    for (const [label, s] of Object.entries(sets)) console.log(formatScore(label, s));
    // Targets of the issue, on held-out pages in the real sites' markup.
    expect(sets.fixturesHeldout.pages).toBeGreaterThanOrEqual(3);
    expect(sets.fixturesHeldout.paragraphsExact).toBeGreaterThanOrEqual(0.98);
    expect(sets.fixturesHeldout.minF1).toBeGreaterThanOrEqual(0.98);
    expect(sets.fixturesHeldout.minKindAcc).toBeGreaterThanOrEqual(0.95);
    expect(sets.fixturesTuning.minF1).toBe(1);
    // Generated pages include shapes no rule can fully decide (pre-wrap without indentation,
    // where a paragraph may end on a full line); these floors guard against regressions.
    expect(sets.generatedHeldout.paragraphsExact).toBeGreaterThanOrEqual(0.95);
    // The second development set: no rule is tuned on it (96.6% when it was made).
    expect(sets.generatedDev2.paragraphsExact).toBeGreaterThanOrEqual(0.95);
    // The third (97.2% when it was made, before any change of its round).
    expect(sets.generatedDev3.paragraphsExact).toBeGreaterThanOrEqual(0.95);
    // The sets the rules and the boundary scorer are tuned on hold a higher floor (96.6% and
    // 97.7% when it was set).
    expect(sets.generatedTuning.paragraphsExact).toBeGreaterThanOrEqual(0.96);
    expect(sets.generatedDev.paragraphsExact).toBeGreaterThanOrEqual(0.97);
  }, 60_000); // 240 generated pages and the fixture pages, on a shared machine
});
