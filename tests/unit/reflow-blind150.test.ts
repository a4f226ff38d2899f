// The rules of the round the blind150 pages asked for (tests/fixtures/pages/blind150-*, short articles on the Zhejiang
// city papers). Snippets written for these tests in the pages' shapes; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import type { SourceLine } from '../../lib/reflow/types';

// 绍兴日报 简讯 (pre-wrap fifteen wide, not indented): a brief column's items each open with `▲` and close with their
// credit in brackets, the credit often cut by the line end or set alone on a line. The line closing an item's credit
// counts as an item's end, as a line ending a sentence does, so `▲` items two or more are a list's items, not captions
// (lib/reflow/marked-items.ts closesCredit).
describe('▲ items of a brief column, each closed by its bracketed credit, in print lines with no element boundary', () => {
  it('gives each item whole, its credit in it, none taken for a picture caption', () => {
    const text = [
      '▲ 柯桥区齐贤街道日前开展夏季', '防汛应急演练，200余名干部群众', '参加，演练持续两个小时。（通讯', '员　李　明）',
      '▲ 柯桥区图书馆新增24小时自助', '借阅点3处，市民刷身份证即可借还', '图书，方便上班族在下班后借阅。', '（记者　赵　雪）',
      '▲ 安昌古镇腊味文化节日前开幕，', '30余家商户现场展销。（通讯员', '周　洁）',
    ].join('\n');
    expect(reflowText(text)).toEqual([
      { kind: 'body', text: '▲ 柯桥区齐贤街道日前开展夏季防汛应急演练，200余名干部群众参加，演练持续两个小时。（通讯员　李　明）' },
      { kind: 'body', text: '▲ 柯桥区图书馆新增24小时自助借阅点3处，市民刷身份证即可借还图书，方便上班族在下班后借阅。（记者　赵　雪）' },
      { kind: 'body', text: '▲ 安昌古镇腊味文化节日前开幕，30余家商户现场展销。（通讯员周　洁）' },
    ]);
  });
  it('leaves `▲` captions closed by a picture credit (`…摄）`) under a paragraph as captions', () => {
    const text = [
      '　　本报讯　安昌古镇腊味文化节日', '前开幕，30余家商户现场展销腊肠、', '酱鸭等传统腊味，吸引大批游客。',
      '▲ 游客在古镇石桥上拍照留念。（记', '者　赵　雪　摄）', '▲ 商户在现场制作传统腊肠。（通讯', '员　周　洁　摄）',
    ].join('\n');
    const captions = reflowText(text).filter((b) => b.kind === 'caption');
    expect(captions.length).toBe(2);
    expect(captions.every((b) => b.text.startsWith('▲'))).toBe(true);
  });
  it('keeps a cut picture credit with its `▲` caption where the captions open the text (a picture column with no lead)', () => {
    // The credit closing the first caption (`（记` / `者　赵　雪　摄）`) closes it as an item's credit does: the next `▲` line
    // opens the next caption, and the credit's second line stays in the first (it came out as a body of its own when a
    // picture's credit did not count).
    const text = ['▲ 游客在古镇石桥上拍照留念。（记', '者　赵　雪　摄）', '▲ 商户在现场制作传统腊肠。（通讯', '员　周　洁　摄）'].join('\n');
    expect(reflowText(text)).toEqual([
      { kind: 'caption', text: '▲ 游客在古镇石桥上拍照留念。（记者　赵　雪　摄）' },
      { kind: 'caption', text: '▲ 商户在现场制作传统腊肠。（通讯员　周　洁　摄）' },
    ]);
  });
});

// 温州日报 图片新闻 (one <p> per print line sixteen wide, not indented): the caption paragraph under the picture runs over
// five print lines to its credit, past a sentence end inside it (`赏杜鹃花。眼下，…`); its lines are the caption's as far
// as a caption's words go (lib/reflow/credit-captions.ts captionRestEnd: the 100-character bound, not three lines).
describe('a picture\'s caption paragraph cut over five print lines to its credit', () => {
  const line = (text: string, afterMedia = false): SourceLine => ({ text, gap: 1, indent: text.startsWith('　　'), afterMedia });
  const kinds = (lines: SourceLine[]): string[] => reflowLines(lines, { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s/gu, '')}`);
  const after = ['　　本报讯（记者　叶　晨）　据景', '区管理处介绍，今年园内共有杜鹃', '品种40余个，花期将持续到5月上旬。'];
  const body = `body: ${after.join('').replace(/\s/gu, '')}`;

  it('gives the whole caption, its credit in it, and the paragraph under it', () => {
    const cap = ['4月17日，市民在鹿城区江心屿公园', '赏杜鹃花。眼下，园内3万余株杜鹃', '进入盛花期，红的、粉的、白的花朵', '竞相绽放，吸引众多市民游客前来观', '赏。（记者　叶　晨　摄）'];
    expect(kinds([line(cap[0] as string, true), ...cap.slice(1).map((t) => line(t)), ...after.map((t) => line(t))])).toEqual([
      `caption: ${cap.join('').replace(/\s/gu, '')}`, body,
    ]);
  });

  it('leaves alone words under a picture that run past a caption\'s length before any credit', () => {
    const long = ['4月17日，市民在鹿城区江心屿公园', '赏杜鹃花。眼下，园内3万余株杜鹃', '进入盛花期，红的、粉的、白的花朵', '竞相绽放，吸引众多市民游客前来观', '赏。景区工作人员介绍，今年园内', '新栽杜鹃2000余株，品种较往年', '增加了十余个（记者　叶　晨　摄）'];
    const got = kinds([line(long[0] as string, true), ...long.slice(1).map((t) => line(t)), ...after.map((t) => line(t))]);
    expect(got.some((b) => b === `caption: ${long.join('').replace(/\s/gu, '')}`)).toBe(false);
  });
});
