// npm run score:blind-halves — the blind sets' text re-printed in every print shape, pooled over
// the fitting half (blind2–blind18) and the held-back half (blind19–blind27), per shape. Rules
// are written from the fitting half's misses only; the held-back half says whether they hold.
// Sets written after the split (blind28 on) are fitted on and printed each on lines of their own.
// `-- --headings` lists, for the fitting half only, the gold headings the repair ran into a
// neighbouring block (its page, shape, width and height, and the block it ended up in).
import { BLIND_SETS, blindGold, type BlindPage } from '../tests/helpers/blind-pages';
import { PRINT_SHAPES, printBlocks } from '../tests/helpers/print-shapes';
import { formatScore, scoreSet, type ScoredPage } from '../tests/helpers/set-score';
import { reflowText } from '../lib/reflow';
import { FITTING, HELD_BACK, LATER } from '../tests/helpers/blind-split';

const WIDTHS = [11, 13, 15];
const HEIGHTS = [6, 12];
const norm = (s: string): string => s.replace(/\s+/gu, '');
const listHeadings = process.argv.includes('--headings');
let runIn = 0;

function half(label: string, sets: typeof BLIND_SETS, list: boolean): void {
  const pagesOf: BlindPage[] = sets.flatMap((s) => s.pages);
  for (const shape of PRINT_SHAPES) {
    const scored: ScoredPage[] = [];
    let headings = 0;
    let kept = 0;
    for (const page of pagesOf) {
      const gold = blindGold(page);
      if (gold.length === 0) continue;
      for (const w of WIDTHS) for (const h of HEIGHTS) {
        const system = reflowText(printBlocks(gold, shape, w, h), { punctuation: false });
        scored.push({ name: `${page.file} ${shape} w${w} h${h}`, gold, system });
        const out = new Set(system.map((b) => norm(b.text)));
        for (const g of gold.filter((b) => b.kind === 'heading')) {
          headings++;
          if (out.has(norm(g.text))) { kept++; continue; }
          if (!list) continue;
          runIn++;
          const into = system.find((b) => norm(b.text).includes(norm(g.text)));
          console.log(`  ${page.file} ${shape} w${w} h${h}: ${g.text}  →  ${into ? norm(into.text).slice(0, 60) : '(cut)'}`);
        }
      }
    }
    console.log(formatScore(`${label} ${shape}`, scoreSet(scored)) + `  headings apart ${kept}/${headings}`);
  }
}

half('fitting', FITTING, listHeadings);
if (!listHeadings) {
  half('held back', HELD_BACK, false);
  for (const s of LATER) half(`later ${s.name} (fitted)`, [s], false);
}
else console.log(`fitting half: ${runIn} gold headings not apart`);
