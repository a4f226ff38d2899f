// What the blind169 pages showed (tests/fixtures/pages/blind169-*, pages read by "Use Dubao on this page" on portals, city
// news sites and government sites): a reprint's print-source line unbracketed (`《浙江日报》2031年02月10日　第1版`) and a
// portal's prompt to download its app (`（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）`) are no article text
// (lib/extract/boilerplate.ts). Snippets written for these tests in the pages' shapes; the leave-alone cases keep what
// Dubao did before.
import { describe, expect, it } from 'vitest';
import { extractLines, isBoilerplate } from '../../lib/extract';
import { reflowText } from '../../lib/reflow';
import { measure } from '../../lib/reflow/columns';
import { marksAgree } from '../../lib/reflow/evidence';
import { textToLines } from '../../lib/reflow/lines';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const P1 = '2月10日，全省第一批重大项目集中开工，共486个项目，总投资2816亿元，涵盖交通、能源、先进制造业等领域。';
const P2 = '省发展改革委有关负责人表示，今年将继续实施扩大有效投资“千项万亿”工程。';

const root = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(root(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
const el = (html: string): Element => root(html).firstElementChild as Element;

describe('a reprint\'s print-source line unbracketed (blind169)', () => {
  it('leaves out 《X报》YYYY年MM月DD日　第N版 last in the article', () => {
    expect(fromHtml(`<p>　　${P1}</p><p>　　${P2}</p><p>　　《浙江日报》2031年02月10日　第1版</p>`)).toEqual([`body: ${P1}`, `body: ${P2}`]);
    for (const h of ['<p>《宁波日报》2031年2月9日 第3版</p>', '<p>《广州日报》（2027年03月22日　A4版）</p>', '<p>《南方日报》2030年9月12日 A02版</p>']) expect(isBoilerplate(el(h))).toBe(true);
  });

  it('leaves alone a paper\'s name and date with no page, and a sentence that cites the paper', () => {
    for (const h of ['<p>《浙江日报》2031年02月10日</p>', '<p>《浙江日报》2031年02月10日第1版刊发了这篇报道。</p>', '<p>《湖州日报》创刊于1951年，第1版为要闻版。</p>']) expect(isBoilerplate(el(h))).toBe(false);
  });
});

describe('a portal\'s prompt to download its app (blind169)', () => {
  it('leaves out （本文来自X，更多原创资讯请下载“X”APP） last in the article', () => {
    expect(fromHtml(`<p>澎湃新闻记者　邹　琳</p><p>${P1}</p><p>${P2}</p><p>（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）</p>`)).toEqual([
      'byline: 澎湃新闻记者　邹　琳',
      `body: ${P1}`,
      `body: ${P2}`,
    ]);
    for (const h of ['<p>下载新京报APP，阅读更多精彩内容</p>', '<p>扫码下载新华网客户端，第一时间获取权威资讯</p>', '<p>下载学习强国APP</p>']) expect(isBoilerplate(el(h))).toBe(true);
  });

  it('leaves alone a 本文来源 line, and sentences that speak of downloading an app', () => {
    for (const h of ['<p>本文来源：嘉兴日报</p>', '<p>市民可下载“浙里办”APP，在首页搜索“医保”办理参保登记。</p>', '<p>截至目前，该客户端下载量已突破500万次。</p>', '<p>本文来自浙江日报，有删节。</p>']) expect(isBoilerplate(el(h))).toBe(false);
  });
});

// The 中国宁波网 reprint's credit cut at a padded name (`…通讯员` / `　周　亮）…`): the DOM reader read the line as indented
// (one full-width space); the text reader reads it as the credit's own space (../../lib/reflow/credit-space.ts), and now
// so does the DOM reader (lib/extract/index.ts).
describe('a line opening on a reporters\' bracket\'s space in the DOM (blind169)', () => {
  it('reads a line opening on a reporters\' bracket\'s space as no indented line, in the DOM as in text', () => {
    const lines = extractLines(root('<div>　　本报讯（记者　孙　佳　通讯员<br>　周　亮）2月9日晚，一列专列驶抵宁波站。<br>　这一行开在一个空格上。</div>')).lines;
    expect(lines.map((l) => l.indent)).toEqual([true, false, true]);
    expect(repairBody(root('<div>　　本报讯（记者　孙　佳　通讯员<br>　周　亮）2月9日晚，一列专列驶抵宁波站。</div>'), { isPre: () => false }).blocks.map((b) => b.text)).toEqual(['本报讯（记者　孙　佳　通讯员　周　亮）2月9日晚，一列专列驶抵宁波站。']);
  });
});

// The 中国宁波网 reprint (<br> print lines sixteen wide, every paragraph indented, an empty line between paragraphs):
// lines holding three half-width figures (`800元红包，并为新招员工提供免`, `…上调了300元。`) measure 14.5 and were read as
// paragraph ends. Where every run of two lines or more opens indented, no line inside a run is, and each such run ends on
// a sentence's end before the blank line, both marks say the same and indentation counts (../../lib/reflow/evidence.ts
// `marksAgree`).
const AGREE = [
  '　　本市今年开行的返乡专列昨天全部',
  '到站，一千多名务工人员乘车回到家',
  '乡。车站还为他们准备了热水和点心。',
  '',
  '　　据了解，专列乘客大多在长三角',
  '各地的制造企业工作，铁路部门提前',
  '调配了车底和乘务人员，保障旅客安',
  '全出行。',
  '',
  '　　“今年回家不用挤了。”在外打工',
  '十多年的老李说，他已经订好了返程',
  '的车票，节后还回原来的厂里上班。',
  '',
  '　　记者了解到，节后全市还将开行',
  '返岗专列和专车200余趟，帮助企业',
  '尽快恢复生产。',
  '',
  '　　不少企业也拿出了开工红包。一家',
  '电器企业为按时返岗的员工每人发放',
  '600元红包，并为新招员工提供免',
  '费住宿；另一家企业把一线员工的月',
  '基本工资上调了500元。',
  '这家企业的负责人说，留住熟练工人',
  '就是留住了企业的竞争力和订单。',
];
const agreeLines = (text: readonly string[]): ReturnType<typeof measure> => measure(textToLines(text.join('\n')));

describe('indentation and blank lines that agree (blind169)', () => {
  it('keeps a paragraph whole across lines its half-width figures leave short', () => {
    const out = reflowText(AGREE.join('\n')).map((b) => b.text);
    expect(out.length).toBe(5);
    expect(out[4]).toBe('不少企业也拿出了开工红包。一家电器企业为按时返岗的员工每人发放600元红包，并为新招员工提供免费住宿；另一家企业把一线员工的月基本工资上调了500元。这家企业的负责人说，留住熟练工人就是留住了企业的竞争力和订单。');
    expect(marksAgree(agreeLines(AGREE))).toBe(true);
  });

  it('leaves alone a page whose indented pieces end mid-sentence, one with indented lines inside runs, and too few runs', () => {
    const cut = AGREE.slice(0, 6).concat(['', '　　调配了车底和乘务人员，保障旅客安'], AGREE.slice(7));
    expect(marksAgree(agreeLines(cut))).toBe(false);
    const inside = AGREE.slice(0, 3).concat(['　　据了解，专列乘客大多在长三角'], AGREE.slice(5));
    expect(marksAgree(agreeLines(inside))).toBe(false);
    expect(marksAgree(agreeLines(AGREE.slice(0, 12)))).toBe(false);
  });
});
