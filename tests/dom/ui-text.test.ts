// The content script's words once its extension is gone: what was read is still shown.
import { describe, expect, it } from 'vitest';
import { createUiText, extensionGone, readerReason } from '../../entrypoints/content/ui-text';

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

describe('readerReason', () => {
  const ZH: Record<string, string> = { errStorageFull: '存储空间已满', errNoteTooLong: '笔记太长（最多 $1 个字符）', errExplanationTooLong: '解释太长（最多 $1 个字符）' };
  const t = createUiText((key, sub) => (ZH[key] ?? '').replace('$1', sub));

  it('says in the reader\'s language what the background refused for a reason the reader can act on', async () => {
    const { describeError } = await import('../../lib/service');
    const { validPatch } = await import('../../lib/message-checks');
    const { validateTermInput } = await import('../../lib/records');
    const full = describeError(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }));
    expect(readerReason(full, t)).toBe('存储空间已满');
    const longNote = validPatch({ note: 'x'.repeat(10_001) });
    expect(readerReason(String(longNote), t)).toBe('笔记太长（最多 10000 个字符）');
    const longExplanation = validateTermInput({ term: '医银合作', explanation: '解'.repeat(2001) });
    expect(readerReason(longExplanation.ok ? '' : longExplanation.error, t)).toBe('解释太长（最多 2000 个字符）');
    // Anything else is given as it came.
    expect(readerReason('no reply from the background', t)).toBe('no reply from the background');
  });
});
