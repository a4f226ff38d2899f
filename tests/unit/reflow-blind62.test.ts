// The rules the blind62 round added (policy explainers: 政策解读, 一问一答, 便民指南). lib/reflow/numbered-heads.ts and
// question-heads.ts: a 政策解读's numbered question with no label (`1.哪些人需要备案？`, `一、补贴标准是多少？`) is a
// subheading — bold in its own element, or on a print line of its own between a finished sentence and its answer
// (unindented over an indented answer on a page that indents, short over a full line on one that does not); a Q&A's
// labelled question (`1.问：…？`) and a paragraph's line that opens with a figure stay as they were. Text written for
// these tests in the shape of the blind62 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { repairBody } from '../../lib/extract/repair';
import { numberedHeadWords, numberedQuestionUnindented } from '../../lib/reflow/numbered-heads';
import { measure, type Line } from '../../lib/reflow/columns';
import type { SourceLine } from '../../lib/reflow/types';
import { parseHtml } from '../../scripts/lib/html';

const lines = (...texts: string[]): Line[] => measure(texts.map((text): SourceLine => ({ text: text.replace(/^　　/u, ''), gap: 0, indent: text.startsWith('　　') })));
const kinds = (text: string): string[] => reflowText(text).map((b) => `${b.kind}: ${b.text}`);
const blocksOf = (html: string): string[] => {
  const body = parseHtml(`<html><body><div id="zoom">${html}</div></body></html>`, 'https://localhost/').getElementById('zoom') as Element;
  return repairBody(body, { isPre: () => false }).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
};
const bold = (t: string): string => `<p><strong>${t}</strong></p>`;
const p = (t: string): string => `<p>　　${t}</p>`;

describe('a numbered question is a head\'s words (numberedHeadWords)', () => {
  it('changes: one question mark at the end of a short numbered head', () => {
    expect(numberedHeadWords('一、补贴标准是多少？')).toBe('补贴标准是多少？');
    expect(numberedHeadWords('1.哪些人需要备案？')).toBe('哪些人需要备案？');
  });
  it('leaves alone: a label, a clause, a mark before the end, a figure opening a line', () => {
    expect(numberedHeadWords('1.问：哪些人需要备案？')).toBeNull();
    expect(numberedHeadWords('一、补贴多少，怎么领？')).toBeNull();
    expect(numberedHeadWords('一、补贴标准是多少？？')).toBeNull();
    expect(numberedHeadWords('1.5万人能享受吗？')).toBeNull();
    expect(numberedHeadWords('一、从源头减量')).toBe('从源头减量');
  });
});

describe('a numbered question on an unindented print line of a page that indents (numberedQuestionUnindented)', () => {
  const w = [14];
  it('changes: short, under a finished sentence, over an indented answer', () => {
    expect(numberedQuestionUnindented(lines('少？记者梳理了市民关心的几个', '问题。', '1.哪些人需要备案？', '　　参保人员在浙江省外长期居'), 2, w)).toBe(true);
  });
  it('leaves alone: under a clause, over an unindented line, indented, no question, a labelled question', () => {
    expect(numberedQuestionUnindented(lines('少？记者梳理了市民关心的几个', '问题，', '1.哪些人需要备案？', '　　参保人员在浙江省外长期居'), 2, w)).toBe(false);
    expect(numberedQuestionUnindented(lines('少？记者梳理了市民关心的几个', '问题。', '1.哪些人需要备案？', '参保人员在浙江省外长期居住、'), 2, w)).toBe(false);
    expect(numberedQuestionUnindented(lines('少？记者梳理了市民关心的几个', '问题。', '　　1.哪些人需要备案？', '　　参保人员在浙江省外长期居'), 2, w)).toBe(false);
    expect(numberedQuestionUnindented(lines('少？记者梳理了市民关心的几个', '问题。', '1.需要备案的人员', '　　参保人员在浙江省外长期居'), 2, w)).toBe(false);
    expect(numberedQuestionUnindented(lines('少？记者梳理了市民关心的几个', '问题。', '1.问：谁需要备案？', '　　参保人员在浙江省外长期居'), 2, w)).toBe(false);
  });
  it('sets such a question apart as a heading in <br> print lines fourteen wide', () => {
    const text = ['　　春节临近，不少在外工作的', '萧山人准备回老家过年。记者梳', '理了市民关心的几个问题。', '1.哪些人需要备案？', '　　参保人员在浙江省外长期居',
      '住、工作的，应先办理异地就医', '备案。', '2.怎么办理？', '　　参保人可登录“浙里办”办理。'].join('\n');
    expect(kinds(text)).toEqual([
      'body: 春节临近，不少在外工作的萧山人准备回老家过年。记者梳理了市民关心的几个问题。',
      'heading: 1.哪些人需要备案？',
      'body: 参保人员在浙江省外长期居住、工作的，应先办理异地就医备案。',
      'heading: 2.怎么办理？',
      'body: 参保人可登录“浙里办”办理。',
    ]);
  });
});

describe('a numbered question on a print line of its own in plain print (numberedPlainHead)', () => {
  it('changes: short, after a finished sentence, over a full line', () => {
    const text = ['记者从市商务局获悉，我市电动自行车以旧换', '新补贴政策将延续至明年底，已发放补贴5600', '余万元。', '一、补贴标准是多少？',
      '交售旧车并换购新国标电动自行车的，每辆补', '贴500元。', '二、到哪里办理？', '市民可到全市186家参与活动的销售门店办理，', '无需另行申请。'].join('\n');
    expect(kinds(text)).toEqual([
      'body: 记者从市商务局获悉，我市电动自行车以旧换新补贴政策将延续至明年底，已发放补贴5600余万元。',
      'heading: 一、补贴标准是多少？',
      'body: 交售旧车并换购新国标电动自行车的，每辆补贴500元。',
      'heading: 二、到哪里办理？',
      'body: 市民可到全市186家参与活动的销售门店办理，无需另行申请。',
    ]);
  });
  it('leaves alone: a labelled question (a Q&A\'s turn)', () => {
    const text = ['记者从市商务局获悉，我市电动自行车以旧换', '新补贴政策将延续至明年底，已发放补贴5600', '余万元。', '一、问：补贴标准是多少？',
      '交售旧车并换购新国标电动自行车的，每辆补', '贴500元。'].join('\n');
    expect(kinds(text).some((b) => b.startsWith('heading'))).toBe(false);
  });
});

describe('a bold numbered question in an element of its own (questionHeads)', () => {
  const A1 = '对3周岁以下婴幼儿，按每孩每年3600元的标准发放育儿补贴。';
  const A2 = '产前检查费用补助标准由1000元提高到1500元。';
  it('changes: numbered in figures, no label', () => {
    expect(blocksOf([p('这些措施有哪些“含金量”？记者采访了相关负责人。'), bold('1.育儿补贴怎么发？'), p(A1), bold('2.生育保险待遇有哪些变化？'), p(A2)].join(''))).toEqual([
      'body: 这些措施有哪些“含金量”？记者采访了相关负责人。',
      'heading: 1.育儿补贴怎么发？',
      `body: ${A1}`,
      'heading: 2.生育保险待遇有哪些变化？',
      `body: ${A2}`,
    ]);
  });
  it('leaves alone: a labelled question, a long question, a page whose bold questions are put to someone', () => {
    expect(blocksOf([bold('1.问：育儿补贴怎么发？'), p(A1)].join(''))).toContain('body: 1.问：育儿补贴怎么发？');
    expect(blocksOf([bold('1.企业申请育儿补贴需要准备哪些具体的申报材料？'), p(A1)].join(''))).toContain('body: 1.企业申请育儿补贴需要准备哪些具体的申报材料？');
    const interview = blocksOf([bold('1.这项政策，当初是怎么出台的？'), p(A1), bold('2.家长愿意申请吗？'), p(A2)].join(''));
    expect(interview).toContain('body: 2.家长愿意申请吗？');
  });
});
