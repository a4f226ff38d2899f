// The rules the blind56 round added: a padded two-character name listed after another with 、 is one name
// (lib/reflow/signed-names.ts joinSpacedNames).
import { describe, expect, it } from 'vitest';
import { isRoleByline } from '../../lib/reflow/classify';
import { joinSpacedNames } from '../../lib/reflow/signed-names';

describe('a padded name listed after another with 、 (joinSpacedNames)', () => {
  it('changes: the padded name after 、 is joined, and the line is a byline', () => {
    expect(joinSpacedNames('人民日报记者　丁怡婷、王　浩')).toBe('人民日报记者　丁怡婷、王浩');
    expect(joinSpacedNames('新华社记者　李　明、张　伟')).toBe('新华社记者　李明、张伟');
    expect(isRoleByline('人民日报记者　丁怡婷、王　浩')).toBe(true);
    expect(isRoleByline('光明日报记者　陈海波、周　洁')).toBe(true);
  });
  it('leaves alone: lone characters listed with 、 and no space, a sentence with 、', () => {
    expect(joinSpacedNames('甲、乙、丙三方')).toBe('甲、乙、丙三方');
    expect(joinSpacedNames('东、西、南、北　四个方向')).toBe('东、西、南、北　四个方向');
    expect(isRoleByline('记者从住房和城乡建设部、财政部获悉，今年已开工')).toBe(false);
  });
});
