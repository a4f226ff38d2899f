// The rules the blind75 round added. lib/reflow/notice-names.ts noticeNameHeads (asked in segment.ts's last pass over the
// finished blocks): a notice's name alone on a print line (`减资公告`, `注销公告`, `寻物启事`) at the text's top or right under
// a finished notice (its date alone, or a finished sentence), over a block of prose, is a heading — a 公告 page prints
// several companies' or readers' notices one under another, each under its name.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isNoticeName, noticeNameHeads } from '../../lib/reflow/notice-names';
import type { BlockKind } from '../../lib/reflow/types';

const kinds = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const block = (text: string, kind: BlockKind = 'body'): { kind: BlockKind; text: string; lines: unknown[] } => ({ kind, text, lines: [text] });
const headsOf = (texts: string[]): BlockKind[] => noticeNameHeads(texts.map((t) => block(t))).map((b) => b.kind);

describe('a notice\'s name over its text (noticeNameHeads)', () => {
  it('knows a notice\'s name, not a closing formula or a sentence announcing one', () => {
    for (const t of ['减资公告', '注销公告', '遗失声明', '寻物启事', '停水通知', '淳安县人民法院公告', '中标结果公示']) expect(isNoticeName(t)).toBe(true);
    for (const t of ['特此公告', '现予公告', '公告', '关于停水的通知。', '本公司声明', '减资公告如下']) expect(isNoticeName(t)).toBe(false);
  });

  it('changes: a name first over its text, and a name under the date or the finished sentence of the notice before it', () => {
    const prose = '金华市金东区华茂五金制品有限公司经股东会决议，注册资本由1000万元减少至200万元。';
    expect(headsOf(['减资公告', prose])).toEqual(['heading', 'body']);
    expect(headsOf([prose, '2027年1月8日', '合并公告', prose])).toEqual(['body', 'body', 'heading', 'body']);
    expect(headsOf(['请用户提前做好储水准备。', '停电通知', '10月19日7时30分至17时，因线路检修，城东片区将暂停供电。'])).toEqual(['body', 'heading', 'body']);
  });

  it('changes: in print lines twelve wide with no indentation, each of two notices\' names', () => {
    // The shape of blind70's 台州日报 注销/清算 公告 page (print lines twelve wide, <br> after each).
    const text = ['注销公告', '台州市椒江区海润贸易有限', '公司（统一社会信用代码：', '91331002MA2K8L3X5R）经股', '东会决议，决定注销本公司。', '请债权人自本公告发布之日', '起45日内向本公司清算组申', '报债权。', '联系人：王海东', '电话：13906561234', '台州市椒江区海润贸易有限', '公司清算组', '2026年12月27日', '清算公告', '台州市路桥区金峰机械制造', '有限公司经股东决定解散，', '已成立清算组。请债权人自', '接到通知书之日起30日内，', '未接到通知书的自本公告发', '布之日起45日内，向清算组', '申报债权。'].join('\n');
    const out = kinds(text);
    expect(out[0]).toBe('heading: 注销公告');
    expect(out).toContain('heading: 清算公告');
  });

  it('leaves alone: a name last, over a row, a date or another name, under a line that goes on, a closing formula, two lines', () => {
    const prose = '本人于12月18日在金华火车站遗失黑色双肩包一个，有拾到者请联系，必有重谢。';
    expect(headsOf([prose, '寻物启事'])).toEqual(['body', 'body']);
    expect(headsOf(['寻物启事', '联系人：陈先生'])).toEqual(['body', 'body']);
    expect(headsOf(['寻物启事', '2027年1月8日'])).toEqual(['body', 'body']);
    expect(headsOf(['减资公告', '合并公告', prose])).toEqual(['body', 'body', 'body']);
    expect(headsOf(['联系人：胡志明　13905791234', '减资公告', prose])).toEqual(['body', 'body', 'body']);
    expect(headsOf(['特此公告', prose])).toEqual(['body', 'body']);
    const wrapped = { kind: 'body' as BlockKind, text: '遗失声明', lines: ['遗失', '声明'] };
    expect(noticeNameHeads([wrapped, block(prose)]).map((b) => b.kind)).toEqual(['body', 'body']);
  });
});
