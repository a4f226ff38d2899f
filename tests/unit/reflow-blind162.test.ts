// The rules of the round the blind162 pages asked for (tests/fixtures/pages/blind162-*, 政策解读 and 权威发布 pages on
// Zhejiang city and county papers). Snippets written for these tests in the pages' shapes; the leave-alone cases keep
// what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

// 萧山日报 and 台州日报 政策问答 (<br> print lines, paragraphs indented, no empty line): a labelled question set flush
// (`问：补助标准是多少？`, `Q3：补助资金如何保证用在学生` / `身上？`), after a finished sentence and over its indented
// answer (`　　答：…`), is a turn of its own (lib/reflow/qa-turns.ts qaQuestionOpens, asked where join-rule.ts gave
// `indent-page`); it was joined onto the paragraph before it.
describe('a flush labelled question over its indented answer', () => {
  it('stands apart from the paragraph before it, on one print line or two', () => {
    expect(reflowText([
      '　　近日，区里出台加装电梯补助办法，',
      '补助标准有所提高。记者作了梳理。',
      '问：补助标准是多少？',
      '　　答：每台电梯补助25万元，补助资',
      '金由区、镇两级财政共同承担。',
      'Q2：补助资金多久能够拨付到业主的',
      '账户上？',
      '　　A：验收合格后30个工作日内拨付。',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '近日，区里出台加装电梯补助办法，补助标准有所提高。记者作了梳理。' },
      { kind: 'body', text: '问：补助标准是多少？' },
      { kind: 'body', text: '答：每台电梯补助25万元，补助资金由区、镇两级财政共同承担。' },
      { kind: 'body', text: 'Q2：补助资金多久能够拨付到业主的账户上？' },
      { kind: 'body', text: 'A：验收合格后30个工作日内拨付。' },
    ]);
  });

  it('leaves alone a flush line opening with 问 but no label', () => {
    // `问及…`: no question's label, the paragraph's rest after a full line ending a sentence.
    expect(reflowText([
      '　　不少居民打来电话询问加装电梯补',
      '助政策，记者梳理了居民关心的问题。',
      '问及补助标准，区住建局有关负责人表',
      '示，每台电梯补助25万元。',
      '　　区住建局表示，将尽快答复。',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '不少居民打来电话询问加装电梯补助政策，记者梳理了居民关心的问题。问及补助标准，区住建局有关负责人表示，每台电梯补助25万元。' },
      { kind: 'body', text: '区住建局表示，将尽快答复。' },
    ]);
  });
});
