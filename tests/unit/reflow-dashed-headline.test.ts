// An interview's headline with a dash and no clause mark (`“让老人吃上热乎饭”——访…`) is no
// fragment of a sentence when a byline stands right under it: no column cut leaves a byline
// there. A line with a clause mark before a photo credit (a caption's source set where a column
// cut a paragraph) is still read as a fragment. Text written for these tests in the shape of a
// county paper's interview page.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';

const PAGE: Block[] = [
  { kind: 'heading', text: '城东街道老年食堂开张' },
  { kind: 'body', text: '本报讯　城东街道第三家老年食堂日前开张，每天供应午餐和晚餐，八十岁以上老人用餐每餐减免两元。' },
  { kind: 'body', text: '食堂由街道和社区共同运营，菜单每周更新一次。' },
  { kind: 'heading', text: '“让老人吃上热乎饭”——访城东街道党工委书记陈立华' },
  { kind: 'byline', text: '记者 周文静' },
  { kind: 'body', text: '今年以来，城东街道新开了两家老年食堂，覆盖辖区十二个社区。这项工作是怎么推进的？记者采访了街道党工委书记陈立华。' },
  { kind: 'body', text: '记者：为什么要办老年食堂？' },
  { kind: 'body', text: '陈立华：辖区独居老人多，做饭不方便，吃饭成了不少家庭的难题。' },
];

const kinds = (blocks: readonly Block[]): string[] => blocks.map((b) => `${b.kind} ${b.text.replace(/[ \u3000]/gu, '')}`);

describe('a dashed headline with a byline under it', () => {
  for (const [w, h] of [[9, 5], [10, 9]] as const) {
    it(`stays a headline (w${w} h${h})`, () => {
      const out = reflowText(printBlocks(PAGE, 'br-blank', w, h), { punctuation: false });
      expect(kinds(out)).toEqual(kinds(PAGE));
    });
  }

  it('leaves a line with a clause mark before a photo credit a fragment of its paragraph', () => {
    const t = ['本报讯　城东街道第三家老年食堂日前开', '张，每天供应午餐和晚餐，八十岁以上老', '人用餐每餐减免两元。', '', '食堂由街道和社区共同运营，菜单每周更', '', '图片来源：城东街道', '', '新一次，今年以来没有涨过价。'].join('\n');
    const out = reflowText(t, { punctuation: false });
    expect(out.find((b) => b.text.startsWith('食堂由'))?.kind).toBe('body');
    expect(out.map((b) => b.kind)).not.toContain('heading');
  });
});
