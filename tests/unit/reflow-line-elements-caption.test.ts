// A page set one print line to an element (`<p>` per print line) with a picture and its caption before the body, as the pad
// template prints them (blind125's 慈溪日报 page, tests/fixtures/pages/blind125-cxrb125a-…): the caption, set to the picture's
// width, is no print line, so it does not stop the page being read as one print line to an element
// (lib/reflow/line-elements.ts isLinePerElement).
import { describe, expect, it } from 'vitest';
import { reflowLines, type SourceLine } from '../../lib/reflow';
import { isLinePerElement } from '../../lib/reflow/line-elements';

const CAPTION = '横河镇一处茶园基地，茶农在查看水肥一体化设备。记者　胡　杰　摄';
/** Print lines fifteen wide, each a `<p>` of its own (gap 1), paragraphs opened by indentation. */
const PRINT = [
  ['　　本报讯（记者　胡　杰）　离', true], ['春茶开采还有一个多月，横河镇的', false], ['茶山上已经忙碌起来。不过和往', false],
  ['年不同的是，今年不少茶农管理茶', false], ['园，靠的是手机上的一个小程序。', false],
  ['　　这套茶园数字化管理系统由市', true], ['农业农村局联合科研院所开发，在', false], ['茶园里布设土壤墒情传感器、小', false],
  ['型气象站和虫情测报灯，实时采集', false], ['温度、湿度、土壤含水量等数据。', false], ['一旦出现干旱、霜冻或者病虫害苗', false],
  ['头，系统就会自动给茶农发送预警', false], ['信息，并推送相应的管护建议。', false],
] as const;
const body: SourceLine[] = PRINT.map(([text, indent]) => ({ text: text.trim(), gap: 1, indent }));

describe('a caption under a picture before a body of one print line to an element', () => {
  const withCaption: SourceLine[] = [{ text: CAPTION, gap: 0, indent: false, afterMedia: true }, ...body];

  it('leaves the page read as one print line to an element', () => {
    expect(isLinePerElement(withCaption)).toBe(true);
    // The same line without its credit, not under a picture, is text of the page, wider than its column: the page is not one
    // line to an element. (With its credit it is a caption wherever it stands: tests/unit/reflow-blind135.test.ts.)
    expect(isLinePerElement([{ text: CAPTION.replace(/。.*$/u, '，茶农们忙着查看设备的运行情况。'), gap: 0, indent: false }, ...body])).toBe(false);
  });

  it('gives the caption, then the paragraphs whole', () => {
    const blocks = reflowLines(withCaption).map((b) => `${b.kind}: ${b.text}`);
    expect(blocks).toEqual([
      `caption: ${CAPTION}`,
      'body: 本报讯（记者　胡　杰）　离春茶开采还有一个多月，横河镇的茶山上已经忙碌起来。不过和往年不同的是，今年不少茶农管理茶园，靠的是手机上的一个小程序。',
      'body: 这套茶园数字化管理系统由市农业农村局联合科研院所开发，在茶园里布设土壤墒情传感器、小型气象站和虫情测报灯，实时采集温度、湿度、土壤含水量等数据。一旦出现干旱、霜冻或者病虫害苗头，系统就会自动给茶农发送预警信息，并推送相应的管护建议。',
    ]);
  });

  it('still reads a page whose elements are paragraphs as such, a caption under its picture or not', () => {
    const paragraphs: SourceLine[] = [
      { text: CAPTION, gap: 0, indent: false, afterMedia: true },
      ...['本报讯　春茶开采在即，横河镇的茶山上已经忙碌起来，不少茶农靠手机上的一个小程序管理茶园。', '这套系统由市农业农村局联合科研院所开发，实时采集温度、湿度等数据。', '一旦出现干旱、霜冻或者病虫害苗头，系统就会自动给茶农发送预警信息。'].map((text) => ({ text, gap: 1, indent: true })),
    ];
    expect(isLinePerElement(paragraphs)).toBe(false);
    expect(reflowLines(paragraphs).map((b) => b.kind)).toEqual(['caption', 'body', 'body', 'body']);
  });
});
