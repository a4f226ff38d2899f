// Reading settings for the repaired article (text size, line height, measure, font, theme):
// their shape, defaults, steps, normalisation, and the CSS that applies them to the article
// block only (never to the page around it or to the original view).

/** Colour theme of the repaired article: the page's own colours, or light / sepia / dark. */
export type ReadingTheme = 'page' | 'light' | 'sepia' | 'dark';
/** Typeface of the repaired article: the page's own, a serif (Song/Ming) or a sans (Hei). */
export type ReadingFont = 'page' | 'serif' | 'sans';

/** How the repaired article is set. */
export interface ReadingStyle {
  /** Text size in percent of the page's own size (100 = as printed on the page). */
  size: number;
  /** Line height, unitless (times the text size). */
  lineHeight: number;
  /** Column width in em (characters); 0 = the page's own column. */
  measure: number;
  font: ReadingFont;
  theme: ReadingTheme;
  /**
   * When the reader chose it (ms since the epoch), where known: storage may report two writes out
   * of order (one made by the page this tab showed before, still on its way), and the later choice wins.
   */
  at?: number;
}

/** Steps the keyboard and the popup move through. */
export const SIZE_STEPS: readonly number[] = [90, 100, 112, 125, 140, 160, 180, 200];
export const LINE_HEIGHT_STEPS: readonly number[] = [1.6, 1.75, 1.9, 2.1, 2.3, 2.6];
/** Column widths in em; 0 (the page's column, usually the widest) comes last. */
export const MEASURE_STEPS: readonly number[] = [24, 28, 32, 36, 42, 0];
export const THEMES: readonly ReadingTheme[] = ['page', 'light', 'sepia', 'dark'];
export const FONTS: readonly ReadingFont[] = ['page', 'serif', 'sans'];

/** As the page prints it, with Dubao's line height: a new install changes nothing else. */
export const DEFAULT_READING_STYLE: ReadingStyle = { size: 100, lineHeight: 1.9, measure: 0, font: 'page', theme: 'page' };

/** A stored value, with anything missing or malformed replaced by its default (values snap to the nearest step). */
export function normalizeReadingStyle(raw: unknown): ReadingStyle {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_READING_STYLE;
  return {
    size: nearest(SIZE_STEPS, r.size, d.size),
    lineHeight: nearest(LINE_HEIGHT_STEPS, r.lineHeight, d.lineHeight),
    measure: nearest(MEASURE_STEPS, r.measure, d.measure),
    font: FONTS.includes(r.font as ReadingFont) ? (r.font as ReadingFont) : d.font,
    theme: THEMES.includes(r.theme as ReadingTheme) ? (r.theme as ReadingTheme) : d.theme,
    ...(typeof r.at === 'number' && Number.isFinite(r.at) && r.at > 0 ? { at: r.at } : {}),
  };
}

/** True when two styles set the article alike (when each was chosen aside). */
export function sameLook(a: ReadingStyle, b: ReadingStyle): boolean {
  return a.size === b.size && a.lineHeight === b.lineHeight && a.measure === b.measure && a.font === b.font && a.theme === b.theme;
}

function nearest(steps: readonly number[], v: unknown, fallback: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return fallback;
  return steps.reduce((best, s) => (Math.abs(s - v) < Math.abs(best - v) ? s : best), steps[0] as number);
}

/** The next step of `steps` after `v` in direction `dir` (stays at either end). */
export function stepIn(steps: readonly number[], v: number, dir: 1 | -1): number {
  const i = steps.indexOf(v);
  const at = i < 0 ? steps.indexOf(nearest(steps, v, steps[0] as number)) : i;
  return steps[Math.min(steps.length - 1, Math.max(0, at + dir))] as number;
}

/** The next item of a cycle (themes, fonts). */
export function cycle<T>(items: readonly T[], v: T): T {
  return items[(items.indexOf(v) + 1) % items.length] as T;
}

/** The themed article's padding on each side (em): around the text's measure, never inside it. */
const THEME_SIDE_EM = 1.5;

/** The setting each in-page reading key changes (styleForKey does it; the page says it aloud). */
export const KEY_SETTING: Readonly<Record<string, 'size' | 'measure' | 'lineHeight' | 'theme' | 'font'>> = {
  '+': 'size', '=': 'size', '-': 'size', '_': 'size', ']': 'measure', '[': 'measure', '.': 'lineHeight', ',': 'lineHeight', t: 'theme', T: 'theme', f: 'font', F: 'font',
};

/**
 * The next column width in direction `dir` that the reader can see: `room` is the widest the
 * article can be, in its own em (Infinity: unknown). Widths the window cannot hold look alike (in a
 * 500 px window 32, 36 and 42 characters and the page's column are all the window's width), so
 * a key passes over them to the next that differs; at the end of the scale the measure stays.
 */
export function stepMeasure(s: ReadingStyle, dir: 1 | -1, room = Infinity): number {
  const pad = s.theme === 'page' ? 0 : 2 * THEME_SIDE_EM;
  const width = (m: number): number => (m === 0 ? room : Math.min(room, m + pad));
  for (let m = s.measure; ;) {
    const next = stepIn(MEASURE_STEPS, m, dir);
    if (next === m) return s.measure;
    if (Math.abs(width(next) - width(s.measure)) > 0.25) return next;
    m = next;
  }
}

/** What an in-page key does to the reading style (null: not a reading key); `room` as for stepMeasure. */
export function styleForKey(s: ReadingStyle, key: string, room = Infinity): ReadingStyle | null {
  switch (key) {
    case '+': case '=': return { ...s, size: stepIn(SIZE_STEPS, s.size, 1) };
    case '-': case '_': return { ...s, size: stepIn(SIZE_STEPS, s.size, -1) };
    case ']': return { ...s, measure: stepMeasure(s, 1, room) };
    case '[': return { ...s, measure: stepMeasure(s, -1, room) };
    case '.': return { ...s, lineHeight: stepIn(LINE_HEIGHT_STEPS, s.lineHeight, 1) };
    case ',': return { ...s, lineHeight: stepIn(LINE_HEIGHT_STEPS, s.lineHeight, -1) };
    case 't': case 'T': return { ...s, theme: cycle(THEMES, s.theme) };
    case 'f': case 'F': return { ...s, font: cycle(FONTS, s.font) };
    case '0': return { ...DEFAULT_READING_STYLE };
    default: return null;
  }
}

/** Colours of a theme: background, text, secondary text, links, and the five tone colours. */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  link: string;
  tones: readonly [string, string, string, string, string];
}

/** Tone colours (tones 1–4 and neutral) for light backgrounds: contrast >= 4.5:1 on white and sepia. */
export const LIGHT_TONES = ['#c0262d', '#a35200', '#1a7431', '#1d5bc4', '#595959'] as const;
/** Tone colours for dark backgrounds: contrast >= 4.5:1 on the dark theme and on near-black pages. */
export const DARK_TONES = ['#ff8f8f', '#ffb454', '#7bd88f', '#8fb8ff', '#b5b5b5'] as const;

/** Focus ring on dark articles and dark UIs: 7:1 on the dark theme's #1c1c1e. */
export const DARK_RING = '#8fb8ff';

/** The palettes of the three reading themes. */
export const PALETTES: Record<Exclude<ReadingTheme, 'page'>, Palette> = {
  light: { bg: '#ffffff', fg: '#1f1f1f', muted: '#555555', link: '#1d5bc4', tones: LIGHT_TONES },
  sepia: { bg: '#f4ecd8', fg: '#3b2f1e', muted: '#5e4d35', link: '#6b3e00', tones: LIGHT_TONES },
  dark: { bg: '#1c1c1e', fg: '#e6e6e6', muted: '#b5b5b5', link: '#8fb8ff', tones: DARK_TONES },
};

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h as string, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Song (Ming) faces readers have, named one by one: the generic `serif` alone falls back to a
 * sans CJK face wherever the system has no serif CJK font configured for it. macOS: Songti SC,
 * STSong; Windows: SimSun / NSimSun (宋体, 新宋体); Linux: Noto Serif CJK SC / Source Han Serif SC
 * (fonts-noto-cjk, Adobe's release), AR PL UMing CN (Debian's small fonts-arphic-uming).
 */
export const SERIF_FONTS = '"Songti SC", STSong, "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif CN", "Noto Serif SC", "AR PL UMing CN", SimSun, NSimSun, "宋体", "新宋体", "Noto Serif", Georgia, serif';
/** Hei faces, the same way: macOS PingFang SC / Hiragino Sans GB; Windows Microsoft YaHei (微软雅黑); Linux Noto Sans CJK SC / Source Han Sans SC / WenQuanYi. */
export const SANS_FONTS = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC", "Microsoft YaHei", "微软雅黑", "WenQuanYi Micro Hei", "Noto Sans", sans-serif';

/**
 * Term marks on a dark article: a light red (6.7:1 on the dark theme), for the underline and for
 * the bottom border that marks a term under pinyin (style.css), whose rules these outweigh (the
 * article named twice).
 */
const DARK_TERM_MARKS = [
  '.dubao-article .dubao-term { text-decoration-color: #f28b82; }',
  '.dubao-article.dubao-article .dubao-term.dubao-term-ruby { border-bottom-color: #f28b82; }',
  '.dubao-article.dubao-article .dubao-term.dubao-term-detected.dubao-term-ruby { border-bottom-color: rgba(242, 139, 130, 0.6); }',
];

/**
 * The CSS that sets the repaired article (`.dubao-article`) in `s`. Every rule is scoped to the
 * article, so the page around it and the original view keep their own styles. With the page's
 * own colours, `pageIsDark` (the page's background is dark) picks the tone colours that contrast.
 */
export function readingCss(s: ReadingStyle, pageIsDark = false): string {
  const a = '.dubao-article';
  const h = '[data-dubao-headline]';
  // The page's own rules often style its paragraphs by id (`#ozoom p`): the blocks take the
  // article's size, line height and font whatever those say.
  const rules: string[] = [
    `${a} { line-height: ${s.lineHeight}; font-size: ${s.size}%; }`,
    `${a} p.dubao-block { font-size: 1em !important; line-height: inherit !important; font-family: inherit !important; }`,
    `${a} p.dubao-byline { font-size: 0.95em !important; } ${a} p.dubao-caption { font-size: 0.9em !important; }`,
  ];
  if (s.measure > 0) rules.push(`${a} { max-width: ${s.measure}em; margin-inline: auto; }`);
  if (s.font !== 'page') rules.push(`${a}, ${a} h2.dubao-heading, ${h}, ${h} * { font-family: ${s.font === 'serif' ? SERIF_FONTS : SANS_FONTS}; }`);
  // Colours are for the screen: printed, the article is the page's dark text on white paper (a
  // printer leaves the dark theme's background out, and its light text would be lost on paper).
  const screen: string[] = [];
  const p = s.theme === 'page' ? null : PALETTES[s.theme];
  if (p) {
    screen.push(`${a} { background: ${p.bg}; color: ${p.fg}; padding: 1.2em ${THEME_SIDE_EM}em; border-radius: 6px; box-sizing: border-box; }`);
    // The measure is the text's: the theme's padding goes around it, not into it.
    if (s.measure > 0) screen.push(`${a} { max-width: ${s.measure + 2 * THEME_SIDE_EM}em; }`);
    screen.push(`${a} .dubao-block, ${a} h2.dubao-heading { color: ${p.fg} !important; background: transparent !important; }`);
    screen.push(`${a} .dubao-byline, ${a} .dubao-caption { color: ${p.muted} !important; opacity: 1; }`);
    screen.push(`${a} a, ${a} a:visited { color: ${p.link}; }`);
    if (s.theme === 'dark') screen.push(...DARK_TERM_MARKS);
    // The page's headline and subtitles above the article (marked only while the repaired article is shown) take its colours.
    screen.push(`${h} { background: ${p.bg} !important; color: ${p.fg} !important; padding: 0.3em 0.6em; border-radius: 6px; }`);
    screen.push(`${h} * { color: inherit !important; background: transparent !important; }`);
  }
  // On a dark page in its own colours, style.css's grey bylines and captions (#555) and dark red
  // term marks would be dark on dark: they take the page's own text colour and a light red. This
  // follows the page, not the system's colour scheme: e-paper pages keep their colours in dark mode.
  if (!p && pageIsDark) {
    screen.push(`${a} .dubao-byline, ${a} .dubao-caption { color: inherit; }`);
    screen.push(...DARK_TERM_MARKS);
  }
  // The focused term's ring (style.css: #1f5fd1) is light on a dark article, to keep 3:1. The
  // yellow highlight (45 % over the article) turns a dark background to a light olive that left
  // light words at 3.95:1: lighter over a dark article (6.07:1; the other colours are 5.85:1 or more).
  if (s.theme === 'dark' || (!p && pageIsDark)) {
    screen.push(`${a} .dubao-term:focus-visible { outline-color: ${DARK_RING}; }`);
    screen.push(`${a} ::highlight(dubao-yellow) { background-color: rgba(255, 214, 0, 0.3); }`);
  }
  const tones = p ? p.tones : pageIsDark ? DARK_TONES : LIGHT_TONES;
  tones.forEach((c, k) => screen.push(`${a} rt .dubao-t${k + 1} { color: ${c}; }`));
  return [...rules, `@media screen {\n${screen.join('\n')}\n}`].join('\n');
}
