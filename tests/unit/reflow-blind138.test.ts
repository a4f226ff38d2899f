// The rule the blind138 round added. lib/reflow/credit-captions.ts (captionCutAfterSentence, asked in segment.ts): on a
// page that indents its paragraphs, a photo caption set between two paragraphs and cut by the line end over print lines of
// its own, unindented, under a print line ending a sentence, its credit on the last line and an indented paragraph (or a
// 小标题 in bold) after it, is one caption — its first line is not joined onto the paragraph above.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

const OPENING = ['记者　王　颖　通讯员　李　晨', '　　傍晚时分，和睦街道的社区食堂', '里坐满了前来用餐的老人。两荤一素', '一汤，老人只需付12元，菜烧得软，', '口味也清淡。'];
const AFTER = ['　　社区负责人介绍，食堂开业半年来', '已累计服务老人两万多人次，下一步', '还将为高龄老人提供送餐上门服务。'];

describe('a caption cut over print lines of its own under a finished sentence (captionCutAfterSentence)', () => {
  it('changes: the caption\'s words cut by the line end, its credit on the second line', () => {
    expect(blocks([...OPENING, '老人们在社区食堂里一起吃饭，有', '说有笑。（记者　王　颖　摄）', ...AFTER].join('\n'))).toEqual([
      'byline: 记者　王　颖　通讯员　李　晨',
      'body: 傍晚时分，和睦街道的社区食堂里坐满了前来用餐的老人。两荤一素一汤，老人只需付12元，菜烧得软，口味也清淡。',
      'caption: 老人们在社区食堂里一起吃饭，有说有笑。（记者　王　颖　摄）',
      'body: 社区负责人介绍，食堂开业半年来已累计服务老人两万多人次，下一步还将为高龄老人提供送餐上门服务。',
    ]);
  });
  it('changes: a caption whose credit the line end cut inside the name', () => {
    expect(blocks([...OPENING, '老人们在社区食堂里用餐。（记者　', '王　颖　摄）', ...AFTER].join('\n'))).toEqual([
      'byline: 记者　王　颖　通讯员　李　晨',
      'body: 傍晚时分，和睦街道的社区食堂里坐满了前来用餐的老人。两荤一素一汤，老人只需付12元，菜烧得软，口味也清淡。',
      'caption: 老人们在社区食堂里用餐。（记者　王　颖　摄）',
      'body: 社区负责人介绍，食堂开业半年来已累计服务老人两万多人次，下一步还将为高龄老人提供送餐上门服务。',
    ]);
  });
  it('leaves alone: a paragraph going on after a finished sentence, over a whole caption of one print line', () => {
    const out = blocks([...OPENING, '社区负责人介绍，食堂开业半年来已累', '计服务老人两万多人次。', '老人们在社区食堂里一起用餐。（记者　王　颖　摄）', ...AFTER].join('\n'));
    expect(out).toContain('caption: 老人们在社区食堂里一起用餐。（记者　王　颖　摄）');
    expect(out.some((b) => b.startsWith('caption: 社区负责人'))).toBe(false);
  });
  it('leaves alone: lines going on unindented after the credit (no new paragraph after it), and a page that indents nothing', () => {
    const goesOn = blocks([...OPENING, '老人们在社区食堂里一起吃饭，有', '说有笑。（记者　王　颖　摄）', '社区负责人介绍，食堂开业半年来', ...AFTER.slice(1)].join('\n'));
    expect(goesOn).not.toContain('caption: 老人们在社区食堂里一起吃饭，有说有笑。（记者　王　颖　摄）');
    const plain = blocks([...OPENING, '老人们在社区食堂里一起吃饭，有', '说有笑。（记者　王　颖　摄）', ...AFTER].map((l) => l.replace(/^　　/u, '')).join('\n'));
    expect(plain).not.toContain('caption: 老人们在社区食堂里一起吃饭，有说有笑。（记者　王　颖　摄）');
  });
});
