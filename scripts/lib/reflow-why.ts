// `npm run score:reflow -- --why`: why each paragraph of the tuning and development pages comes
// out wrong, by kind of mistake and print shape. Never reads the held-out set.
import { endsSentence, visualWidth } from '../../lib/reflow/chars';
import { measure } from '../../lib/reflow/columns';
import { fullStopJoins, openingDecides } from '../../lib/reflow/full-stop';
import { textToLines } from '../../lib/reflow/lines';
import { pieceGrid } from '../../lib/reflow/piece-grid';
import { segment, type Decider, type JoinRule } from '../../lib/reflow/segment';
import type { Block } from '../../lib/reflow';
import { PRINT_SHAPES, printLayout, type PrintShape } from '../../tests/helpers/print-shapes';
import { dev2Articles, dev3Articles, dev4Articles, dev5Articles, dev6Articles, devArticles, HEIGHTS, tuningArticles, WIDTHS } from '../../tests/helpers/reflow-sets';

/** The sets `--why` may read (never the held-out one). */
export type WhySet = 'tuning' | 'dev' | 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'dev6';

/** One wrong gold paragraph: where, which kind of mistake, and the lines around it. */
export interface WhyRow {
  set: WhySet;
  page: string;
  shape: PrintShape;
  why: string;
  detail: string;
}

interface Traced {
  rule: JoinRule;
  joins: boolean;
}

/** The kind of mistake a wrong boundary is, from the rule that decided it. */
function boundaryKind(rule: JoinRule | undefined, shape: PrintShape, gridRight: boolean, worded: boolean): string {
  if (rule === undefined) return 'kind (headline/byline/caption)';
  if (worded && (rule === 'scorer' || rule === 'grid-scorer')) return "wording (next line's opening)";
  if (rule === 'scorer') return 'scorer';
  if (rule === 'grid-scorer') return gridRight ? 'scorer (grid)' : 'grid wrong';
  if (rule === 'grid-not-end') return gridRight ? 'rule grid-not-end' : 'grid wrong';
  if (rule === 'open-quote' || rule === 'mid-sentence') return `quote/bracket or cut (${rule})`;
  return `rule ${rule}${shape === 'p-cut' && !gridRight ? ' (grid wrong)' : ''}`;
}

/** Every wrong gold body paragraph of one printed page (`blocks` in `shape`, `w` × `h`), classified. */
export function pageWhy(set: WhySet, blocks: readonly Block[], shape: PrintShape, w: number, h: number): WhyRow[] {
  const layout = printLayout(blocks, shape, w, h);
  const owners = layout.owners.filter((_, i) => (layout.lines[i] as string).trim() !== '');
  const source = textToLines(layout.lines.join('\n'));
  const traced = new Map<number, Traced>();
  // Boundaries the next line's wording decided (`openingDecides`), told apart from the scorer's.
  const worded = new Set<number>();
  const decide: Decider = (ctx, a, para, b, kind) => {
    if (openingDecides(ctx, a, b) !== undefined) worded.add(b.idx);
    return fullStopJoins(ctx, a, para, b, kind);
  };
  const system = segment(source, decide, (_a, b, rule, joins) => traced.set(b.idx, { rule, joins }));
  const blockOf = new Array<number>(source.length);
  system.forEach((blk, k) => blk.lines.forEach((i) => (blockOf[i] = k)));
  const grid = pieceGrid(measure(source));
  const gridRight = shape !== 'p-cut' || (grid?.width === w && grid.height === h);
  const page = `${set} ${shape} w${w} h${h}`;
  const rows: WhyRow[] = [];
  // The ambiguous kind, told apart from every other: a sentence ending on a full print line (no
  // mark but the next line says whether the paragraph goes on).
  const fullEnd = (a: number): string => {
    const text = source[a]?.text ?? '';
    return shape !== 'p-cut' && endsSentence(text) && visualWidth(text.trim()) >= w - 1 ? ' [sentence end, full line]' : '';
  };
  blocks.forEach((g, gi) => {
    if (g.kind !== 'body') return;
    const mine = owners.flatMap((o, i) => (o === gi ? [i] : []));
    const first = mine[0] as number;
    const last = mine[mine.length - 1] as number;
    const sys = new Set(mine.map((i) => blockOf[i]));
    const exact = sys.size === 1 && system[blockOf[first] as number]?.kind === 'body' &&
      (system[blockOf[first] as number]?.lines.length ?? 0) === mine.length;
    if (exact) return;
    const say = (why: string, at: number): void => {
      const around = [at - 1, at].filter((i) => i >= 0 && i < source.length).map((i) => `${owners[i]}:${source[i]?.gap ? '¶' : ''}${source[i]?.text}`);
      rows.push({ set, page, shape, why, detail: around.join(' | ') });
    };
    const wrongKind = mine.find((i) => system[blockOf[i] as number]?.kind !== 'body');
    if (wrongKind !== undefined) return say(`kind (${system[blockOf[wrongKind] as number]?.kind})`, wrongKind);
    for (let k = 1; k < mine.length; k++) {
      const a = mine[k - 1] as number;
      const b = mine[k] as number;
      if (blockOf[a] === blockOf[b]) continue;
      if (b !== a + 1) return say('caption between halves', b);
      return say(`split: ${boundaryKind(traced.get(b)?.rule, shape, gridRight, worded.has(b))}${fullEnd(a)}`, b);
    }
    for (const [a, b] of [[first - 1, first], [last, last + 1]] as const) {
      if (a < 0 || b >= source.length || blockOf[a] !== blockOf[b]) continue;
      const capt = blocks[owners[a] as number]?.kind === 'caption' || blocks[owners[b] as number]?.kind === 'caption';
      return say(capt ? 'caption merged' : `merge: ${boundaryKind(traced.get(b)?.rule, shape, gridRight, worded.has(b))}${fullEnd(a)}`, b);
    }
    // A caption the repair did not recognise, read into the paragraph between its halves.
    const inside = system[blockOf[first] as number]?.lines.find((i) => owners[i] !== gi);
    if (inside !== undefined) return say(blocks[owners[inside] as number]?.kind === 'caption' ? 'caption merged' : 'other (lines of another block inside)', inside);
    say('other', first);
  });
  return rows;
}

/** Every wrong paragraph of the pages of `sets` (the tuning and development pages by default), classified. */
export function whyRows(sets: readonly WhySet[] = ['tuning', 'dev']): WhyRow[] {
  const rows: WhyRow[] = [];
  const articlesOf = { tuning: tuningArticles, dev: devArticles, dev2: dev2Articles, dev3: dev3Articles, dev4: dev4Articles, dev5: dev5Articles, dev6: dev6Articles };
  for (const set of sets) {
    const articles = articlesOf[set]();
    const blocks = articles.flat();
    for (const shape of PRINT_SHAPES) {
      for (const w of WIDTHS) for (const h of HEIGHTS) rows.push(...pageWhy(set, blocks, shape, w, h));
    }
  }
  return rows;
}

/** The table: kinds of mistake (rows) by set and shape (columns) of `sets`, most frequent first. */
export function whyTable(rows: readonly WhyRow[], sets: readonly WhySet[] = ['tuning', 'dev']): string {
  const cols = sets.flatMap((s) => PRINT_SHAPES.map((sh) => `${s} ${sh}`));
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const m = counts.get(r.why) ?? new Map<string, number>();
    m.set(`${r.set} ${r.shape}`, (m.get(`${r.set} ${r.shape}`) ?? 0) + 1);
    counts.set(r.why, m);
  }
  const total = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const head = `${'kind of mistake'.padEnd(44)}${cols.map((c) => ` ${c.replace('prewrap-', 'pw-').padStart(15)}`).join('')}  total`;
  const body = [...counts].sort((x, y) => total(y[1]) - total(x[1])).map(([why, m]) =>
    `${why.padEnd(44)}${cols.map((c) => ` ${String(m.get(c) ?? 0).padStart(15)}`).join('')}  ${String(total(m)).padStart(5)}`);
  return [head, ...body].join('\n');
}
