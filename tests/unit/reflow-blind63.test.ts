// The rule the blind63 round added (an ordinary day's issue of ten papers). lib/reflow/lines-apart.ts plainRunHead and
// blankEndsColumn: in print lines with no indentation whose blank lines mark only the columns' ends, a line well short
// of its column with no mark at all, under a finished sentence, standing at a column's foot with the column end's
// blank line right under it and a full line of prose after that, is a 小标题 (`…调解邻里纠纷300多起。` / `小事不出网格`
// / `` / `去年夏天，…`), as it already was at a column's top or inside a column. Text written for these tests in the
// shape of the 衢州日报 pad page (print lines twenty wide, a blank line every six), not copied from it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { blankEndsColumn } from '../../lib/reflow/lines-apart';
import { measure } from '../../lib/reflow/columns';
import type { PageEvidence } from '../../lib/reflow/evidence';
import type { SourceLine } from '../../lib/reflow/types';

const kinds = (lines: string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind}: ${b.text}`);

// Four columns of six print lines twenty wide; the column ends fall mid-sentence, after the 小标题 and mid-sentence.
const COLUMNS = (head: string): string[] => [
  '在龙游县溪口镇，提起老党员徐根土，村里人', '都竖起大拇指。今年71岁的他，义务巡河已经', '是第九个年头了。村里的灵山港穿村而过，河', '面不宽，却是全村人的水缸。早些年，河里常',
  '常漂着塑料袋和菜叶，夏天一到还有异味。徐', '根土看在眼里，急在心里。', '',
  '“河是大家的，总得有人管。”他说。从那以', '后，徐根土每天都去河边转一转，遇到乱扔垃', '圾的，就上前劝一劝。村干部知道后，给他配', '了一根绑了网兜的长竹竿和一双高筒雨靴，还', '推选他当了村里的民间河长。', head, '',
  '每天清晨六点，徐根土都会拿着竹竿沿着灵山', '港走上一圈，把漂在水面上的垃圾捞上岸，再', '分类装进垃圾桶。一圈走下来要一个多小时，', '九年来从没有间断过。在他的带动下，村里成', '立了一支20多人的护河志愿队，每周末都会到', '',
  '河边清理一次垃圾。如今，灵山港的水清了，', '河里的鱼也多了起来，不少游客专门来村里拍', '照打卡。“河干净了，村里的人住着也舒服。”', '徐根土说，只要走得动，他就会一直巡下去。',
];

describe('a 小标题 at a column\'s foot in print lines whose blank lines end columns (plainRunHead)', () => {
  it('changes: a short line with no mark, under a finished sentence, the column end\'s blank line under it', () => {
    const out = kinds(COLUMNS('一根竹竿守护一条河'));
    expect(out).toContain('heading: 一根竹竿守护一条河');
    expect(out).toContain('body: “河是大家的，总得有人管。”他说。从那以后，徐根土每天都去河边转一转，遇到乱扔垃圾的，就上前劝一劝。村干部知道后，给他配了一根绑了网兜的长竹竿和一双高筒雨靴，还推选他当了村里的民间河长。');
    expect(out.some((b) => b.startsWith('body: 每天清晨六点，'))).toBe(true);
  });
  it('leaves alone: a line ending in a mark, a line nearly as wide as its column, a line under an unfinished clause', () => {
    expect(kinds(COLUMNS('一根竹竿守护一条河。')).some((b) => b.startsWith('heading:'))).toBe(false);
    expect(kinds(COLUMNS('一根竹竿守护一条河也守护着全村人')).some((b) => b.startsWith('heading:'))).toBe(false);
    const clause = COLUMNS('一根竹竿守护一条河');
    clause[11] = '推选他当了村里的民间河长，';
    expect(kinds(clause).some((b) => b.startsWith('heading:'))).toBe(false);
  });
});

describe('a blank line that ends a column, not a paragraph (blankEndsColumn)', () => {
  const [, b] = measure(['…调解邻里纠纷300多起。', '小事不出网格', '', '去年夏天，一栋老楼的楼上楼下因为漏水闹得'].map((text): SourceLine => ({ text, gap: 0, indent: false }))).slice(1);
  const ev = (blankIsParagraph: boolean, height?: number): PageEvidence => ({ blankIsParagraph, regular: true, height, cuts: [0], positions: [0, 1, 2], slack: 1 } as unknown as PageEvidence);
  it('changes: one blank line on a page whose blank lines mark no paragraph, on its grid or with no grid', () => {
    expect(b?.gap).toBe(1);
    expect(blankEndsColumn(ev(false), b as never)).toBe(true);
    expect(blankEndsColumn(ev(false, 2), b as never)).toBe(true);
  });
  it('leaves alone: a page whose blank lines end paragraphs, a blank off the columns\' grid, two blank lines', () => {
    expect(blankEndsColumn(ev(true), b as never)).toBe(false);
    expect(blankEndsColumn(ev(false, 3), b as never)).toBe(false);
    const [, , two] = measure(['…多起。', '小事不出网格', '', '', '去年夏天，…'].map((text): SourceLine => ({ text, gap: 0, indent: false })));
    expect(blankEndsColumn(ev(false), two as never)).toBe(false);
  });
});
