// @vitest-environment happy-dom
// The glossary card: content as text, keyboard (Esc returns focus), related terms, outside click.
import { describe, expect, it, vi } from 'vitest';
import { Card, type CardLabels } from '../../entrypoints/content/card';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { glossaryWords } from '../../scripts/lib/glossary-words';
import { reflowText } from '../../lib/reflow';
import { asTrusted } from '../helpers/trusted';

const labels: CardLabels = {
  close: 'Close', occurrences: (n) => `${n}×`, highlight: 'Highlight', copy: 'Copy', copied: 'Copied', related: 'Related',
  items: 'Items', scope: { national: 'National', zhejiang: 'Zhejiang', local: 'Local' }, category: (c) => c, dictionary: 'Dictionary',
  notFound: 'Not found', ownTerm: 'Yours', detected: 'Not in the glossary', elsewhere: 'Also here', addTerm: 'Add to my terms', source: 'Source',
};
const entry = {
  id: 'wupian-da-wenzhang', term: '五篇大文章', pinyin: 'wǔ piān dà wén zhāng', category: 'finance', scope: 'national', gloss: 'five major tasks',
  zh: '金融工作要做好的五个方面。', en: 'Five areas of finance.', items: ['科技金融', '绿色金融', '普惠金融', '养老金融', '数字金融'],
  related: [{ id: 'keji-jinrong', term: '科技金融' }],
};

function setup() {
  document.body.innerHTML = '<p><span id="t" tabindex="0" class="dubao-term">五篇大文章</span></p><div id="out">outside</div>';
  const term = document.getElementById('t') as HTMLElement;
  return { term, card: new Card(document, labels) };
}

describe('glossary card', () => {
  it('shows term, pinyin, category and scope, both explanations and the items of a numbered slogan', () => {
    const { term, card } = setup();
    card.showEntry(term, entry, 3, { onRelated: () => undefined });
    const text = card.root()?.querySelector('.card')?.textContent ?? '';
    for (const part of ['五篇大文章', 'wǔ piān dà wén zhāng', 'finance', 'National', '3×', '金融工作', 'Five areas', '科技金融', '数字金融']) expect(text).toContain(part);
    expect(card.root()?.querySelectorAll('ol li')).toHaveLength(5);
    expect(card.root()?.querySelector('[role=dialog]')?.getAttribute('aria-label')).toBe('五篇大文章');
  });

  it('names the entry\'s source at the foot of the card, as text, and shows no source line without one', () => {
    const { term, card } = setup();
    const source = '中央金融工作会议（2023年10月30日至31日，北京）<b>';
    card.showEntry(term, { ...entry, source }, 1, { onRelated: () => undefined });
    const line = card.root()?.querySelector('.source');
    expect(line?.textContent).toBe(`Source: ${source}`);
    expect(line?.querySelector('b')).toBeNull();
    card.close(false);
    card.showEntry(term, entry, 1, { onRelated: () => undefined });
    expect(card.root()?.querySelector('.source')).toBeNull();
  });

  it('shows detected jargon with the article\'s explanation, its other sentences and an "Add to my terms" button', () => {
    const { term, card } = setup();
    const onAddTerm = vi.fn();
    const detected = { id: 'detected:小切口', term: '小切口', pinyin: '', category: 'detected', scope: 'detected', gloss: '', zh: '“小切口”是指从具体问题入手。', en: '小: small · 切口: incision', items: ['以小切口推动大变革。'], related: [], detected: true };
    card.showEntry(term, detected, 2, { onRelated: () => undefined, onAddTerm });
    const text = card.root()?.querySelector('.card')?.textContent ?? '';
    for (const part of ['Not in the glossary', '2×', '是指从具体问题入手', '切口: incision', 'Also here', '以小切口推动大变革']) expect(text).toContain(part);
    const add = Array.from(card.root()?.querySelectorAll('button') ?? []).find((b) => b.textContent === 'Add to my terms');
    // A page script's click does nothing; the reader's does.
    add?.click();
    expect(onAddTerm).not.toHaveBeenCalled();
    add?.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(onAddTerm).toHaveBeenCalledTimes(1);
  });

  it('closes on Esc and gives keyboard focus back to the term', () => {
    const { term, card } = setup();
    card.showEntry(term, entry, 1, { onRelated: () => undefined });
    document.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(card.isOpen()).toBe(false);
    expect(document.activeElement).toBe(term);
  });

  it('closes on a click outside, and opens related entries', () => {
    const { term, card } = setup();
    const onRelated = vi.fn();
    card.showEntry(term, entry, 1, { onRelated });
    (card.root()?.querySelector('.related button') as HTMLButtonElement).dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(onRelated).toHaveBeenCalledWith('keji-jinrong');
    document.getElementById('out')?.dispatchEvent(asTrusted(new Event('pointerdown', { bubbles: true, composed: true })));
    expect(card.isOpen()).toBe(false);
  });

  it('ignores clicks, keys and presses a page script dispatches', () => {
    const { term, card } = setup();
    const onRelated = vi.fn();
    card.showEntry(term, entry, 1, { onRelated });
    (card.root()?.querySelector('.related button') as HTMLButtonElement).click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.getElementById('out')?.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(onRelated).not.toHaveBeenCalled();
    expect(card.isOpen()).toBe(true);
  });

  it('puts entry text in as text, never as markup', () => {
    const { term, card } = setup();
    card.showEntry(term, { ...entry, zh: '<img src=x onerror=alert(1)>' }, 1, { onRelated: () => undefined });
    expect(card.root()?.querySelector('img')).toBeNull();
    expect(card.root()?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('lists dictionary words longest first, and says when nothing is found', () => {
    const { term, card } = setup();
    // Given shortest first (as a look-up at the end of a word returns them), shown longest first.
    const yin = { word: '银', entries: [{ simplified: '银', traditional: '銀', pinyin: 'yín', definitions: ['silver'] }] };
    const yinhang = { word: '银行', entries: [{ simplified: '银行', traditional: '銀行', pinyin: 'yín háng', definitions: ['bank'] }] };
    const yinhangye = { word: '银行业', entries: [{ simplified: '银行业', traditional: '銀行業', pinyin: 'yín háng yè', definitions: ['banking'] }] };
    card.showDictionary(term, [yin, yinhangye, yinhang]);
    const words = Array.from(card.root()?.querySelectorAll('.word h3 .term') ?? []).map((h) => h.textContent);
    expect(words).toEqual(['银行业（銀行業）', '银行（銀行）', '银（銀）']);
    expect(card.root()?.querySelector('[role=dialog]')?.getAttribute('aria-label')).toBe('银行业');
    card.showDictionary(term, []);
    expect(card.root()?.textContent).toContain('Not found');
  });
});

describe('terms on repaired text', () => {
  it('finds a term that a print line cut in the raw text (医银 / 合作)', () => {
    const [block] = reflowText('在萧山农商银行城南支行“医银\n合作”网点，市民张大伯同样享受了一次服务。');
    const found = buildGlossaryMatcher(undefined, glossaryWords()).match(block?.text ?? '');
    expect(found.map((m) => m.term)).toContain('医银合作');
  });
});
