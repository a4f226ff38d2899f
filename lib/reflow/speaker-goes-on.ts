// The speaker of a quotation just closed, going on after a comma: a paragraph's quotation ends a sentence at a line's end
// (`…酱油一定要用本地的。”`) and the next line names who said it and carries on (`沈大伯说，这门手艺是他父亲传下来的…`). News
// writing puts the attribution right after the quotation, in the same paragraph; a paragraph of its own that opens with
// a named speaker's `X说，` straight after a closed quotation is rare (a pronoun, `她说，`, `我说，`, opens one more often,
// so it is left to the scorer, as is the attribution that ends at once, `…。”王阿姨说。`, which ./boundary-features.ts reads).
// Asked by the shipped decider (`fullStopJoins` in ./full-stop.ts) after the opening classes, where the scorer would weigh the
// sentence end: the scorer's training still learns from these boundaries, so the committed model stays what training produces.

/** A quotation closed at a sentence end, the last thing on the line. */
const CLOSED_QUOTE = /[。！？!?][”」』]$/u;
/** A speaker of two to twelve characters with no mark in it, a verb of saying and a comma (`种粮大户严国庆说，`, `项目负责人介绍，`). */
const SPEAKER_ON = /^[^，。！？!?“”「」：:；;、（）()\s]{2,12}?(?:说|表示|介绍|坦言|告诉记者)[，,]/u;
/** A pronoun for the speaker (`他说，`, `她们表示，`, `我一边说，`): left to the scorer. */
const PRONOUN = /^(?:我|你|他|她|它|您)们?(?:一边|笑着|接着|又)?(?:说|表示|介绍|坦言|告诉记者)/u;

/**
 * Line `a` ends with a quotation closed at a sentence end and `ahead()` (the text from the next line to its sentence end,
 * read only then) opens with a named speaker, a verb of saying and a comma: the paragraph goes on.
 */
export function speakerGoesOn(a: string, ahead: () => string): boolean {
  if (!CLOSED_QUOTE.test(a.trimEnd())) return false;
  const text = ahead();
  return SPEAKER_ON.test(text) && !PRONOUN.test(text);
}
