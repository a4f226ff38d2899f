// Rules from what the blind128 pages showed (tests/fixtures/pages/blind128-*, npm run score:blind): a caption under a
// picture whose words the print line end cut (`渔民在石浦渔港的“海上客厅”里` / `休息。（记者　X　通讯员` / `Y　摄）`) takes the
// print lines its words run on over, up to its credit — or, for a 组图's numbered caption (`图①　…` / `茶青。`), up to its
// finished sentence (`captionRestEnd` in lib/reflow/credit-captions.ts): they are not the rest of the paragraph above the
// picture, nor a block of their own. With the lines it must leave alone. Snippets written for these tests in the shape of
// the blind128 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowLines } from '../../lib/reflow';
import type { SourceLine } from '../../lib/reflow/types';

/** One print line: in an element of its own (`gap` 1) or in a run of <br> lines (`gap` 0), indented or not, under a picture or not. */
const line = (text: string, gap = 1, afterMedia = false): SourceLine => ({ text, gap, indent: text.startsWith('　　'), afterMedia });
const kinds = (lines: SourceLine[]): string[] => reflowLines(lines, { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s/gu, '')}`);

// Print lines fifteen wide, one <p> each, paragraphs indented.
const P1 = ['　　记者日前从县农业农村局获悉，', '今年全县新建高标准农田1.2万亩，', '年底前全部完成验收。'];
const P2 = ['　　新建的农田实现了旱能灌、涝', '能排，机耕路通到每块田边，农机', '可以直接开进田里作业。'];
const P3 = ['　　“田块连成片，一台收割机一', '天能收一百多亩。”种粮大户说。'];
const body = (ls: string[]): string => `body: ${ls.join('').replace(/\s/gu, '')}`;
const ps = (ls: string[], gap = 1): SourceLine[] => ls.map((t) => line(t, gap));

describe('a caption under a picture whose words the print line end cut', () => {
  it('takes the lines up to its bracketed credit, the role and the name parted by the line end (one <p> per print line)', () => {
    const cap = [line('农机手在新建成的高标准农田里', 1, true), line('翻耕土地。（记者　周　明　通讯员'), line('农　宣　摄）')];
    expect(kinds([...ps(P1), ...ps(P2), ...cap, ...ps(P3)])).toEqual([body(P1), body(P2), 'caption: 农机手在新建成的高标准农田里翻耕土地。（记者周明通讯员农宣摄）', body(P3)]);
  });

  it('takes the rest of its words and its credit cut inside the role (`…打菜。通` / `讯员供图`)', () => {
    const cap = [line('村里的志愿者为老人送去午餐。通', 1, true), line('讯员供图')];
    expect(kinds([...ps(P1), ...cap, ...ps(P2)])).toEqual([body(P1), 'caption: 村里的志愿者为老人送去午餐。通讯员供图', body(P2)]);
  });

  it('takes the lines up to its credit between a paragraph\'s two halves in <br> lines, the paragraph going on under it', () => {
    const half1 = ['　　新建的农田实现了旱能灌、涝', '能排，机耕路通到每块田边，农机'];
    const cap = [line('5月10日，农机手驾驶旋耕机在', 0, true), line('田里作业。（通讯员　农　宣　', 0), line('摄）', 0)];
    expect(kinds([...ps(P1, 0), ...ps(half1, 0), ...cap, line('可以直接开进田里作业。', 0), ...ps(P3, 0)])).toEqual([
      body(P1), body(P2), 'caption: 5月10日，农机手驾驶旋耕机在田里作业。（通讯员农宣摄）', body(P3),
    ]);
  });

  it('takes the rest of a 组图\'s numbered captions, each up to its finished sentence', () => {
    const caps = [line('图①　农机手在高标准农田里翻耕', 1, true), line('土地。'), line('图②　种粮大户在田头查看秧苗长', 1, true), line('势。')];
    expect(kinds([...ps(P1), ...ps(P2), ...caps])).toEqual([body(P1), body(P2), 'caption: 图①农机手在高标准农田里翻耕土地。', 'caption: 图②种粮大户在田头查看秧苗长势。']);
  });

  it('leaves alone a short line under a picture over a paragraph\'s second half that ends in no credit', () => {
    const half1 = ['　　新建的农田实现了旱能灌、涝', '能排，机耕路通到每块田边，农机'];
    const lines = [...ps(P1), ...ps(half1), line('农机手在田里作业', 1, true), line('可以直接开进田里作业，种粮大户'), line('省了不少工夫。'), ...ps(P3)];
    expect(kinds(lines)).not.toContain('caption: 农机手在田里作业可以直接开进田里作业，种粮大户省了不少工夫。');
    expect(kinds(lines)).toContain('caption: 农机手在田里作业');
  });

  it('leaves alone an unnumbered one running into a finished sentence with no credit', () => {
    const open = [line('农机手在新建成的高标准农田里', 1, true), line('翻耕土地。')];
    expect(kinds([...ps(P1), ...open, ...ps(P2)])).not.toContain('caption: 农机手在新建成的高标准农田里翻耕土地。');
  });
});
