// A speech attribution set on a print line of its own after a quotation (`“…做下去。”` / `他说。`).

/** A quotation closed right after its sentence's end mark: `…做下去。”`, `…再来！”`, `……”`. */
const QUOTE_CLOSED = /[。！？!?…][”」』’]$/u;

/**
 * The whole of a line is a speaker and a verb of saying ending the sentence: `他说。`, `余建伟笑着说。`,
 * `周丽娟告诉记者。`, `她感慨道。` (no comma, no quote: a clause of its own would hold one).
 */
const ATTRIBUTION_ONLY = /^[\u4e00-\u9fff·]{1,10}(?:说|表示|介绍|告诉记者|感慨道|感叹道|回忆道|笑道)。$/u;

/**
 * Line `b` is only the attribution of the quotation line `a` closes: the sentence `“…。”他说。` cut by
 * the line end after the closing mark. It never opens a paragraph of its own.
 */
export function attributionTail(a: string, b: string): boolean {
  return QUOTE_CLOSED.test(a.trim()) && ATTRIBUTION_ONLY.test(b.trim());
}
