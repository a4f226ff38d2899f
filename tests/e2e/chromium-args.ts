// Chromium switches that change only how the end-to-end browser spreads its pages over processes.
//
// With site isolation (Chromium's default on desktops) every site gets renderer processes of its
// own; the blind-page tests alone open about 110 pages under as many hosts, and a new renderer
// costs the machine time that no test measures. Without it, Chromium may put pages of different
// sites into one renderer. Nothing Dubao does depends on that: its content script runs in the
// page's renderer either way, and its popup and background are extension processes either way.
// scripts/test.sh turns these on (DUBAO_E2E_SHARED_RENDERERS=1) for the files without timing
// figures only; the files whose [bench] lines are evidence run in Chromium's default setup.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Playwright's own `--disable-features` list. Chromium keeps only the last `--disable-features`
 * switch, so a launch that adds features to it has to repeat Playwright's (without them, for one,
 * Chromium upgrades the fixture papers' http:// addresses to https://). Read from playwright-core
 * itself, so that an upgrade brings its list along; a layout this cannot read is an error, not a
 * silent launch without Playwright's list.
 */
export function playwrightDisabledFeatures(bundle = readPlaywrightBundle()): string[] {
  const start = bundle.indexOf('disabledFeatures = [');
  const end = start < 0 ? -1 : bundle.indexOf('].filter(Boolean)', start);
  if (start < 0 || end < 0) throw new Error('Playwright\'s --disable-features list not found in playwright-core: see tests/e2e/chromium-args.ts');
  // Comments in the list may hold quoted words too: only the string items count.
  const items = bundle.slice(start, end).split('\n').map((line) => line.replace(/\/\/.*$/u, ''));
  const names = items.flatMap((line) => [...line.matchAll(/"([A-Za-z0-9]+)"/gu)].map((m) => m[1] as string));
  if (!names.includes('HttpsUpgrades')) throw new Error('Playwright\'s --disable-features list read from playwright-core lacks HttpsUpgrades: see tests/e2e/chromium-args.ts');
  return names;
}

function readPlaywrightBundle(): string {
  const main = createRequire(import.meta.url).resolve('playwright-core');
  return readFileSync(join(dirname(main), 'lib', 'coreBundle.js'), 'utf8');
}

/** The switches for a browser whose renderers may hold pages of several sites, when DUBAO_E2E_SHARED_RENDERERS=1. */
export function sharedRendererArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.DUBAO_E2E_SHARED_RENDERERS !== '1') return [];
  return ['--disable-site-isolation-trials', `--disable-features=${[...playwrightDisabledFeatures(), 'site-per-process', 'IsolateOrigins'].join(',')}`];
}
