// The rule the blind87 round added. lib/reflow/join-rule.ts (DATELINE_OPEN_CREDIT): a paragraph that so far is its
// 电头 and its reporters' bracket, closed (`本报讯（记者　徐　斌）`, `新华社杭州2月2日电（记者　王　芳）`), goes on into the
// next line, as one whose bracket the line end left open did: the lead's text follows the credit, and a print line
// that ends right after the bracket leaves the full-width space before the text at the next line's start, where it
// reads as an indent. The blind golds outside the held-back half open 137 paragraphs with such a credit (125 pages of
// 47 sets) and hold none that is the credit alone.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const read = (lines: string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind}: ${b.text}`);
const REST = ['　　这两处公园由闲置', '地块改建而成，面积', '共约3000平方米。', '　　公园里设置了健身', '步道和儿童游乐区。'];

describe('a 电头 with its closed credit bracket filling a print line (DATELINE_OPEN_CREDIT)', () => {
  it('changes: the credit line goes on into the lead, whose line opens with the space after the bracket', () => {
    expect(read(['　　本报讯（记者 王 芳）', '　近日，城西街道的两', '处口袋公园建成开放，', '附近居民多了一处休', '闲好去处。', ...REST])[0])
      .toBe('body: 本报讯（记者 王 芳）近日，城西街道的两处口袋公园建成开放，附近居民多了一处休闲好去处。');
    expect(read(['　　新华社杭州2月2日电', '（记者　王　芳）', '　近日，城西街道的两', '处口袋公园建成开放。', ...REST])[0])
      .toBe('body: 新华社杭州2月2日电（记者　王　芳）近日，城西街道的两处口袋公园建成开放。');
  });
  it('leaves alone: a credit with no 电头 after a finished sentence, and a lead that is a whole paragraph', () => {
    const apart = read(['　　公园去年开工建设，', '历时八个月完工。', '（记者　王　芳）', ...REST]);
    expect(apart.slice(1)).toEqual(['body: 这两处公园由闲置地块改建而成，面积共约3000平方米。', 'body: 公园里设置了健身步道和儿童游乐区。']);
    const whole = read(['　　本报讯（记者 王 芳）', '近日，城西街道的两处', '口袋公园建成开放。', ...REST]);
    expect(whole).toEqual(['body: 本报讯（记者 王 芳）近日，城西街道的两处口袋公园建成开放。', 'body: 这两处公园由闲置地块改建而成，面积共约3000平方米。',
      'body: 公园里设置了健身步道和儿童游乐区。']);
  });
});
