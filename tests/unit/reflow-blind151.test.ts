// Indentation as the paragraph mark on a page that sets one print line to an element, from what the blind151 pages
// showed (tests/fixtures/pages/blind151-*, 奉化日报 经济: one <p> per print line fifteen wide, paragraphs indented with
// 　　). Only the paragraphs' first lines are indented there, so a page of paragraphs five print lines or longer indents
// fewer than a fifth of its elements, and the share rule took indentation for no signal: a full print line ending its
// sentence was then taken for a paragraph's end, and a short paragraph's first line for a headline. Where every indented
// element stands right after a finished sentence or a line with no clause mark, and the elements are print lines of one
// column, indentation marks the paragraphs (lib/reflow/indent-signal.ts). Snippets written for these tests in the page's
// shape; the leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { indentMarksLineElements } from '../../lib/reflow/indent-signal';
import { measure } from '../../lib/reflow/columns';
import { textToLines } from '../../lib/reflow/lines';

const BYLINE = '融媒体中心记者　周晓明　通讯员　陈　立';
const FIRST = [
  '　　清明前后，龙门山脚下的茶园', '里一片繁忙，采茶工们采着明前茶。', '“今年春茶比去年早发了五天，芽',
  '头也更壮实。”茶农李建华一边炒', '茶一边说，他家二十亩茶园预计增', '收三万多元。',
];
const SECOND = ['　　镇里近年来推广茶园绿色防控', '和机械化修剪技术，建成标准化茶', '园一万两千亩，全镇茶叶年产值突', '破四亿元，茶产业成了农民增收的', '主渠道。'];
const THIRD = ['　　镇里还组织茶企与电商平台合', '作，开设直播间销售新茶，今年以', '来线上销量同比增长四成以上，带', '动两千多户茶农增收致富，不少年', '轻人也回乡当起了主播。'];
/** One print line to an element: an empty line between every two. */
const elements = (lines: readonly string[]): string => lines.join('\n\n');
const lineOf = (text: string) => measure(textToLines(text));

describe('a page of one print line to an element, its paragraphs indented, fewer than a fifth of its elements', () => {
  it('keeps a paragraph whole across a full print line ending its sentence, the next line flush', () => {
    expect(reflowText(elements([BYLINE, ...FIRST, ...SECOND, ...THIRD]))).toEqual([
      { kind: 'byline', text: BYLINE },
      { kind: 'body', text: '清明前后，龙门山脚下的茶园里一片繁忙，采茶工们采着明前茶。“今年春茶比去年早发了五天，芽头也更壮实。”茶农李建华一边炒茶一边说，他家二十亩茶园预计增收三万多元。' },
      { kind: 'body', text: '镇里近年来推广茶园绿色防控和机械化修剪技术，建成标准化茶园一万两千亩，全镇茶叶年产值突破四亿元，茶产业成了农民增收的主渠道。' },
      { kind: 'body', text: '镇里还组织茶企与电商平台合作，开设直播间销售新茶，今年以来线上销量同比增长四成以上，带动两千多户茶农增收致富，不少年轻人也回乡当起了主播。' },
    ]);
  });
  it('finds the mark on such a page', () => {
    expect(indentMarksLineElements(lineOf(elements([BYLINE, ...FIRST, ...SECOND, ...THIRD])))).toBe(true);
  });
  it('finds none where an indented element stands after a line whose sentence goes on', () => {
    const cut = [...FIRST.slice(0, 4), '　　茶一边说，他家二十亩茶园预计', '增收三万多元。'];
    expect(indentMarksLineElements(lineOf(elements([BYLINE, ...cut, ...SECOND, ...THIRD])))).toBe(false);
  });
  it('finds none where the elements are whole paragraphs of unlike widths (a 公报 with a few indented table rows)', () => {
    const whole = [
      '杭州市统计局', '一、综　合', '初步核算，全年全市地区生产总值按不变价格计算比上年增长百分之五点六，经济运行总体平稳。',
      '表1　全市地区生产总值主要指标', '地区生产总值　23120　5.6', '　　第一产业　393　2.8', '　　第二产业　6890　5.1', '　　第三产业　15837　5.9',
      '全年全市居民消费价格比上年上涨百分之零点三，其中食品烟酒价格下降，衣着价格上涨。', '二、农　业',
    ];
    expect(indentMarksLineElements(lineOf(elements(whole)))).toBe(false);
  });
  it('leaves a page of print lines with no empty line between them as it was (indentation read inside the run)', () => {
    const blocks = reflowText([BYLINE, ...FIRST, ...SECOND].join('\n'));
    expect(blocks.map((b) => b.kind)).toEqual(['byline', 'body', 'body']);
  });
});
