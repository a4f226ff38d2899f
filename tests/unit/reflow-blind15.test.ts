// Rules from what the blind15 pages showed (tests/fixtures/pages/blind15-*, npm run score:blind): a bold
// subheading that is one short question (`堵点在哪？`) is a heading; an event's details (`时间：…`,
// `地点：…`, `票价：…`) are lines of their own and never headlines, and a bold head after them stays a
// heading; items numbered in order with no end marks (a 节目单) are each a paragraph; a pupil's school and
// name, and `指导老师：X`, are bylines. With the negatives they must leave alone. Snippets written for these
// tests in the shape of the blind15 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { isHeadingCandidate, isRoleByline } from '../../lib/reflow/classify';
import { isFieldLine } from '../../lib/reflow/notice-lines';
import { nextArabicItem } from '../../lib/reflow/set-apart';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);

const I = '　　';
const P1 = '入冬以来，城区几所小学门口的早高峰越来越堵，不少家长反映，送孩子比上班还累。';
const P2 = '交警部门表示，将在更多学校试点“即停即走”通道，并视效果逐步推广。';

describe('a bold subheading that is one short question', () => {
  it('is a heading between paragraphs', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p><strong>${I}堵点在哪？</strong></p><p>${I}${P2}</p><p><b>家长能做些什么？</b></p><p>${I}${P1}</p>`))
      .toEqual([`body: ${P1}`, 'heading: 堵点在哪？', `body: ${P2}`, 'heading: 家长能做些什么？', `body: ${P1}`]);
  });

  it('but a numbered or labelled question of a Q&A, a long question, and a question not in bold stay body', () => {
    // (blind9 prints its numbered items with their label, `2.问：哪些慢性病用药纳入保障？`; an unlabelled one, `1.育儿补贴怎么发？`,
    // is a section's subheading: see tests/unit/reflow-blind62.test.ts.)
    for (const q of ['2.问：哪些慢性病用药纳入保障？', '问：异地就医怎么结算？', '为什么同样是接送孩子，有的学校门口不堵，有的学校门口却天天堵？']) {
      expect(fromHtml(`<p>${I}${P1}</p><p><strong>${q}</strong></p><p>${I}${P2}</p>`), q).not.toContain(`heading: ${q}`);
    }
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}堵点在哪？</p><p>${I}${P2}</p>`)).toEqual([`body: ${P1}`, 'body: 堵点在哪？', `body: ${P2}`]);
  });
});

describe('an event’s details and a programme', () => {
  it('are lines of their own, never headlines, and a bold head after them stays a heading', () => {
    expect(fromHtml(`<p>${I}${P2}</p><p style="text-align:center"><strong>演出信息</strong></p><p>时间：12月6日（周六）19:30</p><p>地点：市大剧院大剧场</p><p>票价：80元、120元、180元</p><p>购票：“市大剧院”微信公众号</p><p style="text-align:center"><strong>节目单</strong></p><p>1.《三请梨花》选段　表演：周晓燕</p><p>2.《断桥》　表演：王 丽、方建军</p><p>3.《僧尼会》　表演：青年演员团队</p>`))
      .toEqual([`body: ${P2}`, 'heading: 演出信息', 'body: 时间：12月6日（周六）19:30', 'body: 地点：市大剧院大剧场', 'body: 票价：80元、120元、180元', 'body: 购票：“市大剧院”微信公众号',
        'heading: 节目单', 'body: 1.《三请梨花》选段　表演：周晓燕', 'body: 2.《断桥》　表演：王 丽、方建军', 'body: 3.《僧尼会》　表演：青年演员团队']);
  });

  it('a detail is a label of the fixed set and a value with no sentence in it', () => {
    for (const t of ['时间：12月6日（周六）19:30', '活动地点：南湖区文化馆', '主办单位：市文化广电旅游局', '门票：免费']) expect(isFieldLine(t), t).toBe(true);
    for (const t of ['时间：都去哪儿了', '时间：对每个人都是公平的，关键看怎么用。', '地点变了，初心没变', '演出：精彩不断']) expect(isFieldLine(t), t).toBe(false);
    expect(isHeadingCandidate('时间：12月6日（周六）19:30')).toBe(false);
    expect(isHeadingCandidate('时间都去哪儿了')).toBe(true);
  });

  it('the next item number opens the next item, in the same form only', () => {
    expect(nextArabicItem('1.《三请梨花》选段', '2.《断桥》')).toBe(true);
    expect(nextArabicItem('（2）报名时间', '（3）报名地点')).toBe(true);
    expect(nextArabicItem('1.《三请梨花》选段', '3.《断桥》')).toBe(false);
    expect(nextArabicItem('1.《三请梨花》选段', '（2）《断桥》')).toBe(false);
    expect(nextArabicItem('全市共有1.2万名', '2.3万人参加')).toBe(false);
    // a paragraph cut by a column before a number stays one paragraph where it did not open with an item
    expect(fromHtml(`<p>${I}据统计，今年全市新增绿道</p><p>2.3公里，串起了十多个公园。</p>`)).toEqual(['body: 据统计，今年全市新增绿道2.3公里，串起了十多个公园。']);
  });
});

describe('a pupil’s essay', () => {
  it('is signed by the school, class and name, and by its 指导老师: bylines', () => {
    for (const t of ['海宁市实验小学五（3）班　陈语桐', '杭州市学军中学 高二（5）班 王小明', '绍兴市第一中学　李 想', '指导老师：朱丽华', '指导教师：沈红', '指导教师：沈 红', '摄影：王 军']) expect(isRoleByline(t), t).toBe(true);
    expect(fromHtml(`<p style="text-align:center">海宁市实验小学五（3）班　陈语桐</p><p>${I}奶奶在屋后开了一块小菜园，四四方方的，像一块绿色的手帕。</p><p style="text-align:right">指导老师：朱丽华</p>`))
      .toEqual(['byline: 海宁市实验小学五（3）班　陈语桐', 'body: 奶奶在屋后开了一块小菜园，四四方方的，像一块绿色的手帕。', 'byline: 指导老师：朱丽华']);
  });

  it('but a headline about a school, a school with no name after it, and a sentence naming a teacher are not', () => {
    for (const t of ['实验小学　百年校庆', '海宁市实验小学五（3）班', '市第一中学 新校区启用', '指导老师：要多鼓励孩子。', '海宁市实验小学举行运动会']) expect(isRoleByline(t), t).toBe(false);
  });
});
