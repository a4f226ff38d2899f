// @vitest-environment happy-dom
// A highlight with a note shows a sign of it on the page: a marker at the highlight's end holding
// no text (copying gives the characters only), after the word under pinyin, in traditional
// script too, gone in the original view, kept up to date when the note is written or emptied;
// a highlight without a note has none. 萧山日报 page (xsrb-article-br.html).
import * as cn2tPreset from 'opencc-js/preset/cn2t';
import { ConverterBuilder } from 'opencc-js/core';
import { describe, expect, it } from 'vitest';
import { displayReadings, displayTerms } from '../../lib/annotate';
import { toSimplified } from '../../lib/convert/simplify';
import { isUncommon, numberedReading } from '../../lib/pinyin';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { HighlightRecord } from '../../lib/highlights/types';
import { startOnPage, type DubaoPage, type PageDeps } from '../../entrypoints/content/app';
import type { AnnotatorLike } from '../../entrypoints/content/display';
import { placeNoteMark } from '../../entrypoints/content/note-marks';
import { asTrusted } from '../helpers/trusted';
import { loadFixturePage } from './fixture-page';

const tw = ConverterBuilder(cn2tPreset)({ from: 'cn', to: 'twp' });
const annotator: AnnotatorLike = { displayReadings, displayTerms, isUncommon, toSimplified, numbered: numberedReading };
const settle = () => new Promise((r) => setTimeout(r, 20));

function record(id: string, note: string, start: number, end: number, exact: string): HighlightRecord {
  return {
    id, url: '', paper: '萧山日报', site: 'xsrb', date: null, title: '', color: 'yellow', note, tags: [], createdAt: 1, updatedAt: 1, schema: 1,
    quote: { exact, prefix: '', suffix: '' }, position: { startBlock: 2, start, endBlock: 2, end },
  } as unknown as HighlightRecord;
}

const marks = () => Array.from(document.querySelectorAll<HTMLElement>('.dubao-note-mark'));
/** The displayed characters of a block up to a node (readings left out). */
function textBefore(node: Node): string {
  const block = (node as Element).closest('[data-dubao-block]')!;
  const r = document.createRange();
  r.setStart(block, 0);
  r.setEndBefore(node);
  const frag = r.cloneContents();
  frag.querySelectorAll('rt').forEach((x) => x.remove());
  return frag.textContent ?? '';
}

async function open(deps: PageDeps = {}): Promise<{ page: DubaoPage; records: HighlightRecord[] }> {
  loadFixturePage('xsrb-article-br.html');
  const records = [record('h1', '问一下营业时间', 8, 12, '城厢支行'), record('h2', '', 0, 4, '农业银行')];
  const page = startOnPage(document, DEFAULT_SETTINGS, false, {
    loadHighlights: () => Promise.resolve(records),
    updateHighlight: (id, patch) => Promise.resolve({ ...records.find((h) => h.id === id)!, ...patch }),
    loadAnnotator: () => Promise.resolve(annotator),
    loadTraditional: () => Promise.resolve((text: string) => tw(text)),
    ...deps,
  }) as DubaoPage;
  await settle();
  return { page, records };
}

describe('the sign of a highlight\'s note', () => {
  it('puts one marker, holding no text, at the end of the highlight with a note; none on the one without', async () => {
    const before = (await (async () => {
      loadFixturePage('xsrb-article-br.html');
      const p = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
      const text = document.querySelector('.dubao-article')?.textContent;
      p.stop();
      return text;
    })());
    const { page } = await open();
    expect(marks()).toHaveLength(1);
    const [m] = marks() as [HTMLElement];
    expect(m.textContent).toBe('');
    expect(textBefore(m).endsWith('城厢支行')).toBe(true);
    expect(m.getAttribute('aria-label')).toContain('问一下营业时间');
    expect(m.tabIndex).toBe(0);
    // Copying and offsets: the article's characters are those it had without any highlight.
    expect(document.querySelector('.dubao-article')?.textContent).toBe(before);
    page.setView('original');
    expect(marks()).toHaveLength(0);
    page.setView('repaired');
    expect(marks()).toHaveLength(1);
    page.stop();
    expect(marks()).toHaveLength(0);
  });

  it('under pinyin and in traditional script stays after the word, outside its ruby', async () => {
    const { page } = await open();
    await page.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all', script: 'tw' });
    await settle();
    expect(document.querySelector('.dubao-article ruby')).not.toBeNull();
    expect(marks()).toHaveLength(1);
    const [m] = marks() as [HTMLElement];
    expect(m.closest('ruby')).toBeNull();
    expect(textBefore(m).endsWith('城廂支行')).toBe(true);
    page.stop();
  });

  it('keeps the keyboard focus on the pen when the article is drawn again (pinyin on and off); a focus elsewhere stays there', async () => {
    const { page } = await open();
    const [pen] = marks() as [HTMLElement];
    pen.focus();
    expect(document.activeElement).toBe(pen);
    for (const pinyin of ['all', 'off'] as const) {
      await page.applySettings({ ...DEFAULT_SETTINGS, pinyin });
      await settle();
      expect(pen.isConnected).toBe(false);
      expect((document.activeElement as HTMLElement | null)?.dataset.dubaoNote, pinyin).toBe('h1');
    }
    // The reader moves on to a control of the page: a redraw leaves the focus there, not on the pen.
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    await settle();
    await page.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'all' });
    await settle();
    expect(document.activeElement).toBe(button);
    // Or from the pen to nowhere (a click on the page's background): the pen drawn again does not take it.
    marks()[0]!.focus();
    marks()[0]!.blur();
    await settle();
    await page.applySettings({ ...DEFAULT_SETTINGS, pinyin: 'off' });
    await settle();
    expect(document.activeElement?.classList.contains('dubao-note-mark')).toBe(false);
    page.stop();
  });

  it('follows the note: a note written on the other highlight gives it a marker, an emptied one takes it away', async () => {
    const { page } = await open();
    const hl = (page as unknown as { features: { highlights: { saveNote(id: string, note: string): Promise<void> } } }).features.highlights;
    await hl.saveNote('h2', '哪家银行');
    expect(marks().map((m) => m.dataset.dubaoNote).sort()).toEqual(['h1', 'h2']);
    await hl.saveNote('h1', '');
    expect(marks().map((m) => m.dataset.dubaoNote)).toEqual(['h2']);
    page.stop();
  });

  it('a click or Enter on the marker selects its highlight (its toolbar opens on it); a click elsewhere selects nothing', async () => {
    const { page } = await open();
    const [m] = marks() as [HTMLElement];
    document.getSelection()?.removeAllRanges();
    m.previousSibling?.parentElement?.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true, detail: 1 })));
    expect(document.getSelection()?.toString() ?? '').toBe('');
    m.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(document.getSelection()?.toString()).toBe('城厢支行');
    document.getSelection()?.removeAllRanges();
    m.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true, detail: 1 })));
    expect(document.getSelection()?.toString()).toBe('城厢支行');
    page.stop();
  });
});

describe('placeNoteMark', () => {
  function block(html: string): Element {
    document.body.innerHTML = `<div class="dubao-article"><p data-dubao-block="0">${html}</p></div>`;
    return document.querySelector('[data-dubao-block="0"]')!;
  }
  it('splits plain text at the end, and goes after a term, a link or a ruby the end falls in', () => {
    const plain = block('农业银行萧山分行城厢支行');
    placeNoteMark(plain.firstChild!, 4, 'a', 'Note: x');
    expect(plain.innerHTML).toBe('农业银行<span class="dubao-note-mark" data-dubao-note="a" data-note="Note: x" tabindex="0" role="button" aria-label="Note: x" data-split="1"></span>萧山分行城厢支行');
    const term = block('农业<span class="dubao-term">银行萧山</span>分行');
    placeNoteMark(term.querySelector('.dubao-term')!.firstChild!, 2, 'b', 'n');
    expect(textBefore(term.querySelector('.dubao-note-mark')!)).toBe('农业银行萧山');
    const link = block('<a href="#">银行<ruby>萧山<rt>xiāoshān</rt></ruby></a>分行');
    placeNoteMark(link.querySelector('ruby')!.firstChild!, 1, 'c', 'n');
    expect(link.querySelector('.dubao-note-mark')!.previousElementSibling?.tagName).toBe('A');
    const ruby = block('<ruby>萧山<rt>xiāoshān</rt></ruby>分行');
    placeNoteMark(ruby.querySelector('ruby')!.firstChild!, 2, 'd', 'n');
    expect(ruby.querySelector('.dubao-note-mark')!.closest('ruby')).toBeNull();
    expect(textBefore(ruby.querySelector('.dubao-note-mark')!)).toBe('萧山');
  });
});

describe('clearNoteMarks', () => {
  it('joins again only the text a marker split: text nodes that were apart stay apart', async () => {
    const { clearNoteMarks } = await import('../../entrypoints/content/note-marks');
    document.body.innerHTML = '<div class="dubao-article"><p data-dubao-block="0">农业银行萧山分行</p><p data-dubao-block="1"></p></div>';
    const [a, b] = Array.from(document.querySelectorAll('[data-dubao-block]')) as [Element, Element];
    placeNoteMark(a.firstChild!, 4, 'a', 'n');
    b.append(document.createTextNode('城厢'), document.createTextNode('支行'));
    placeNoteMark(b.firstChild!, 2, 'b', 'n');
    expect(a.childNodes).toHaveLength(3);
    clearNoteMarks(document);
    expect(Array.from(a.childNodes).map((n) => n.textContent)).toEqual(['农业银行萧山分行']);
    expect(Array.from(b.childNodes).map((n) => n.textContent)).toEqual(['城厢', '支行']);
  });
});
