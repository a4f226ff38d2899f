// The end-to-end browser's shared-renderer switches (tests/e2e/chromium-args.ts): Playwright's own
// --disable-features list is repeated (Chromium keeps only the last such switch), read from the
// installed playwright-core; a bundle it cannot read is a clear error.
import { describe, expect, it } from 'vitest';
import { playwrightDisabledFeatures, sharedRendererArgs } from '../e2e/chromium-args';

const BUNDLE = `
var disabledFeatures;
    disabledFeatures = [
      // See https://github.com/microsoft/playwright/issues/14047 "NotAFeature"
      "AvoidUnnecessaryBeforeUnloadCheckSync",
      "HttpsUpgrades",
      process.env.SOMETHING ? "" : "PaintHolding",
    ].filter(Boolean);
    enabledFeatures = () => ["CDPScreenshotNewSurface"].filter(Boolean);
`;

describe('the shared-renderer switches', () => {
  it('reads Playwright\'s list, its string items only (not words in its comments, not the next list)', () => {
    expect(playwrightDisabledFeatures(BUNDLE)).toEqual(['AvoidUnnecessaryBeforeUnloadCheckSync', 'HttpsUpgrades', 'PaintHolding']);
  });

  it('finds the list in the installed playwright-core', () => {
    const names = playwrightDisabledFeatures();
    expect(names).toContain('HttpsUpgrades');
    expect(names).toContain('PaintHolding');
  });

  it('says so when the list cannot be found or lacks what the fixtures need', () => {
    expect(() => playwrightDisabledFeatures('var x = 1;')).toThrow(/not found in playwright-core/u);
    expect(() => playwrightDisabledFeatures('disabledFeatures = [\n "PaintHolding"\n].filter(Boolean)')).toThrow(/lacks HttpsUpgrades/u);
  });

  it('adds nothing unless asked, and keeps Playwright\'s list in the one --disable-features switch when asked', () => {
    expect(sharedRendererArgs({})).toEqual([]);
    const args = sharedRendererArgs({ DUBAO_E2E_SHARED_RENDERERS: '1' });
    expect(args.filter((a) => a.startsWith('--disable-features='))).toHaveLength(1);
    const features = args.find((a) => a.startsWith('--disable-features='))!.slice('--disable-features='.length).split(',');
    expect(features).toEqual(expect.arrayContaining(['HttpsUpgrades', 'site-per-process', 'IsolateOrigins']));
    expect(args).toContain('--disable-site-isolation-trials');
  });
});
