// The typed send helpers: every failure of the transport reaches the caller as a rejection.
import { describe, expect, it } from 'vitest';
import { createContentSend, createSend } from '../../lib/send';

describe('createSend', () => {
  it('gives the reply value, and rejects with the background\'s error', async () => {
    const ok = createSend(async () => ({ ok: true, value: ['医保'] }));
    await expect(ok({ type: 'terms:forms' })).resolves.toEqual(['医保']);
    const refused = createSend(async () => ({ ok: false, error: 'too large' }));
    await expect(refused({ type: 'terms:forms' })).rejects.toThrow('too large');
  });

  it('rejects, never throws, when the transport throws at once (an extension reloaded under an open page)', async () => {
    // Chromium's runtime.sendMessage in an orphaned content script throws synchronously.
    const gone = (): Promise<unknown> => {
      throw new Error('Extension context invalidated.');
    };
    let pending: Promise<unknown> | undefined;
    expect(() => {
      pending = createSend(gone)({ type: 'terms:forms' });
    }).not.toThrow();
    await expect(pending).rejects.toThrow('Extension context invalidated.');
    let toPage: Promise<unknown> | undefined;
    expect(() => {
      toPage = createContentSend(gone)({ type: 'page:info' } as never);
    }).not.toThrow();
    await expect(toPage).rejects.toThrow('Extension context invalidated.');
  });
});
