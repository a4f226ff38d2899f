// A notice ending in its contact number, then the next article's headline and its photo caption
// (tests/fixtures/corpus/dev5/ re-printed one `<p>` per column piece showed it): with no sentence mark
// after the number, the headline was read as the first half of a paragraph the caption cut, and
// joined to the paragraph after the caption. Text written for these tests in a county paper's shape.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { isWholePhoneField } from '../../lib/reflow/notice-end';
import { printBlocks } from '../helpers/print-shapes';

const PAGE: Block[] = [
  { kind: 'heading', text: '县图书馆招募假期志愿者' },
  { kind: 'body', text: '为丰富青少年假期生活，县图书馆面向全县中学生招募寒假志愿者30名，主要承担图书整理、阅读推广和读者引导等工作。' },
  { kind: 'body', text: '报名者须年满14周岁，每周服务时间不少于6小时，服务期满可获得志愿服务证明。' },
  { kind: 'body', text: '联系人：周老师' },
  { kind: 'body', text: '联系电话：0579-87214536' },
  { kind: 'heading', text: '古樟新绿' },
  { kind: 'caption', text: '12月2日，游客在千年古樟下拍照留念。　记者 郑浩然 摄' },
  { kind: 'body', text: '这棵古樟树龄超过一千年，树高28米，胸围9.6米，是全县最大的一棵古树，去年被列入省级古树名木保护名录。' },
  { kind: 'body', text: '今年以来，村里请来专家对古樟进行了体检，修建了护栏和排水沟，还在树下铺设了透水步道。' },
];

describe('a notice that ends in a whole contact number', () => {
  it('ends there: the next headline is no half of a paragraph cut by a caption', () => {
    for (const width of [14, 17]) {
      const blocks = reflowText(printBlocks(PAGE, 'p-cut', width, 9), { punctuation: false });
      expect(blocks.map((b) => b.text).slice(-5)).toEqual(PAGE.slice(-5).map((b) => b.text));
    }
  });

  it('knows a whole number from one a line end cut', () => {
    expect(isWholePhoneField('联系电话：0579-87214536')).toBe(true);
    expect(isWholePhoneField('咨询电话：13905791234')).toBe(true);
    // Cut by the line end (the number goes on), a value that is no number, a sentence about one.
    expect(isWholePhoneField('联系电话：0579-872')).toBe(false);
    expect(isWholePhoneField('联系人：周老师')).toBe(false);
    expect(isWholePhoneField('市民可拨打联系电话：0579-87214536')).toBe(false);
  });

  it('leaves a number a line end cut to go on', () => {
    const text = ['县图书馆招募假期志愿者', '', '报名者须年满14周岁，每周服务时', '间不少于6小时。', '联系电话：0579-872', '14536', '', '古樟新绿', '', '这棵古樟树龄超过一千年，树高28', '米，是全县最大的一棵古树。'].join('\n');
    const blocks = reflowText(text, { punctuation: false });
    expect(blocks.map((b) => b.text)).toContain('联系电话：0579-87214536');
  });
});
