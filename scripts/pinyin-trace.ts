// node --import tsx scripts/pinyin-trace.ts [TRACE=1] [DETAIL=1] [ROUNDS=n] [WAIT_MS=n]: where the main thread's time goes when pinyin is turned on over a
// 10,000-character article, and while scrolling through it (real Chromium, the e2e build).
// Reads a Chromium performance trace and prints CPU time per phase (script / style / layout /
// paint), which varies far less than wall-clock time on a shared machine, and every task over
// 50 ms with what it was made of. Printed, never asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { FIXTURES, PAGES_DIR } from '../tests/helpers/fixtures';
import { launch, openPopup, routeFixtures, type ExtraPages, type Session } from '../tests/e2e/harness';
import { watchLongTasks } from '../tests/e2e/pinyin-measure';

const URL_BIG = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886597.htm';
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing'].join(',');
const ROUNDS = Number(process.env.ROUNDS ?? 3);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** The same 10,000-character article as tests/e2e/pinyin-speed.e2e.ts. */
function bigArticle(): string {
  const xsrb = FIXTURES.find((f) => f.file === 'xsrb-article-br.html');
  if (!xsrb) throw new Error('fixture xsrb-article-br.html missing');
  const corpus = ['xsrb-page-narrow-columns', 'zj-page-column-breaks'].map((n) => readFileSync(join(PAGES_DIR, '../corpus', `${n}.txt`), 'utf8')).join('\n\n');
  const body = corpus.split('\n').map((l) => l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')).join('<br>\n');
  return readFileSync(join(PAGES_DIR, xsrb.file), 'utf8').replace(/(<div id="ozoom"[^>]*>)[\s\S]*?(<\/div>)/u, `$1${body}$2`);
}

async function setPinyin(session: Session, value: string, url = URL_BIG): Promise<void> {
  const popup = await openPopup(session, url);
  await popup.locator('#dubao-pinyin').selectOption(value);
  for (let i = 0; i < 100; i++) {
    const v = await popup.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<{ settings?: { pinyin?: string } }> } } } }).chrome.storage.sync.get('settings')).settings ?? {}).pinyin);
    if (v === value) break;
    await popup.waitForTimeout(50);
  }
  await popup.close();
}

/** Main-thread time per phase (ms) spent by the page's renderer during `during` (Performance.getMetrics, no tracing overhead). */
async function metered(cdp: CDPSession, during: () => Promise<void>): Promise<string> {
  const read = async (): Promise<Map<string, number>> => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value] as const));
  const a = await read();
  await during();
  const b = await read();
  const d = (k: string): number => ((b.get(k) ?? 0) - (a.get(k) ?? 0)) * 1000;
  const rest = d('TaskDuration') - d('ScriptDuration') - d('RecalcStyleDuration') - d('LayoutDuration');
  return `script ${d('ScriptDuration').toFixed(0)}, style ${d('RecalcStyleDuration').toFixed(0)}, layout ${d('LayoutDuration').toFixed(0)}, other (paint…) ${rest.toFixed(0)} ms`;
}

async function record(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  if (!process.env.TRACE) {
    console.log(`  ${await metered(cdp, during)}`);
    return [];
  }
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const PHASE: [RegExp, string][] = [
  [/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/u, 'style'],
  [/^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/u, 'layout'],
  [/^(Paint|PrePaint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|Commit|RasterTask|CompositeLayers|PaintSetup)$/u, 'paint'],
  [/^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireIdleCallback|EventDispatch|FireAnimationFrame|v8\.run|v8\.callFunction|ParseHTML)/u, 'script'],
  [/GC|Sweep|Scavenge|Mark/u, 'gc'],
];

function phaseOf(name: string): string {
  return PHASE.find(([re]) => re.test(name))?.[1] ?? 'other';
}

/** Self time (thread CPU where the trace has it) per phase of complete events on one thread between two times. */
function phases(events: TraceEvent[], tid: number, from: number, to: number): Record<string, number> {
  const xs = events.filter((e) => e.tid === tid && e.ph === 'X' && e.dur !== undefined && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: Record<string, number> = {};
  const stack: TraceEvent[] = [];
  const self = new Map<TraceEvent, number>();
  for (const e of xs) {
    while (stack.length && (stack.at(-1) as TraceEvent).ts + ((stack.at(-1) as TraceEvent).dur ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    self.set(e, e.tdur ?? e.dur ?? 0);
    if (parent) self.set(parent, (self.get(parent) ?? 0) - (e.tdur ?? e.dur ?? 0));
    stack.push(e);
  }
  const byName = new Map<string, number>();
  for (const [e, us] of self) {
    byName.set(e.name, (byName.get(e.name) ?? 0) + us / 1000);
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    const p = phaseOf(e.name);
    out[p] = (out[p] ?? 0) + us / 1000;
  }
  if (process.env.DETAIL && to - from > 1_000_000) console.log(`    by event: ${[...byName].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`);
  return out;
}

function fmt(p: Record<string, number>): string {
  return ['script', 'style', 'layout', 'paint', 'gc', 'other'].map((k) => `${k} ${(p[k] ?? 0).toFixed(0)}`).join(', ');
}

/** The renderer main thread that recorded our marks. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const mark = events.find((e) => e.name.startsWith('dubao:'));
  return mark ? { pid: mark.pid, tid: mark.tid } : null;
}

function longTasks(events: TraceEvent[], tid: number): string[] {
  return events
    .filter((e) => e.tid === tid && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > 50_000)
    .map((t) => `${((t.dur ?? 0) / 1000).toFixed(0)} ms, cpu ${((t.tdur ?? 0) / 1000).toFixed(0)} (${fmt(phases(events, tid, t.ts, t.ts + (t.dur ?? 0)))})`);
}

async function main(): Promise<void> {
  const session = await launch();
  await routeFixtures(session.context, new Map([[URL_BIG, { body: bigArticle() }]]) as ExtraPages);
  if (process.env.PREPARED) {
    // A reader who used pinyin before: on in another article and off again, then the long article prepares it in idle time.
    const small = FIXTURES.find((f) => f.file === 'xsrb-article-br.html')?.url ?? '';
    const other = await session.context.newPage();
    await other.goto(small);
    await other.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
    await setPinyin(session, 'all', small);
    await other.waitForSelector('.dubao-article rt');
    await setPinyin(session, 'off', small);
    await other.close();
  }
  const page: Page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 850 });
  await page.goto(URL_BIG);
  await page.waitForSelector('[data-dubao="repaired"] .dubao-article[data-dubao-settled]');
  if (process.env.PREPARED) await page.waitForFunction(() => performance.getEntriesByName('dubao:ruby-rehearsed').length > 0, undefined, { timeout: 30000 });
  // WAIT_MS=n: the reader reads the page this long before turning pinyin on (idle-time work after the load runs first).
  await page.waitForTimeout(Number(process.env.WAIT_MS ?? 0));
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  let tid = -1;
  for (let round = 0; round < ROUNDS; round++) {
    const n = await page.evaluate(() => performance.getEntriesByName('dubao:render-painted').length);
    const events = await record(cdp, async () => {
      await setPinyin(session, 'all');
      while ((await page.evaluate(() => performance.getEntriesByName('dubao:ruby-complete').length)) <= round) await page.waitForTimeout(50);
    });
    const painted = await page.evaluate((k) => performance.getEntriesByName('dubao:render-painted')[k]?.duration ?? -1, n);
    const main = mainThread(events);
    if (!main) {
      const parts = await page.evaluate(() => ['dubao:render', 'dubao:display', 'dubao:switch-painted'].map((m) => performance.getEntriesByName(m).at(-1)?.duration.toFixed(0)).join(' / '));
      console.log(`switch ${round + 1}: ruby painted after ${painted.toFixed(0)} ms (drawing / of it display / from the change: ${parts})`);
      if (round < ROUNDS - 1) {
        await setPinyin(session, 'off');
        await page.waitForTimeout(300);
      }
      continue;
    }
    tid = main.tid;
    const marks = events.filter((e) => e.tid === main.tid && e.name.startsWith('dubao:'));
    const start = marks.find((e) => e.name === 'dubao:switch-painted' || e.name === 'dubao:render-painted');
    const from = start?.ts ?? 0;
    const to = from + painted * 1000;
    console.log(`switch ${round + 1}: ruby painted after ${painted.toFixed(0)} ms; to paint: ${fmt(phases(events, main.tid, from, to))}; idle filling after: ${fmt(phases(events, main.tid, to, Infinity))}; tasks > 50 ms: ${longTasks(events, main.tid).join('; ') || 'none'}`);
    if (round < ROUNDS - 1) {
      await setPinyin(session, 'off');
      await page.waitForTimeout(300);
    }
  }
  await page.evaluate(watchLongTasks);
  await page.mouse.move(500, 400);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const events = await record(cdp, async () => {
    for (let y = 0; y < height; y += 400) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(800);
  });
  console.log(`long tasks while scrolling (observer): ${(await page.evaluate(() => (window as unknown as { __long: number[] }).__long)).map((x) => x.toFixed(0)).join(', ') || 'none'}`);
  const layouts = events.filter((e) => e.tid === tid && e.name === 'Layout').sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
  console.log(`layouts while scrolling: ${layouts.length}, biggest: ${layouts.slice(0, 8).map((e) => `${((e.tdur ?? 0) / 1000).toFixed(0)} ms ${JSON.stringify(e.args?.beginData ?? {}).slice(0, 120)}`).join(' | ')}`);
  console.log(`scrolling ${height} px: ${fmt(phases(events, tid, 0, Infinity))}; tasks > 50 ms: ${longTasks(events, tid).join('; ') || 'none'}`);
  await session.close();
}

await main();
