// Rules from what the blind20 pages showed (tests/fixtures/pages/blind20-*, npm run score:blind): a notice in
// clauses `第一条　…`, `第二条　…` — each clause opens its paragraph after a finished sentence, a colon or a semicolon,
// and the items its colon announces (`（一）…；`) are paragraphs of their own; the notice's document number
// (`某政通〔2025〕6号`) is a line of its own before a break; and subheads marked `◆` (two or more on a page, each an
// element of its own with no clause mark) are headings in plain text as in bold. Text written for these tests in the shape of the blind20
// 通告 re-printed, not copied from it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { markedHeads } from '../../lib/reflow/set-apart';

const texts = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);

const NUMBER = '江政通〔2025〕11号';
const INTRO = '为加强河道管理，保障防洪安全，根据有关规定，现就有关事项通告如下：';
const C1 = '第一条　下列河道两岸各十米范围内禁止新建建筑物：';
const I1 = '（一）城东河、城西河；';
const I2 = '（二）县城区域内的其他河道。';
const C2 = '第二条　在河道管理范围内堆放物料、倾倒垃圾的，由水行政主管部门责令改正。';
const C3 = '第三条　本通告自2026年3月1日起施行。';

/** `t` cut into print lines `w` characters wide. */
const cut = (t: string, w: number): string[] => Array.from({ length: Math.ceil(t.length / w) }, (_, i) => t.slice(i * w, (i + 1) * w));

describe('a notice in 第N条 clauses', () => {
  it('opens a paragraph at each clause and each item after a colon, in print lines broken by blank lines at page ends', () => {
    // Blank lines part the paragraphs and fall where a print page ended too (inside the second clause).
    const c2 = cut(C2, 11);
    const text = [NUMBER, cut(INTRO, 11).join('\n'), cut(C1, 11).join('\n'), I1, I2, c2.slice(0, 2).join('\n'), c2.slice(2).join('\n'), C3].join('\n\n');
    expect(texts(text)).toEqual([NUMBER, INTRO, C1, I1, I2, C2, C3]);
  });

  it('opens a paragraph at each clause in plain print lines without blank lines or indentation, each ending on a full line', () => {
    // Every paragraph here fills its last line (22, 11, 11 and 44 characters in lines 11 wide): no width marks an end.
    const full = ['第一条　下列河道两岸各十米内禁止新建建筑物：', I1, '（二）城区的其他河道。', '第二条　在河道管理范围内堆放物料、倾倒垃圾的，由水行政主管部门责令其限期改正，恢复原状。', C3];
    expect(full.slice(0, 4).map((t) => t.length)).toEqual([22, 11, 11, 44]);
    expect(texts(full.flatMap((t) => cut(t, 11)).join('\n'))).toEqual(full);
  });

  it('goes on where a clause is cited inside a sentence a line end cut', () => {
    const t = ['违反本通告规定的，依照本办法', '第十二条规定处理。'];
    expect(texts(`${t.join('\n')}\n\n${C3}`)).toEqual([t.join(''), C3]);
  });
});

describe('a notice\'s document number', () => {
  it('is a line of its own before a blank line, even where blank lines fall at page ends too', () => {
    const intro = cut(INTRO, 11);
    expect(texts([NUMBER, intro.slice(0, 2).join('\n'), intro.slice(2).join('\n'), C3].join('\n\n'))).toEqual([NUMBER, INTRO, C3]);
  });

  it('stays inside a sentence that cites it', () => {
    const t = ['根据县政府印发的江政通〔2025〕', '11号文件要求，各乡镇于年底前完成河道清理。'];
    expect(texts(`${t.join('\n')}\n\n${C3}`)).toEqual([t.join(''), C3]);
  });
});

describe('subheads marked ◆', () => {
  const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);
  const P1 = '入冬以来，镇上的茶农们忙着给茶园施肥、培土，为明年的春茶做准备，合作社也提前和茶农签下了收购合同。';
  const H1 = '◆ 从“单打独斗”到“抱团发展”';
  const P2 = '过去，茶农们各自种茶、各自卖茶，品质参差不齐，价格常常被压得很低。2023年起，镇里组建茶叶合作社，统一技术、统一收购。';
  const H2 = '◆ 从“卖茶叶”到“卖风景”';
  const P3 = '在茶园边上，民宿和茶室多了起来。游客可以在这里采茶、品茶，体验制茶的过程，茶农的收入也跟着涨了。';

  it('are headings where each is an element of its own between paragraphs in print lines', () => {
    for (const w of [11, 13]) {
      const text = [cut(P1, w).join('\n'), H1, cut(P2, w).join('\n'), H2, cut(P3, w).join('\n')].join('\n\n');
      expect(kinds(text), `${w} wide`).toEqual([`body: ${P1}`, `heading: ${H1}`, `body: ${P2}`, `heading: ${H2}`, `body: ${P3}`]);
    }
  });

  it('are not taken for heads where the marked elements follow each other (a list) or hold a clause mark', () => {
    const list = ['◆ 推进茶园提质改造工程', '◆ 建设茶叶加工示范中心', '◆ 举办春茶开采节活动'].map((t, k) => ({ text: t, gap: k === 0 ? 0 : 1 }));
    expect(markedHeads(list).size).toBe(0);
    const clauses = [{ text: P1, gap: 0 }, { text: '◆ 第一，茶园要施足基肥', gap: 1 }, { text: P2, gap: 1 }, { text: '◆ 第二，茶树要修剪整形', gap: 1 }, { text: P3, gap: 1 }];
    expect(markedHeads(clauses).size).toBe(0);
    const one = [{ text: P1, gap: 0 }, { text: H1, gap: 1 }, { text: P2, gap: 1 }];
    expect(markedHeads(one).size).toBe(0);
  });
});
