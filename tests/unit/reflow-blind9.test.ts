// Rules from what the blind9 pages showed (tests/fixtures/pages/blind9-*, npm run score:blind): a
// Taiwan paper's byline without the place the report was filed (`記者　陳怡君／報導`). With the
// negatives they must leave alone. Snippets written for these tests in the shape of the blind9 pages.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a Taiwan paper\'s byline without the place of filing', () => {
  it.each(['記者　陳怡君／報導', '記者林宏達/報導', '【記者 王明／專電】'])('%s is a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it.each(['記者會／報導', '記者陳怡君／報導指出，縣府明年起擴大補助。', '陳怡君／報導'])('%s is not', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });

  it('is never a headline above the first paragraph', () => {
    const out = blocks(['記者　陳怡君／報導', '　　金門縣政府昨日宣布，明年起將擴大高齡長者搭乘公車免費範圍。'].join('\n\n'));
    expect(out[0]).toBe('byline: 記者　陳怡君／報導');
  });
});
