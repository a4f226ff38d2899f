// Two ways portals print a reporter's byline that the print forms do not have: the 作者 label before a whole byline
// (`作者：嘉兴日报记者　沈　琳`, a platform's share page of a paper's story) and a vertical bar between the role and the
// names (`界面新闻记者 | 沈一鸣`, `记者｜王　珏　李　想`, a portal's house style). Each is read as the byline it wraps.

/** `作者：` and what follows, which holds a reporter's or a correspondent's role. */
const AUTHOR_LEAD = /^作者\s*[：:]\s*(\S.*(?:记者|通讯员).*)$/u;
/**
 * A role, a vertical bar (half- or full-width) and names: `界面新闻记者 | 沈一鸣`. What comes before the bar ends in the
 * role; what comes after it holds no bar, no sentence mark and no figure.
 */
const ROLE_BAR = /^(\S{0,12}(?:记者|通讯员|实习生))[ \u3000]*[|｜][ \u3000]*([^|｜，。；！？：:\d]{2,24})$/u;

/**
 * The byline a portal's credit wraps, with its 作者 label taken off or its role bar read as a space; null when the line
 * is neither form (most lines: the first test is one character or a bar).
 */
export function creditWithoutLead(text: string): string | null {
  const t = text.trim();
  if (t.charCodeAt(0) === 0x4f5c) { // 作
    const m = AUTHOR_LEAD.exec(t);
    return m ? (m[1] as string) : null;
  }
  if (!t.includes('|') && !t.includes('｜')) return null;
  const m = ROLE_BAR.exec(t);
  return m ? `${m[1] as string}　${(m[2] as string).trim()}` : null;
}
