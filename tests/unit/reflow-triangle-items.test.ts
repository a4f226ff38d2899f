// Two rules made outside the rounds for blind122's 瑞安日报 一句话新闻 column (tests/fixtures/pages/blind122-rarb122a-…):
// 1. ▲ items on print lines with no element boundary between them (plain `<br>` lines) are a list's items, as ▲ items
//    set one to an element already were, not photo captions (lib/reflow/marked-items.ts unpicturedTriangles);
// 2. a line ending on an opening mark (`…首批12个“`) goes on below whatever the rules and the scorer say
//    (lib/reflow/chars.ts endsOnOpeningMark, asked in segment.ts before them).
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText, type SourceLine } from '../../lib/reflow';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t, gap: 0, indent: false }));
const kinds = (ls: SourceLine[]): string[] => reflowLines(ls).map((b) => `${b.kind}: ${b.text}`);

describe('▲ items in one run of print lines', () => {
  const COLUMN = '▲塘下镇汽摩配产业园二期近日\n开工建设，总投资8.6亿元，建\n成后可容纳企业40余家。\n▲瑞安市人民医院互联网医院上\n线慢病续方服务，患者在线复诊\n后药品可配送到家。\n▲飞云江沿岸13公里绿道完成提\n升改造，新增休憩驿站6处。\n（记者　潘孝宇　整理）';

  it('are items of a list, each whole, when two open after a finished sentence and no picture is near', () => {
    expect(kinds(lines(COLUMN))).toEqual([
      'body: ▲塘下镇汽摩配产业园二期近日开工建设，总投资8.6亿元，建成后可容纳企业40余家。',
      'body: ▲瑞安市人民医院互联网医院上线慢病续方服务，患者在线复诊后药品可配送到家。',
      'body: ▲飞云江沿岸13公里绿道完成提升改造，新增休憩驿站6处。',
      'byline: （记者　潘孝宇　整理）',
    ]);
  });

  it('leaves a ▲ caption under its picture a caption', () => {
    const ls: SourceLine[] = [
      { text: '　　本报讯　近日，塘下镇汽摩配产业园二期开工建设，总投资8.6亿元，建成后可容纳企业40余家。', gap: 0, indent: true },
      { text: '▲产业园二期开工现场。　记者　潘孝宇　摄', gap: 1, indent: false, afterMedia: true },
      { text: '　　据悉，园区将重点引进汽摩配上下游企业。', gap: 1, indent: true },
    ];
    expect(reflowLines(ls).map((b) => b.kind)).toEqual(['body', 'caption', 'body']);
  });

  it('leaves one ▲ line in a run a caption by its words', () => {
    const one = '近日，塘下镇汽摩配产业园二期开工建设，总投资8.6亿元。\n▲图为产业园二期开工现场。记者　潘孝宇　摄';
    expect(reflowLines(lines(one)).map((b) => b.kind)).toEqual(['body', 'caption']);
  });
});

describe('a line ending on an opening mark', () => {
  it('goes on below, though the line is short of its column', () => {
    const text = '▲4月10日，瑞安市首批12个“\n15分钟便民生活圈”示范点挂牌，\n涵盖早餐店、修补铺、家政站等\n业态。\n▲塘下镇汽摩配产业园二期近日\n开工建设，总投资8.6亿元。';
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([
      '▲4月10日，瑞安市首批12个“15分钟便民生活圈”示范点挂牌，涵盖早餐店、修补铺、家政站等业态。',
      '▲塘下镇汽摩配产业园二期近日开工建设，总投资8.6亿元。',
    ]);
  });

  it('leaves a line ending on a closing mark after a sentence where it ends', () => {
    const text = '他说：“这套系统很管用。”\n目前，全市已有46个基地接入\n这套系统，覆盖面积1.8万亩。';
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual(['他说：“这套系统很管用。”', '目前，全市已有46个基地接入这套系统，覆盖面积1.8万亩。']);
  });
});
