// The popup's "Article style" section: text size, line height, column width, font and theme of
// the repaired article (the page around it and the original view are never restyled).
import { useEffect, useRef, useState } from 'preact/hooks';
import { SelectField } from './SelectField';
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
  /** The style last asked for: quick presses step from it, and a write that ends after a later one is not shown. */
  const latest = useRef<ReadingStyle | null>(null);
  useEffect(() => {
    api.readingStyle().then(setS, (e: unknown) => setError(String((e as Error).message ?? e)));
  }, []);
  if (error) return <p class="error" role="alert">{t('storageError', error)}</p>;
  if (!s) return null;
  // Presses quicker than the popup redraws, or than storage answers, each take a step: every change
  // starts from the style last asked for, and only the answer to the last write is shown.
  const set = (patch: Partial<ReadingStyle>): void => {
    const next = { ...(latest.current ?? s), ...patch };
    latest.current = next;
    setS(next);
    api.setReadingStyle(next).then((stored) => latest.current === next && setS(stored), (e: unknown) => setError(String((e as Error).message ?? e)));
  };
  const size = (dir: 1 | -1): void => {
    const now = (latest.current ?? s).size;
    const next = stepIn(SIZE_STEPS, now, dir);
    if (next !== now) set({ size: next });
  };
  // At either end of the scale its button says it is unavailable but stays focusable: a disabled
  // button drops the keyboard's focus to the page's start the moment the last step is taken.
  const [smallest, largest] = [s.size === SIZE_STEPS[0], s.size === SIZE_STEPS.at(-1)];
  return (
    <section aria-labelledby="dubao-style-h" class="card">
      <h2 id="dubao-style-h">{t('styleHeading')}</h2>
      <div class="field" role="group" aria-labelledby="dubao-size-l">
        <span id="dubao-size-l">{t('styleSize')}</span>
        <span class="stepper">
          <button type="button" aria-label={t('styleSmaller')} aria-disabled={smallest ? 'true' : undefined} onClick={() => size(-1)}>A−</button>
          <output aria-live="polite" data-testid="style-size">{s.size}%</output>
          <button type="button" aria-label={t('styleLarger')} aria-disabled={largest ? 'true' : undefined} onClick={() => size(1)}>A+</button>
        </span>
      </div>
      <SelectField id="dubao-line-height" label={t('styleLineHeight')} value={String(s.lineHeight)} onPick={(v) => set({ lineHeight: Number(v) })}
        choices={LINE_HEIGHT_STEPS.map((v) => ({ value: String(v), label: String(v) }))} />
      <SelectField id="dubao-measure" label={t('styleMeasure')} value={String(s.measure)} onPick={(v) => set({ measure: Number(v) })}
        choices={MEASURE_STEPS.map((v) => ({ value: String(v), label: v === 0 ? t('styleMeasurePage') : t('styleMeasureChars', String(v)) }))} />
      <SelectField id="dubao-font" label={t('styleFont')} value={s.font} onPick={(font) => set({ font })}
        choices={FONTS.map((f) => ({ value: f, label: t(`styleFont_${f}`) }))} />
      <SelectField id="dubao-theme" label={t('styleTheme')} value={s.theme} onPick={(theme) => set({ theme })}
        choices={THEMES.map((v) => ({ value: v, label: t(`styleTheme_${v}`) }))} />
      <p class="hint">{t('styleKeysHint')}</p>
    </section>
  );
}
