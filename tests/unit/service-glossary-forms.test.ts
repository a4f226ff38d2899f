// A page asks for the glossary forms with its article's text and gets back only the segmentation
// words that occur in it: the ~480 KB list (public/glossary/edge-words.txt) is never sent whole.
import { describe, expect, it } from 'vitest';
import { createRepository, openDatabase } from '../../lib/db';
import { MAX_GLOSSARY_TEXT, type GlossaryForms, type Reply } from '../../lib/messages';
import { newLexicon } from '../../lib/glossary/segment';
import { wordsIn } from '../../lib/glossary/lexicon';
import { createService, type SenderInfo } from '../../lib/service';

const OWN = 'own-extension-id';
const PAGE = 'https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_79494_19886522.htm';
const tab: SenderInfo = { id: OWN, tabId: 7, frameId: 0, url: PAGE, tabUrl: PAGE };
const lexicon = newLexicon(['个人', '大额', '城镇', '街道', '减少']);

async function service() {
  const repo = createRepository(await openDatabase(`svc-glossary-forms-${Math.random()}`));
  const handle = createService({
    repo: async () => repo,
    ownId: OWN,
    glossaryForms: async (text) => ({ entries: [{ id: 'renda', term: '人大', variants: [] }], words: wordsIn(text, lexicon).join(' ') }),
  });
  return (message: unknown): Promise<Reply<unknown>> => handle(message, tab);
}

describe('glossary:forms', () => {
  it('answers a page with the words of its own text only', async () => {
    const call = await service();
    const reply = (await call({ type: 'glossary:forms', text: '办理个人大额转账，区人大常委会' })) as { ok: true; value: GlossaryForms };
    expect(reply.ok).toBe(true);
    expect(reply.value.words).toBe('个人 大额');
    expect(reply.value.entries.map((e) => e.term)).toEqual(['人大']);
  });

  it('answers without words when the page sends no text', async () => {
    const call = await service();
    expect(await call({ type: 'glossary:forms' })).toMatchObject({ ok: true, value: { words: '' } });
  });

  it('refuses a text that is not a string or is longer than the limit, with a clear error', async () => {
    const call = await service();
    expect(await call({ type: 'glossary:forms', text: 42 })).toMatchObject({ ok: false, error: expect.stringMatching(/text must be a string/u) });
    expect(await call({ type: 'glossary:forms', text: '城'.repeat(MAX_GLOSSARY_TEXT + 1) })).toMatchObject({ ok: false, error: expect.stringMatching(/at most 200000/u) });
  });
});
