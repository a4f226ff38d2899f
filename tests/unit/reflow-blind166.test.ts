// The rules of the round the blind166 pages asked for (tests/fixtures/pages/blind166-*, 政策解读 and 权威发布 pages of
// Zhejiang provincial and city papers). Snippets written for these tests in the pages' shapes; the leave-alone cases
// keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';


// A 问答 whose numbered questions are set flush, each an element of its own, over indented answers (one element per
// paragraph of print lines): an answer whose last line fills the column with its full stop, then the flush question
// `4.…？`, was read as a paragraph a column cut, the question its rest (`indent-page`). The question opens with the number
// after the last item the page set apart (`3.…？`), so it opens anew (lib/reflow/series-opens.ts nextNumberedOpens).
describe('the next numbered item of a series set apart, flush after a full line ending a sentence', () => {
  it('opens anew', () => {
    expect(reflowText([
      '1.退休后公积金怎么提取？',
      '',
      '　　职工退休的，可以凭退休证明',
      '一次性提取住房公积金账户余额。',
      '',
      '2.离开本市工作的能提取吗？',
      '',
      '　　与单位终止劳动关系且在异地',
      '重新就业的，可以办理异地转移。',
      '',
      '3.提取后账户还保留吗？',
      '',
      '　　销户提取后，个人账户封存满',
      '两年无变动的，将作销户处理。',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '1.退休后公积金怎么提取？' },
      { kind: 'body', text: '职工退休的，可以凭退休证明一次性提取住房公积金账户余额。' },
      { kind: 'body', text: '2.离开本市工作的能提取吗？' },
      { kind: 'body', text: '与单位终止劳动关系且在异地重新就业的，可以办理异地转移。' },
      { kind: 'body', text: '3.提取后账户还保留吗？' },
      { kind: 'body', text: '销户提取后，个人账户封存满两年无变动的，将作销户处理。' },
    ]);
  });

  it('leaves a column\'s rest opening with a decimal figure to its paragraph', () => {
    expect(reflowText([
      '1.退休后公积金怎么提取？',
      '',
      '　　职工退休的，可以凭退休证明',
      '一次性提取住房公积金账户余额。',
      '',
      '2.全年提取了多少？',
      '',
      '　　去年全市共有提取职工人数约',
      '为36万人，比上年增加了两万人。',
      '',
      '3.5万人办理了异地转移接续手续。',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '1.退休后公积金怎么提取？' },
      { kind: 'body', text: '职工退休的，可以凭退休证明一次性提取住房公积金账户余额。' },
      { kind: 'body', text: '2.全年提取了多少？' },
      { kind: 'body', text: '去年全市共有提取职工人数约为36万人，比上年增加了两万人。3.5万人办理了异地转移接续手续。' },
    ]);
  });

  it('leaves a flush numbered line whose number does not follow an item set apart to the paragraph above', () => {
    expect(reflowText([
      '　　去年全市共有提取职工人数约',
      '为36万人，比上年增加了两万人。',
      '',
      '3、家庭共济绑定人数增长了一倍。',
      '',
      '　　市公积金中心表示，今年将继',
      '续优化提取流程，方便缴存职工。',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '去年全市共有提取职工人数约为36万人，比上年增加了两万人。3、家庭共济绑定人数增长了一倍。' },
      { kind: 'body', text: '市公积金中心表示，今年将继续优化提取流程，方便缴存职工。' },
    ]);
  });
});


// An 一图读懂 page of <br> print lines with empty lines between blocks, paragraphs indented, its rows flush: a row ending
// its sentence on a line a little short of the column (`适用对象：…的个人。`), then across the empty line the next row
// (`补贴标准：…`), was read as a paragraph a column cut, the row its rest (`indent-page`). A flush line opening with a
// label after a paragraph that opened with one and ended its sentence is the next row (lib/reflow/series-opens.ts
// labelledRowAfterRow).
describe('a labelled row after a labelled row that ended its sentence, across an empty line', () => {
  it('opens anew', () => {
    expect(reflowText([
      '　　日前，市民政局出台困难老人',
      '护理补贴办法，要点如下。',
      '',
      '一、补贴对象和标准',
      '',
      '适用对象：具有本市户籍、经评估',
      '为失能的低保边缘家庭老年人。',
      '',
      '补贴标准：重度失能每人每月800',
      '元，中度失能每人每月500元。',
      '',
      '　　补贴资金按月发放至老人社保',
      '卡，由各县（市、区）统一办理。',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '日前，市民政局出台困难老人护理补贴办法，要点如下。' },
      { kind: 'heading', text: '一、补贴对象和标准' },
      { kind: 'body', text: '适用对象：具有本市户籍、经评估为失能的低保边缘家庭老年人。' },
      { kind: 'body', text: '补贴标准：重度失能每人每月800元，中度失能每人每月500元。' },
      { kind: 'body', text: '补贴资金按月发放至老人社保卡，由各县（市、区）统一办理。' },
    ]);
  });

  it('leaves a flush line opening with a label after a paragraph that opened with none as it was', () => {
    expect(reflowText([
      '　　会议听取了全市养老服务工作',
      '情况汇报，研究了下一步工作安排。',
      '',
      '会议指出：要加快补齐农村养老服',
      '务短板，让老年人安享幸福晚年。',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '会议听取了全市养老服务工作情况汇报，研究了下一步工作安排。' },
      { kind: 'body', text: '会议指出：要加快补齐农村养老服务短板，让老年人安享幸福晚年。' },
    ]);
  });
});
