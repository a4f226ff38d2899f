// Rules from what the blind47 pages showed (tests/fixtures/pages/blind47-*, npm run score:blind -- --set blind47): a 理论
// page's sources numbered `[1]…` / `[2]…`, each an unindented element, were joined into one paragraph; a 便民 page's
// forecast lines (`16日：多云转阴，14℃～23℃` / `17日：…`) were joined; a 组诗's poems, numbered `一　江心屿`, whose lines
// pause on a comma now and then (`流过去，又流回来`), were read as headlines and joined. With the shapes each rule must
// leave alone. Text written for these tests in the shape of the blind47 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { nextArabicItem, nextDayItem } from '../../lib/reflow/set-apart';
import { isVersePoemHead } from '../../lib/reflow/verse-elements';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const I = '　　';
const LEAD = `<p>${I}乡村振兴离不开人才支撑，各地在实践中探索出不少行之有效的办法[1]。</p><p>${I}人才引得进、留得住，乡村才有持久的活力[2]。</p>`;

describe('numbered sources, each an element', () => {
  const sources = ['[1]王晓明.乡村人才振兴研究[M].杭州：浙江大学出版社，2023.', '[2]李华.县域人才工作的实践与思考[J].浙江学刊，2024（3）：12-18.'];
  it('are each a paragraph: the next number opens the next source', () => {
    const out = fromHtml(`${LEAD}<p><strong>参考文献：</strong></p><p>${sources[0]}</p><p>${sources[1]}</p>`);
    expect(out.slice(-2)).toEqual(sources.map((s) => `body: ${s}`));
    expect(nextArabicItem(sources[0] as string, sources[1] as string)).toBe(true);
    expect(nextArabicItem('［3］张三.书名[M].', '［4］李四.书名[M].')).toBe(true);
  });

  it('are left alone where the numbers do not follow on, the forms differ, or the number is no opening', () => {
    expect(nextArabicItem('[1]王晓明.乡村人才振兴研究[M].', '[3]李华.县域人才工作[J].')).toBe(false);
    expect(nextArabicItem('[1]王晓明.乡村人才振兴研究[M].', '（2）李华.县域人才工作[J].')).toBe(false);
    expect(nextArabicItem('各地在实践中探索出不少办法[1]。', '[2]李华.县域人才工作[J].')).toBe(false);
    expect(nextArabicItem('[2019]3号文件', '[2020]5号文件')).toBe(false);
  });
});

describe('a forecast\'s day lines, each an element', () => {
  const days = ['16日：多云转阴，14℃～23℃', '17日：阴有小雨，13℃～19℃', '18日：小雨转多云，12℃～20℃'];
  it('are each a paragraph: the next day\'s label opens the next line', () => {
    const out = fromHtml(`<p>${I}本周天气以阴雨为主，出行请带好雨具。</p><p><strong>天气</strong></p>${days.map((d) => `<p>${d}</p>`).join('')}<p>${I}气象部门提醒，本周后期气温下降明显，请注意添衣保暖。</p>`);
    expect(out.slice(2, 5)).toEqual(days.map((d) => `body: ${d}`));
    expect(nextDayItem('10月31日：晴，12℃～22℃', '11月1日：多云，11℃～20℃')).toBe(true);
  });

  it('is left alone where the days do not follow on, one line gives the month and the other not, or no label opens the line', () => {
    expect(nextDayItem('16日：多云转阴', '18日：小雨转多云')).toBe(false);
    expect(nextDayItem('10月16日：多云转阴', '17日：阴有小雨')).toBe(false);
    expect(nextDayItem('10月16日：多云转阴', '11月17日：阴有小雨')).toBe(false);
    expect(nextDayItem('10月15日：多云转阴', '11月1日：阴有小雨')).toBe(false);
    expect(nextDayItem('截至16日：共受理投诉52件', '17日：新增投诉3件')).toBe(false);
    expect(nextDayItem('16日上午，市政府召开会议', '17日：阴有小雨')).toBe(false);
  });
});

describe('a 组诗: numbered poems whose lines pause on a comma now and then', () => {
  const poems: [string, string[]][] = [
    ['一　江南雨', ['雨落在瓦上', '也落在青石板上', '巷子深处', '一把伞，慢慢走远']],
    ['二　渡口', ['船还没有来', '等船的人', '把日子坐成了石头']],
    ['三　柿子', ['霜降以后', '树上只剩下几盏灯', '母亲说，留给鸟吃']],
  ];
  it('is verse, each line a paragraph, and each poem\'s number a heading', () => {
    const html = poems.map(([h, ls]) => `<p>${h}</p>${ls.map((l) => `<p>${l}</p>`).join('')}`).join('');
    expect(fromHtml(`<p>□ 张　岚</p>${html}`)).toEqual(['byline: □ 张　岚', ...poems.flatMap(([h, ls]) => [`heading: ${h}`, ...ls.map((l) => `body: ${l}`)])]);
    expect(isVersePoemHead('二')).toBe(true);
  });

  it('leaves short elements that pause on commas too often alone: no verse, no poem head', () => {
    // Ten short elements, six with no mark and four with a comma inside: more than a third pause — not verse.
    const pieces = ['今年以来', '全市新增，就业岗位', '其中，青年就业', '稳中有升', '各地纷纷，出台措施', '效果明显', '企业用工', '需求旺盛', '一季度，招聘人数', '同比增长'];
    const out = fromHtml(`<p>${I}本报讯　记者从市人社局获悉，全市就业形势总体稳定。</p>${pieces.map((p) => `<p>${p}</p>`).join('')}`);
    expect(out.filter((l) => l.startsWith('body: ')).length).toBeLessThan(pieces.length + 1);
    // A numeral before a title with a mark, or a long line, is no poem's number.
    expect(isVersePoemHead('一、坚持规划先行')).toBe(false);
    expect(isVersePoemHead('一　坚持规划先行推动乡村全面振兴')).toBe(false);
    expect(isVersePoemHead('一片落叶')).toBe(false);
  });
});
