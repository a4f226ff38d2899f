// Search box and filters of a highlight list: colour, paper, issue dates, with a note.
import type { HighlightQuery } from '../lib/highlights/search';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/highlights/types';

export interface Filters {
  text: string;
  color: '' | HighlightColor;
  paper: string;
  from: string;
  to: string;
  withNote: boolean;
}

export const NO_FILTERS: Filters = { text: '', color: '', paper: '', from: '', to: '', withNote: false };

/** The search query of the filters. */
export function toQuery(f: Filters): HighlightQuery {
  const q: HighlightQuery = {};
  if (f.text.trim()) q.text = f.text;
  if (f.color) q.colors = [f.color];
  if (f.paper) q.paper = f.paper;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.withNote) q.withNote = true;
  return q;
}

const COLOR_KEYS: Record<HighlightColor, string> = { yellow: 'colorYellow', green: 'colorGreen', blue: 'colorBlue', pink: 'colorPink' };

/** The localised name of a colour. */
export function colorName(t: (key: string) => string, color: HighlightColor): string {
  return t(COLOR_KEYS[color]);
}

interface FiltersProps {
  t: (key: string, substitutions?: string | string[]) => string;
  value: Filters;
  papers: string[];
  open: boolean;
  onChange: (next: Filters) => void;
}

export function HighlightFilters({ t, value, papers, open, onChange }: FiltersProps) {
  const set = (patch: Partial<Filters>): void => onChange({ ...value, ...patch });
  const filtered = value.color !== '' || value.paper !== '' || value.from !== '' || value.to !== '' || value.withNote;
  return (
    <div class="hl-filters">
      <input
        type="search"
        class="hl-search"
        aria-label={t('hlSearchLabel')}
        placeholder={t('hlSearchPlaceholder')}
        value={value.text}
        onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })}
      />
      <details open={open || filtered}>
        <summary>{t('hlFilters')}</summary>
        <div class="hl-filter-grid">
          <label>
            {t('hlColorLabel')}
            <select value={value.color} onChange={(e) => set({ color: (e.currentTarget as HTMLSelectElement).value as Filters['color'] })}>
              <option value="">{t('hlColorAny')}</option>
              {HIGHLIGHT_COLORS.map((c) => (
                <option key={c} value={c}>{colorName(t, c)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('hlPaperLabel')}
            <select value={value.paper} onChange={(e) => set({ paper: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="">{t('hlPaperAny')}</option>
              {papers.map((p) => (
                <option key={p} value={p}>{p}</option>
              ))}
            </select>
          </label>
          <label>
            {t('hlFromLabel')}
            <input type="date" value={value.from} max={value.to || undefined} onChange={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            {t('hlToLabel')}
            <input type="date" value={value.to} min={value.from || undefined} onChange={(e) => set({ to: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label class="check">
            <input type="checkbox" checked={value.withNote} onChange={(e) => set({ withNote: (e.currentTarget as HTMLInputElement).checked })} />
            {t('hlWithNote')}
          </label>
          {filtered && (
            <button type="button" class="secondary" onClick={() => onChange({ ...NO_FILTERS, text: value.text })}>
              {t('hlClearFilters')}
            </button>
          )}
        </div>
      </details>
    </div>
  );
}
