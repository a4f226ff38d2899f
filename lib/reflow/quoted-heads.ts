// A 小标题 ending in a quoted word (`家门口的“上班族”`, `从“吃得上”到“吃得好”`, `老校舍“留下来、用起来”`) on a print line
// of its own. Its line ends in a closing quotation mark, as a paragraph's last line may (`…去接孙子。”`), but there the
// mark closes a sentence: a paragraph ends in a quoted word with no sentence's mark before the closing one almost never
// (the blind golds outside the held-back half: 66 headings on 45 pages end so, no paragraph).

/** A line-end mark a paragraph's last line may end in (a headline's line holds none at its end). */
const PARAGRAPH_END = /[。！？!?…”’）)」』》]$/u;

/** The line ends in a word quoted on the line itself, with no sentence's or clause's mark in it or before it. */
const QUOTED_WORD_END = /^[^。！？!?…，,；;：:“”]*(?:“[^。！？!?…，,；;：:“”]{1,12}”[^。！？!?…，,；;：:“”]*)*“[^。！？!?…，,；;：:“”]{1,12}”$/u;

/**
 * May line text `text` be a headline's last line by its end: it ends in no closing mark, or in a quoted word
 * closed on the line with no sentence's or clause's mark anywhere on it.
 */
export function endsLikeHead(text: string): boolean {
  return !PARAGRAPH_END.test(text) || QUOTED_WORD_END.test(text);
}
