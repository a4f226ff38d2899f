// Repairing repaired text changes nothing, also where a column cut leaves a line of a few
// characters: the headline test reads a lone line's next line as the repair will join it. A
// half-width `,` after one character is a cut word's tail as `，` is (the punctuation step makes
// it `，`); a mark hanging on a line of its own belongs to the line before it (`师` / `”` is `师”`);
// a dash on any line of a run at the very end of the text makes it a fragment, as it does each
// line read alone. Text written for these tests.
import { describe, expect, it } from 'vitest';
import { blocksToText, reflowText } from '../../lib/reflow';
import { cutTailNext } from '../../lib/reflow/headlines';

const kinds = (text: string, punctuation: boolean): string[] => reflowText(text, { punctuation }).map((b) => `${b.kind} ${b.text}`);
const again = (text: string, punctuation: boolean): string[] => kinds(blocksToText(reflowText(text, { punctuation })), punctuation);

describe('a second run on repaired text', () => {
  it('reads a half-width comma after one character as the tail of a cut word', () => {
    const text = '城区老师每周给山里的孩子上两节\n\n课,孩子们很喜欢。';
    expect(kinds(text, true)).toEqual(['body 城区老师每周给山里的孩子上两节课，孩子们很喜欢。']);
    expect(again(text, true)).toEqual(kinds(text, true));
    expect(cutTailNext('城区老师每周给山里的孩子上两节', '课,孩子们很喜欢。')).toBe(true);
    // Left alone: a headline over a sentence opening with a time word and a half-width comma,
    // and a label's colon.
    expect(kinds('山区学校用上了直播课堂\n\n近日,县教育局为山区学校开通直播课堂。', true)).toEqual([
      'heading 山区学校用上了直播课堂', 'body 近日，县教育局为山区学校开通直播课堂。',
    ]);
    expect(cutTailNext('其中：出口 1188.4 8.6', '注:固定资产投资只发布增速。')).toBe(false);
  });

  it('reads a line with the marks hanging from it on lines of their own', () => {
    for (const text of ['他说山里孩子缺好老\n\n师\n”', '他说这些年山里的孩子最缺的是好老\n\n师\n\n”']) {
      expect(kinds(text, false)).toHaveLength(1);
      expect(again(text, false)).toEqual(kinds(text, false));
    }
    // Left alone: a headline over a line of two words with a closing mark after it.
    expect(kinds('山区学校用上了直播课堂\n\n老师们说\n”', false)[0]).toBe('heading 山区学校用上了直播课堂');
  });

  it('takes a run of short lines with a dash on any line, at the end of the text, for a fragment', () => {
    const text = '老年食堂开张\n吃饭—聊天\n都方便了';
    expect(kinds(text, false)).toEqual(['body 老年食堂开张吃饭—聊天都方便了']);
    expect(again(text, false)).toEqual(kinds(text, false));
    // Left alone: a headline of three short lines with no dash after a paragraph.
    expect(kinds('本报讯　城东街道老年食堂日前开张。\n\n老年食堂\n开张了\n吃饭方便', false).slice(1)).toEqual([
      'heading 老年食堂', 'heading 开张了', 'heading 吃饭方便',
    ]);
  });
});
