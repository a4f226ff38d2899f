// A paragraph's first print line cut off alone by a column on a page printed one `<p>` per column
// piece, where the next piece opens with the tail of a word the column cut: one character and a
// figure (`…共受理旅游类投` / `诉23件，`) or two or three characters and a full stop (`…安全生产` /
// `情况。`). The lone line is column text, not a subheading (tests/fixtures/corpus/dev6/ re-printed
// showed it). A subheading before a sentence that opens with a figure's word (`约300名`, `对160千瓦`)
// stays one. Text written for these tests in the shape of a city paper's holiday report.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { cutTailNext } from '../../lib/reflow/headlines';
import { printBlocks } from '../helpers/print-shapes';

const ARTICLE: Block[] = [
  { kind: 'heading', text: '国庆假期全市旅游市场平稳有序' },
  { kind: 'byline', text: '记者 陈思远' },
  { kind: 'body', text: '国庆假期，全市重点景区共接待游客186.4万人次，同比增长9.2%，实现旅游收入14.7亿元。' },
  { kind: 'body', text: '市消保委共受理旅游类投诉23件，已全部办结，群众满意率达到98%以上。' },
  { kind: 'body', text: '市文旅局有关负责人表示，下一步将继续加强景区客流监测，提升游客出行体验。' },
];

const SUBHEADED: Block[] = [
  { kind: 'heading', text: '志愿服务进景区' },
  { kind: 'byline', text: '记者 陈思远' },
  { kind: 'body', text: '国庆假期，全市各景区设立志愿服务点42个，为游客提供咨询、引导和应急救助服务。' },
  { kind: 'heading', text: '红马甲守在检票口' },
  { kind: 'body', text: '约300名志愿者每天在各景区检票口值守，帮助老人和儿童有序入园。' },
];

describe('a lone first line before the tail of a word the column cut', () => {
  it('joins it to the piece after it on a page of column pieces', () => {
    // 11 characters wide, 7 lines a column: `市消保委共受理旅游类投` ends a column alone in its piece.
    const text = printBlocks(ARTICLE, 'p-cut', 11, 7);
    expect(text).toContain('\n\n市消保委共受理旅游类投\n\n诉23件，');
    expect(reflowText(text, { punctuation: false })).toEqual(ARTICLE);
  });

  it('leaves a subheading before a sentence opening with a figure', () => {
    // (At 13 and 15 wide, 7 tall, `约300名志愿者…`'s first line is cut off alone at a column's foot: not this rule's case.)
    for (const [w, h] of [[11, 5], [11, 7], [11, 9], [13, 5], [13, 9], [15, 5], [15, 9]] as const) {
      expect(reflowText(printBlocks(SUBHEADED, 'p-cut', w, h), { punctuation: false })).toEqual(SUBHEADED);
    }
  });

  it("knows a cut word's tail from an opening", () => {
    expect(cutTailNext('市消保委共受理旅游类投', '诉23件，已全部办结。')).toBe(true);
    expect(cutTailNext('全市文旅系统假期共开展安全检', '查320余次，排查整改隐患47处。')).toBe(true);
    expect(cutTailNext('区应急管理局通报了近期全区安全生产', '情况。1至10月，全区共发生事故9起。')).toBe(true);
    // A figure's own word, a preposition, a letter's greeting: openings.
    expect(cutTailNext('红马甲守在检票口', '约300名志愿者每天在各景区检票口值守。')).toBe(false);
    expect(cutTailNext('低压接电零投资', '对160千瓦及以下的小微企业，供电公司将投资到红线。')).toBe(false);
    expect(cutTailNext('此致', '敬礼！')).toBe(false);
    expect(cutTailNext('新学期新气象', '近3年来，全县新建学校12所。')).toBe(false);
  });
});
