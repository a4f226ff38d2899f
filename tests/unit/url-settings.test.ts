import { describe, expect, it } from 'vitest';
import { normalizeSettings, DEFAULT_SETTINGS } from '../../lib/settings';
import { canonicalUrl } from '../../lib/url';

describe('canonical URLs', () => {
  it.each([
    ['https://zjrb.zjol.com.cn/html/2022-12/28/content_3615296.htm?div=-1', 'https://zjrb.zjol.com.cn/html/2022-12/28/content_3615296.htm'],
    ['https://XSRB.xsnet.cn/epaper/html/2025-03/09/content_1_2.htm?utm_source=wx&spm=a#p3', 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1_2.htm'],
    ['https://blog.example.com/p?id=7&from=timeline', 'https://blog.example.com/p?id=7'],
    ['not a url', null],
  ])('%s → %s', (url, want) => {
    expect(canonicalUrl(url)).toBe(want);
  });
});

describe('settings', () => {
  it('replaces anything malformed in storage by defaults', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ punctuation: 'yes', defaultView: 'weird', alwaysOn: ['https://a.cn', 3] })).toEqual(DEFAULT_SETTINGS);
  });
});
