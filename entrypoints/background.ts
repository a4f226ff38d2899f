import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRepository, openDatabase, type Repository } from '../lib/db';
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

  const handle = createService({ repo: getRepo, ownId: browser.runtime.id, enableSite });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, { id: sender.id }));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-repair') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'page:toggle-view' }).catch(() => undefined);
  });
});

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
