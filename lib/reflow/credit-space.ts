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
