// Whether a page's body reads as an article: prose (a sentence, or the lines of a poem or a list of names), not
// a puzzle's grid, a game's moves or a programme listing that a paper also gives a content page of its own.
import { extractLines } from '../extract';
import { hanCount } from './han';

/** Marks that end a sentence of prose, and the colon that announces a list (指标如下：). */
const SENTENCE_ENDS = '。！？!?：';

/** Whether a line holds a sentence of prose: eight Han characters or more before a sentence end, or forty in all. */
function holdsSentence(line: string): boolean {
  if (hanCount(line) >= 40) return true;
  let han = 0;
  for (const ch of line) {
    if (SENTENCE_ENDS.includes(ch)) {
      if (han >= 8) return true;
      han = 0;
    } else if (hanCount(ch) === 1) han++;
  }
  return false;
}

/** Whether a line is Chinese words (a verse, a row of names): four Han characters or more, and four in five of its letters and figures Han. */
function hanRich(line: string): boolean {
  const han = hanCount(line);
  const signs = line.replace(/[\s\u3000\u00a0\p{P}\p{S}]/gu, '').length;
  return han >= 4 && han >= signs * 0.8;
}

/**
 * Whether `body` reads as an article: it holds a sentence of prose, or four lines of Chinese words (a poem without
 * stops, a 名单), and not mostly lines without a Han character around little text (a 数独's rows of digits under
 * its one rule). A 象棋 page (红先胜, moves in notation) and a TV listing (a time and a programme a line) do not.
 */
export function readsAsProse(body: Element): boolean {
  // The body's lines as the repair will read them (one per block or `<br>`, pre-wrapped text by its own breaks).
  const lines = extractLines(body).lines.map((l) => l.text.trim()).filter((t) => t !== '');
  const hanless = lines.filter((l) => hanCount(l) === 0).length;
  if (hanless * 2 > lines.length && hanCount(lines.join('')) < 100) return false;
  return lines.some(holdsSentence) || lines.filter(hanRich).length >= 4;
}
