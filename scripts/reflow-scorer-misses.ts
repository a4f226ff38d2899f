// `node --import tsx scripts/reflow-scorer-misses.ts [shape …]`: every ambiguous boundary of the
// tuning and development pages (never the held-out ones) — a sentence ending where nothing else
// marks the paragraph — counted right, wrongly joined and wrongly split by what decided it (the
// next line's wording by class, or the boundary scorer) and, for the scorer's, by the evidence it
// had: the kind of boundary, the sentences so far and ahead, the open boundaries ahead (sentence
// ends before the next sure paragraph end where the paragraph may end instead), how far the line
// falls short of its column, the set and the column width. Counts only; pre-wrap plain and
// `<p>`-per-column pages by default.
import { boundaryFeatures, joinProbability } from '../lib/reflow/boundary';
import { aheadOf, openingOf, sureEnd } from '../lib/reflow/boundary-features';
import { endsSentence } from '../lib/reflow/chars';
import { columnWidthFor, type Line } from '../lib/reflow/columns';
import { fullStopJoins, openingDecides } from '../lib/reflow/full-stop';
import type { Context } from '../lib/reflow/headlines';
import { textToLines } from '../lib/reflow/lines';
import { segment, type Decider } from '../lib/reflow/segment';
import { printLayout, PRINT_SHAPES, type PrintShape } from '../tests/helpers/print-shapes';
import { dev2Articles, dev3Articles, dev4Articles, dev5Articles, dev6Articles, devArticles, HEIGHTS, tuningArticles, WIDTHS } from '../tests/helpers/reflow-sets';

const SETS = { tuning: tuningArticles, dev: devArticles, dev2: dev2Articles, dev3: dev3Articles, dev4: dev4Articles, dev5: dev5Articles, dev6: dev6Articles };
const asked = process.argv.slice(2).filter((a): a is PrintShape => (PRINT_SHAPES as readonly string[]).includes(a));
const shapes: readonly PrintShape[] = asked.length ? asked : ['prewrap-plain', 'p-cut'];

/** Sentence-ending lines from `b` up to the next sure paragraph end (itself not counted). */
function openAhead(ctx: Context, b: Line): number {
  let n = 0;
  for (let k = b.ord; k < ctx.lines.length; k++) {
    const l = ctx.lines[k] as Line;
    if (sureEnd(ctx, k, l)) return n;
    if (endsSentence(l.text)) n++;
  }
  return n;
}

for (const shape of shapes) {
  const counts = new Map<string, [number, number, number]>(); // right, wrongly joined, wrongly split
  const add = (key: string, right: boolean, joined: boolean): void => {
    const c = counts.get(key) ?? [0, 0, 0];
    c[right ? 0 : joined ? 1 : 2]++;
    counts.set(key, c);
  };
  for (const [set, articles] of Object.entries(SETS)) {
    const blocks = articles().flat();
    for (const w of WIDTHS) {
      for (const h of HEIGHTS) {
        const layout = printLayout(blocks, shape, w, h);
        const owners = layout.owners.filter((_, i) => (layout.lines[i] as string).trim() !== '');
        const decide: Decider = (ctx, a, para, b, kind) => {
          const joins = fullStopJoins(ctx, a, para, b, kind);
          const right = joins === (owners[a.idx] === owners[b.idx]);
          if (openingDecides(ctx, a, b) !== undefined) {
            add(`wording: ${openingOf(ctx, a, b)}`, right, joins);
            return joins;
          }
          const ahead = aheadOf(ctx, b);
          const cw = ctx.grid ? undefined : columnWidthFor(ctx.widths, a, a);
          const p = joinProbability(boundaryFeatures(ctx, a, para, b, kind));
          for (const key of [
            'scorer: all',
            `scorer: kind ${kind}`,
            `scorer: so far ${Math.min(para.sentences, 5)}`,
            `scorer: ahead ${ahead.known ? Math.min(ahead.sentences, 5) : 'unknown'}`,
            `scorer: total ${ahead.known ? Math.min(para.sentences + ahead.sentences, 7) : 'unknown'}`,
            `scorer: open ahead ${Math.min(openAhead(ctx, b), 2)}`,
            `scorer: short of column ${cw === undefined ? '-' : Math.round((cw - a.width) * 2) / 2}`,
            `scorer: p(join) ${(Math.floor(p * 10) / 10).toFixed(1)}`,
            `scorer: set ${set}`,
            `scorer: width ${w}`,
          ]) add(key, right, joins);
          return joins;
        };
        segment(textToLines(layout.lines.join('\n')), decide);
      }
    }
  }
  console.log(`${shape.padEnd(32)} right  wrong join  wrong split`);
  for (const [k, [r, j, s]] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    console.log(`  ${k.padEnd(30)} ${String(r).padStart(5)} ${String(j).padStart(11)} ${String(s).padStart(12)}`);
  }
}
