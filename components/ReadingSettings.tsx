// The popup's "Article style" section: text size, line height, column width, font and theme of
// the repaired article (the page around it and the original view are never restyled).
import { useEffect, useState } from 'preact/hooks';
import { FONTS, LINE_HEIGHT_STEPS, MEASURE_STEPS, SIZE_STEPS, THEMES, stepIn, type ReadingStyle } from '../lib/reading-style';

/** What the section needs: UI strings and the stored style. */
export interface ReadingStyleApi {
  t: (key: string, substitutions?: string | string[]) => string;
  readingStyle: () => Promise<ReadingStyle>;
  /** Stores a style and returns it as stored (normalised). */
  setReadingStyle: (style: ReadingStyle) => Promise<ReadingStyle>;
}

/** The compact reading-style section; renders nothing until the stored style is read. */
export function ReadingSettings({ api }: { api: ReadingStyleApi }) {
  const { t } = api;
  const [s, setS] = useState<ReadingStyle | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.readingStyle().then(setS, (e: unknown) => setError(String((e as Error).message ?? e)));
  }, []);
  if (error) return <p class="error" role="alert">{t('storageError', error)}</p>;
  if (!s) return null;
  const set = (patch: Partial<ReadingStyle>): void => {
    const next = { ...s, ...patch };
    setS(next);
    api.setReadingStyle(next).then(setS, (e: unknown) => setError(String((e as Error).message ?? e)));
  };
  const size = (dir: 1 | -1): void => set({ size: stepIn(SIZE_STEPS, s.size, dir) });
  return (
    <section aria-labelledby="dubao-style-h" class="card">
      <h2 id="dubao-style-h">{t('styleHeading')}</h2>
      <div class="field" role="group" aria-labelledby="dubao-size-l">
        <span id="dubao-size-l">{t('styleSize')}</span>
        <span class="stepper">
          <button type="button" aria-label={t('styleSmaller')} disabled={s.size === SIZE_STEPS[0]} onClick={() => size(-1)}>A−</button>
          <output aria-live="polite" data-testid="style-size">{s.size}%</output>
          <button type="button" aria-label={t('styleLarger')} disabled={s.size === SIZE_STEPS.at(-1)} onClick={() => size(1)}>A+</button>
        </span>
      </div>
      <div class="field">
        <label for="dubao-line-height">{t('styleLineHeight')}</label>
        <select id="dubao-line-height" value={String(s.lineHeight)} onChange={(e) => set({ lineHeight: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {LINE_HEIGHT_STEPS.map((v) => <option key={v} value={String(v)}>{v}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="dubao-measure">{t('styleMeasure')}</label>
        <select id="dubao-measure" value={String(s.measure)} onChange={(e) => set({ measure: Number((e.currentTarget as HTMLSelectElement).value) })}>
          {MEASURE_STEPS.map((v) => <option key={v} value={String(v)}>{v === 0 ? t('styleMeasurePage') : t('styleMeasureChars', String(v))}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="dubao-font">{t('styleFont')}</label>
        <select id="dubao-font" value={s.font} onChange={(e) => set({ font: (e.currentTarget as HTMLSelectElement).value as ReadingStyle['font'] })}>
          {FONTS.map((f) => <option key={f} value={f}>{t(`styleFont_${f}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="dubao-theme">{t('styleTheme')}</label>
        <select id="dubao-theme" value={s.theme} onChange={(e) => set({ theme: (e.currentTarget as HTMLSelectElement).value as ReadingStyle['theme'] })}>
          {THEMES.map((v) => <option key={v} value={v}>{t(`styleTheme_${v}`)}</option>)}
        </select>
      </div>
      <p class="hint">{t('styleKeysHint')}</p>
    </section>
  );
}
