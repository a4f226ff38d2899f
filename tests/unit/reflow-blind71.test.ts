// The rules the blind71 round added (the 理论 and 评论 pages of ten Zhejiang papers).
// 1. lib/reflow/credit-place.ts authorNoteOpens (asked in join-rule.ts where an indenting page would join an unindented line,
//    and in full-stop.ts where the boundary scorer would weigh a sentence end) and authorNotesCredited (segment.ts): a line
//    opening an author's note in brackets (`（作者单位：…`, `（作者系…`, `（作者为…`) after a finished sentence stands apart,
//    though the note wraps over print lines, and the note read whole is the article's credit.
// 2. lib/reflow/lines-apart.ts plainRunHead: in print lines with no indentation and no empty line, a reader's letter signed on
//    a line of its own (`读者　钱先生`) has ended as a finished sentence has, so a short line with no mark under it and over a
//    full line of prose is the reply's head (`部门回复`, `编辑回复`).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const shown = (lines: string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind}: ${b.text}`);

// A 时评 set in print lines fourteen wide, indented, with no empty line (萧山日报's 湘湖时评).
const INDENTED = ['　　前不久，萧山一家做汽车轴', '承的企业入选国家级专精特新', '“小巨人”名单。一个小小的轴', '承，做到了细分市场全国前三。',
  '　　县域经济怎么发展？答案不', '在“大而全”，而在“专而特”。', '萧山有化纤、汽配、羽绒等一批', '特色产业，这是多年积累下来的', '家底。把家底用好，关键在创新。',
  '　　县域强，则全局活。在“特”', '字上多下功夫，县域经济的路就', '会越走越宽。'];
const INDENTED_BODY = ['body: 前不久，萧山一家做汽车轴承的企业入选国家级专精特新“小巨人”名单。一个小小的轴承，做到了细分市场全国前三。',
  'body: 县域经济怎么发展？答案不在“大而全”，而在“专而特”。萧山有化纤、汽配、羽绒等一批特色产业，这是多年积累下来的家底。把家底用好，关键在创新。',
  'body: 县域强，则全局活。在“特”字上多下功夫，县域经济的路就会越走越宽。'];
// The same in print lines fifteen wide with no indentation and no empty line, the last line full.
const PLAIN = ['一年一度的义乌小商品博览会刚落', '下帷幕，来自全球的采购商又一次', '挤满了展馆。开放的路上没有终点，', '义乌要在数字贸易上继续探路，让',
  '“小商品”撬动更大的开放，走得更远。'];
const PLAIN_BODY = 'body: 一年一度的义乌小商品博览会刚落下帷幕，来自全球的采购商又一次挤满了展馆。开放的路上没有终点，义乌要在数字贸易上继续探路，让“小商品”撬动更大的开放，走得更远。';

describe('an author\'s note in brackets opening a line after a finished sentence (authorNoteOpens)', () => {
  it('changes: a note wrapped over two lines on an indenting page stands apart, the article\'s credit', () => {
    expect(shown([...INDENTED, '（作者单位：中共杭州市萧山区', '委党校）'])).toEqual([...INDENTED_BODY, 'byline: （作者单位：中共杭州市萧山区委党校）']);
    expect(shown([...INDENTED, '（作者系浙江省社会科学院研究', '员）'])).toEqual([...INDENTED_BODY, 'byline: （作者系浙江省社会科学院研究员）']);
  });
  it('changes: so where no indentation or empty line marks paragraphs and the sentence ended on a full line', () => {
    expect(shown([...PLAIN, '（作者单位：金华市委党校经济', '学教研部）'])).toEqual([PLAIN_BODY, 'byline: （作者单位：金华市委党校经济学教研部）']);
  });
  it('leaves alone: a bracket that is no author\'s note, a note after an unfinished sentence, an author named inside a sentence', () => {
    // a bracketed aside going on from the sentence (not after a sentence end)
    expect(shown([...INDENTED.slice(0, -1), '会越走越宽，', '（作者系本报特约评论员）也这', '样认为。'])).toEqual([...INDENTED_BODY.slice(0, 2),
      'body: 县域强，则全局活。在“特”字上多下功夫，县域经济的路就会越走越宽，（作者系本报特约评论员）也这样认为。']);
    // a line opening with a bracket that is no author's note: an indenting page joins it as before
    expect(shown([...INDENTED, '（本报记者　王　婷　整理）的材', '料显示，县域经济持续向好。'])).toEqual([
      ...INDENTED_BODY.slice(0, 2), 'body: 县域强，则全局活。在“特”字上多下功夫，县域经济的路就会越走越宽。（本报记者　王　婷　整理）的材料显示，县域经济持续向好。']);
    // 作者 opening a sentence, not a bracket
    expect(shown([...INDENTED, '作者单位的同事也这样认为，县', '域经济要靠创新。'])).toEqual([
      ...INDENTED_BODY.slice(0, 2), 'body: 县域强，则全局活。在“特”字上多下功夫，县域经济的路就会越走越宽。作者单位的同事也这样认为，县域经济要靠创新。']);
  });
});

// A 读者来信 in print lines twenty wide with no indentation and no empty line (湖州日报's 民生 page).
const LETTER = ['编辑同志：', '我是长兴县水口乡的村民，在县城上班。村里', '的公交车每天只有早晚两班，错过了就只能打', '车，一趟要花五六十元。希望有关部门能增开', '几个班次。'];
const REPLY = ['您好！您反映的问题已收悉。经调研，我们计', '划从明年1月起，在水口乡至县城线路上增开', '4个班次，并在节假日开通定制公交。感谢您对', '城乡公交一体化工作的关心和支持。'];
const LETTER_BODY = ['body: 编辑同志：', 'body: 我是长兴县水口乡的村民，在县城上班。村里的公交车每天只有早晚两班，错过了就只能打车，一趟要花五六十元。希望有关部门能增开几个班次。'];
const REPLY_BODY = '您好！您反映的问题已收悉。经调研，我们计划从明年1月起，在水口乡至县城线路上增开4个班次，并在节假日开通定制公交。感谢您对城乡公交一体化工作的关心和支持。';

describe('a head under a reader\'s signature in print lines with no mark of a paragraph (plainRunHead)', () => {
  it('changes: the reply\'s head after 读者　X stands apart', () => {
    expect(shown([...LETTER, '读者　钱先生', '部门回复', ...REPLY])).toEqual([...LETTER_BODY, 'byline: 读者　钱先生', 'heading: 部门回复', `body: ${REPLY_BODY}`]);
    expect(shown([...LETTER, '网友　李明', '编辑回复', ...REPLY])).toEqual([...LETTER_BODY, 'byline: 网友　李明', 'heading: 编辑回复', `body: ${REPLY_BODY}`]);
  });
  it('leaves alone: a line with a mark under the signature, and a short line under a line that is no reader\'s signature', () => {
    expect(shown([...LETTER, '读者　钱先生', '部门回复：', ...REPLY])).toEqual([...LETTER_BODY, 'byline: 读者　钱先生', 'body: 部门回复：', `body: ${REPLY_BODY}`]);
    expect(shown([...LETTER, '读者来信', '部门回复', ...REPLY]).some((b) => b.startsWith('heading'))).toBe(false);
    expect(shown([...LETTER, '作者　钱先生', '部门回复', ...REPLY]).some((b) => b.startsWith('heading'))).toBe(false);
  });
});
