// @vitest-environment happy-dom
// A tone style switch over a long article with pinyin: the blocks on screen change their readings
// in place at once, the others are drawn again in idle time, and in the end every block shows the
// new style. happy-dom lays nothing out, so where each block sits is stubbed: 120 px per block,
// a screen of 768 px. The article is the 萧山日报 fixture (tests/fixtures/pages) with the corpus's
// 萧山日报 page as its body (5,147 Han characters, one print line per <br>: more than the first drawing
// takes, so most blocks wait for idle time; the 10,000-character article of the speed targets is drawn
// in real Chromium, tests/e2e/pinyin-speed.e2e.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { displayReadings, displayTerms } from '../../lib/annotate';
import { toSimplified } from '../../lib/convert/simplify';
import { isUncommon, numberedReading } from '../../lib/pinyin';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { DubaoPage, startOnPage, type PageDeps } from '../../entrypoints/content/app';
import type { AnnotatorLike } from '../../entrypoints/content/display';
import { FIXTURES, PAGES_DIR, fixtureHtml, type FixturePage } from '../helpers/fixtures';

const annotator: AnnotatorLike = { displayReadings, displayTerms, isUncommon, toSimplified, numbered: numberedReading };
const deps: PageDeps = { loadAnnotator: () => Promise.resolve(annotator) };

function loadBig(): void {
  const page = FIXTURES.find((f) => f.file === 'xsrb-article-br.html') as FixturePage;
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(page.url);
  const corpus = readFileSync(join(PAGES_DIR, '../corpus', 'xsrb-page-narrow-columns.txt'), 'utf8');
  const body = corpus.split('\n').map((l) => l.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')).join('<br>\n');
  const html = fixtureHtml(page.file).replace(/<link[^>]*>/giu, '').replace(/(<div id="ozoom"[^>]*>)[\s\S]*?(<\/div>)/u, `$1${body}$2`);
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/iu, '').replace(/<\/html>[\s\S]*$/iu, '');
}

/** Blocks sit 120 px apart from the top of the page (a stand-in for the browser's layout). */
const realRect = HTMLElement.prototype.getBoundingClientRect;
function stubLayout(): void {
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement): DOMRect {
    const i = Number(this.dataset.dubaoBlock ?? NaN);
    if (Number.isNaN(i)) return realRect.call(this);
    return { top: i * 120, bottom: i * 120 + 110, left: 0, right: 600, width: 600, height: 110, x: 0, y: i * 120, toJSON: () => ({}) } as DOMRect;
  };
}

let current: DubaoPage | null = null;
afterEach(() => {
  HTMLElement.prototype.getBoundingClientRect = realRect;
  current?.stop();
  current = null;
});

const block = (i: number): HTMLElement => document.querySelector(`.dubao-article [data-dubao-block="${i}"]`) as HTMLElement;
/** The readings shown over block `i`, one per annotated character. */
const readings = (i: number): string[] => Array.from(block(i).querySelectorAll('rt > span')).map((s) => s.textContent ?? '');

describe('a tone style switch over a long article', () => {
  // Reading the article with pinyin-pro and drawing it twice in happy-dom, in idle slices each (happy-dom
  // has no idle callbacks: slices follow one another).
  it('changes the readings on screen in place at once and the rest in idle time, losing none', { timeout: 90000 }, async () => {
    loadBig();
    const settings = { ...DEFAULT_SETTINGS, pinyin: 'all' as const };
    current = startOnPage(document, settings, false, deps) as DubaoPage;
    await current.applySettings(settings);
    await current.whenDrawn();
    stubLayout();
    const last = document.querySelectorAll('.dubao-article [data-dubao-block]').length - 1;
    expect(last).toBeGreaterThan(40);
    const top = block(1);
    const counts = [1, last].map((i) => readings(i).length);
    expect(readings(1).every((r) => /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|^[a-zü]+$/u.test(r))).toBe(true);
    await current.applySettings({ ...settings, tone: 'number' });
    // On screen: the same element, its readings now with tone numbers.
    expect(block(1)).toBe(top);
    expect(readings(1).length).toBe(counts[0]);
    expect(readings(1).every((r) => /^[a-zü]+[1-5]$/u.test(r))).toBe(true);
    // Far below the screen: still the old style until the idle filling reaches it …
    expect(readings(last).some((r) => /^[a-zü]+[1-5]$/u.test(r))).toBe(false);
    await current.whenDrawn();
    // … then the new one, with every reading there.
    expect(readings(last).length).toBe(counts[1]);
    expect(readings(last).every((r) => /^[a-zü]+[1-5]$/u.test(r))).toBe(true);
  });
});
