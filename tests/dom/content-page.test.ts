// @vitest-environment happy-dom
// The content script's page controller on fixture pages: repaired view, exact original back,
// "show repairs" marks, links and pictures kept, content added by the page after load.
import { describe, expect, it, vi } from 'vitest';
import type { TermMatcherLike } from '../../lib/annotate';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { DubaoPage, startOnPage } from '../../entrypoints/content/app';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { FIXTURES, type FixturePage } from '../helpers/fixtures';
import { loadFixturePage } from './fixture-page';

const load = (file: string): FixturePage => loadFixturePage(file);
const settle = () => new Promise((r) => setTimeout(r, 20));

describe.each(FIXTURES.filter((f) => f.expect.kind === 'article' && f.expect.site !== 'founder').map((f) => f.file))('%s', (file) => {
  it('repairs on start and gives back the exact original markup', () => {
    load(file);
    const before = document.body.innerHTML;
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    expect(page).not.toBeNull();
    const root = page.recognition.body as Element;
    expect(root.getAttribute('data-dubao')).toBe('repaired');
    expect(root.querySelectorAll('.dubao-block').length).toBe(page.info().blocks);
    page.setView('original');
    expect(document.body.innerHTML.replace(' data-dubao="original"', '')).toBe(before);
    page.setView('repaired');
    page.setView('original');
    expect(document.body.innerHTML.replace(' data-dubao="original"', '')).toBe(before);
    page.stop();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('repaired view', () => {
  it('marks every removed line break when "show repairs" is on, and only then', () => {
    load('xsrb-article-br.html');
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    expect(document.querySelectorAll('.dubao-join')).toHaveLength(0);
    page.setShowRepairs(true);
    expect(document.querySelectorAll('.dubao-join')).toHaveLength(page.info().joins);
    expect(page.info().joins).toBeGreaterThan(10);
    page.setShowRepairs(false);
    expect(document.querySelectorAll('.dubao-join')).toHaveLength(0);
    page.stop();
  });

  it('keeps headings as headings, bylines and captions styled, pictures where they were', () => {
    load('zjrb-article-caption.html');
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    const article = document.querySelector('.dubao-article') as Element;
    const kinds = Array.from(article.children).map((c) => c.className.replace('dubao-block ', ''));
    const media = kinds.indexOf('dubao-media');
    expect(media).toBeGreaterThan(0);
    expect(kinds[media + 1]).toBe('dubao-caption');
    expect(article.querySelector('.dubao-media img')).not.toBeNull();
    page.stop();
  });

  it('keeps links around the text they held', () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1_2.htm');
    document.body.innerHTML = '<p class="BSHARE_TEXT">标题</p><div id="ozoom">近日，记者从<a href="/x.htm">医保萧山分局</a>了解<br>到，我区积极推进“医银合作”新模式，实现医保业务向银行网点延伸，切实提升了服务。<br></div>';
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    const a = document.querySelector('.dubao-article a');
    expect(a?.getAttribute('href')).toBe('/x.htm');
    expect(a?.textContent).toBe('医保萧山分局');
    expect(document.querySelector('.dubao-article p')?.textContent).toBe('近日，记者从医保萧山分局了解到，我区积极推进“医银合作”新模式，实现医保业务向银行网点延伸，切实提升了服务。');
    page.stop();
  });

  it('puts page text in as text: markup-like text stays text', () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://xsrb.xsnet.cn/epaper/html/2025-03/09/content_1_2.htm');
    document.body.innerHTML = '<p class="BSHARE_TEXT">标题</p><div id="ozoom">市民说：&lt;img src=x onerror=alert(1)&gt;这里更方便，两三分钟就走到了，办理业务很顺利，大家都很满意，以后还会再来银行网点办理医保业务。</div>';
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    expect(document.querySelector('.dubao-article img')).toBeNull();
    expect(document.querySelector('.dubao-article p')?.textContent).toContain('<img src=x onerror=alert(1)>');
    page.stop();
  });

  it('takes in content the page adds after load, without looping on its own changes', async () => {
    load('zjrb-article-p-cut.html');
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    const root = page.recognition.body as Element;
    const blocks = page.info().blocks;
    const p = document.createElement('p');
    p.textContent = '（本文由浙江日报记者补充报道。）';
    root.appendChild(p);
    await settle();
    await settle();
    expect(page.info().blocks).toBe(blocks + 1);
    expect(root.querySelectorAll('.dubao-article')).toHaveLength(1);
    expect(root.lastElementChild?.textContent).toContain('补充报道');
    page.setView('original');
    expect(root.lastElementChild).toBe(p);
    page.stop();
  });

  it('keeps the reader\'s selection when the article is redrawn (a setting changes, the glossary arrives)', () => {
    load('xsrb-article-br.html');
    const page = startOnPage(document, DEFAULT_SETTINGS, false) as DubaoPage;
    const block = document.querySelector('[data-dubao-block="2"]') as Element;
    const text = block.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 8);
    const sel = document.getSelection() as Selection;
    sel.removeAllRanges();
    sel.addRange(range);
    page.redraw();
    expect(document.querySelector('[data-dubao-block="2"]')).not.toBe(block);
    const after = document.getSelection() as Selection;
    expect(after.toString()).toBe('农业银行萧山分行');
    // … and it is on the text now on the page, not on the nodes the redraw removed.
    expect(after.anchorNode?.isConnected).toBe(true);
    expect(document.querySelector('[data-dubao-block="2"]')?.contains(after.anchorNode as Node)).toBe(true);
    page.stop();
  });

  it('keeps a keyboard reader\'s focus on the term they reached when the article is redrawn (their terms changed, a setting)', async () => {
    load('xsrb-article-br.html');
    const page = startOnPage(document, DEFAULT_SETTINGS, false, { loadGlossary: async () => buildGlossaryMatcher(undefined, glossaryWords()) }) as DubaoPage;
    await vi.waitFor(() => expect(document.querySelector('.dubao-article[data-dubao-settled] .dubao-term')).not.toBeNull());
    const terms = Array.from(document.querySelectorAll<HTMLElement>('.dubao-term[tabindex="0"]'));
    const term = terms[Math.min(3, terms.length - 1)] as HTMLElement;
    const [text, block] = [term.textContent, term.closest('[data-dubao-block]')?.getAttribute('data-dubao-block')];
    term.focus();
    expect(document.activeElement).toBe(term);
    page.redraw();
    expect(term.isConnected).toBe(false);
    const now = document.activeElement as HTMLElement;
    expect(now).not.toBe(document.body);
    expect(now.isConnected).toBe(true);
    expect(now.textContent).toBe(text);
    expect(now.closest('[data-dubao-block]')?.getAttribute('data-dubao-block')).toBe(block);
    // Focus elsewhere on the page is left where it is.
    const link = document.createElement('a');
    link.href = '#x';
    document.body.append(link);
    link.focus();
    page.redraw();
    expect(document.activeElement).toBe(link);
    page.stop();
  });

  it('when the glossary arrives after the first drawing, redraws only the blocks with terms and then says it is settled', async () => {
    load('xsrb-article-br.html');
    let give: (m: TermMatcherLike) => void = () => undefined;
    const arrived = new Promise<TermMatcherLike>((r) => (give = r));
    const page = startOnPage(document, DEFAULT_SETTINGS, false, { loadGlossary: () => arrived }) as DubaoPage;
    const article = document.querySelector('.dubao-article') as Element;
    const before = Array.from(document.querySelectorAll('[data-dubao-block]'));
    // Drawn at once without terms, and not yet settled (the term list is still loading).
    expect(before.length).toBeGreaterThan(3);
    expect(document.querySelector('.dubao-term')).toBeNull();
    expect(article.hasAttribute('data-dubao-settled')).toBe(false);
    give(buildGlossaryMatcher(undefined, glossaryWords()));
    await vi.waitFor(() => expect(document.querySelector('.dubao-article[data-dubao-settled]')).not.toBeNull());
    // The same article element; blocks without terms are the very same nodes, blocks with terms were drawn again.
    expect(document.querySelector('.dubao-article')).toBe(article);
    const after = Array.from(document.querySelectorAll('[data-dubao-block]'));
    const withTerms = after.filter((el) => el.querySelector('.dubao-term'));
    expect(withTerms.length).toBeGreaterThan(0);
    after.forEach((el, i) => expect(el === before[i]).toBe(!withTerms.includes(el)));
    // A later full drawing keeps the mark.
    page.redraw();
    expect(document.querySelector('.dubao-article')).not.toBe(article);
    expect(document.querySelector('.dubao-article')?.hasAttribute('data-dubao-settled')).toBe(true);
    page.stop();
  });

  it('gives a glossary term cut by a print line one underline, and, with the repairs shown, one stop in the Tab order and one name for a screen reader, not one per line piece', async () => {
    // The 萧山日报 body with the print line ending inside 医银合作 (医银<br>合作), as print lines cut words anywhere.
    const cut = ['■记者盛凤琴通讯员许慧君<br>', '<br>', '近日，记者从医保萧山分局了解到，我区积极推进“医银<br>', '合作”新模式，实现医保业务向银行网点延伸，优化医保经办服务。<br>'].join('\n');
    loadFixturePage('xsrb-article-br.html', { body: cut });
    const glossary = buildGlossaryMatcher(undefined, glossaryWords());
    const page = startOnPage(document, DEFAULT_SETTINGS, false, { loadGlossary: () => Promise.resolve(glossary) }) as DubaoPage;
    await vi.waitFor(() => expect(document.querySelector('.dubao-article .dubao-term')).toBeTruthy());
    let article = document.querySelector('.dubao-article') as Element;
    expect(article.textContent).toContain('“医银合作”新模式');
    // As the reader reads it, the term is one underline across the print line, named by its text.
    const one = Array.from(article.querySelectorAll('.dubao-term')).filter((t) => '“医银合作”'.includes(t.textContent ?? '-'));
    expect(one.map((t) => [t.textContent, t.getAttribute('tabindex'), t.hasAttribute('aria-hidden')])).toEqual([['“医银合作”', '0', false]]);
    // With the repairs shown, the mark where the line was joined cuts it in two pieces.
    page.setShowRepairs(true);
    article = document.querySelector('.dubao-article') as Element;
    const parts = Array.from(article.querySelectorAll('.dubao-term')).filter((t) => '“医银合作”'.includes(t.textContent ?? '-'));
    // Drawn in two pieces (one per print line), both underlined; the keyboard stops once.
    expect(parts).toHaveLength(2);
    expect(parts.map((t) => t.textContent).join('')).toBe('“医银合作”');
    expect(parts.filter((t) => t.getAttribute('tabindex') === '0').map((t) => t.textContent)).toEqual([parts[0]?.textContent]);
    // A screen reader hears it once, by its whole name: before, two buttons named “医银 and 合作”.
    expect(parts[0]?.getAttribute('aria-label')).toBe('“医银合作”');
    expect(parts.slice(1).map((t) => t.getAttribute('aria-hidden'))).toEqual(['true']);
    // A term on one line is named by its text, as before.
    const whole = Array.from(article.querySelectorAll('.dubao-term')).filter((t) => !parts.includes(t));
    expect(whole.length).toBeGreaterThan(0);
    for (const t of whole) expect([t.hasAttribute('aria-label'), t.hasAttribute('aria-hidden')]).toEqual([false, false]);
    page.stop();
  });

  it('is settled at once when nothing is left to load', () => {
    load('xsrb-article-br.html');
    const page = startOnPage(document, { ...DEFAULT_SETTINGS, glossaryMarks: 'off' }, false) as DubaoPage;
    expect(document.querySelector('.dubao-article')?.hasAttribute('data-dubao-settled')).toBe(true);
    page.stop();
  });

  it('leaves a layout page alone', () => {
    load('xsrb-layout.html');
    const before = document.documentElement.innerHTML;
    const page = startOnPage(document, DEFAULT_SETTINGS, false);
    expect(page?.recognition.kind).toBe('layout');
    expect(document.documentElement.innerHTML).toBe(before);
  });

  it('opens in the original view when the reader prefers it', () => {
    load('sxrb-article.html');
    const page = startOnPage(document, { ...DEFAULT_SETTINGS, defaultView: 'original' }, false) as DubaoPage;
    expect(page.info().view).toBe('original');
    expect(document.querySelector('.dubao-article')).toBeNull();
    page.stop();
  });
});
