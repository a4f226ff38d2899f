// A reporters' bracket cut by a print line's end at one of its full-width spaces: `本报讯（记者　张丽丽　` /
// `通讯员　叶晓东）…`, `本报讯（融媒记者　` / `宣　立　通讯员…`, `（记者　胡　` / `斌）…`. Papers set a credit's parts (a role,
// a name, a padded two-character name) apart with full-width spaces; where one of them falls at a line's end it hangs
// there, and reading the line trims it — the joined credit would lose it (`张丽丽通讯员`, `胡斌`). The page's own
// space is the evidence: only a line that ended in one, inside a bracket that names a reporter's role, keeps it.

/** A bracket opened and not yet closed at the text's end, with no sentence mark inside (read on the text's tail only). */
const OPEN_BRACKET_TAIL = /[（(][^（()）。，；！？“”]{0,30}$/u;
/** The roles a credit bracket names (`记者`, `融媒记者`, `通讯员`, `实习生`, `摄影`). */
const CREDIT_ROLE = /记者|通讯员|实习生|摄影/u;

/** True when a raw page line ends in a full-width space (ASCII white space after it aside): the space a trim drops. */
export function endsInFullSpace(raw: string): boolean {
  let i = raw.length - 1;
  while (i >= 0 && (raw.charCodeAt(i) === 0x20 || raw.charCodeAt(i) === 0x09 || raw.charCodeAt(i) === 0x0a || raw.charCodeAt(i) === 0x0d)) i--;
  return i >= 0 && raw.charCodeAt(i) === 0x3000;
}

/**
 * What goes between a paragraph so far, `text`, and its next print line when the page's line ended in a full-width
 * space (`hangs`): that space again where the paragraph ends inside an open bracket naming a reporter's role, else nothing.
 */
export function creditSpaceAtBreak(text: string, hangs: boolean | undefined): '\u3000' | '' {
  if (!hangs) return '';
  const m = OPEN_BRACKET_TAIL.exec(text.slice(-32));
  return m !== null && CREDIT_ROLE.test(m[0]) ? '\u3000' : '';
}

// The same space at the next line's start: print can set the space a line end cut the credit at on the next line instead
// (`本报讯（全媒体记者　顾` / `　蕾　通讯员　通发改）…`). Read alone, such a line opens with a full-width space, as an
// indented paragraph does; it is the credit's own space. A paragraph's indentation is two such spaces, so one alone, under
// words that leave a reporters' bracket open, is no indent and is kept where the line is joined. (The space after a closed
// 讯 bracket, `本报讯（记者　X）` / `　近日…`, is left as the DATELINE_OPEN_CREDIT rule of join-rule.ts reads it.)

/** True when `raw` opens with exactly one full-width space and then a character that is no white space. */
function opensInOneFullSpace(raw: string): boolean {
  return raw.charCodeAt(0) === 0x3000 && raw.length > 1 && !isWhite(raw.charCodeAt(1));
}

function isWhite(c: number): boolean {
  return c === 0x3000 || c === 0x20 || c === 0x09 || c === 0xa0;
}

/**
 * True when the raw page line `raw` opens on a credit's full-width space: one such space and no more, the lines before it
 * (`before`, their trimmed text run together, its tail read) ending inside a bracket that names a reporter's role.
 */
export function opensInCreditSpace(before: string, raw: string): boolean {
  if (!opensInOneFullSpace(raw)) return false;
  const open = OPEN_BRACKET_TAIL.exec(before.slice(-32));
  return open !== null && CREDIT_ROLE.test(open[0]);
}
