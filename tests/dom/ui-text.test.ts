// The content script's words once its extension is gone: what was read is still shown.
import { describe, expect, it } from 'vitest';
import { createUiText, extensionGone } from '../../entrypoints/content/ui-text';

const MESSAGES: Record<string, string> = { tbError: '未保存：$WHY$', cardClose: '关闭' };

describe('createUiText', () => {
  it('keeps a message read while the extension was there, with its substitution, after the runtime reads no more', () => {
    let alive = true;
    const t = createUiText((key, sub) => {
      if (!alive) throw new Error('Extension context invalidated.');
      return (MESSAGES[key] ?? '').replace('$WHY$', sub);
    });
    t.warm(['tbError', 'cardClose']);
    alive = false;
    expect(t('tbError', '读报已更新')).toBe('未保存：读报已更新');
    expect(t('cardClose')).toBe('关闭');
    // A message never read stays its key, as before.
    expect(t('tbNote')).toBe('tbNote');
  });

  it('reads a message as the runtime gives it, and the key where it has none', () => {
    const t = createUiText((key, sub) => (MESSAGES[key] ?? '').replace('$WHY$', sub));
    expect(t('tbError', 'quota')).toBe('未保存：quota');
    expect(t('tbError')).toBe('未保存：');
    expect(t('nope')).toBe('nope');
  });
});

describe('extensionGone', () => {
  it('is true once the runtime has lost its id (Chromium, after a reload of the extension)', () => {
    expect(extensionGone({ id: 'abc' })).toBe(false);
    expect(extensionGone({})).toBe(true);
    expect(extensionGone(undefined)).toBe(true);
  });
});
