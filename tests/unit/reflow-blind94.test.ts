// The rule the blind94 round added. lib/reflow/classify.ts CAPTION_PATTERNS (asked through isCaptionLine): a caption ending
// in a reporter's credit whose two-character name is padded to three in print and glued to 摄 (`新华社记者　许　畅摄`,
// `本报记者　刘　军摄`, `（河北日报记者　赵　杰摄）`) is a caption by its words, as the same credit with the name unpadded
// (`新华社记者　许畅摄`) already was.
import { describe, expect, it } from 'vitest';
import { isCaptionLine } from '../../lib/reflow/classify';
import { reflowText } from '../../lib/reflow';

describe('a caption whose photographer is a reporter with a padded two-character name glued to 摄 (isCaptionLine)', () => {
  it('changes: an agency, a paper, 本报 or no medium before 记者, bracketed or not', () => {
    expect(isCaptionLine('2月26日，一列货物列车驶出万象南站。　新华社记者　凯　乔摄')).toBe(true);
    expect(isCaptionLine('游客在长白山景区体验雪地摩托。本报记者　刘　军摄')).toBe(true);
    expect(isCaptionLine('施工人员在做交付前的最后检查。（河北日报记者　赵　杰摄）')).toBe(true);
    expect(isCaptionLine('春耕时节，农民在田间劳作。　人民日报记者　李　鑫摄')).toBe(true);
    expect(isCaptionLine('市民在图书馆阅读。　记者　王　敏摄')).toBe(true);
  });
  it('leaves alone: no 摄, a speaker, a byline of two reporters, 摄影 opening a heading, a lone-character name', () => {
    expect(isCaptionLine('本报记者　李　鑫')).toBe(false);
    expect(isCaptionLine('“变化太大了。”新华社记者　李　鑫说')).toBe(false);
    expect(isCaptionLine('记者　李　鑫　通讯员　王　敏')).toBe(false);
    expect(isCaptionLine('本报记者　李　鑫摄影　记录乡村的变化')).toBe(false);
    expect(isCaptionLine('新华社记者　李摄')).toBe(false);
    expect(isCaptionLine('他说，这是新华社记者在现场拍摄')).toBe(false);
  });
  it('sets such a caption before a dateline apart from the paragraph under it', () => {
    const text = ['2月26日，一列满载货物的列车驶出老挝万象南站。　新华社记者　凯　乔摄', '',
      '　　新华社万象3月2日电　（记者　章　建）今年1月至2月，中老铁路跨境货物运输量达到180万吨。'].join('\n');
    expect(reflowText(text).map((b) => b.kind)).toEqual(['caption', 'body']);
  });
});
