// Reading settings for the repaired article: stored values normalised, keyboard steps, tone
// colours that contrast with every theme, and CSS that touches the repaired article only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DARK_TONES, DEFAULT_READING_STYLE, LIGHT_TONES, PALETTES, contrastRatio, normalizeReadingStyle, readingCss, sameLook, stepMeasure, styleForKey } from '../../lib/reading-style';

describe('contrast', () => {
  it('computes WCAG ratios (black on white 21:1, same colour 1:1, #767676 on white about 4.54:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio('red', '#ffffff')).toThrow(/#rrggbb/u);
  });

  it('gives every tone colour at least 4.5:1 against its theme, and text 7:1', () => {
    for (const [name, p] of Object.entries(PALETTES)) {
      for (const c of p.tones) expect(contrastRatio(c, p.bg), `${name} ${c}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.fg, p.bg), name).toBeGreaterThanOrEqual(7);
      expect(contrastRatio(p.muted, p.bg), name).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.link, p.bg), name).toBeGreaterThanOrEqual(4.5);
    }
    // The page's own colours: e-paper pages are white or near-white (#fff, #f7f7f7), rarely near-black.
    for (const bg of ['#ffffff', '#f7f7f7']) for (const c of LIGHT_TONES) expect(contrastRatio(c, bg)).toBeGreaterThanOrEqual(4.5);
    for (const bg of ['#000000', '#202124']) for (const c of DARK_TONES) expect(contrastRatio(c, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('ships the light tone colours in style.css as well (the article without a reading sheet)', () => {
    const css = readFileSync(join(__dirname, '../../entrypoints/content/style.css'), 'utf8');
    LIGHT_TONES.forEach((c, k) => expect(css).toContain(`.dubao-t${k + 1} { color: ${c}; }`));
  });
});

describe('stored reading style', () => {
  it('keeps good values and replaces missing or malformed ones', () => {
    expect(normalizeReadingStyle(undefined)).toEqual(DEFAULT_READING_STYLE);
    expect(normalizeReadingStyle({ size: 125, lineHeight: 2.1, measure: 32, font: 'serif', theme: 'sepia' })).toEqual({ size: 125, lineHeight: 2.1, measure: 32, font: 'serif', theme: 'sepia' });
    expect(normalizeReadingStyle({ size: 'big', lineHeight: NaN, measure: -4, font: 'comic', theme: 'neon' })).toEqual(DEFAULT_READING_STYLE);
    // Values between steps snap to the nearest step.
    expect(normalizeReadingStyle({ size: 131, lineHeight: 1.95 })).toMatchObject({ size: 125, lineHeight: 1.9 });
    // The time a style was chosen is kept when it is one; anything else is dropped.
    expect(normalizeReadingStyle({ theme: 'dark', at: 1764950000000 })).toEqual({ ...DEFAULT_READING_STYLE, theme: 'dark', at: 1764950000000 });
    for (const at of ['1764950000000', -5, NaN, Infinity, null]) expect(normalizeReadingStyle({ theme: 'dark', at })).toEqual({ ...DEFAULT_READING_STYLE, theme: 'dark' });
    expect(sameLook({ ...DEFAULT_READING_STYLE, at: 1 }, { ...DEFAULT_READING_STYLE, at: 2 })).toBe(true);
    expect(sameLook({ ...DEFAULT_READING_STYLE, at: 1 }, { ...DEFAULT_READING_STYLE, font: 'serif', at: 1 })).toBe(false);
  });
});

describe('keys', () => {
  const s = DEFAULT_READING_STYLE;
  it('steps size, column and line height, stopping at either end', () => {
    expect(styleForKey(s, '+')?.size).toBe(112);
    expect(styleForKey(s, '=')?.size).toBe(112);
    expect(styleForKey(s, '-')?.size).toBe(90);
    expect(styleForKey({ ...s, size: 90 }, '-')?.size).toBe(90);
    expect(styleForKey({ ...s, size: 200 }, '+')?.size).toBe(200);
    expect(styleForKey(s, '[')?.measure).toBe(42);
    expect(styleForKey({ ...s, measure: 42 }, ']')?.measure).toBe(0);
    expect(styleForKey(s, '.')?.lineHeight).toBe(2.1);
    expect(styleForKey(s, ',')?.lineHeight).toBe(1.75);
  });
  it('cycles theme and font, resets with 0, and ignores other keys', () => {
    expect(styleForKey(s, 't')?.theme).toBe('light');
    expect(styleForKey({ ...s, theme: 'dark' }, 't')?.theme).toBe('page');
    expect(styleForKey(s, 'f')?.font).toBe('serif');
    expect(styleForKey({ ...s, size: 160, theme: 'dark' }, '0')).toEqual(DEFAULT_READING_STYLE);
    for (const k of ['a', 'Enter', ' ', 'ArrowDown', 'Escape']) expect(styleForKey(s, k)).toBeNull();
  });
});

describe('column steps the window can show', () => {
  const s = { ...DEFAULT_READING_STYLE, measure: 28 };
  it('passes over widths a narrow window cannot hold (500 px: room for 30.25 characters)', () => {
    // 32, 36 and 42 characters all fill the 484 px column, as the page's own does: from 32 no wider step
    // can be seen (the key stays), and from the page's column one key goes to 28.
    expect(stepMeasure(s, 1, 30.25)).toBe(32);
    expect(stepMeasure({ ...s, measure: 32 }, 1, 30.25)).toBe(32);
    expect(stepMeasure({ ...s, measure: 0 }, -1, 30.25)).toBe(28);
    expect(stepMeasure({ ...s, measure: 0 }, 1, 30.25)).toBe(0);
    expect(stepMeasure({ ...s, measure: 24 }, -1, 30.25)).toBe(24);
    // Under a theme, 28 characters and its padding (31 em) fill the window too.
    expect(stepMeasure({ ...s, measure: 0, theme: 'sepia' }, -1, 30.25)).toBe(24);
    expect(styleForKey({ ...s, measure: 0 }, '[', 30.25)?.measure).toBe(28);
  });
  it('takes every step where there is room (wide window, or room unknown)', () => {
    expect(stepMeasure(s, 1, 100)).toBe(32);
    expect(stepMeasure({ ...s, measure: 42 }, 1, 100)).toBe(0);
    expect(stepMeasure({ ...s, measure: 0 }, -1)).toBe(42);
    // A page column narrower than 42 characters (35 em): 42 and 36 would look like it, so '[' from it goes to 32.
    expect(stepMeasure({ ...s, measure: 0 }, -1, 35)).toBe(32);
  });
});

describe('CSS', () => {
  it('scopes every rule to the repaired article (and the page headline marked only while it is shown)', () => {
    const css = readingCss({ size: 140, lineHeight: 2.3, measure: 32, font: 'serif', theme: 'dark' });
    for (const rule of css.replace(/@media screen \{/gu, '').split('}').map((r) => r.trim()).filter(Boolean)) {
      for (const sel of (rule.split('{')[0] ?? '').split(',')) expect(sel.trim(), rule).toMatch(/^(\.dubao-article\b|\[data-dubao-headline\])/u);
    }
    expect(css).toContain('font-size: 140%');
    expect(css).toContain('line-height: 2.3');
    expect(css).toContain('max-width: 32em');
    expect(css).toContain('background: #1c1c1e');
    expect(css).toContain(`.dubao-t1 { color: ${DARK_TONES[0]}; }`);
    // A term under pinyin is marked by its bottom border: light red on the dark theme too, not on the light one.
    expect(css).toMatch(/\.dubao-term\.dubao-term-ruby \{ border-bottom-color: #f28b82; \}/u);
    expect(readingCss({ ...DEFAULT_READING_STYLE, theme: 'light' })).not.toContain('dubao-term-ruby');
  });
  it('names the Song faces readers have on each system for serif, and Hei faces for sans', () => {
    const serif = readingCss({ ...DEFAULT_READING_STYLE, font: 'serif' });
    for (const face of ['"Songti SC"', 'SimSun', '"Noto Serif CJK SC"', '"Source Han Serif SC"', '"AR PL UMing CN"']) expect(serif).toContain(face);
    expect(serif).not.toMatch(/YaHei|PingFang|Sans CJK|WenQuanYi/u);
    expect(serif).toMatch(/font-family: [^;]*, serif;/u);
    const sans = readingCss({ ...DEFAULT_READING_STYLE, font: 'sans' });
    for (const face of ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"WenQuanYi Micro Hei"']) expect(sans).toContain(face);
    expect(sans).not.toMatch(/Song|SimSun|Serif|UMing/u);
  });
  it('themes on screen only: printed, the article keeps dark text on white paper', () => {
    for (const theme of ['light', 'sepia', 'dark'] as const) {
      const css = readingCss({ ...DEFAULT_READING_STYLE, theme });
      const screen = css.slice(css.indexOf('@media screen {'));
      const always = css.slice(0, css.indexOf('@media screen {'));
      expect(screen).toContain(`background: ${PALETTES[theme].bg}`);
      expect(screen).toContain('[data-dubao-headline] {');
      expect(always).not.toMatch(/color:|background/u);
    }
    expect(readingCss(DEFAULT_READING_STYLE, true).split('@media screen {')[0]).not.toContain('.dubao-t');
  });
  it('keeps the measure for the text under a theme: its padding goes around the column', () => {
    const css = readingCss({ ...DEFAULT_READING_STYLE, measure: 24, theme: 'sepia' });
    expect(css).toContain('padding: 1.2em 1.5em');
    expect(css.split('@media screen {')[1]).toContain('max-width: 27em');
  });
  it('leaves the page’s colours and column alone by default, with tone colours for its background', () => {
    const css = readingCss(DEFAULT_READING_STYLE);
    expect(css).not.toMatch(/background:|max-width|font-family: "/u);
    expect(css).toContain(`.dubao-t2 { color: ${LIGHT_TONES[1]}; }`);
    expect(readingCss(DEFAULT_READING_STYLE, true)).toContain(`.dubao-t2 { color: ${DARK_TONES[1]}; }`);
  });
});
