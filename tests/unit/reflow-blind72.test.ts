// The rule the blind72 round added. lib/reflow/credit-captions.ts (asked in segment.ts before the join rules and the scorer,
// and over the finished blocks): a photo caption printed over several print lines, its credit on the last (`…跑步。记者` /
// `陈　旭　摄`, `…夜景。（记者　潘　虹` / `摄）`, `本组图片由记者　方　斌　通讯` / `员　李　晨　摄`), ends where its credit ends, and
// is a caption, not body.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { creditEndsCaption, endsInPhotoCredit } from '../../lib/reflow/credit-captions';
import { measure } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';

const lines = (...texts: string[]) => measure(texts.map((text): SourceLine => ({ text, gap: 0, indent: text.startsWith('　') })));
const blocks = (...texts: string[]): string[] => reflowText(texts.join('\n')).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`);

describe('a paragraph ending in a photo credit (endsInPhotoCredit)', () => {
  it('changes: a caption with its credit last, glued, padded, in brackets, a 组图 credit, a supplier', () => {
    expect(endsInPhotoCredit('12月25日，上虞区曹娥江边，市民在新建成的滨江绿道上跑步。记者　陈　旭　摄')).toBe(true);
    expect(endsInPhotoCredit('瓯江北口大桥夜景。（记者　潘　虹摄）')).toBe(true);
    expect(endsInPhotoCredit('本组图片由记者　方　斌　通讯员　李　晨　摄')).toBe(true);
    expect(endsInPhotoCredit('雾凇挂满枝头，宛如琼花玉树。（图片由浦江县融媒体中心提供）')).toBe(true);
  });
  it('leaves alone: a brief opening with its dateline, a caption only by its opening mark, an agency credit, no credit, a byline, too long', () => {
    expect(endsInPhotoCredit('本报讯　近日，绿道二期工程完工开放。记者　陈　旭　摄')).toBe(false);
    expect(endsInPhotoCredit('▲聚焦民生改善。新增城镇就业3500人。')).toBe(false);
    expect(endsInPhotoCredit('图为旅客在T3航站楼自助值机区办理值机手续。')).toBe(false);
    expect(endsInPhotoCredit('12月25日，首趟列车从义乌站驶出。　新华社发')).toBe(false);
    expect(endsInPhotoCredit('绿道沿线设置了休息驿站、健身器材和智能照明。')).toBe(false);
    expect(endsInPhotoCredit('记者　张一鸣　文/摄')).toBe(false);
    expect(endsInPhotoCredit(`${'市民在绿道上跑步，'.repeat(40)}记者　陈　旭　摄`)).toBe(false);
  });
});

describe('a caption over print lines ends where its credit ends (creditEndsCaption)', () => {
  it('changes: the line after the credit starts anew', () => {
    const ls = lines('12月25日，上虞区曹娥江边，市民', '在新建成的滨江绿道上跑步。记者', '陈　旭　摄', '本报讯　近日，曹娥江滨江绿道二');
    expect(creditEndsCaption('12月25日，上虞区曹娥江边，市民在新建成的滨江绿道上跑步。记者陈　旭　摄', ls.slice(0, 3), ls[3]!)).toBe(true);
  });
  it('leaves alone: a word the line end cut after 摄, a last line with no credit, a brief', () => {
    const ls = lines('市民在展厅里驻足观看。本报记者王明摄', '影作品展将持续到月底。');
    expect(creditEndsCaption('市民在展厅里驻足观看。本报记者王明摄', ls.slice(0, 1), ls[1]!)).toBe(false);
    const two = lines('12月25日，上虞区曹娥江边，市民', '在新建成的滨江绿道上跑步。');
    expect(creditEndsCaption('12月25日，上虞区曹娥江边，市民', two.slice(0, 1), two[1]!)).toBe(false);
    const brief = lines('本报讯　近日，绿道二期工程完工。记者', '陈　旭　摄', '绿道沿线设置了休息驿站。');
    expect(creditEndsCaption('本报讯　近日，绿道二期工程完工。记者陈　旭　摄', brief.slice(0, 2), brief[2]!)).toBe(false);
  });
});

describe('in print lines', () => {
  it('parts a caption over three lines from the 本报讯 paragraph under it and calls it a caption (pre-wrap, fifteen wide)', () => {
    expect(blocks('12月25日，上虞区曹娥江边，市民', '在新建成的滨江绿道上跑步。记者', '　陈　旭　摄'.trim(), '本报讯　近日，曹娥江滨江绿道二', '期工程完工开放。新开放的绿道长',
      '约6公里，串起了沿江的3个公园和', '2个亲水平台。')).toEqual([
      'caption: 12月25日，上虞区曹娥江边，市民在新建成的滨江绿道上跑步。记者陈旭摄',
      'body: 本报讯近日，曹娥江滨江绿道二期工程完工开放。新开放的绿道长约6公里，串起了沿江的3个公园和2个亲水平台。',
    ]);
  });
  it('calls a caption whose bracketed credit the line end cut a caption, and a 组图 credit over two lines', () => {
    const out = blocks('　　夜幕降临，大桥上的景观灯亮起，', '与江面倒影交相辉映。', '瓯江北口大桥夜景。（记者　潘　虹', '摄）');
    expect(out[out.length - 1]).toBe('caption: 瓯江北口大桥夜景。（记者潘虹摄）');
    expect(blocks('图③　推独轮车项目现场，观众', '为选手加油助威。', '本组图片由记者　方　斌　通讯', '员　李　晨　摄').pop()).toBe('caption: 本组图片由记者方斌通讯员李晨摄');
  });
  it('leaves alone: a paragraph going on after 摄 cut from its word, a brief signed by a photographer', () => {
    expect(blocks('　　受寒潮影响，今天最低气温将降至零下5摄', '氏度，请市民注意防寒保暖。')).toEqual(['body: 受寒潮影响，今天最低气温将降至零下5摄氏度，请市民注意防寒保暖。']);
    expect(blocks('本报讯　近日，绿道二期工程完工开', '放，市民可以在这里散步。记者', '陈　旭　摄')).toEqual(['body: 本报讯近日，绿道二期工程完工开放，市民可以在这里散步。记者陈旭摄']);
  });
});
