// npm run score:reflow — the line-wrap repair's figures, tuning, dev and held-out sets apart, and
// the generated pages per print shape.
import { allFigures, generatedScored } from '../tests/helpers/reflow-figures';
import { PRINT_SHAPES } from '../tests/helpers/print-shapes';
import { formatScore, scoreSet } from '../tests/helpers/set-score';

for (const [label, s] of allFigures()) console.log(`${formatScore(label, s)}  worst: ${s.worst}`);
for (const set of ['tuning', 'dev', 'heldout'] as const) {
  const pages = generatedScored(set);
  for (const shape of PRINT_SHAPES) {
    console.log(formatScore(`  ${set} ${shape}`, scoreSet(pages.filter((p) => p.name.includes(` ${shape} `)))));
  }
}
