// @vitest-environment happy-dom
// The frame the repaired article is drawn in, and the article laid out on its own while pinyin is
// on (entrypoints/content/geometry.ts): the frame holds the article's place at the article's
// height, followed by a ResizeObserver. happy-dom lays nothing out, so the observer is a stand-in
// that reports the sizes a browser would (the real layout is checked in tests/e2e/pinyin-speed).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FRAME_CLASS, framed, isolateArticle } from '../../entrypoints/content/geometry';

type Callback = (entries: { borderBoxSize: { blockSize: number; inlineSize: number }[] }[]) => void;

/** Observers made by the code under test, with what they observe. */
const made: { callback: Callback; targets: Element[]; disconnected: boolean }[] = [];
class FakeResizeObserver {
  private readonly rec: (typeof made)[number];
  constructor(callback: Callback) {
    this.rec = { callback, targets: [], disconnected: false };
    made.push(this.rec);
  }
  observe(el: Element): void {
    this.rec.targets.push(el);
  }
  unobserve(): void {}
  disconnect(): void {
    this.rec.disconnected = true;
  }
}

let original: typeof window.ResizeObserver;
beforeEach(() => {
  made.length = 0;
  original = window.ResizeObserver;
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = FakeResizeObserver;
  document.body.innerHTML = '<div id="ozoom"></div>';
});
afterEach(() => {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = original;
});

/** An article of two blocks in its frame, in the page. */
function article(): { frame: HTMLElement; art: HTMLElement } {
  const art = document.createElement('div');
  art.className = 'dubao-article';
  art.innerHTML = '<p class="dubao-block" data-dubao-block="0">近日，记者从医保萧山分局了解到。</p><p class="dubao-block" data-dubao-block="1">我区积极推进。</p>';
  const frame = framed(document, art);
  document.getElementById('ozoom')?.appendChild(frame);
  return { frame, art };
}

/** What the browser's observer would report for an article `h` px high. */
function report(h: number): void {
  made[0]?.callback([{ borderBoxSize: [{ blockSize: h, inlineSize: 640 }] }]);
}

describe('the frame of the repaired article', () => {
  it('holds the article and nothing else, and leaves it in the page flow until pinyin asks otherwise', () => {
    const { frame, art } = article();
    expect(frame.className).toBe(FRAME_CLASS);
    expect(Array.from(frame.children)).toEqual([art]);
    expect(frame.getAttribute('style')).toBeNull();
    expect(made).toHaveLength(0);
  });

  it('with pinyin, holds the article’s place at its width and height and follows the height as ruby goes in', () => {
    const { frame, art } = article();
    isolateArticle(art, { width: 640, height: 1200 });
    expect(frame.classList.contains('dubao-isolated')).toBe(true);
    expect(frame.style.getPropertyValue('contain-intrinsic-inline-size')).toBe('640px');
    expect(frame.style.getPropertyValue('height')).toBe('1200px');
    expect(made).toHaveLength(1);
    expect(made[0]?.targets).toEqual([art]);
    report(1530.5);
    expect(frame.style.getPropertyValue('height')).toBe('1530.5px');
    report(1490);
    expect(frame.style.getPropertyValue('height')).toBe('1490px');
  });

  it('counts the margins the page’s own styles give the article', () => {
    const { frame, art } = article();
    art.style.margin = '12px 0 8px';
    isolateArticle(art, { width: 640, height: 1000 });
    expect(frame.style.getPropertyValue('height')).toBe('1020px');
    report(1100);
    expect(frame.style.getPropertyValue('height')).toBe('1120px');
  });

  it('is isolated once however often pinyin is drawn again', () => {
    const { art } = article();
    isolateArticle(art, { width: 640, height: 1000 });
    isolateArticle(art, { width: 640, height: 1000 });
    expect(made).toHaveLength(1);
  });

  it('stops following an article that left the page (pinyin off or the original view)', () => {
    const { frame, art } = article();
    isolateArticle(art, { width: 640, height: 1000 });
    frame.remove();
    report(0);
    expect(made[0]?.disconnected).toBe(true);
    expect(frame.style.getPropertyValue('height')).toBe('1000px');
  });

  it('does nothing for an article that is not in a frame or has no width (not laid out)', () => {
    const loose = document.createElement('div');
    document.body.appendChild(loose);
    isolateArticle(loose, { width: 640, height: 100 });
    const { frame, art } = article();
    isolateArticle(art);
    expect(made).toHaveLength(0);
    expect(frame.classList.contains('dubao-isolated')).toBe(false);
  });
});
