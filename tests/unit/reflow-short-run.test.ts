// The column measure of a run longer than five print lines whose short lines outvote its full line
// (lib/reflow/columns.ts `shortLinesVoted`): the shape of blind59's 衢州日报 page (`<br>` print lines twenty wide with
// nothing at paragraph ends and a blank line only at column ends; its first column's run holds a byline, a paragraph's
// last line and a 小标题, the two 8 wide, and one full line), written here anew, with columns of full lines after it.
// The leave-alone cases: a short line ending mid-clause at the width the run voted for (then that width is a full
// line's), and the shapes where taking such a run as unmeasured lost paragraphs on the blind sets' text re-printed —
// a table's row of figures among the lines (blind6's notice with its contacts printed as rows) and paragraphs marked
// by their indentation (blind2's, blind11's, blind41's and blind48's pre-wrap indented text).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { visualWidth } from '../../lib/reflow/chars';

const texts = (lines: readonly string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => b.text);

/** The run under test: a byline, a full line, a paragraph's short last line, a sentence on a line, a 小标题, a full line. */
const run = (short: string, head: string): string[] => [
  '记者　王　芳',
  '在淳安县千岛湖畔的渔村里，几乎没有人不认',
  short,
  '今年七十岁的他，已经在湖上打鱼五十年。',
  head,
  '千岛湖的水面宽阔，湖湾散落在群山之间，渔',
];
/** The next columns: full lines twenty wide, a blank line at each column's end. */
const NEXT = [
  '',
  '民们每天清晨出湖，傍晚才回到岸边。方建国',
  '说，打鱼靠的是耐心和经验，湖里哪里有鱼，',
  '他一看水色就知道。',
  '这些年，千岛湖实行禁渔期制度，方建国带头',
  '遵守，还劝说年轻渔民一起保护湖里的鱼类资',
  '',
  '源。他说，湖水清了，鱼才会越来越多。',
];

describe('a run of short lines outvoting its full line', () => {
  it('has the shape it says: two lines 8 wide and a sentence outvote the one full line before the last', () => {
    expect(run('识老渔民方建国。', '一张渔网撒遍湖湾').map((l) => visualWidth(l))).toEqual([6, 20, 8, 19, 8, 20]);
    expect(NEXT.filter((l) => l !== '' && !l.endsWith('。')).every((l) => visualWidth(l) === 20)).toBe(true);
  });

  it('is measured by its neighbours: its short lines end their paragraphs, its 小标题 stands alone (must change)', () => {
    const out = texts([...run('识老渔民方建国。', '一张渔网撒遍湖湾'), ...NEXT]);
    expect(out).toContain('在淳安县千岛湖畔的渔村里，几乎没有人不认识老渔民方建国。');
    expect(out).toContain('今年七十岁的他，已经在湖上打鱼五十年。');
    expect(out).toContain('一张渔网撒遍湖湾');
    expect(out).toContain('千岛湖的水面宽阔，湖湾散落在群山之间，渔民们每天清晨出湖，傍晚才回到岸边。方建国说，打鱼靠的是耐心和经验，湖里哪里有鱼，他一看水色就知道。');
  });

  it('keeps its own measure where a line of the voted width ends mid-clause, holds a row of figures, or the paragraphs are indented (must leave alone)', () => {
    // A line 8 wide ending mid-clause: the width voted for is a full line's, the run's own.
    const clause = texts([...run('识老渔民方建国，', '一张渔网撒遍湖湾'), ...NEXT]);
    expect(clause.some((t) => t.includes('方建国，今年七十岁的他') && t.includes('一张渔网撒遍湖湾千岛湖'))).toBe(true);
    expect(clause).not.toContain('一张渔网撒遍湖湾');
    // A table's row of figures among the lines: a line of its own, the run not read as paragraphs' ends.
    const row = texts([...run('识老渔民方建国。', '鲢鱼 1200 8.5'), ...NEXT]);
    expect(row.some((t) => t.includes('渔民方建国。今年七十岁的他'))).toBe(true);
    // Indented paragraphs: the indentation marks them, the run's measure is not asked.
    const indented = texts([
      '记者　王　芳', '　　在淳安县千岛湖畔的渔村里，几乎没有人', '不认识老渔民方建国。', '　　今年七十岁的他，已在湖上打鱼五十年。',
      '　　一张渔网撒遍湖', '千岛湖的水面宽阔，湖湾散落在群山之间，渔', ...NEXT,
    ]);
    expect(indented).toContain('在淳安县千岛湖畔的渔村里，几乎没有人不认识老渔民方建国。');
    expect(indented).toContain('今年七十岁的他，已在湖上打鱼五十年。');
  });

  it('keeps the measure of a column whose full lines measure short by their quotation marks (萧山日报 `<br>` lines, blank lines at paragraph ends)', () => {
    // tests/fixtures/pages/xsrb-article-br.html's first column, re-printed with a paragraph cut inside 幸福感 (as
    // tests/e2e/highlights-reprint.e2e.ts re-prints it): the full lines holding quotation marks, which the repair measures
    // half wide, vote for 15 under a 16-wide column, and one line of 17 is wider; its lines of the voted width end
    // mid-clause, so they are full lines, and the short last line before the blank line ends its paragraph.
    const column = [
      '近日，记者从医保萧山分局了解', '到，我区积极推进“医银合作”新模', '式，实现医保业务向银行网点延伸，', '优化医保经办服务需求与金融综合',
      '服务优势资源优势相结合，有效推动', '医保业务下沉办、就近办、多点办，切', '实提升了医保公共服务效能和便民', '惠民水平，增强了参保群众的获得', '感、幸',
      '', '福感、安全感。目前，全区已设', '置52个“医银合作”网点，实现了镇', '街全覆盖。',
      // The page's next columns, whose runs are measured (16 wide): they lend their width where a run is taken as unmeasured.
      '', '农业银行萧山分行城厢支行是', '“医银合作”网点之一。近日，市民王', '女士在工作人员的帮助下，成功办理', '了医保异地就医备案业务，这也是她',
      '第一次在银行办理医保业务。王女', '', '士说：“孩子在上海工作，想着要去上', '海居住，听说这里可以办医保业务就', '过来了。比起去医保中心办理，这里',
      '更加方便，两三分钟就走到了。”', '', '据悉，该“医银合作”网点于', '2024年底启用，在银行的业务大厅', '内，设有相应的服务区域和自助服务',
      '机，市民只需带好身份证及办理业务', '所需资料就可以办理医保相关业', '务。网点启用以来，已经为400余人', '提供医保咨询、查询及办理服务。',
    ];
    const out = texts(column);
    expect(out.some((t) => t.endsWith('获得感、幸'))).toBe(true);
    expect(out.some((t) => t.startsWith('福感、安全感。'))).toBe(true);
  });
});
