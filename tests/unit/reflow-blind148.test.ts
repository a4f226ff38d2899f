// The rule the blind148 round added. lib/reflow/credit-captions.ts (nameSpaceOpens, asked in captionCutAfterSentence): a
// photo caption set between two paragraphs and cut over print lines of its own under a finished sentence, its credit cut
// by the line end inside the name so that the last print line opens on the name's full-width space (`…做游戏。（记者　王`
// / `　茜　摄）`), is one caption — that leading space is no paragraph indent, and the caption's first line is not joined
// onto the paragraph above.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

// White space aside, as the blind sets score: the joined credit keeps no space where the print line opened on one
// (`王颖`), since the repair trims each print line before joining it — a loss the reader's eye does not need mended.
const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/\s/gu, '')}`);

const OPENING = ['记者　王　颖', '　　傍晚时分，和睦街道的社区食堂', '里坐满了前来用餐的老人。两荤一素', '一汤，老人只需付12元，菜烧得软，', '口味也清淡。'];
const AFTER = ['　　社区负责人介绍，食堂开业半年来', '已累计服务老人两万多人次，下一步', '还将为高龄老人提供送餐上门服务。'];
const BODY = 'body: 傍晚时分，和睦街道的社区食堂里坐满了前来用餐的老人。两荤一素一汤，老人只需付12元，菜烧得软，口味也清淡。';
const LAST = 'body: 社区负责人介绍，食堂开业半年来已累计服务老人两万多人次，下一步还将为高龄老人提供送餐上门服务。';

describe('a cut caption whose last print line opens on the full-width space inside the credit\'s name (nameSpaceOpens)', () => {
  it('changes: the name cut after its first character, the line opening on the space between its two', () => {
    expect(blocks([...OPENING, '老人们在社区食堂里一起吃饭，有说', '有笑，十分热闹。（记者　王', '　颖　摄）', ...AFTER].join('\n'))).toEqual([
      'byline: 记者王颖', BODY, 'caption: 老人们在社区食堂里一起吃饭，有说有笑，十分热闹。（记者王颖摄）', LAST,
    ]);
  });
  it('changes: the role at the line end, the name on the next line after the space that parted them', () => {
    expect(blocks([...OPENING, '老人们在社区食堂里一起吃饭，有说', '有笑，十分热闹。（通讯员', '　李晨　摄）', ...AFTER].join('\n'))).toEqual([
      'byline: 记者王颖', BODY, 'caption: 老人们在社区食堂里一起吃饭，有说有笑，十分热闹。（通讯员李晨摄）', LAST,
    ]);
  });
  it('leaves alone: an indented paragraph under words that leave a credit open but do not close it', () => {
    const out = blocks([...OPENING, '老人们在社区食堂里一起吃饭，有说', '有笑，十分热闹。（记者　王', ...AFTER].join('\n'));
    expect(out.some((b) => b.startsWith('caption: 老人们'))).toBe(false);
    expect(out).toContain(LAST);
  });
  it('leaves alone: a line opening on a space that closes the credit and goes on as a paragraph', () => {
    const out = blocks([...OPENING, '老人们在社区食堂里一起吃饭，有说', '有笑，十分热闹。（记者　王', '　颖　摄）社区负责人介绍，食堂开业', '半年来已累计服务老人两万多人次。'].join('\n'));
    expect(out.some((b) => b.startsWith('caption: 老人们'))).toBe(false);
  });
});
