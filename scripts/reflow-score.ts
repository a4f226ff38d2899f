// npm run score:reflow — the line-wrap repair's figures, tuning, dev, dev2 and held-out sets
// apart (dev4, dev5, dev6: paragraph-true news text), and the generated pages per print shape. `-- --why` prints, for the tuning and dev pages
// only, why each wrong paragraph is wrong (by kind of mistake and shape; `[sentence end, full line]` marks the
// ambiguous kind, a sentence ending on a full print line, apart from every other cause); `-- --why=lines` adds
// the lines; `-- --why=dev2` (`--why=dev2-lines`) and `-- --why=dev3` … `-- --why=dev6` do the same for
// the second to sixth development sets, to check a change on text it was not made on. Nothing reads why a held-out paragraph is wrong.
import { allFigures, generatedScored } from '../tests/helpers/reflow-figures';
import { PRINT_SHAPES } from '../tests/helpers/print-shapes';
import { formatScore, scoreSet } from '../tests/helpers/set-score';
import { whyRows, whyTable } from './lib/reflow-why';

const why = process.argv.find((a) => a.startsWith('--why'));
if (why) {
  const dev = /^--why=(dev[2-6])/u.exec(why)?.[1] as 'dev2' | 'dev3' | 'dev4' | 'dev5' | 'dev6' | undefined;
  const sets = dev ? ([dev] as const) : (['tuning', 'dev'] as const);
  const rows = whyRows(sets);
  console.log(whyTable(rows, sets));
  if (why.endsWith('lines')) for (const r of rows) console.log(`${r.page}  ${r.why}  ${r.detail}`);
} else {
  for (const [label, s] of allFigures()) console.log(`${formatScore(label, s)}  worst: ${s.worst}`);
  for (const set of ['tuning', 'dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'heldout'] as const) {
    const pages = generatedScored(set);
    for (const shape of PRINT_SHAPES) {
      console.log(formatScore(`  ${set} ${shape}`, scoreSet(pages.filter((p) => p.name.includes(` ${shape} `)))));
    }
  }
}
