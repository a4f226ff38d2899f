// A caption over its photographer's credit alone, with no picture in the markup (`captionOverCreditAlone` in
// lib/reflow/credit-alone.ts): a whole sentence on a print line or element of its own, wider than the column measured
// around it, right over a credit alone (`…整地备耕。` / `本报记者　方　舟　摄`) is the caption the credit signs, each a
// caption of its own; a paragraph's last line over such a credit stays the paragraph's. Snippets written for these tests
// in the shapes of the blind157 湖北日报 and 钱江晚报 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import type { SourceLine } from '../../lib/reflow/types';

// <br> print lines eighteen wide, not indented, an empty line after each paragraph.
const A = ['记者从市农业农村局获悉，全市今年计划', '新建高标准农田十二万亩，目前已完成', '整地六万多亩。'];
const B = ['今年，全市还将组织农技人员下沉一线，', '开展春耕技术服务，培训种粮农民五千多', '人次。'];
const BODY_A = { kind: 'body', text: '记者从市农业农村局获悉，全市今年计划新建高标准农田十二万亩，目前已完成整地六万多亩。' };
const BODY_B = { kind: 'body', text: '今年，全市还将组织农技人员下沉一线，开展春耕技术服务，培训种粮农民五千多人次。' };
const CREDIT = '本报记者　方　舟　摄';

// <p> per print line fifteen wide, paragraphs indented.
const line = (text: string): SourceLine => ({ text, gap: 1, indent: text.startsWith('　　'), afterMedia: false });
const kinds = (ls: string[]): string[] => reflowLines(ls.map(line), { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);
const C = ['　　凌晨四点，杭州城还在沉睡，', '位于拱墅区的公交停车场里已经亮', '起了灯。52岁的驾驶员老许绕着车', '身走了一圈，检查轮胎、灯光和车', '门。'];
const E = ['　　老许开公交已经二十三年，其中', '有十一年开的是首班车。一位阿姨上', '车跟老许打招呼：“许师傅，今天又', '是你啊。”'];
const D = ['　　开首班车，最难的是冬天。天', '冷路滑，还要提前预热车辆、除霜', '除雾。'];
const body = (ls: string[]): string => `body: ${ls.join('').replace(/^　　/u, '')}`;

describe('a whole sentence wider than the column over a photographer\'s credit alone', () => {
  it('is a caption, its credit a caption of its own, between <br> paragraphs with empty lines', () => {
    const text = [...A, '', '3月2日，东湖镇一处高标准农田里，农机手驾驶旋耕机整地备耕。', CREDIT, '', ...B].join('\n');
    expect(reflowText(text)).toEqual([
      BODY_A,
      { kind: 'caption', text: '3月2日，东湖镇一处高标准农田里，农机手驾驶旋耕机整地备耕。' },
      { kind: 'caption', text: CREDIT },
      BODY_B,
    ]);
  });

  it('is a caption in an unindented element of its own, not joined onto the finished paragraph before it', () => {
    expect(kinds([...C, ...E, '凌晨，公交驾驶员在发车前检查车辆。', '记者　吴　越　摄', ...D])).toEqual([
      body(C), body(E), 'caption: 凌晨，公交驾驶员在发车前检查车辆。', 'caption: 记者　吴　越　摄', body(D),
    ]);
  });

  it('leaves a paragraph\'s last line over a credit alone to its paragraph', () => {
    expect(reflowText([...A, CREDIT, '', ...B].join('\n'))).toEqual([BODY_A, { kind: 'caption', text: CREDIT }, BODY_B]);
    const F = ['　　老许开公交已经二十三年，其中', '有十一年开的是首班车。'];
    expect(kinds([...C, ...F, '记者　吴　越　摄', ...D])).toEqual([body(C), body(F), 'caption: 记者　吴　越　摄', body(D)]);
  });

  it('leaves a wide line that does not finish its sentence to what it was', () => {
    const text = [...A, '', '3月2日，东湖镇一处高标准农田里，农机手驾驶旋耕机整地', CREDIT, '', ...B].join('\n');
    expect(reflowText(text).some((b) => b.kind === 'caption' && b.text === '3月2日，东湖镇一处高标准农田里，农机手驾驶旋耕机整地')).toBe(false);
  });
});

// A caption set before its picture's place (`…风筝。（大众日报记者　X　摄）` / <img>), the blind160 大众日报 shape: the indented
// line under the picture whose run goes on opens the paragraph after it (the `captionedBefore` test in lib/reflow/segment.ts).
describe('an indented line under a picture whose caption stands above it', () => {
  const pic = (below: SourceLine[]): SourceLine[] => [
    { text: '　　第二十届国际风筝会昨日开幕，来', gap: 1, indent: true, afterMedia: false },
    { text: '自各地的三百多名风筝爱好者同台竞技。', gap: 0, indent: false, afterMedia: false },
    { text: '参赛选手在海滩上放飞一只长达两百米', gap: 1, indent: false, afterMedia: false },
    { text: '的“龙头蜈蚣”风筝。（本报记者　孙　静　摄）', gap: 0, indent: false, afterMedia: false },
    ...below,
  ];
  const out = (ls: SourceLine[]): string[] => reflowLines(ls, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);
  const HEAD = ['body: 第二十届国际风筝会昨日开幕，来自各地的三百多名风筝爱好者同台竞技。', 'caption: 参赛选手在海滩上放飞一只长达两百米的“龙头蜈蚣”风筝。（本报记者　孙　静　摄）'];

  it('opens the paragraph under the picture, not a second caption', () => {
    const below: SourceLine[] = [
      { text: '　　本届比赛设置了软体风筝、串类风筝、', gap: 1, indent: true, afterMedia: true },
      { text: '特技风筝等六个项目，游客还可以跟着老', gap: 0, indent: false, afterMedia: false },
      { text: '艺人学扎风筝。', gap: 0, indent: false, afterMedia: false },
    ];
    expect(out(pic(below))).toEqual([...HEAD, 'body: 本届比赛设置了软体风筝、串类风筝、特技风筝等六个项目，游客还可以跟着老艺人学扎风筝。']);
  });

  it('leaves alone a short line under a picture with no caption above it', () => {
    const ls: SourceLine[] = [
      { text: '　　第二十届国际风筝会昨日开幕，来', gap: 1, indent: true, afterMedia: false },
      { text: '自各地的三百多名风筝爱好者同台竞技。', gap: 0, indent: false, afterMedia: false },
      { text: '选手在海滩上放飞风筝', gap: 1, indent: false, afterMedia: true },
      { text: '　　本届比赛设置了软体风筝、串类风筝、', gap: 1, indent: true, afterMedia: false },
      { text: '特技风筝等六个项目。', gap: 0, indent: false, afterMedia: false },
    ];
    expect(out(ls)).toContain('caption: 选手在海滩上放飞风筝');
  });
});
