// The rules the blind62 round added (policy explainers: 政策解读, 一问一答, 便民指南). lib/reflow/numbered-heads.ts and
// question-heads.ts: a 政策解读's numbered question with no label (`1.哪些人需要备案？`, `一、补贴标准是多少？`) is a
// subheading — bold in its own element, or on a print line of its own between a finished sentence and its answer
// (unindented over an indented answer on a page that indents, short over a full line on one that does not); a Q&A's
// labelled question (`1.问：…？`) and a paragraph's line that opens with a figure stay as they were. lib/reflow/word-fit.ts:
// a line ending in a character whose quotation marks, counted at the whole character print gives them, and Latin letters
// leave half a character that no ideograph fits is a full line (萧山日报's answer 14 wide, 绍兴日报's 15 wide); on a page that
// indents, a contact field alone after a finished sentence, its last line, stands apart (notice-end.ts `fieldAloneLast`). Text written for these tests in the shape of the blind62 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { repairBody } from '../../lib/extract/repair';
import { numberedHeadWords, numberedQuestionUnindented } from '../../lib/reflow/numbered-heads';
import { measure, type Line } from '../../lib/reflow/columns';
import { nextRunDidNotFit } from '../../lib/reflow/word-fit';
import { fieldAloneLast } from '../../lib/reflow/notice-end';
import { unindentedHead } from '../../lib/reflow/document-lines';
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

describe('a line its quotation marks and Latin letters leave half a character short (word-fit.ts nextRunDidNotFit)', () => {
  const pair = (a: string, b: string): Line[] => lines(a, b);
  it('changes: counted whole, its quotation marks leave room for no ideograph', () => {
    const [a, b] = pair('答：参保人打开“浙里办”APP', '或支付宝APP，进入“医保服务”') as [Line, Line];
    expect(nextRunDidNotFit(a, b, 14, false)).toBe(true);
    const [c, d] = pair('居民可通过“浙里办”APP、医保', '微信公众号办理，也可到各服务') as [Line, Line];
    expect(nextRunDidNotFit(c, d, 15, true)).toBe(true);
  });
  it('leaves alone: room for the ideograph, no quotation marks, no Latin letters or figures, a sentence\'s end, a colon, a figure opening the next line', () => {
    const at = (a: string, b: string, w: number): boolean => nextRunDidNotFit(...(pair(a, b) as [Line, Line]), w, false);
    expect(at('答：参保人打开“浙里办”APP', '或支付宝APP，进入“医保服务”', 15)).toBe(false);
    expect(at('答：参保人打开浙里办APP', '或支付宝APP，进入“医保服务”', 14)).toBe(false);
    expect(at('答：参保人打开“浙里办”应用', '或支付宝APP，进入“医保服务”', 13)).toBe(false);
    expect(at('答：请打开“浙里办”APP。', '或支付宝APP，进入“医保服务”', 14)).toBe(false);
    expect(at('答：请打开“浙里办”APP：', '或支付宝APP，进入“医保服务”', 14)).toBe(false);
    expect(at('答：参保人打开“浙里办”APP', '“支付宝”APP，进入“医保服务”', 14)).toBe(false);
  });
  it('joins such a line to the next in plain print lines fourteen wide', () => {
    const text = ['记者从区商务局获悉，我区新一', '轮家电以旧换新补贴活动启动，', '个人消费者购买冰箱、洗衣机等', '家电，可享受补贴。', '问：补贴标准是多少？',
      '答：购买能效等级达到一级的产', '品，按售价的两成给予补贴；二', '级的按一成半给予补贴，每件最', '高补贴两千元。', '问：在哪里领补贴？',
      '答：参保人打开“浙里办”APP', '或支付宝APP，进入“医保服务”', '专区申领电子凭证，到定点医院', '就诊时出示即可。', '问：旧家电必须交给商家吗？',
      '答：是的。下单时需选择回收服', '务，由商家上门回收旧家电。'].join('\n');
    expect(kinds(text)).toContain('body: 答：参保人打开“浙里办”APP或支付宝APP，进入“医保服务”专区申领电子凭证，到定点医院就诊时出示即可。');
    expect(kinds(text)).toContain('body: 问：旧家电必须交给商家吗？');
  });
});

describe('a contact field alone after a finished sentence on a page that indents (notice-end.ts fieldAloneLast)', () => {
  const L = (text: string, indent = false): { text: string; indent: boolean } => ({ text, indent });
  it('changes: unindented, no mark at its end, the last line or over an indented paragraph', () => {
    expect(fieldAloneLast(true, L('逾期仍未提交的取消保障资格。'), L('咨询电话：0573-82121234'), undefined)).toBe(true);
    expect(fieldAloneLast(true, L('逾期仍未提交的取消保障资格。'), L('咨询电话：0573-82121234'), L('记者从市人社局获悉，', true))).toBe(true);
  });
  it('leaves alone: after a clause, a field closed with a sentence mark, an indented field, an unindented line after it, a page that does not indent', () => {
    expect(fieldAloneLast(true, L('如有疑问，请拨打'), L('咨询电话：0573-82121234'), undefined)).toBe(false);
    expect(fieldAloneLast(true, L('负责解释。'), L('咨询电话：0573-82121234。'), undefined)).toBe(false);
    expect(fieldAloneLast(true, L('负责解释。'), L('咨询电话：0573-82121234', true), undefined)).toBe(false);
    expect(fieldAloneLast(true, L('负责解释。'), L('咨询电话：0573-82121234'), L('地址：嘉兴市'))).toBe(false);
    expect(fieldAloneLast(false, L('负责解释。'), L('咨询电话：0573-82121234'), undefined)).toBe(false);
    expect(fieldAloneLast(true, L('负责解释。'), L('已有资格的，每两年复核'), undefined)).toBe(false);
  });
  it('sets the field apart in pre-wrapped text indented seventeen wide', () => {
    const text = ['记者　王　芳', '　　2026年度市区公共租赁住房申请将', '于3月1日开始受理。谁能申请？怎么申', '请？记者梳理了几个要点。',
      '　　申请人须在市区连续缴纳社会保险', '满一年，家庭人均住房面积低于标准。', '符合条件的家庭可在网上提交申请。', '　　公租房资格每两年复核一次。复核',
      '时未提交材料的，由住房保障部门书面', '提醒，逾期仍未提交的取消保障资格。', '咨询电话：0573-82121234'].join('\n');
    const texts = reflowText(text).map((b) => b.text);
    expect(texts).toContain('公租房资格每两年复核一次。复核时未提交材料的，由住房保障部门书面提醒，逾期仍未提交的取消保障资格。');
    expect(texts).toContain('咨询电话：0573-82121234');
  });
});

describe('steps each open a paragraph (join-rule.ts ITEM: `第一步：…；` / `第二步：…`)', () => {
  // <br> print lines eleven wide, a step's last line full with its semicolon hanging.
  const steps = (end: string, second: string): string[] => reflowText(['本报讯　记者从市人社局', '获悉，我市社保卡申领已', '实现全流程掌上办，群众',
    '在“浙里办”上一次申请，', '就能办好社保卡申领、激', '活、挂失等业务。', '具体办理分三步：', '第一步：打开“浙里办”', `APP，搜索“社保卡申领”${end}`,
    second, '选择领卡的银行网点；', '第三步：选择领取方式，', '可邮寄到家。', '据了解，今年以来，全市', '已有2万余人掌上办理。'].join('\n')).map((b) => b.text);
  it('changes: a step ending in a semicolon on a full line before the next step', () => {
    const out = steps('；', '第二步：填写个人信息，');
    expect(out).toContain('第一步：打开“浙里办”APP，搜索“社保卡申领”；');
    expect(out).toContain('第二步：填写个人信息，选择领卡的银行网点；');
  });
  it('leaves alone: a step cut after a clause mark, a line opening with 第二步 as words (no mark after it)', () => {
    expect(steps('，', '第二步：填写个人信息，')).toContain('第一步：打开“浙里办”APP，搜索“社保卡申领”，第二步：填写个人信息，选择领卡的银行网点；');
    expect(steps('；', '第二步要填写个人信息，')).toContain('第一步：打开“浙里办”APP，搜索“社保卡申领”；第二步要填写个人信息，选择领卡的银行网点；');
  });
});

describe('an unindented head over an indented paragraph in a column no run measures (document-lines.ts unindentedHead)', () => {
  const none = [undefined];
  const page = (head: string, next: string, prev = '将在10个工作日内公布结果。'): Line[] => lines('　　申请人通过审核后，名单', prev, head, next);
  it('changes: the indented line under it, its indentation counted, lends its width', () => {
    expect(unindentedHead(page('温馨提示', '　　资格每两年可复核一次，逾期未'), 2, none)).toBe(true);
  });
  it('leaves alone: an unindented line under it, a head as wide as the column, a clause above it', () => {
    expect(unindentedHead(page('温馨提示', '资格每两年可复核一次，逾期未复核'), 2, none)).toBe(false);
    expect(unindentedHead(page('公租房资格复核办理须知及有关要求', '　　资格每两年可复核一次，逾期未'), 2, none)).toBe(false);
    expect(unindentedHead(page('温馨提示', '　　资格每两年可复核一次，逾期未', '将在10个工作日内公布，'), 2, none)).toBe(false);
  });
});
