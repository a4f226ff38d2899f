// The sixth development set (tests/fixtures/corpus/dev6/) is text of its own: no paragraph, and no
// sentence of more than a few characters, is shared with the tuning corpus or dev to dev5, and its
// blocks are in the gold format the print-shape generator reads.
import { describe, expect, it } from 'vitest';
import { dev2Articles, dev3Articles, dev4Articles, dev5Articles, dev6Articles, devArticles, tuningArticles } from '../helpers/reflow-sets';

const KINDS = new Set(['heading', 'byline', 'body', 'caption']);
const sentences = (text: string): string[] => text.match(/[^。！？]+[。！？]?[”’）]*/gu) ?? [];

describe('dev6 set', () => {
  const articles = dev6Articles();
  const blocks = articles.flat();

  it('holds 15–18 articles and 80–100 body paragraphs in the gold kinds', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(articles.length).toBeLessThanOrEqual(18);
    const bodies = blocks.filter((b) => b.kind === 'body').length;
    expect(bodies).toBeGreaterThanOrEqual(80);
    expect(bodies).toBeLessThanOrEqual(100);
    expect(blocks.filter((b) => !KINDS.has(b.kind) || !b.text.trim())).toEqual([]);
    expect(articles.filter((a) => a[0]?.kind !== 'heading')).toEqual([]);
  });

  it('shares no paragraph and no sentence with the tuning corpus or dev to dev5', () => {
    const others = [tuningArticles, devArticles, dev2Articles, dev3Articles, dev4Articles, dev5Articles].flatMap((f) => f().flat());
    const texts = new Set(others.map((b) => b.text));
    expect(blocks.filter((b) => texts.has(b.text))).toEqual([]);
    const otherSentences = new Set(others.flatMap((b) => sentences(b.text)).filter((s) => s.length > 12));
    expect(blocks.flatMap((b) => sentences(b.text)).filter((s) => otherSentences.has(s))).toEqual([]);
  });
});
