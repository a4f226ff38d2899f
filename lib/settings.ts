// Reader settings: their shape, defaults, and normalisation of whatever storage holds.
import type { ArticleView } from './messages';

/** Everything the reader can set. */
export interface Settings {
  /** Turn half-width punctuation inside Chinese text full-width while repairing. */
  punctuation: boolean;
  /** How an article opens: repaired or as the page printed it. */
  defaultView: ArticleView;
  /** Origins where the reader asked for Dubao on every page ("always on this site"). */
  alwaysOn: string[];
}

/** Defaults for a new install. */
export const DEFAULT_SETTINGS: Settings = { punctuation: true, defaultView: 'repaired', alwaysOn: [] };

/** Settings from storage, with anything missing or malformed replaced by its default. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    punctuation: typeof r.punctuation === 'boolean' ? r.punctuation : DEFAULT_SETTINGS.punctuation,
    defaultView: r.defaultView === 'original' ? 'original' : 'repaired',
    alwaysOn: Array.isArray(r.alwaysOn) ? r.alwaysOn.filter((o): o is string => typeof o === 'string').slice(0, 500) : [],
  };
}
