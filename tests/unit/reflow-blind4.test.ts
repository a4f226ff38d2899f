// Rules from what the blind4 pages showed (tests/fixtures/pages/blind4-*): an element set wholly
// in bold (an interview question, a numbered subheading of a government notice) is a block of its
// own, never joined to the paragraph before or after it across a break. With the negatives it must
// leave alone. Snippets written for these tests in the pages' shapes (see blind4-manifest.json).
import { describe, expect, it } from 'vitest';
import { extractLines } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { reflowLines, type SourceLine } from '../../lib/reflow';
import { isBracketCredit, isHeadingCandidate } from '../../lib/reflow/classify';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element => {
  const doc = parseHtml(`<html><body><div id="b">${html}</div></body></html>`, 'https://localhost/');
  return doc.getElementById('b') as Element;
};
const blocks = (html: string): [string, string][] => repairBody(body(html), { punctuation: false }).blocks.map((b) => [b.kind, b.text]);

describe('an element set wholly in bold', () => {
  it('marks a <p><strong>…</strong></p> line bold, and not a paragraph with a bold lead-in or a bold run after a <br>', () => {
    const lines = extractLines(body('<p><b>问：怎么开户？</b></p><p><strong>记者：</strong>您怎么看？</p><p>第一行<br><strong>第二行</strong></p><p>　　<strong>一、总体要求</strong></p>')).lines;
    expect(lines.map((l) => l.bold === true)).toEqual([true, false, false, false, true]);
  });

  it('keeps an unindented bold question apart from the indented answer before it (pc Q&A)', () => {
    expect(blocks('<p>　　答：都可以参加个人养老金。</p><p><b>问：怎么开户？</b></p><p>　　答：可以通过手机银行开户。</p><p><b>问：有哪些优惠？</b></p><p>　　答：缴费额可据实扣除。</p>')).toEqual([
      ['body', '答：都可以参加个人养老金。'],
      ['body', '问：怎么开户？'],
      ['body', '答：可以通过手机银行开户。'],
      ['body', '问：有哪些优惠？'],
      ['body', '答：缴费额可据实扣除。'],
    ]);
  });

  it('makes a bold numbered line between paragraphs a subheading, not the start of the next paragraph (text-indent by style)', () => {
    expect(blocks('<p style="text-indent:2em">为做好防火工作，现通知如下。</p><p style="text-indent:2em"><strong>一、压紧压实防火责任</strong></p><p style="text-indent:2em">各地要严格落实森林防火行政首长负责制。</p>')).toEqual([
      ['body', '为做好防火工作，现通知如下。'],
      ['heading', '一、压紧压实防火责任'],
      ['body', '各地要严格落实森林防火行政首长负责制。'],
    ]);
  });

  it('makes it a subheading after a paragraph ending in a colon too (…现通知如下：)', () => {
    expect(blocks('<p style="text-indent:2em">经市政府同意，现就有关事项通知如下：</p><p style="text-indent:2em"><strong>一、压紧压实防火责任</strong></p><p style="text-indent:2em">各地要严格落实森林防火行政首长负责制。</p>')).toEqual([
      ['body', '经市政府同意，现就有关事项通知如下：'],
      ['heading', '一、压紧压实防火责任'],
      ['body', '各地要严格落实森林防火行政首长负责制。'],
    ]);
  });

  it('still joins plain <p> pieces a column cut, and bold pieces a column cut', () => {
    expect(blocks('<p>　　活动现场，测血压、查血糖、</p><p>做心电图的队伍排起了长龙。</p>')).toEqual([['body', '活动现场，测血压、查血糖、做心电图的队伍排起了长龙。']]);
    expect(blocks('<p><strong>　　活动现场，测血压、查血糖、</strong></p><p><strong>做心电图的队伍排起了长龙。</strong></p>')).toEqual([['body', '活动现场，测血压、查血糖、做心电图的队伍排起了长龙。']]);
  });

  it('leaves a paragraph with a bold lead-in to the usual rules (记者：… answer in the same <p>)', () => {
    expect(blocks('<p>　　<strong>记者：</strong>您从事这行多久了？</p><p>　　<strong>王建强：</strong>三十多年了。</p>')).toEqual([
      ['body', '记者：您从事这行多久了？'],
      ['body', '王建强：三十多年了。'],
    ]);
  });
});

describe('a subheading in pre-wrapped print lines after a sentence ended on a full line', () => {
  // Pre-wrap text, 15 wide, first lines indented: one SourceLine per print line, no blank lines.
  const pre = (...ls: string[]): SourceLine[] => ls.map((t) => ({ text: t.replace(/^　　/u, ''), gap: 0, indent: t.startsWith('　　') }));
  const lines = (...ls: string[]): [string, string][] => reflowLines(pre(...ls), { punctuation: false }).map((b) => [b.kind, b.text]);

  it('stands apart when it holds no closing mark at all and is short of the column', () => {
    expect(lines(
      '　　便民生活圈建设开展一年多来，',
      '我市新建改造便民服务网点三百余',
      '个。不少变化就发生在市民身边。',
      '“早餐车”开进产业园',
      '　　园区食堂每天早上六点半开门，',
      '夜班工人下班就能吃上热乎饭。',
      '　　市商务局表示，明年将再建成二',
      '十个便民生活圈。',
    )).toEqual([
      ['body', '便民生活圈建设开展一年多来，我市新建改造便民服务网点三百余个。不少变化就发生在市民身边。'],
      ['heading', '“早餐车”开进产业园'],
      ['body', '园区食堂每天早上六点半开门，夜班工人下班就能吃上热乎饭。'],
      ['body', '市商务局表示，明年将再建成二十个便民生活圈。'],
    ]);
  });

  it('is still the paragraph\'s last line when it ends in a closing mark (…“家门口”的便利”)', () => {
    expect(lines(
      '　　便民生活圈建设开展一年多来，',
      '我市新建改造便民服务网点三百余',
      '个。负责人说：“要让市民享受到',
      '家门口的便利”',
      '　　园区食堂每天早上六点半开门，',
      '夜班工人下班就能吃上热乎饭。',
      '　　市商务局表示，明年将再建成二',
      '十个便民生活圈。',
    )[0]).toEqual(['body', '便民生活圈建设开展一年多来，我市新建改造便民服务网点三百余个。负责人说：“要让市民享受到家门口的便利”']);
  });
});

describe('who supplied the text, in brackets', () => {
  it.each(['（县人力社保局 供稿）', '（市文旅局供图）', '(区融媒体中心 提供)'])('reads %s as a credit, never a headline', (t) => {
    expect(isBracketCredit(t)).toBe(true);
    expect(isHeadingCandidate(t)).toBe(false);
  });

  it.each(['（供稿）', '县人力社保局供稿', '（县人力社保局供稿，有删节。）'])('does not read %s as one', (t) => {
    expect(isBracketCredit(t)).toBe(false);
  });

  it('makes it the byline as an element of its own after the last paragraph (<br><br> body)', () => {
    expect(blocks('　　据统计，当天共有486人与企业初步达成就业意向。<br><br>　　（县人力社保局 供稿）<br>')).toEqual([
      ['body', '据统计，当天共有486人与企业初步达成就业意向。'],
      ['byline', '（县人力社保局 供稿）'],
    ]);
  });
});
