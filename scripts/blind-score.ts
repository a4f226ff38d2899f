// npm run score:blind — the blind Founder pages (tests/fixtures/pages/blind2-*), one line per page,
// read as the CLI reads a saved page and as happy-dom reads it, then their text re-printed in every
// print shape; `-- --missing` adds the paragraphs each page lacks.
import { BLIND_PAGES, blindShapeScores, formatBlind, scoreBlindPage, type Reader } from '../tests/helpers/blind-pages';
import { formatScore } from '../tests/helpers/set-score';

const missing = process.argv.includes('--missing');
for (const reader of ['cli', 'happy-dom'] as Reader[]) {
  console.log(`— ${reader}`);
  let exact = 0;
  let total = 0;
  let perfect = 0;
  for (const page of BLIND_PAGES) {
    const r = scoreBlindPage(page, reader);
    console.log(formatBlind(r));
    if (missing) for (const m of r.missing) console.log(`    missing ${m}`);
    exact += r.exact;
    total += r.total;
    if (r.recognition && r.title && r.date && r.exact === r.total && r.falseHeadlines.length === 0) perfect++;
  }
  console.log(`pages all right ${perfect}/${BLIND_PAGES.length}, paragraphs exact ${exact}/${total} (${((100 * exact) / total).toFixed(1)}%)`);
}
console.log('— the blind pages\' text re-printed in every shape (11/13/15 wide, 6/12 tall)');
for (const { shape, score } of blindShapeScores()) console.log(formatScore(`  blind ${shape}`, score));
