// The rule the blind110 round added. lib/reflow/comma-cut.ts (asked in join-rule.ts where a line short of its column
// ends its paragraph, `unmarked-short`): a print line ending on an ideograph, the next opening with one ideograph and a
// comma, was cut inside a word (`…共有14个节` / `目，…`): no paragraph's last line, however short it measures.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { wordCutBeforeComma } from '../../lib/reflow/comma-cut';
import { isRoleByline } from '../../lib/reflow/classify';

describe('a print line cut inside a word right before a comma (wordCutBeforeComma)', () => {
  it('changes: a line ending on an ideograph over one ending a word with a comma', () => {
    expect(wordCutBeforeComma('今年的“村晚”共有14个节', '目，演员全是本村村民，最大')).toBe(true);
    expect(wordCutBeforeComma('全市新建“口袋公园”32个，总面', '积，超过')).toBe(true);
    expect(wordCutBeforeComma('现场有200多名志愿', '者,他们')).toBe(true);
  });
  it('leaves alone: a line ending on a mark, a next line of two characters before its comma, an answer or interjection opening', () => {
    expect(wordCutBeforeComma('大家看得最开心。', '目，演员全是')).toBe(false);
    expect(wordCutBeforeComma('今年的“村晚”共有14个', '节目，演员全是')).toBe(false);
    expect(wordCutBeforeComma('记者问他还来不来', '是，明年还来。')).toBe(false);
    expect(wordCutBeforeComma('她想了想', '嗯，还是去吧。')).toBe(false);
    expect(wordCutBeforeComma('培训跟着岗位走', '目前，全县')).toBe(false);
    expect(wordCutBeforeComma('今年的“村晚”共有14个节', '目')).toBe(false);
  });
  // Print lines plain thirteen wide, no mark at a paragraph's end but its short last line (the 台州日报 classic <br> shape).
  const page = (cut: string, next: string): string => ['记者　李　然　通讯员　陈　东', '离元旦还有二十多天，黄岩区', '院桥镇的一个村子里已经热闹',
    '起来。每天晚饭后，村文化礼', '堂里灯火通明，村民们在排练', '节目。', cut, next, '的已经七十多岁，最小的还在', '上幼儿园。',
    '“自己村里人演自己的事，大', '家看得最开心。”村文化管理', '员说。'].join('\n');
  const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  it('joins such a line, short by its quotation marks and figures, in print lines plain thirteen wide', () => {
    expect(blocks(page('今年的“村晚”共有12个节', '目，演员全是本村村民，最大'))).toEqual([
      'byline: 记者　李　然　通讯员　陈　东',
      'body: 离元旦还有二十多天，黄岩区院桥镇的一个村子里已经热闹起来。每天晚饭后，村文化礼堂里灯火通明，村民们在排练节目。',
      'body: 今年的“村晚”共有12个节目，演员全是本村村民，最大的已经七十多岁，最小的还在上幼儿园。',
      'body: “自己村里人演自己的事，大家看得最开心。”村文化管理员说。',
    ]);
  });
  it('still ends a paragraph at a short line that ends on a mark, or before a two-character word and its comma', () => {
    expect(blocks(page('今年共有12个节目。', '目，演员全是本村村民，最大'))).toContain('body: 今年共有12个节目。');
    expect(blocks(page('今年共有12个节目', '目前，演员全是本村村民，最大')).some((b) => b.includes('节目目前'))).toBe(false);
  });
});

// A medium whose name ends in none of the endings the byline test knew (an app's: 川报观察), its reporter and one name set
// apart by a space: a byline (lib/reflow/classify.ts unknownMediumReporter; every such line among the golds outside the
// held-back half is a byline, and no other gold block changes its answer). Since blind143 (四川日报's
// `川报观察记者　罗　敏　文　静`, a byline in its gold), up to three names, each led by a family name.
describe('a reporter of a medium with an unknown ending, a space, then the name (unknownMediumReporter)', () => {
  it('changes: the app or channel before the role holds a medium\'s word', () => {
    expect(isRoleByline('川报观察记者　刘　宇')).toBe(true);
    expect(isRoleByline('华西都市报封面记者　王　越')).toBe(true);
    expect(isRoleByline('川报观察记者 李欣然')).toBe(true);
  });
  it('changes: two or three names, padded or not', () => {
    expect(isRoleByline('川报观察记者　刘　宇　王　敏')).toBe(true);
    expect(isRoleByline('川报观察记者　罗敏　文静')).toBe(true);
    expect(isRoleByline('天目新闻记者　王　芳　李晓东　陈　默')).toBe(true);
  });
  it('leaves alone: no medium\'s word, a photo credit, no space before the name, a word that is no name, four names, no family name', () => {
    expect(isRoleByline('走近一线记者　张　三')).toBe(false);
    expect(isRoleByline('本组图片由记者　何　雯　摄')).toBe(false);
    expect(isRoleByline('川报观察记者刘宇然说')).toBe(false);
    expect(isRoleByline('川报观察记者　刘　宇　节日快乐')).toBe(false);
    expect(isRoleByline('川报观察记者　刘　宇　王　敏　李晓东　陈　默')).toBe(false);
    expect(isRoleByline('川报观察记者　节日快乐')).toBe(false);
  });
  it('gives the byline alone first on a <br> page plain fifteen wide as a byline, not a heading', () => {
    const text = ['川报观察记者　刘　宇', '', '记者从省农业农村厅获悉，截至目', '前，成都平原油菜播种面积超过5', '20万亩，播种基本完成。', ''].join('\n');
    expect(reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`)[0]).toBe('byline: 川报观察记者　刘　宇');
  });
});
