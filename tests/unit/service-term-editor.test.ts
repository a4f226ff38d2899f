// 'terms:open-editor': a page whose reader chose to replace one of their terms may only have the
// library's editor opened on it (the reader saves there); the message stores nothing, and a
// malformed request opens nothing.
import { describe, expect, it, vi } from 'vitest';
import { createRepository, openDatabase } from '../../lib/db';
import { createService, type SenderInfo } from '../../lib/service';

const OWN = 'own-extension-id';
const PAGE = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
const tab: SenderInfo = { id: OWN, tabId: 7, frameId: 0, url: PAGE, tabUrl: PAGE };
let n = 0;

async function setup() {
  const repo = createRepository(await openDatabase(`svc-term-editor-${++n}`));
  await repo.putTerm({ term: '城厢支行', explanation: '读者自己的解释' });
  const openTermEditor = vi.fn(async () => undefined);
  const handle = createService({ repo: async () => repo, ownId: OWN, openTermEditor });
  return { repo, openTermEditor, handle };
}

describe('terms:open-editor from a page', () => {
  it('opens the editor with the term and the proposed explanation, and stores nothing', async () => {
    const { repo, openTermEditor, handle } = await setup();
    const before = await repo.allTerms();
    const reply = await handle({ type: 'terms:open-editor', term: ' 城厢支行 ', explanation: '页面上的新解释' }, tab);
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    expect(openTermEditor).toHaveBeenCalledWith({ term: '城厢支行', explanation: '页面上的新解释' });
    expect(await repo.allTerms()).toEqual(before);
  });

  it('refuses an empty or over-long term and an over-long explanation, opening nothing', async () => {
    const { openTermEditor, handle } = await setup();
    for (const bad of [{ term: ' ', explanation: '' }, { term: '长'.repeat(65), explanation: '' }, { term: '城厢支行', explanation: 'x'.repeat(2001) }, { term: 3, explanation: '' }]) {
      const reply = await handle({ type: 'terms:open-editor', ...bad }, tab);
      expect(reply.ok).toBe(false);
    }
    expect(openTermEditor).not.toHaveBeenCalled();
  });
});
