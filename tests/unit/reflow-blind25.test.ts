// Rules from what the blind25 pages showed (tests/fixtures/pages/blind25-*, npm run score:blind): a 都市报's short name
// before 记者 (`海都记者 陈 曦 文/图`) is a byline's medium; a print line set wholly in bold between <br>s, alone, after a
// finished sentence and before an indented line, is a subheading; a short element under a picture, unindented where
// the page indents its paragraphs, is the picture's caption.
// With the text each rule must leave alone. Text written for these tests in the shape of the blind25 pages, not copied
// from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { isRoleByline } from '../../lib/reflow/classify';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const I = '　　';

describe('a 都市报\'s short name before 记者', () => {
  it.each(['海都记者 陈 曦 文/图', '南都记者 王 明', '南都记者 林晓东 实习生 周 洁'])('reads %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(true);
  });

  it.each(['首都记者节座谈会', '成都记者站揭牌', '海都记者', '首都记者们走进了社区'])('does not read %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(false);
  });

  it('is the byline, not a headline, alone in the first <p>', () => {
    const P = '元宵节将至，江滨公园的灯会昨晚亮灯，市民扶老携幼前来赏灯。';
    expect(fromHtml(`<p>海都记者 陈 曦 文/图</p><p>${I}${P}</p>`)).toEqual(['byline: 海都记者 陈 曦 文/图', `body: ${P}`]);
  });
});

describe('a print line set wholly in bold between <br>s', () => {
  const a = ['本报讯　节后第一个工作日，开发区', '多家企业的生产线全面开动。'];
  const b = ['“订单已经排到了年中。”一家企业', '负责人说。'];
  it('is a subheading after a finished sentence, before an indented line', () => {
    const html = [`${I}${a[0]}`, a[1], `${I}<b>订单排到了年中</b>`, `${I}${b[0]}`, b[1]].join('<br>');
    expect(fromHtml(html)).toEqual([`body: ${a.join('')}`, 'heading: 订单排到了年中', `body: ${b.join('')}`]);
  });

  it('leaves a lead set in bold alone: two bold print lines are the paragraph\'s, not a heading', () => {
    const html = [`${I}<b>春节假期，开发区企业不停工，</b>`, '<b>赶制订单</b>', `${I}${b[0]}`, b[1]].join('<br>');
    expect(fromHtml(html).some((x) => x.startsWith('heading:'))).toBe(false);
  });

  it('leaves a bold line alone when an unindented line goes on after it', () => {
    const html = [`${I}${a[0]}`, a[1], `${I}<b>订单排到了年中</b>`, b[0], b[1]].join('<br>');
    expect(fromHtml(html).some((x) => x.startsWith('heading:'))).toBe(false);
  });
});

describe('a short element under a picture, unindented on an indenting page', () => {
  const p1 = '今年的灯会以“福”文化为主题，既有传统的走马灯，也有互动灯组。';
  const p2 = '据介绍，灯会将持续到3月初。';
  const cap = '市民在古街区赏灯。';
  it('is the picture\'s caption, not the end of the paragraph before the picture', () => {
    expect(fromHtml(`<p>${I}${p1}</p><p>${I}${p2}</p><p><img src="a.jpg"></p><p>${cap}</p>`)).toEqual([`body: ${p1}`, `body: ${p2}`, `caption: ${cap}`]);
  });

  it('leaves a page that indents nothing alone: its short line under a picture is a paragraph', () => {
    expect(fromHtml(`<p>${p1}</p><p>${p2}</p><p><img src="a.jpg"></p><p>${cap}</p>`)).toEqual([`body: ${p1}`, `body: ${p2}`, `body: ${cap}`]);
  });

  it('leaves a cut paragraph alone: after a line that ends no sentence the words under the picture go on', () => {
    const cut = '据介绍，灯会将持续到3月初，其间还将举办';
    expect(fromHtml(`<p>${I}${p1}</p><p>${I}${cut}</p><p><img src="a.jpg"></p><p>猜灯谜等民俗活动。</p>`)).toEqual([`body: ${p1}`, `body: ${cut}猜灯谜等民俗活动。`]);
  });
});
