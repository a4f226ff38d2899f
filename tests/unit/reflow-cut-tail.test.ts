// A paragraph's first print line cut off alone by a column, on a page printed one `<p>` per column piece
// (浙江日报's shape; tests/fixtures/corpus/dev4/ re-printed showed it): when the next piece opens with the
// tail of a word or figure the column cut (`大，`, `备。`, `2.7亿元`), the lone line is column text, not a
// headline. Text written for these tests in the shape of a county paper's education report.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { cutTailNext } from '../../lib/reflow/headlines';
import { printBlocks } from '../helpers/print-shapes';

const ARTICLE: Block[] = [
  { kind: 'heading', text: '山区学校用上了直播课堂' },
  { kind: 'byline', text: '记者 林晓峰' },
  { kind: 'body', text: '本学期开始，全县八所山区小学都用上了直播课堂，城区老师每周给山里的孩子上两节科学课。' },
  { kind: 'body', text: '王老师：山区学校的学生人数少，老师也少，科学课很难开齐。现在孩子们通过屏幕做实验，兴趣大了很多。' },
  { kind: 'body', text: '县教育局相关负责人介绍，全县今年投入资金1320万元，为山区学校更新了网络和设备，明年还将扩大到初中。' },
  { kind: 'body', text: '据了解，直播课堂开通以来，山区学生的科学成绩平均提高了6.5分，孩子们参加科技比赛的积极性也明显提高。' },
];

describe('a lone first line before the tail of a cut word', () => {
  it('joins it to the piece after it on a page of column pieces', () => {
    // 13 characters wide, 7 lines a column: the second paragraph's first line (`王老师：山区学校的学生人数`)
    // ends a column and stands alone in its piece; the next piece opens `少，`.
    const text = printBlocks(ARTICLE, 'p-cut', 13, 7);
    expect(text).toContain('\n\n王老师：山区学校的学生人数\n\n少，');
    expect(reflowText(text, { punctuation: false })).toEqual(ARTICLE);
  });

  it('knows the tail of a cut from an opening', () => {
    expect(cutTailNext('王老师：山区学校的学生人数', '少，老师也少')).toBe(true);
    expect(cutTailNext('全县实现社会消费品零售总额13', '2.7亿元，增长5.4%。')).toBe(true);
    // A numeral's 、, a note's label, a list item after a figure, a table's cells: openings.
    expect(cutTailNext('今年4月以来，小镇每周', '五、周六晚上')).toBe(false);
    expect(cutTailNext('其中：出口 1188.4 8.6', '注：固定资产投资只发布增速。')).toBe(false);
    expect(cutTailNext('重点工作2026', '1.新建农村公路')).toBe(false);
    expect(cutTailNext('1 沈家门街道 5 0 10', '2 东港街道 4 1 9')).toBe(false);
    expect(cutTailNext('县图书馆推出送书上门服务', '近日，县图书馆')).toBe(false);
  });
});
