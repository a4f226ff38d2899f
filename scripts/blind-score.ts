// npm run score:blind — the blind pages (tests/fixtures/pages/blind2-* … blind43-*, as tests/helpers/blind-pages.ts lists them), set by set, one
// line per page, read as the CLI reads a saved page and as happy-dom reads it, then their text
// re-printed in every print shape; `-- --missing` adds the paragraphs each page lacks,
// `-- --set NAME` scores that set only.
import { BLIND_SETS, blindShapeScores, formatBlind, scoreBlindPage, type Reader } from '../tests/helpers/blind-pages';
import { formatScore } from '../tests/helpers/set-score';

const missing = process.argv.includes('--missing');
// `-- --set blind19` scores one set only.
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
for (const { name, pages } of BLIND_SETS.filter((s) => only === undefined || s.name === only)) {
  for (const reader of ['cli', 'happy-dom'] as Reader[]) {
    console.log(`— ${name}, ${reader}`);
    let exact = 0;
    let total = 0;
    let perfect = 0;
    for (const page of pages) {
      const r = scoreBlindPage(page, reader);
      console.log(formatBlind(r));
      if (missing) for (const m of r.missing) console.log(`    missing ${m}`);
      exact += r.exact;
      total += r.total;
      if (r.recognition && r.title && r.date && r.exact === r.total && r.falseHeadlines.length === 0) perfect++;
    }
    console.log(`${name} pages all right ${perfect}/${pages.length}, paragraphs exact ${exact}/${total} (${((100 * exact) / total).toFixed(1)}%)`);
  }
  console.log(`— ${name}: the pages' text re-printed in every shape (11/13/15 wide, 6/12 tall)`);
  for (const { shape, score } of blindShapeScores(pages)) console.log(formatScore(`  ${name} ${shape}`, score));
}
