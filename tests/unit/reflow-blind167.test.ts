// The rules of the round the blind167 pages asked for (tests/fixtures/pages/blind167-*, 评论, 理论 and 副刊 pages).
// Snippets written for these tests in the pages' shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

// 光明日报 理论 (<br> print lines eighteen wide, indented, no empty line): the writer's post closes the article in the
// colon form of the author's note (`（作者：中国人民大学公共管理学院教授）`), unindented under a paragraph's last line. The
// note's forms `（作者系…）`, `（作者单位：…）`, `（作者为…）` were read as the article's credit (lib/reflow/credit-place.ts
// authorNoteOpens, lib/reflow/classify.ts CREDIT); the colon form was not, so the indented page's rule ran it on.
describe('an author\'s note in the colon form under the last paragraph', () => {
  it('is the article\'s credit, not the paragraph going on', () => {
    expect(reflowText([
      '张立新',
      '　　基层是国家治理的“最后一公里”。',
      '近年来，数字技术深度融入基层治理。',
      '　　推进数字化赋能基层治理，要坚持以',
      '人民为中心，让数字化成果更多更公平地',
      '惠及全体人民。',
      '（作者：中国人民大学公共管理学院教授）',
    ].join('\n'))).toEqual([
      { kind: 'byline', text: '张立新' },
      { kind: 'body', text: '基层是国家治理的“最后一公里”。近年来，数字技术深度融入基层治理。' },
      { kind: 'body', text: '推进数字化赋能基层治理，要坚持以人民为中心，让数字化成果更多更公平地惠及全体人民。' },
      { kind: 'byline', text: '（作者：中国人民大学公共管理学院教授）' },
    ]);
  });

  it('leaves a bracket that opens with 作者 but is no note, and one after an unfinished sentence, in the paragraph', () => {
    expect(reflowText([
      '　　基层是国家治理的“最后一公里”。',
      '近年来，数字技术深度融入基层治理。',
      '　　这本书的作者是一位地理学者，书中',
      '（作者在序言里说）写的都是亲身所见，',
      '读来真切可信。',
      '　　推进数字化赋能基层治理，要坚持以',
      '人民为中心，正如书中所说，',
      '（作者：数字化是手段，不是目的）',
    ].join('\n'))).toEqual([
      { kind: 'body', text: '基层是国家治理的“最后一公里”。近年来，数字技术深度融入基层治理。' },
      { kind: 'body', text: '这本书的作者是一位地理学者，书中（作者在序言里说）写的都是亲身所见，读来真切可信。' },
      { kind: 'body', text: '推进数字化赋能基层治理，要坚持以人民为中心，正如书中所说，（作者：数字化是手段，不是目的）' },
    ]);
  });
});

// 新华日报 思想 (pad, <br> print lines fourteen wide set flush, an empty line between paragraphs): the writer's name alone
// first (`王　蕾`) over a full line of the column was read as a heading, for the line under it held fourteen characters, one
// short of the fifteen a paragraph's line was asked to hold. A line that fills the column most of the body's lines share
// is the text too (lib/reflow/lone-name.ts textUnder).
describe('a padded name alone over a full line of a narrow column set flush', () => {
  it('is the writer\'s byline', () => {
    expect(reflowText([
      '王　蕾',
      '',
      '大运河是流动的文化，也是活着',
      '的遗产。江苏是大运河沿线文化',
      '遗产最丰富的省份之一，如何让',
      '沉睡的遗产“活”起来，是摆在',
      '我们面前的一道时代课题。',
      '',
      '保护是传承的前提',
      '',
      '保护好大运河，首先要摸清文物',
      '家底。近年来，沿线各地开展文',
      '物资源普查，划定保护范围。',
    ].join('\n'))).toEqual([
      { kind: 'byline', text: '王　蕾' },
      { kind: 'body', text: '大运河是流动的文化，也是活着的遗产。江苏是大运河沿线文化遗产最丰富的省份之一，如何让沉睡的遗产“活”起来，是摆在我们面前的一道时代课题。' },
      { kind: 'heading', text: '保护是传承的前提' },
      { kind: 'body', text: '保护好大运河，首先要摸清文物家底。近年来，沿线各地开展文物资源普查，划定保护范围。' },
    ]);
  });

  it('leaves as it was a name over a line short of the column, and one over a heading\'s short line', () => {
    const short = reflowText([
      '王　蕾',
      '',
      '大运河是流动的文化。',
      '',
      '江苏是大运河沿线文化遗产最丰',
      '富的省份之一，如何让沉睡的遗',
      '产“活”起来，是一道时代课题。',
      '保护好大运河，首先要摸清文物',
      '家底，划定保护范围。',
    ].join('\n'));
    expect(short[0]?.kind).not.toBe('byline');
  });
});
