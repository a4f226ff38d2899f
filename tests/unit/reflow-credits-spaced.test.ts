// Bylines in the forms the blind11 pages showed: two-character names printed with a space between
// their characters (`何 亮`, `□ 晏 秋`: print pads a two-character name to the width of three),
// `文/图` before a 融媒体记者, and a medium's 首席记者 followed by a 见习记者 or 实习生 — bylines, never
// headlines; a heading spaced the same way, or a column label, stays what it was. And captions
// credited without brackets after their sentence (`…乘车。新华社发`, `…夜景。视觉中国`,
// `…笔记。受访者供图`, `…心得。新民晚报记者 陆 敏 摄`), known by their wording in print text too.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isCaptionLine, isRoleByline } from '../../lib/reflow/classify';

describe('bylines with spaced names and more roles', () => {
  it.each([
    '□ 晏 秋',
    '■ 何 亮 汪 诚',
    '文/图 本报融媒体记者 周 渝 实习生 苏 晴',
    '文/图 本报融媒体记者 周渝 实习生 苏晴',
    '全媒体记者 陈 露',
    '新民晚报首席记者 吴 翔 见习记者 顾 佳',
    '新民晚报首席记者 吴翔 见习记者 顾佳',
    '羊城晚报全媒体记者 张晓燕 实习生 李 可',
    '本报记者 孙 红 通讯员 李 思 王 磊',
  ])('reads %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(true);
  });

  it.each([
    '□ 小 结',
    '春 华 秋 实',
    '记者 手 记',
    '□ 记 者 手 记',
    '新民晚报首席记者 吴 翔 见习记者 顾 佳 报道，今天上午',
    '新民晚报首席记者吴翔见习记者顾佳在社区走访时了解到',
  ])('does not read %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(false);
  });

  it('gives a commentary signed with a spaced pen name its byline, not a headline', () => {
    const body = '近日，多地出台校外托管机构管理办法，对俗称“小饭桌”的午托、晚托机构提出了食品安全、消防安全和人员资质等方面的具体要求。';
    const out = reflowText(['□ 晏 秋', '', body, '', '（作者系高校教师）'].join('\n'), { punctuation: false });
    expect(out).toEqual([
      { kind: 'byline', text: '□ 晏 秋' },
      { kind: 'body', text: body },
      { kind: 'byline', text: '（作者系高校教师）' },
    ]);
  });
});

describe('captions credited without brackets', () => {
  it.each([
    '12月18日，读书会成员在社区图书室分享读书心得。新民晚报记者 陆 敏 摄',
    '读书会成员的读书笔记。受访者供图',
    '深圳前海片区夜景。视觉中国',
    '旅客在广州东站乘车。新华社发',
    '市民在江边观赏焰火。 新华社记者刘艺发',
    '老城区改造前的街景。资料图片',
    '游客在景区拍照留念。IC photo',
  ])('reads %s as a caption', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    '这组照片由新华社发布。',
    '“我最喜欢的图片网站是视觉中国。”',
    '记者从视觉中国获悉，该平台今年新增签约摄影师2000名。',
    '资料图片显示，老城区改造前街道狭窄。',
    '受访者供图的照片记录了读书会十年的变化，大家都很珍惜。',
  ])('does not read %s as a caption', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });

  it('keeps such a caption out of the paragraph printed under it', () => {
    const body = '十年间，读书会共读了200多本书，成员们写下的读书笔记摞起来有半人高。';
    const text = ['读书会成员的读书笔记。受访者供图', '', '十年间，读书会共读了200多', '本书，成员们写下的读书笔记', '摞起来有半人高。'].join('\n');
    expect(reflowText(text, { punctuation: false })).toEqual([
      { kind: 'caption', text: '读书会成员的读书笔记。受访者供图' },
      { kind: 'body', text: body },
    ]);
  });
});
