// Quotation marks in a print line: the repair measures `“”‘’` at half a character (web text sets them narrow), but a
// Chinese paper's type gives them a whole character's width. A line of pre-wrapped print text holding them
// can so measure a character or more short of its column while print filled it (the next character did not fit).
// Only a line that cannot be a headline's or a paragraph's last is read so: one ending in a clause mark, one ending
// inside a quotation it opened, one where a sentence ended and the next began with no mark after it, one ending
// inside a word after a clause mark, and one going on a paragraph already begun that ends in a quoted word.
import type { Line } from './columns';
import { lineEndsSentence } from './line-tests';
import { widthMarksWhole } from './long-marks';

const QUOTES = /[“”‘’]/gu;
/** A clause mark last: no headline or paragraph ends so (a headline with quotation marks, `“三农”工作再上新台阶`, is left to the other rules). */
const CLAUSE_END = /[，、]\s*$/u;
/** A sentence ended in the line and the next began, no mark after it (`…为主题。在`, `…板块。在“清凉剧场”板`): no paragraph ends so, and a line with a sentence's end and more text is no headline. */
const NEXT_SENTENCE_BEGUN = /[。！？!?][”’]?[^。！？!?]*[^\s\p{P}]\s*$/u;
/** A clause mark inside and an ideograph last (`如今，基地采取“公司+农户”模`): a clause goes on past the line's end (a paragraph ends in a mark), and a line with a comma that fills its column is no subheading. */
const CLAUSE_THEN_WORD = /[，、][^。！？!?]*[\u4e00-\u9fff]\s*$/u;
/** A quoted word last, closed after an ideograph or a figure (`将推动驿站从“有没有”向“好不好”`, `依托综保区推广“9610”“9710”`): a paragraph ends in a mark, never so; a headline may (`让“小食堂”变成“大民生”`), but not on a paragraph's second line or later. */
const QUOTED_WORD_END = /[\u4e00-\u9fff0-9][”’]\s*$/u;

/** The line ends inside a quotation it opened (`新线路分别以“闽都名人”“坊巷`): the quotation, so the paragraph, goes on. */
export function endsInOpenQuote(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“' || ch === '‘') depth += 1;
    else if ((ch === '”' || ch === '’') && depth > 0) depth -= 1;
  }
  return depth > 0 && !/[“‘]\s*$/u.test(text);
}

/**
 * The line `a` cannot be a paragraph's last (it ends in a clause mark, `“预约+分时”游览新模式，`; inside a quotation it
 * opened, `新线路分别以“闽都名人”“坊巷`; with a sentence begun after one that ended, `民俗”和“古厝营造”为主题。在`; or
 * inside a word after a clause mark, `如今，基地采取“公司+农户”模`; or, when it goes on a paragraph already begun (`goesOn`), in a
 * quoted word, `将推动驿站从“有没有”向“好不好”`, `依托综保区推广“9610”“9710”`) and,
 * its quotation marks counted whole, fills the column of width `w` (within `slack`): a full print line, not a
 * paragraph's last, though it measures short.
 */
export function fullWithQuotes(a: Line, w: number, slack: number, goesOn = false): boolean {
  if (!/[“”‘’]/u.test(a.text) || lineEndsSentence(a) || widthMarksWhole(a, QUOTES) < w - slack) return false;
  return CLAUSE_END.test(a.text) || endsInOpenQuote(a.text) || NEXT_SENTENCE_BEGUN.test(a.text) || CLAUSE_THEN_WORD.test(a.text) || goesOn && QUOTED_WORD_END.test(a.text);
}
