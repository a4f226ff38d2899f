// Credit forms from what the blind160 pages showed (tests/fixtures/pages/blind160-*, npm run score:blind): a
// photographer's credit alone on a print line that names the agency or paper before 记者 (`新华社记者　X　摄`,
// `湖北日报全媒记者　X　摄`) or puts the name after 图/ (`图/钱　晨`), and a credit glued right after the caption's sentence
// as name, slash and 摄 (`…拍照。金　涛/摄`), end the caption above them or the caption they close
// (isPhotoCreditLine and CAPTION_PATTERNS in lib/reflow/classify.ts, the credit-alone step in lib/reflow/segment.ts). With
// the lines it must leave alone. Snippets written for these tests in the shape of the blind160 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowLines } from '../../lib/reflow';
import type { SourceLine } from '../../lib/reflow/types';

/** One print line: in an element of its own (`gap` 1) or in a run of <br> lines (`gap` 0), indented or not, under a picture or not. */
const line = (text: string, gap = 1, afterMedia = false): SourceLine => ({ text, gap, indent: text.startsWith('　　'), afterMedia });
const kinds = (lines: SourceLine[]): string[] => reflowLines(lines, { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s/gu, '')}`);

// Print lines sixteen wide ending in <br>, paragraphs indented, no empty line.
const P1 = ['　　记者从市园林部门获悉，环湖', '绿道今年春天完成提升改造，新增', '驿站6个、观景平台3处。'];
const P2 = ['　　“绿道修好以后，周末常带孩', '子来骑车。”市民王女士说。'];
const body = (ls: string[]): string => `body: ${ls.join('').replace(/\s/gu, '')}`;
const br = (ls: string[]): SourceLine[] => ls.map((t) => line(t, 0));

describe('a photographer\'s credit alone under a caption, in forms the credit patterns left out', () => {
  it('ends a caption cut over two lines: the agency before 记者 (`新华社记者　X　摄`)', () => {
    const cap = [line('4月2日，市民在环湖绿道上骑行', 0, true), line('赏花。', 0), line('新华社记者　周　亮　摄', 0)];
    expect(kinds([...br(P1), ...cap, ...br(P2)])).toEqual([body(P1), 'caption: 4月2日，市民在环湖绿道上骑行赏花。新华社记者周亮摄', body(P2)]);
  });

  it('ends a caption cut over two lines: the paper and its 全媒 before 记者 (`湖北日报全媒记者　X　摄`)', () => {
    const cap = [line('4月2日，市民在环湖绿道上骑行', 0, true), line('赏花。', 0), line('湖北日报全媒记者　周　亮　摄', 0)];
    expect(kinds([...br(P1), ...cap, ...br(P2)])).toEqual([body(P1), 'caption: 4月2日，市民在环湖绿道上骑行赏花。湖北日报全媒记者周亮摄', body(P2)]);
  });

  it('ends a one-line caption under a picture: the name after 图/ (`图/钱　晨`)', () => {
    const cap = [line('市民在环湖绿道的驿站里休息。', 0, true), line('图/钱　晨', 0)];
    expect(kinds([...br(P1), ...cap, ...br(P2)])).toEqual([body(P1), 'caption: 市民在环湖绿道的驿站里休息。图/钱晨', body(P2)]);
  });

  it('ends a caption cut over two lines when glued to its sentence as name, slash and 摄 (`…拍照。金　涛/摄`)', () => {
    const cap = [line('提升改造后的环湖绿道，游客在', 0, true), line('观景平台拍照。金　涛/摄', 0)];
    expect(kinds([...br(P1), ...cap, ...br(P2)])).toEqual([body(P1), 'caption: 提升改造后的环湖绿道，游客在观景平台拍照。金涛/摄', body(P2)]);
  });

  it('leaves alone a story\'s 图/文 credit and a reporter\'s byline with no 摄 at the top', () => {
    expect(kinds([line('图/文　本报记者　周　亮', 0), ...br(P1), ...br(P2)])).toEqual(['byline: 图/文本报记者周亮', body(P1), body(P2)]);
    expect(kinds([line('新华日报记者　周　亮', 0), ...br(P1), ...br(P2)])).toEqual(['byline: 新华日报记者周亮', body(P1), body(P2)]);
  });

  it('leaves alone a 图/文 credit under a caption, and a caption\'s line after a paragraph with no picture', () => {
    const cap = [line('市民在环湖绿道的驿站里休息。', 0, true), line('图/文　钱　晨', 0)];
    expect(kinds([...br(P1), ...cap, ...br(P2)])).not.toContain('caption: 市民在环湖绿道的驿站里休息。图/文钱晨');
    expect(kinds([...br(P1), line('图/钱　晨', 0), ...br(P2)])).not.toContain(`caption: ${P1.join('').replace(/\s/gu, '')}图/钱晨`);
  });
});

// A 组图's numbered caption cut over two print lines over the group's credit alone in the same run (`captionRestEnd` in
// lib/reflow/credit-captions.ts, from the blind160 都市快报 page): the caption ends at its finished sentence.
describe('a 组图\'s numbered caption cut over two lines over the group\'s credit', () => {
  const pre = (ls: string[], first: boolean): SourceLine[] => ls.map((t, k) => line(t, k === 0 ? 1 : 0, first && k === 0));
  const LEAD = ['　　快报讯　4月6日，全市中小学生', '龙舟邀请赛在湘湖开赛。'];

  it('ends the caption at its sentence, the credit a caption of its own', () => {
    const lines = [...pre(LEAD, false), ...pre(['图①　选手们奋力划桨，冲向终点。'], true), ...pre(['图②　赛前，选手们在龙舟上进行', '“点睛”仪式。', '本组图片由记者　王　川　摄'], true)];
    expect(kinds(lines)).toEqual([body(LEAD), 'caption: 图①选手们奋力划桨，冲向终点。', 'caption: 图②赛前，选手们在龙舟上进行“点睛”仪式。', 'caption: 本组图片由记者王川摄']);
  });

  it('leaves alone a numbered caption whose next line is no group credit', () => {
    const lines = [...pre(LEAD, false), ...pre(['图①　赛前，选手们在龙舟上进行', '“点睛”仪式。', '比赛共有32支队伍参加。'], true)];
    expect(kinds(lines)).not.toContain('caption: 图①赛前，选手们在龙舟上进行“点睛”仪式。');
  });
});
