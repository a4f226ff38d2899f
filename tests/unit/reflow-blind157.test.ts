// A photo caption ending in a picture agency's credit with 供图 after it (`…码头一派繁忙。视觉中国供图`), from what the
// blind157 pages showed (tests/fixtures/pages/blind157-*): such a caption is read by its own words, as `…夜景。视觉中国`
// already was, so it stands apart from the paragraph after it instead of being joined onto it. Snippets written for
// these tests in the pages' shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isCaptionLine } from '../../lib/reflow/classify';

const page = (caption: string): string => [
  '记者昨日从市港航局获悉，今年前两月，',
  '全市港口完成货物吞吐量一亿多吨，同比',
  '增长6.1%。',
  '',
  caption,
  '',
  '开年以来，港口新开通集装箱航线5条，航',
  '线总数达到两百多条。海铁联运业务也保',
  '持较快增长。',
].join('\n');

describe('a caption ending in an agency credit with 供图 (blind157)', () => {
  it('stands apart as a caption, under a paragraph and over the next', () => {
    expect(reflowText(page('港区集装箱码头一派繁忙。视觉中国供图'))).toEqual([
      { kind: 'body', text: '记者昨日从市港航局获悉，今年前两月，全市港口完成货物吞吐量一亿多吨，同比增长6.1%。' },
      { kind: 'caption', text: '港区集装箱码头一派繁忙。视觉中国供图' },
      { kind: 'body', text: '开年以来，港口新开通集装箱航线5条，航线总数达到两百多条。海铁联运业务也保持较快增长。' },
    ]);
  });

  it('reads the agency names alike, with 供图 or without', () => {
    for (const t of ['港区集装箱码头一派繁忙。视觉中国供图', '游客在古镇游览。东方IC供图', '雪后的西湖。图虫创意供图', '深圳前海片区夜景。视觉中国']) expect(isCaptionLine(t)).toBe(true);
  });

  it('leaves alone a sentence that names an agency in its words, with no full stop before the credit', () => {
    for (const t of ['本次影展的部分作品由视觉中国供图', '他说这些照片都是视觉中国供图']) expect(isCaptionLine(t)).toBe(false);
    expect(reflowText(page('本次影展的部分作品由视觉中国供图')).some((b) => b.kind === 'caption')).toBe(false);
  });
});
