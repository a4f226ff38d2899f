// Rules from what the blind26 pages showed (tests/fixtures/pages/blind26-*, npm run score:blind): a page that is a
// poem and nothing else, its stanzas parted by blank print lines, keeps its lines, its poet and its note; an
// interview turn cut right after its speaker's label (`答：` alone in a <p>) goes on in the next element; a short
// indented print line with no mark, after a finished sentence and before prose (`　　读者来信`), is a heading; in a
// box set in one table cell on a page that indents its paragraphs, each unindented element after a sentence starts anew.
// With the text each rule must leave alone. Text written for these tests in the shape of the blind26 pages, not copied
// from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);

describe('a page that is a poem and nothing else, in <br> print lines', () => {
  const s1 = ['山那边的灯火', '一盏一盏亮起来', '像谁家的孩子', '在数星星'];
  const s2 = ['我把门前的雪', '扫成一条小路', '等你从镇上回来'];
  it('keeps each line of its stanzas, with the poet above and the note below', () => {
    const html = ['□ 林 溪', ...s1, '', ...s2, '（作者系县作家协会会员）'].join('<br>');
    expect(fromHtml(html)).toEqual(['byline: □ 林 溪', ...[...s1, ...s2].map((l) => `body: ${l}`), 'byline: （作者系县作家协会会员）']);
  });

  it('keeps a stanza with a comma inside a line beside an unmarked one', () => {
    const html = [...s1, '', '母亲说，雪会停的', '路也会干', '你也会回来'].join('<br>');
    expect(fromHtml(html)).toEqual([...s1, '母亲说，雪会停的', '路也会干', '你也会回来'].map((l) => `body: ${l}`));
  });

  it('leaves a single run of short unmarked lines alone: one stanza is no proof of verse', () => {
    const html = s1.join('<br>');
    expect(fromHtml(html)).toHaveLength(1);
  });

  it('leaves prose in print lines alone: lines with commas and full stops, two paragraphs, are joined as before', () => {
    const a = ['　　腊月里，母亲又把老屋的灶', '头烧了起来。'];
    const b = ['　　灶是外婆手上砌的，青砖，', '白灰。'];
    expect(fromHtml([...a, '', ...b].join('<br>'))).toEqual([`body: ${a.join('').trim()}`, `body: ${b.join('').trim()}`]);
  });
});

describe('an interview turn cut right after its speaker\'s label', () => {
  const I = '　　';
  const q1 = '问：去年没用完的余额会清零吗？';
  const rest = '不会。余额可以结转使用，继续用于支付医疗费用。';
  const q2 = '问：起付标准什么时候重新计算？';
  const a2 = '答：从1月1日起重新计算。';
  it('goes on in the unindented element after it, on a page that indents its paragraphs', () => {
    expect(fromHtml(`<p>${I}${q1}</p><p>${I}答：</p><p>${rest}</p><p>${I}${q2}</p><p>${I}${a2}</p>`)).toEqual([q1, `答：${rest}`, q2, a2].map((t) => `body: ${t}`));
  });

  it('leaves the label alone before an indented element: the words were set under it', () => {
    expect(fromHtml(`<p>${I}${q1}</p><p>${I}答：</p><p>${I}${rest}</p><p>${I}${q2}</p><p>${I}${a2}</p>`)).toContain('body: 答：');
  });

  it('leaves a label that stands alone each time alone (`任命：` before its names)', () => {
    const html = `<p>${I}市人大常委会决定：</p><p>${I}任命：</p><p>王建国为市教育局局长；</p><p>${I}免去：</p><p>李明的市教育局局长职务。</p><p>${I}任命：</p><p>张华为市卫健委主任。</p>`;
    expect(fromHtml(html)).toContain('body: 任命：');
  });
});

describe('a short indented print line with no mark between <br>s', () => {
  const I = '　　';
  const note = ['本报近日收到读者来信，反映老旧小区加装电', '梯后的维护费用问题。'];
  const letter = ['我家住在一个老小区，去年楼道里装上了电梯', '，邻居们都很高兴。'];
  it('is a heading after a finished sentence or at the start, before an indented line of prose', () => {
    const html = [`${I}编者按`, `${I}${note[0]}`, note[1], `${I}读者来信`, `${I}编辑同志：`, `${I}${letter[0]}`, letter[1]].join('<br>');
    expect(fromHtml(html)).toEqual(['heading: 编者按', `body: ${note.join('')}`, 'heading: 读者来信', 'body: 编辑同志：', `body: ${letter.join('')}`]);
  });

  it('leaves a poem quoted line by line alone: each line indented, none with a mark', () => {
    const html = [`${I}${note[0]}`, note[1], `${I}门前的好溪`, `${I}流过外婆的石埠头`, `${I}流过我的童年`, `${I}${letter[0]}`, letter[1]].join('<br>');
    expect(fromHtml(html).some((x) => x.startsWith('heading:'))).toBe(false);
  });

  it('leaves a short line after a line that ends no sentence alone', () => {
    const html = [`${I}${note[0]}`, '梯后的维护费用问题，', `${I}读者来信`, `${I}${letter[0]}`, letter[1]].join('<br>');
    expect(fromHtml(html).some((x) => x.startsWith('heading:'))).toBe(false);
  });
});

describe('a box set in one table cell on a page that indents its paragraphs', () => {
  const I = '　　';
  const p1 = '记者从市交警支队获悉，本周末将迎来节后返程高峰。';
  const p2 = '交警部门提醒，雨天路滑，请驾驶员保持安全车距。';
  const d1 = '今天：多云转小雨，6℃～11℃。';
  const d2 = '明天：小雨转阴，5℃～9℃。';
  it('keeps each unindented element of the cell after a finished sentence apart', () => {
    expect(fromHtml(`<p>${I}${p1}</p><p>${I}${p2}</p><table><tr><td><p>【天气】</p><p>${d1}</p><p>${d2}</p></td></tr></table>`)).toEqual([`body: ${p1}`, `body: ${p2}`, 'heading: 【天气】', `body: ${d1}`, `body: ${d2}`]);
  });

  it('leaves the same elements outside a table alone: an unindented element after a sentence goes on, as before', () => {
    expect(fromHtml(`<p>${I}${p1}</p><p>${I}${p2}</p><p>【天气】</p><p>${d1}</p><p>${d2}</p>`)).toContain(`body: ${d1}${d2}`);
  });

  it('leaves print columns set in cells side by side alone: a paragraph goes on into the next cell', () => {
    const a = '据介绍，今年春节假期全市共接待游客';
    const b = '120万人次，同比增长15%。';
    expect(fromHtml(`<table><tr><td><p>${I}${p1}</p><p>${I}${a}</p></td><td><p>${b}</p><p>${I}${p2}</p></td></tr></table>`)).toEqual([p1, a + b, p2].map((t) => `body: ${t}`));
  });
});
