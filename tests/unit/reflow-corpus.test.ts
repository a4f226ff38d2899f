// Gold tests: the repair must reproduce the editor's paragraphs of both real corpus pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { scoreReflow } from '../helpers/score-reflow';

const dir = new URL('../fixtures/corpus/', import.meta.url);
const load = (name: string): { text: string; gold: Block[] } => ({
  text: readFileSync(new URL(`${name}.txt`, dir), 'utf8'),
  gold: (JSON.parse(readFileSync(new URL(`${name}.gold.json`, dir), 'utf8')) as { blocks: Block[] }).blocks,
});

describe.each(['xsrb-page-narrow-columns', 'zj-page-column-breaks'])('corpus page %s', (name) => {
  const { text, gold } = load(name);

  it.each([true, false])('reaches f1 = 1 and kind accuracy ≥ 0.95 (punctuation repair %s)', (punctuation) => {
    const score = scoreReflow(gold, reflowText(text, { punctuation }));
    expect(score.f1).toBe(1);
    expect(score.kindAcc).toBeGreaterThanOrEqual(0.95);
  });

  it('reproduces every gold body paragraph verbatim when punctuation is kept', () => {
    const produced = new Set(reflowText(text, { punctuation: false }).map((b) => b.text.replace(/\s+/gu, '')));
    const missing = gold.filter((b) => b.kind === 'body' && !produced.has(b.text.replace(/\s+/gu, '')));
    expect(missing.map((b) => b.text.slice(0, 20))).toEqual([]);
  });
});

describe('scorer port', () => {
  it('penalises a paragraph left cut at a column break', () => {
    const gold: Block[] = [{ kind: 'body', text: '市民王女士说：好。' }];
    const score = scoreReflow(gold, [{ kind: 'body', text: '市民王' }, { kind: 'body', text: '女士说：好。' }]);
    expect(score.bodyRecall).toBe(0);
    expect(score.f1).toBe(0);
  });
});
