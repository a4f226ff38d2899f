// The card of a detected term links to the glossary cards its mark hides (lib/glossary/inner-cards.ts,
// entrypoints/content/detected-entry.ts): the detected mark of 社会救助主动发现机制 covers the glossary
// mark of 社会救助 (withoutInside), so the reader reaches 社会救助's card from the detected card.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../lib/dict';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { cardsInside } from '../../lib/glossary/inner-cards';
import { withDetected } from '../../lib/glossary/detect';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { detectedEntry } from '../../entrypoints/content/detected-entry';

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const match = (t: string) => matcher.match(t);
const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));

describe('the glossary cards inside a detected term', () => {
  it('lists each glossary card inside the term once, in text order', () => {
    expect(cardsInside('社会救助主动发现机制', match).map((c) => c.term)).toEqual(['社会救助']);
    expect(cardsInside('社会救助主动发现社会救助', match).map((c) => c.term)).toEqual(['社会救助']);
  });

  it('lists nothing for a term that holds no glossary form', () => {
    expect(cardsInside('禾城暖心', match)).toEqual([]);
  });

  it('puts them on the detected card as related terms, whose marks the detected mark hides', async () => {
    const sentence = '建立社会救助主动发现机制，网格员上门排查困难群众。';
    const marks = withDetected(sentence, matcher.match(sentence), (w) => dict.has(w));
    const detected = marks.find((m) => m.id.startsWith('detected:'));
    expect(detected?.term).toBe('社会救助主动发现机制');
    // The glossary mark of 社会救助 is gone from the page: it lies inside the detected mark.
    expect(marks.some((m) => m.term === '社会救助')).toBe(false);
    const card = await detectedEntry('社会救助主动发现机制', [sentence], async () => [], match);
    expect(card.related.map((r) => r.term)).toEqual(['社会救助']);
    // Before the glossary is loaded there is nothing to link to.
    expect((await detectedEntry('社会救助主动发现机制', [sentence], async () => [], null)).related).toEqual([]);
    // A detected term with no glossary form inside links to nothing.
    expect((await detectedEntry('禾城暖心', ['推出“禾城暖心”服务。'], async () => [], match)).related).toEqual([]);
  });
});
