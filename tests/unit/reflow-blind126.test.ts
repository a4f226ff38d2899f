// The rules the blind126 round added.
// lib/reflow/line-elements.ts (isLinePerElement): a caption in a picture's own frame is no print line when the page is
// asked whether it sets every print line in an element of its own (a caption before the body is far wider than the column).
import { describe, expect, it } from 'vitest';
import { reflowLines, type SourceLine } from '../../lib/reflow';
import { isLinePerElement } from '../../lib/reflow/line-elements';

const CAPTION = '5月14日，货轮在港口集装箱码头装卸货物。（本报记者　王　晋　摄）';
const line = (text: string, more: Partial<SourceLine> = {}): SourceLine => ({ text, gap: 1, indent: text.startsWith('　　'), ...more });
const PRINT = ['　　海关总署5月15日发布数据显示，', '今年前4个月，我国货物贸易进出口', '总值14.6万亿元，同比增长4.6%。', '　　对共建“一带一路”国家进出口', '保持较快增长。前4个月，我国对共', '建“一带一路”国家进出口7.3万亿', '元，增长6.2%，占外贸总值的50.3%。', '　　海关总署有关负责人表示，下一', '步将持续优化口岸营商环境，助力外', '贸企业稳订单、拓市场。'];
const WANT_PRINT = [
  `caption: ${CAPTION}`,
  'byline: 经济日报记者　冯其予',
  'body: 海关总署5月15日发布数据显示，今年前4个月，我国货物贸易进出口总值14.6万亿元，同比增长4.6%。',
  'body: 对共建“一带一路”国家进出口保持较快增长。前4个月，我国对共建“一带一路”国家进出口7.3万亿元，增长6.2%，占外贸总值的50.3%。',
  'body: 海关总署有关负责人表示，下一步将持续优化口岸营商环境，助力外贸企业稳订单、拓市场。',
];
const repaired = (ls: SourceLine[]): string[] => reflowLines(ls).map((b) => `${b.kind ?? 'body'}: ${b.text.replace(/^\u3000+/u, '')}`);

describe('a caption is no print line of a page set line by line (isLinePerElement)', () => {
  const caption = line(CAPTION, { gap: 0, caption: true, afterMedia: true });
  const lines = [caption, line('经济日报记者　冯其予'), ...PRINT.map((t) => line(t))];
  it('changes: <p> per print line sixteen wide under a caption in its picture table — the paragraphs are whole', () => {
    expect(isLinePerElement(lines)).toBe(true);
    expect(repaired(lines)).toEqual(WANT_PRINT);
  });
  it('leaves alone: the same lines without the caption (already read line by line), a wide line that is no caption', () => {
    expect(isLinePerElement(lines.slice(1))).toBe(true);
    expect(repaired(lines.slice(1))).toEqual(WANT_PRINT.slice(1));
    expect(isLinePerElement([line(CAPTION, { gap: 0 }), ...lines.slice(1)])).toBe(false);
  });
  it('leaves alone: one <p> per paragraph under a caption', () => {
    const paras = [caption, line('经济日报记者　冯其予'), line('　　海关总署5月15日发布数据显示，今年前4个月，我国货物贸易进出口总值14.6万亿元，同比增长4.6%。'), line('　　海关总署有关负责人表示，下一步将持续优化口岸营商环境，助力外贸企业稳订单、拓市场。')];
    expect(isLinePerElement(paras)).toBe(false);
  });
});
