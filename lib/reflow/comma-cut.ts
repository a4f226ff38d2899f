// A print line cut inside a word right before a comma: the line ends on an ideograph (no mark ends it) and the next
// opens with one ideograph and `，` (`…共有14个节` / `目，演员全是…`). No paragraph opens with a word's last character
// and a comma, so the line above, however short it measures (its quotation marks and figures measured narrower than
// print set them), is no paragraph's last line. A one-character word that may open a sentence before its comma (an
// answer or an interjection in dialogue: `是，`, `对，`, `好，`, `嗯，`) is left to the other rules.
/** A line's last character is an ideograph: it ends inside a clause, on no mark. */
const ENDS_ON_IDEOGRAPH = /[\u4e00-\u9fff]$/u;
/** One ideograph, then a comma, opening a line. */
const ONE_BEFORE_COMMA = /^([\u4e00-\u9fff])[，,]/u;
/** One-character words that open a sentence before a comma: answers and interjections (`是，`, `嗯，`). */
const OPENS_ALONE = /[是对好行嗯哦噢啊呀唉哎嗨喂诶哈呵嘿喔]/u;

/** The boundary between lines `a` and `b` falls inside a word, right before the comma that follows it. */
export function wordCutBeforeComma(a: string, b: string): boolean {
  if (!ENDS_ON_IDEOGRAPH.test(a.trimEnd())) return false;
  const m = ONE_BEFORE_COMMA.exec(b.trimStart());
  return m !== null && !OPENS_ALONE.test(m[1] as string);
}
