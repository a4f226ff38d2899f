// How a development or held-out gold span is compared with the marks (scripts/lib/glossary-sets.ts):
// a quoted span by its term inside the quotation marks, any other span whole.
import { describe, expect, it } from 'vitest';
import { recognises, termOf } from '../../scripts/lib/glossary-sets';

describe('the term of a gold span', () => {
  it('leaves out the quotation marks around a quoted span, in every quote style', () => {
    const text = '街道推出“晚托”服务，还有‘四新’、「田長」和"亮码"。';
    expect(termOf(text, '“晚托”')).toEqual({ a: 5, len: 2 });
    expect(termOf(text, '‘四新’')).toEqual({ a: 14, len: 2 });
    expect(termOf(text, '「田長」')).toEqual({ a: 19, len: 2 });
    expect(termOf(text, '"亮码"')).toEqual({ a: 24, len: 2 });
  });

  it('keeps a span whole when it is not one quoted phrase', () => {
    const text = '推进“千万工程”建设和三个“一号工程”，以及“民呼我为”“亮码”';
    expect(termOf(text, '“千万工程”建设')).toEqual({ a: 2, len: 8 });
    expect(termOf(text, '三个“一号工程”')).toEqual({ a: 11, len: 8 });
    // Two quoted phrases side by side are not one.
    expect(termOf(text, '“民呼我为”“亮码”')).toEqual({ a: 22, len: 10 });
    expect(termOf(text, '家庭共济')).toEqual({ a: -1, len: 4 });
  });

  it('a mark on the quoted term recognises the span; a mark on half of it does not', () => {
    const text = '街道推出“晚托”服务。';
    expect(recognises(text, '“晚托”')({ start: 5, end: 7 })).toBe(true);
    expect(recognises(text, '“晚托”')({ start: 5, end: 6 })).toBe(false);
    const plain = '开展异地就医备案。';
    expect(recognises(plain, '异地就医备案')({ start: 2, end: 6 })).toBe(true);
    expect(recognises(plain, '异地就医备案')({ start: 2, end: 5 })).toBe(false);
  });
});
