// The rules the blind86 round added. lib/reflow/signed-pieces.ts (asked in segment.ts): on a page of several short pieces
// printed as one run of lines, a writer's mark and name on a line of its own (`□ X`) under a short title line signs the
// piece that starts there, even after a verse line with no end mark, and the title over it is that piece's heading.
// lib/reflow/lone-name.ts: a padded two-character name (`X　Y`) alone first, unindented, over an indented paragraph of
// pre-wrapped print lines is the writer's byline, as an unspaced three-character one already was (a narrow column's
// indented first line counts its two characters of indent). lib/reflow/name-rows.ts: 楼 is a family name (a pupil's
// school line signed `…小学五（2）班　楼X` is a byline).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { signsNextPiece } from '../../lib/reflow/signed-pieces';
import { isPupilSigned } from '../../lib/reflow/signed-names';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const shown = (text: string): string[] => reflowText(text).map((b) => `${b.kind}: ${b.text}`);

describe('a marked byline under a short title signs the next piece (signsNextPiece)', () => {
  it('changes: □ X under a short title line, after verse lines with no end mark, over text', () => {
    expect(signsNextPiece(lines('□ 吴　岚', '桂花落在井台上', '没有人去扫', '秋夜', '□ 郑一鸣', '月亮挂在船桅上'), 4)).toBe(true);
    expect(signsNextPiece(lines('□ 吴　岚', '桂花落在井台上', '渡口', '■ 何　川', '老船工把篙一撑'), 3)).toBe(true);
  });
  it('leaves alone: the body\'s first lines, a title line with punctuation, no mark, another byline after it, no text after', () => {
    expect(signsNextPiece(lines('秋夜', '□ 郑一鸣', '月亮挂在船桅上'), 1)).toBe(false);
    expect(signsNextPiece(lines('□ 吴　岚', '桂花落在井台上', '没有人去扫，', '□ 郑一鸣', '月亮挂在船桅上'), 3)).toBe(false);
    expect(signsNextPiece(lines('□ 吴　岚', '桂花落在井台上', '秋夜', '郑一鸣', '月亮挂在船桅上'), 3)).toBe(false);
    expect(signsNextPiece(lines('□ 吴　岚', '桂花落在井台上', '秋夜', '□ 郑一鸣', '□ 王　芳'), 3)).toBe(false);
    expect(signsNextPiece(lines('□ 吴　岚', '桂花落在井台上', '秋夜', '□ 郑一鸣'), 3)).toBe(false);
  });
  it('parts the second piece\'s title and writer from the text before them in one run of print lines', () => {
    const out = shown(['□ 吴　岚', '桂花落在井台上', '没有人去扫', '它们自己', '就香了一整夜', '秋夜', '□ 郑一鸣', '月亮挂在船桅上', '渔火一盏', '一盏地睡去'].join('\n'));
    expect(out.slice(0, 2)).toEqual(['byline: □ 吴　岚', 'body: 桂花落在井台上没有人去扫它们自己就香了一整夜']);
    expect(out.slice(2, 4)).toEqual(['heading: 秋夜', 'byline: □ 郑一鸣']);
  });
  it('leaves a paragraph that goes on alone where no marked name follows the short line', () => {
    const out = shown(['□ 吴　岚', '桂花落在井台上', '没有人去扫', '它们自己', '就香了一整夜', '秋夜', '郑一鸣说', '月亮挂在船桅上'].join('\n'));
    expect(out.some((b) => b.startsWith('heading: 秋夜'))).toBe(false);
    expect(out.some((b) => b === 'byline: 郑一鸣说')).toBe(false);
  });
});

describe('a padded name alone first over indented print lines (isLeadingName)', () => {
  const body = ['　　秋收过后，村里的晒谷场就空了', '下来，孩子们在上面放风筝。', '　　风筝飞得很高。'];
  it('changes: a padded two-character name, unindented, over a paragraph indented in a column sixteen wide', () => {
    expect(shown(['陆　禾', ...body].join('\n'))[0]).toBe('byline: 陆　禾');
    expect(shown(['陆禾川', ...body].join('\n'))[0]).toBe('byline: 陆禾川');
  });
  it('leaves alone: no family name, a column label, an indented name, a name over an unindented line, two such names', () => {
    expect(shown(['秋　收', ...body].join('\n'))[0]).not.toBe('byline: 秋　收');
    expect(shown(['时　评', ...body].join('\n'))[0]).not.toBe('byline: 时　评');
    expect(shown(['　　陆　禾', ...body].join('\n'))[0]).not.toBe('byline: 陆　禾');
    expect(shown(['陆　禾', '秋收过后，村里的晒谷场就空了下', '来，孩子们在上面放风筝。'].join('\n'))[0]).not.toBe('byline: 陆　禾');
    expect(shown(['陆　禾', ...body, '陈　越', ...body].join('\n'))[0]).not.toBe('byline: 陆　禾');
  });
});

describe('楼 among the family names (isPupilSigned)', () => {
  it('changes: a pupil signed 楼X after the school and class', () => {
    expect(isPupilSigned('义乌市稠城第一小学四（2）班　楼思远')).toBe(true);
  });
  it('leaves alone: a school line with no name, a name whose first character is no family name', () => {
    expect(isPupilSigned('义乌市稠城第一小学四（2）班')).toBe(false);
    expect(isPupilSigned('义乌市稠城第一小学四（2）班　阁思远')).toBe(false);
  });
});
