import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRepository, openDatabase, type Repository } from '../lib/db';
import { parseDictionary, type Dictionary } from '../lib/dict';
import { GLOSSARY, GLOSSARY_IGNORE } from '../lib/glossary/data';
import type { GlossaryForms, LazyScript } from '../lib/messages';
import { createService } from '../lib/service';
import { updateSettings, loadSettings } from '../lib/storage';

/** The background: sole owner of the database, answers typed messages, runs commands. */
export default defineBackground(() => {
  let repo: Promise<Repository> | null = null;
  const getRepo = (): Promise<Repository> => {
    repo ??= openDatabase().then(createRepository).catch((e: unknown) => {
      repo = null;
      throw e;
    });
    return repo;
  };

  let dict: Promise<Dictionary> | null = null;
  const dictionary = (): Promise<Dictionary> => {
    dict ??= fetch(browser.runtime.getURL('/dict/cedict.txt'))
      .then((r) => r.text())
      .then(parseDictionary)
      .catch((e: unknown) => {
        dict = null;
        throw e;
      });
    return dict;
  };
  const handle = createService({ repo: getRepo, ownId: browser.runtime.id, enableSite, injectScript, glossaryForms, dictionary });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, { id: sender.id, tabId: sender.tab?.id, frameId: sender.frameId }));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-repair') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'page:toggle-view' }).catch(() => undefined);
  });
});

/** A heavy optional part (pinyin, phrase tables), into the content-script world of one frame. */
async function injectScript(name: LazyScript, tabId: number, frameId: number): Promise<void> {
  const file = name === 'cn2t' ? '/cn2t.js' : '/annotator.js';
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

let forms: GlossaryForms | null = null;
/** Terms and variants of the glossary, computed once. */
function glossaryForms(): GlossaryForms {
  forms ??= {
    entries: GLOSSARY.map((e) => ({ id: e.id, term: e.term, variants: [...e.variants] })),
    ignore: [...GLOSSARY_IGNORE],
  };
  return forms;
}

/** "Always on this site": a content script registered for that origin (permission granted by the popup). */
async function enableSite(origin: string): Promise<void> {
  const id = `dubao-site-${new URL(origin).host}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [`${origin}/*`], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  const settings = await loadSettings();
  if (!settings.alwaysOn.includes(origin)) await updateSettings({ alwaysOn: [...settings.alwaysOn, origin] });
}
