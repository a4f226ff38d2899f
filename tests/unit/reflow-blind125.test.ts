// Rules from what the blind125 pages showed (tests/fixtures/pages/blind125-*, npm run score:blind): in print lines with
// no mark of a paragraph's end (no indentation, no blank line), a line that goes on a paragraph already begun and ends in
// a quoted word of figures (`…推广“9610”“9710”`) fills its column once its quotation marks are counted
// at the whole width print gives them, as one ending in a quoted word of ideographs already did (`fullWithQuotes` in
// lib/reflow/quote-width.ts): the paragraph goes on. With the lines it must leave alone. Snippets written for these
// tests in the shape of the blind125 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const texts = (lines: string[][]): string[] => reflowText(lines.flat().join('\n'), { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);
const body = (lines: string[]): string => `body: ${lines.join('')}`;

// Print lines fourteen wide, plain, no blank line between paragraphs (figures and Latin letters half a character).
const P1 = ['一季度，全市跨境电商进出口额', '同比增长百分之十八，越来越多', '的小商品企业把目光投向了海外', '市场。'];
const P3 = ['记者了解到，跨境电商人才短缺', '是不少企业面临的难题，为此市', '里联合高校开设了专门的培训课', '程。'];

describe('a print line ending in a quoted word of figures, full with its quotation marks counted whole', () => {
  it('goes on its paragraph (`在综保区推广“9610”“9710”` / `等监管模式，…`)', () => {
    const P2 = ['为了帮助企业出海，市里出台了', '支持跨境电商发展的若干政策，', '并依托本地的综合保税区优势，', '在综保区推广“9610”“9710”', '等监管模式，让企业通关更快、', '退税更方便。'];
    expect(texts([P1, P2, P3])).toEqual([body(P1), body(P2), body(P3)]);
  });

  it('leaves a short line of quoted figures standing alone between paragraphs a heading of its own', () => {
    expect(texts([P1, ['打造“9610”“9710”'], P3])).toEqual([body(P1), 'heading: 打造“9610”“9710”', body(P3)]);
  });

  it('leaves a paragraph that ends in a sentence mark after a quoted word of figures where it ends', () => {
    const P2 = ['园区还引进了多家服务商，为企', '业推广“9610”“9710”。'];
    expect(texts([P1, P2, P3])).toEqual([body(P1), body(P2), body(P3)]);
  });
});
