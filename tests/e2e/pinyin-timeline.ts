// The at-once pinyin switch step by step, across the popup, the background and the page: the first
// entry of each performance mark or measure, as wall-clock times (epoch ms), so that the three
// processes' clocks line up. Used by pinyin-speed.e2e.ts for its `[bench]` breakdown line.
import type { Page, Worker } from 'playwright-core';

/** Start and end (epoch ms) of the first entry named `name` that starts at or after `after` (an epoch ms), per name. */
export type Times = Record<string, [number, number]>;

/** In a page, popup or worker (passed to evaluate, so self-contained): the first entries of `names` starting at or after `after`. */
export function entryTimes({ names, after }: { names: string[]; after: number }): Times {
  const out: Times = {};
  for (const n of names) {
    const e = performance.getEntriesByName(n).find((x) => performance.timeOrigin + x.startTime >= after - 0.5);
    if (e) out[n] = [performance.timeOrigin + e.startTime, performance.timeOrigin + e.startTime + e.duration];
  }
  out.origin = [performance.timeOrigin, performance.timeOrigin];
  return out;
}

/** The marks the page records on the way (entrypoints/content/pinyin.ts, pinyin-prepare.ts, index.ts, annotator.ts, geometry.ts). */
export const PAGE_ENTRIES = ['dubao:popup-opening', 'dubao:annotator-load', 'dubao:annotator-start', 'dubao:annotator-warm', 'dubao:pinyin-prepared', 'dubao:screen-read', 'dubao:ruby-rehearsed', 'dubao:switch-painted'];
/** Those of the drawing the switch made (the first after the change reached the page). */
export const DRAWING_ENTRIES = ['dubao:render', 'dubao:display'];
export const POPUP_ENTRIES = ['dubao:popup-start', 'dubao:popup-asked'];
export const WORKER_ENTRIES = ['dubao:inject:annotator'];

/** One line: each step in ms from the popup's navigation start (`popup.origin`). */
export function describeSteps(popup: Times, worker: Times, page: Times, drawing: Times, chosenAt: number): string {
  const t0 = popup.origin?.[0] ?? 0;
  const at = (x: number | undefined): string => (x === undefined ? '?' : (x - t0).toFixed(0));
  const span = (t: Times, n: string): string => `${at(t[n]?.[0])}–${at(t[n]?.[1])}`;
  return [
    `popup script began ${at(popup['dubao:popup-start']?.[0])}`,
    `popup asked the page ${at(popup['dubao:popup-asked']?.[0])}`,
    `page heard it ${at(page['dubao:popup-opening']?.[0])}`,
    `annotator asked for → answered ${span(page, 'dubao:annotator-load')}`,
    `background's executeScript ${span(worker, 'dubao:inject:annotator')}`,
    `annotator compiled, began to run ${at(page['dubao:annotator-start']?.[0])}`,
    `pinyin-pro's first use ${span(page, 'dubao:annotator-warm')}`,
    `preparation had it ${at(page['dubao:pinyin-prepared']?.[0])}`,
    `screen read by preparation ${span(page, 'dubao:screen-read')}`,
    `screen rehearsed out of sight by ${at(page['dubao:ruby-rehearsed']?.[0])}`,
    `choice in the popup ${at(chosenAt)}`,
    `change reached the page ${at(page['dubao:switch-painted']?.[0])}`,
    `drawing ${span(drawing, 'dubao:render')} (texts and readings ${span(drawing, 'dubao:display')})`,
    `ruby painted ${at(page['dubao:switch-painted']?.[1])}`,
  ].join(', ');
}

/** The latest at-once switch in `page`, step by step (the popup's own times read before it closed). */
export async function stepByStep(page: Page, worker: Worker | undefined, popup: Times, chosenAt: number): Promise<string> {
  const pageTimes = await page.evaluate(entryTimes, { names: PAGE_ENTRIES, after: 0 });
  const drawing = await page.evaluate(entryTimes, { names: DRAWING_ENTRIES, after: pageTimes['dubao:switch-painted']?.[0] ?? 0 });
  const workerTimes = (await worker?.evaluate(entryTimes, { names: WORKER_ENTRIES, after: popup.origin?.[0] ?? 0 })) ?? {};
  return describeSteps(popup, workerTimes, pageTimes, drawing, chosenAt);
}
