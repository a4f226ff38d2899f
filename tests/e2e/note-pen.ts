// The note pen of a highlight as a reader's page shows it (entrypoints/content/note-marks.ts), read
// in the page by Chromium's and Firefox's tests alike (passed to `page.evaluate`, so self-contained):
// the displayed text of its block before it (readings left out), whether it sits inside a word's
// ruby, its tooltip and sign as drawn by CSS, and its sign's centre and width (the pen's own box, or
// the sign drawn over the line where the pen takes no room in it). Null without a pen.
export function readPen(): { before: string; inRuby: boolean; tip: string; sign: string; x: number; y: number; w: number } | null {
  const m = document.querySelector('.dubao-note-mark') as HTMLElement | null;
  if (!m) return null;
  const r = document.createRange();
  r.setStart(m.closest('[data-dubao-block]') as Element, 0);
  r.setEndBefore(m);
  const f = r.cloneContents();
  f.querySelectorAll('rt').forEach((x) => x.remove());
  const own = m.getBoundingClientRect();
  const after = getComputedStyle(m, '::after');
  const [left, bottom, width, height] = [after.left, after.bottom, after.width, after.height].map(parseFloat) as [number, number, number, number];
  const box = after.position === 'absolute'
    ? { left: own.left + left, top: own.bottom - bottom - height, width, height }
    : { left: own.left, top: own.top, width: own.width, height: own.height };
  return {
    before: f.textContent ?? '', inRuby: !!m.closest('ruby'), tip: getComputedStyle(m, '::before').content,
    sign: after.content, x: box.left + box.width / 2, y: box.top + box.height / 2, w: box.width,
  };
}
