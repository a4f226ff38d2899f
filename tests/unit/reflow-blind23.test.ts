// Rules from what the blind23 pages showed (tests/fixtures/pages/blind23-*, npm run score:blind): a poem set one
// line to an element (six short unmarked elements in a row or more, stanzas parted by blank elements) is verse, each
// line a paragraph of its own, not a run of headlines. With the text each rule must leave alone. Text written for
// these tests in the shape of the blind23 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const I = '　　';

describe('a poem set one line to an element', () => {
  const stanzas = [['山那边的雪', '落在外公的屋顶上', '也落在我的梦里'], ['灶膛里的火', '映红了一整个腊月']];
  const html = (s: string[][]): string => s.map((st) => st.map((l) => `<p>${l}</p>`).join('')).join('<p>&nbsp;</p>');
  it('is verse, each line a paragraph, where six such elements or more stand in a row', () => {
    const more = [...stanzas, ['炊烟升起来的时候', '母亲在村口喊我']];
    expect(fromHtml(`<p>□ 王小林</p>${html(more)}<p>（作者系某某县作家协会会员）</p>`)).toEqual([
      'byline: □ 王小林', ...more.flat().map((l) => `body: ${l}`), 'byline: （作者系某某县作家协会会员）',
    ]);
  });

  it('is verse under a bold title of its own, the title still a heading', () => {
    const more = [...stanzas, ['炊烟升起来的时候', '母亲在村口喊我']];
    expect(fromHtml(`<p><b>腊月</b></p>${html(more)}`)).toEqual(['heading: 腊月', ...more.flat().map((l) => `body: ${l}`)]);
  });

  it('leaves a headline block alone: three short elements over a paragraph stay headings', () => {
    const P = '本报讯　入冬以来，全县各地抓住农闲时节，组织群众开展农田水利建设，已完成山塘整治42座、新修机耕路18公里。';
    expect(fromHtml(`<p>农闲时节</p><p>兴修水利正当时</p><p>全县已完成山塘整治42座</p><p>${I}${P}</p>`)).toEqual([
      'heading: 农闲时节', 'heading: 兴修水利正当时', 'heading: 全县已完成山塘整治42座', `body: ${P}`,
    ]);
  });

  it('leaves a price list alone: a category head before rows of figures stays a heading', () => {
    const rows = ['芹菜　3.20　涨0.30', '菠菜　4.00　持平', '冬瓜　1.20　持平', '茄子　5.50　降0.20', '黄瓜　3.80　涨0.10'];
    const out = fromHtml(`<p>${I}本报讯　昨日，城区农贸市场主要蔬菜价格稳中有升。</p><p><b>蔬菜</b></p>${rows.map((r) => `<p>${r}</p>`).join('')}`);
    expect(out[1]).toBe('heading: 蔬菜');
    expect(out.slice(2)).toEqual(rows.map((r) => `body: ${r}`));
  });
});

describe('a notice\'s last parts in one run of print lines', () => {
  const texts = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => b.text);
  const clauses = ['　　为做好冬季森林防火工作，根据', '有关规定，现将有关事项通告如下：', '　　一、全县范围内禁止野外用火。', '　　二、违反本通告规定的，由有关', '部门依法处理。'];
  it('ends after a closing formula (`特此通告。`, `谨此讣告。`), and the date under the signing office stands apart', () => {
    for (const formula of ['特此通告。', '谨此讣告。']) {
      expect(texts([...clauses, `　　${formula}`, '某某县森林防火指挥部', '2025年12月10日']).slice(-3), formula).toEqual([formula, '某某县森林防火指挥部', '2025年12月10日']);
    }
  });

  it('leaves a sentence opening with 特此 alone: it goes on into the next line', () => {
    expect(texts([...clauses, '　　特此提醒广大群众，进山不带', '火种，共同守护绿水青山。']).slice(-1)).toEqual(['特此提醒广大群众，进山不带火种，共同守护绿水青山。']);
  });

  it('leaves a date that goes on alone: after a word a sentence goes on from, it is the sentence\'s', () => {
    expect(texts([...clauses, '　　本通告自发布之日起施行，有效期至', '2026年4月30日']).slice(-1)).toEqual(['本通告自发布之日起施行，有效期至2026年4月30日']);
  });

  const call = ['　　本报即日起面向社会征集摄影作品，', '欢迎广大读者踊跃投稿。', '一、征集时间：即日起至2026年2月28日。', '二、投稿邮箱：photo2025@163.com'];
  it('ends after a contact field with a whole number, and before a field after a labelled line', () => {
    expect(texts([...call, '联系人：周老师', '联系电话：0575-88123456', '某某日报社', '2025年12月10日']).slice(-5)).toEqual([
      '二、投稿邮箱：photo2025@163.com', '联系人：周老师', '联系电话：0575-88123456', '某某日报社', '2025年12月10日',
    ]);
  });

  it('leaves a number a line end cut alone: the field goes on into its tail', () => {
    expect(texts([...call, '联系人：周老师', '联系电话：0575-881', '23456']).slice(-1)).toEqual(['联系电话：0575-88123456']);
    // A number that reads whole with seven digits goes on too where the next line holds its eighth.
    expect(texts([...call, '联系人：周老师', '联系电话：0575-8812345', '6', '某某日报社']).slice(-2)).toEqual(['联系电话：0575-88123456', '某某日报社']);
  });
});
