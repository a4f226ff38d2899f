// Captions the page itself sets apart: text inside a picture's own frame (the table or figure
// holding the photo). They are captions whatever their wording, and the paragraph a picture was
// placed into goes on across them as if the picture were not there.
import type { RepairedBlock, SourceLine } from './types';

/**
 * Repairs `lines` with `repair` after taking out the lines marked `caption`, then puts each run
 * of caption lines back, as one caption block, after the block holding the line before it (in
 * reading order: a paragraph the picture cut is whole before its caption). Line indices of the
 * result are indices into `lines`. Without marked lines, simply `repair(lines)`. `repair` hears whether the text
 * has pictures: a picture above one of its lines, or a caption taken out.
 */
export function withFramedCaptions(lines: readonly SourceLine[], repair: (ls: readonly SourceLine[], pictured: boolean) => RepairedBlock[]): RepairedBlock[] {
  if (!lines.some((l) => l.caption === true)) return repair(lines, lines.some((l) => l.afterMedia === true));
  const keep: number[] = [];
  const captions: { after: number; block: RepairedBlock }[] = [];
  let open: RepairedBlock | null = null;
  lines.forEach((l, i) => {
    if (l.caption !== true) {
      keep.push(i);
      open = null;
      return;
    }
    if (open !== null && l.gap === 0) {
      open.text += l.text;
      open.lines.push(i);
      return;
    }
    open = { kind: 'caption', text: l.text, lines: [i], joins: [] };
    captions.push({ after: keep.length - 1, block: open });
  });
  const blocks = repair(keep.map((i) => lines[i] as SourceLine), true).map((b) => ({ ...b, lines: b.lines.map((j) => keep[j] as number) }));
  // The block that holds each kept line (by its index in `keep`).
  const holder = new Map<number, number>();
  blocks.forEach((b, k) => b.lines.forEach((idx) => holder.set(idx, k)));
  const out: RepairedBlock[] = [];
  const before = captions.filter((c) => c.after < 0).map((c) => c.block);
  out.push(...before);
  const placed = new Set<RepairedBlock>(before);
  blocks.forEach((b, k) => {
    out.push(b);
    for (const c of captions) {
      if (c.after >= 0 && holder.get(keep[c.after] as number) === k) {
        out.push(c.block);
        placed.add(c.block);
      }
    }
  });
  // Nothing is lost: a caption whose line before it no block holds goes last.
  for (const c of captions) if (!placed.has(c.block)) out.push(c.block);
  return out;
}
