// @vitest-environment happy-dom
// While the annotator is on its way (the reader reached for pinyin the moment the popup opened),
// the screen's ruby is laid out once out of sight with placeholder readings: nothing of it reaches
// the page or the reading cache, and it is skipped when the annotator is already there.
// Page: the 萧山日报 article fixture (tests/fixtures/pages, saved from xsrb.xsnet.cn).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { displayReadings, displayTerms } from '../../lib/annotate';
import { toSimplified } from '../../lib/convert/simplify';
import { isUncommon, numberedReading } from '../../lib/pinyin';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { ContentMessage } from '../../lib/messages';
import { DubaoPage, startOnPage, type PageDeps } from '../../entrypoints/content/app';
import type { AnnotatorLike } from '../../entrypoints/content/display';
import { PLACEHOLDER_SYLLABLES, placeholderAnnotator } from '../../entrypoints/content/pinyin-placeholder';
import { loadFixturePage } from './fixture-page';

const annotator: AnnotatorLike = { displayReadings, displayTerms, isUncommon, toSimplified, numbered: numberedReading };
const placeheld = () => performance.getEntriesByName('dubao:ruby-placeheld').length;

let current: DubaoPage | null = null;
afterEach(() => {
  current?.stop();
  current = null;
});

/** Dependencies whose annotator arrives when `arrive()` is called (or at once, `atOnce`). */
function depsWithAnnotator(atOnce: boolean): { deps: PageDeps; arrive: () => void } {
  let arrive = (): void => undefined;
  const arrived = atOnce ? Promise.resolve(annotator) : new Promise<AnnotatorLike>((r) => { arrive = () => r(annotator); });
  return {
    deps: { loadAnnotator: () => arrived, pinyinUse: { used: () => Promise.resolve(false), note: () => undefined } },
    arrive: () => arrive(),
  };
}

describe('the screen\'s ruby laid out with placeholder readings while the annotator is on its way', () => {
  it('reads every Han character as a syllable, anything else as none, and has every tone mark and ü (ǖ, in no common syllable, aside)', () => {
    const an = placeholderAnnotator();
    const r = an.displayReadings('医银合作，A1号');
    expect(r).toHaveLength(8);
    expect(r.slice(0, 4).every((s) => PLACEHOLDER_SYLLABLES.includes(s))).toBe(true);
    expect(r.slice(4, 7)).toEqual(['', '', '']);
    expect(r[7]).toBeTruthy();
    const all = PLACEHOLDER_SYLLABLES.join(' ');
    for (const mark of ['ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì', 'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù', 'ǘ', 'ǚ', 'ǜ', 'ü']) expect(all).toContain(mark);
  });

  it('lays the screen out once before the annotator arrives, leaving the page and the readings as pinyin then draws them', async () => {
    const d = depsWithAnnotator(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    const before = placeheld();
    const html = document.querySelector('.dubao-article')?.innerHTML;
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    await vi.waitFor(() => expect(placeheld()).toBe(before + 1), { timeout: 2000, interval: 10 });
    expect(document.querySelector('.dubao-article')?.innerHTML).toBe(html);
    d.arrive();
    await current.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await current.whenDrawn();
    // The drawn readings are the annotator's own, none left from the placeholders (a word's
    // syllables are drawn together in one reading: 记者 → jìzhě).
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('.dubao-article [data-dubao-block]')).filter((b) => b.querySelector('rt'));
    expect(blocks.length).toBeGreaterThan(2);
    for (const block of blocks) {
      const shown = Array.from(block.querySelectorAll('rt')).map((rt) => (rt.textContent ?? '').replace(/\s+/gu, '')).join('');
      const text = (function own(n: Node): string {
        return n.nodeType === 3 ? n.textContent ?? '' : n.nodeName === 'RT' ? '' : Array.from(n.childNodes).map(own).join('');
      })(block);
      expect(shown).toBe(displayReadings(text).join(''));
    }
    expect(placeheld()).toBe(before + 1);
  });

  it('lays nothing out when the annotator is already there', async () => {
    const d = depsWithAnnotator(true);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    const before = placeheld();
    current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
    await new Promise((r) => setTimeout(r, 100));
    expect(placeheld()).toBe(before);
  });

  it('stops once the annotator has arrived in the script\'s world, before its load is answered', async () => {
    const d = depsWithAnnotator(false);
    loadFixturePage('xsrb-article-br.html');
    current = startOnPage(document, DEFAULT_SETTINGS, false, d.deps) as DubaoPage;
    const before = placeheld();
    const global = globalThis as { __dubaoAnnotator?: unknown };
    global.__dubaoAnnotator = annotator;
    try {
      current.handle({ type: 'page:prepare-pinyin' } as ContentMessage);
      await new Promise((r) => setTimeout(r, 100));
      expect(placeheld()).toBe(before);
    } finally {
      delete global.__dubaoAnnotator;
      d.arrive();
    }
  });
});
