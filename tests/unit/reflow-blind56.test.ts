// The rules the blind56 round added: a padded two-character name listed after another with 、 is one name
// (lib/reflow/signed-names.ts joinSpacedNames); an author's line with the post in brackets and a project note are
// credits (lib/reflow/author-credits.ts); a note mark after a sentence's end leaves the sentence ended
// (lib/reflow/note-marks.ts, read by endsSentence in lib/reflow/chars.ts).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { endsSentence } from '../../lib/reflow/chars';
import { isAuthorCredit } from '../../lib/reflow/author-credits';
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

describe('an author\'s line with the post in brackets, a project note (isAuthorCredit)', () => {
  it('changes: 作者：X（post）, 本文系…成果 in brackets', () => {
    expect(isAuthorCredit('作者：陈志刚（中国人民大学经济学院教授）')).toBe(true);
    expect(isAuthorCredit('作者：王　静（中共中央党校（国家行政学院）教授）')).toBe(true);
    expect(isAuthorCredit('（本文系国家社科基金重大项目“新质生产力的理论与实践研究”阶段性成果）')).toBe(true);
    expect(isAuthorCredit('（本文为教育部人文社科项目（23YJA710001）的研究成果）')).toBe(true);
    const text = ['作者：陈志刚（中国人民大学经济学院教授）', '', '　　科技创新是发展新质生产力的核心要素。', '',
      '（本文系国家社科基金重大项目“新质生产力的理论与实践研究”阶段性成果）'].join('\n');
    expect(reflowText(text).map((b) => b.kind)).toEqual(['byline', 'body', 'byline']);
  });
  it('leaves alone: prose opening 作者 or 本文, a name with no post, a project named in a sentence', () => {
    expect(isAuthorCredit('作者：这是一篇（未完）的稿子，请勿转载')).toBe(false);
    expect(isAuthorCredit('作者在书中写道（第3章）')).toBe(false);
    expect(isAuthorCredit('（本文系作者在会上的发言，有删节。）')).toBe(false);
    expect(isAuthorCredit('本文系国家社科基金项目成果')).toBe(false);
    expect(isAuthorCredit('（作者系四川省社会科学院研究员）')).toBe(false);
  });
});

describe('a note mark after a sentence\'s end (endsSentence)', () => {
  it('changes: ［2］, [3], 〔4〕 after 。 or ” leave the sentence ended', () => {
    expect(endsSentence('核心产业增加值占国内生产总值的比重已超过10%。［2］')).toBe(true);
    expect(endsSentence('马克思指出：“生产力中也包括科学。”[3]')).toBe(true);
    expect(endsSentence('这是改革的方向。〔4〕')).toBe(true);
  });
  it('leaves alone: a mark after words that end no sentence, a bracket with no digits', () => {
    expect(endsSentence('党的二十大报告指出［1］')).toBe(false);
    expect(endsSentence('比重已超过10%，［2］')).toBe(false);
    expect(endsSentence('见下表［注］')).toBe(false);
    expect(endsSentence('附件[A]')).toBe(false);
    expect(endsSentence('第［12345］')).toBe(false);
  });
  it('makes the numbered subheading after a paragraph ending in a note mark a heading', () => {
    const text = ['　　当前，前沿技术加速突破，正在重塑产业形态。数字经济核心产业的比重已超过10%。［2］', '',
      '二、以科技创新推动产业创新', '', '　　科技成果只有转化为现实生产力，才能真正发挥作用。'].join('\n');
    expect(reflowText(text).map((b) => b.kind)).toEqual(['body', 'heading', 'body']);
  });
});
