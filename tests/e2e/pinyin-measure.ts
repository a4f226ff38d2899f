// How pinyin looks on a rendered page, measured from the boxes the browser laid out: shared by
// the Chromium (pinyin-look.e2e.ts) and Firefox (firefox-pinyin-look.ts) tests. The function
// runs in the page (it is passed to page.evaluate), so it uses nothing from this module.

/** The readings of the article as laid out. */
export interface Look {
  /** Neighbouring readings on the same line, and how many of them touch. */
  pairs: number;
  touching: number;
  /** Of those, the readings of words next to each other in the text (nothing between them), and how many touch. */
  adjacent: number;
  adjacentTouching: number;
  words: number;
  minPx: number;
  /** Smallest reading size over its characters' size (em). */
  ratio: number;
  minContrast: number;
  syllables: number;
  /** The article's own background colour (transparent in the page's colours). */
  bg: string;
}

/** In the page: measures every ruby of `.dubao-article` (on screen or not). */
export function measureReadings(): Look {
  const article = document.querySelector('.dubao-article') as HTMLElement;
  // Every block is laid out, on screen or not (nothing is skipped: see geometry.ts isolateArticle).
  const rgb = (c: string): number[] => (c.match(/[\d.]+/gu) ?? []).map(Number);
  const lum = (c: number[]): number => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bgOf = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c[3] ?? 0) > 0) return c;
    }
    return [255, 255, 255];
  };
  let pairs = 0;
  let touching = 0;
  let adjacent = 0;
  let adjacentTouching = 0;
  let minPx = Infinity;
  let ratio = Infinity;
  let minContrast = Infinity;
  let syllables = 0;
  const rubies = Array.from(article.querySelectorAll('ruby'));
  for (const block of Array.from(article.querySelectorAll('.dubao-block'))) {
    let prev: DOMRect | null = null;
    let prevRuby: Element | null = null;
    for (const ruby of Array.from(block.querySelectorAll('ruby'))) {
      const rt = ruby.querySelector('rt') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(rt);
      const box = range.getBoundingClientRect();
      if (prev && Math.abs(prev.top - box.top) < 2 && box.left >= prev.left) {
        pairs++;
        const touches = box.left - prev.right < 0.5;
        if (touches) touching++;
        const between = document.createRange();
        between.setStartAfter(prevRuby as Element);
        between.setEndBefore(ruby);
        if (between.toString() === '') {
          adjacent++;
          if (touches) adjacentTouching++;
        }
      }
      prev = box;
      prevRuby = ruby;
      const px = parseFloat(getComputedStyle(rt).fontSize);
      minPx = Math.min(minPx, px);
      ratio = Math.min(ratio, px / parseFloat(getComputedStyle(ruby).fontSize));
      const bg = lum(bgOf(ruby));
      for (const span of Array.from(rt.children)) {
        syllables++;
        const fg = lum(rgb(getComputedStyle(span).color));
        minContrast = Math.min(minContrast, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05));
      }
    }
  }
  return { pairs, touching, adjacent, adjacentTouching, words: rubies.length, minPx, ratio, minContrast, syllables, bg: getComputedStyle(article).backgroundColor };
}

/** One `[look]` line of the figures. */
export const lookLine = (name: string, m: Look): string =>
  `[look] ${name}: ${m.touching} of ${m.pairs} neighbouring readings on a line touch; ${m.words} words over ${m.syllables} syllables; readings ≥ ${m.minPx.toFixed(1)} px (${m.ratio.toFixed(2)} em); lowest tone contrast ${m.minContrast.toFixed(2)}:1`;

/**
 * In the page: starts collecting the durations of long tasks (over 50 ms) into
 * `window.__long`, emptied first. Pass to page.evaluate.
 */
export function watchLongTasks(): void {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
}
