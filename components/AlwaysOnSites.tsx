// The sites where Dubao is always on (this device), each with "turn off": in the popup and the library.
import { useEffect, useState } from 'preact/hooks';
import './AlwaysOnSites.css';

/** What the list needs from the outside world. */
export interface SitesApi {
  t: (key: string, substitutions?: string | string[]) => string;
  /** Origins where Dubao is always on ('sites:list'). */
  alwaysOnSites: () => Promise<string[]>;
  /** Unregisters the origin's content script and removes it from the list ('site:disable'). */
  turnOffSite: (origin: string) => Promise<void>;
}

/** Nothing when no site is always on; else a list of origins, each with a "turn off" button. */
export function AlwaysOnSites({ api }: { api: SitesApi }) {
  const { t } = api;
  const [sites, setSites] = useState<string[]>([]);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const load = (): void => {
    api.alwaysOnSites().then(setSites, (e: unknown) => setStatus({ error: true, text: String((e as Error).message ?? e) }));
  };
  useEffect(load, []);
  const turnOff = (origin: string): void => {
    api.turnOffSite(origin).then(
      () => {
        setStatus({ error: false, text: t('siteTurnedOff', origin) });
        load();
      },
      (e: unknown) => setStatus({ error: true, text: String((e as Error).message ?? e) }),
    );
  };
  if (sites.length === 0 && !status) return null;
  return (
    <section aria-labelledby="dubao-sites-h" class="card sites">
      <h2 id="dubao-sites-h">{t('sitesHeading')}</h2>
      <ul class="sites-list">
        {sites.map((origin) => (
          <li key={origin}>
            <button type="button" class="secondary" onClick={() => turnOff(origin)}>
              {t('siteTurnOff', origin)}
            </button>
          </li>
        ))}
      </ul>
      {status && <p class={status.error ? 'error' : 'notice'} role={status.error ? 'alert' : 'status'}>{status.text}</p>}
    </section>
  );
}
