// A notice's field (`举报电话：…`) after a blank line stands apart — not where the line before it
// ends in a clause mark: then a column cut the sentence there and the field goes on with it
// (`…欢迎群众对违法行为进行举报，` / `举报电话：…。`; tests/fixtures/corpus/dev4/ re-printed showed it).
// A field after a finished sentence still stands apart. Text written for these tests.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const texts = (t: string): string[] => reflowText(t, { punctuation: false }).map((b) => b.text.replace(/[ \u3000]/gu, ''));

describe('a field after a column cut', () => {
  it('goes on with a sentence cut after a clause mark', () => {
    const t = [
      '　　一、城区范围内全天禁止燃放烟',
      '花爆竹，违者依法予以处罚。',
      '　　二、欢迎广大群众对违法燃放行',
      '为进行举报，',
      '',
      '举报电话：0570-7012110。',
      '　　三、本通告自发布之日起施行。',
    ].join('\n');
    expect(texts(t)).toEqual([
      '一、城区范围内全天禁止燃放烟花爆竹，违者依法予以处罚。',
      '二、欢迎广大群众对违法燃放行为进行举报，举报电话：0570-7012110。',
      '三、本通告自发布之日起施行。',
    ]);
  });

  it('leaves a field after a finished sentence apart', () => {
    const t = ['　　二、欢迎广大群众对违法燃放行', '为进行举报。', '', '举报电话：0570-7012110', '　　三、本通告自发布之日起施行。'].join('\n');
    expect(texts(t)[0]).toBe('二、欢迎广大群众对违法燃放行为进行举报。');
    expect(texts(t)[1]?.startsWith('举报电话：0570-7012110')).toBe(true);
  });
});
