// The popup's line about saved words: how many are due for review today, and the way to review.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import type { Send } from '../lib/send';

/** What the line needs; without `wordsDueCount` (older callers, tests) it shows nothing. */
export interface WordsDueApi {
  t: (key: string, substitutions?: string | string[]) => string;
  wordsDueCount?: () => Promise<number>;
  openReview?: () => void | Promise<void>;
  /** The reader's settings: the two word settings are switched here. */
  settings?: () => Promise<Settings>;
  updateSettings?: (patch: Partial<Settings>) => Promise<Settings>;
}

/** The due-count call as a background message, and `openReview` as given. */
export function wordsDueCalls(ask: Send, openReview: () => Promise<void>): Required<Pick<WordsDueApi, 'wordsDueCount' | 'openReview'>> {
  return { wordsDueCount: async () => (await ask({ type: 'words:due', limit: 1 })).total, openReview };
}

export function WordsDue({ api }: { api: WordsDueApi }) {
  const [count, setCount] = useState<number | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    api.wordsDueCount?.().then(setCount, () => setCount(null));
    api.settings?.().then(setSettings, () => undefined);
  }, []);
  const toggle = (key: 'wordMarks' | 'wordAutoSave', on: boolean): void => {
    api.updateSettings?.({ [key]: on }).then(setSettings, () => undefined);
  };
  if (count === null) return null;
  return (
    <section class="card words-due" aria-labelledby="dubao-words-due-h">
      <h2 id="dubao-words-due-h">{api.t('wordsTitle')}</h2>
      <div class="row" style={{ alignItems: 'center', marginTop: 0 }}>
        <span data-testid="words-due">{count > 0 ? api.t('wordsDueToday', String(count)) : api.t('wordsDueNone')}</span>
        {count > 0 && api.openReview && <button type="button" onClick={() => void api.openReview?.()}>{api.t('wordsReview')}</button>}
      </div>
      {settings && (
        <>
          <label class="check">
            <input type="checkbox" checked={settings.wordMarks} onChange={(e) => toggle('wordMarks', e.currentTarget.checked)} />
            {api.t('wordMarks')}
          </label>
          <label class="check">
            <input type="checkbox" checked={settings.wordAutoSave} onChange={(e) => toggle('wordAutoSave', e.currentTarget.checked)} />
            {api.t('wordAutoSave')}
          </label>
        </>
      )}
    </section>
  );
}
