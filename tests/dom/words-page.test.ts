// @vitest-environment happy-dom
// Saved words on an article (entrypoints/content/words.ts) over the real background service and
// a fake-indexeddb database, as a page's content script sends to it: marks in a traditional
// display, the reading a word has in its sentence, look-ups counted, single characters unmarked.
// Block texts are sentences of the kind 萧山日报 prints (tests/fixtures and /shared/corpus shape).
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2tPreset from 'opencc-js/preset/cn2t';
import { afterEach, describe, expect, it } from 'vitest';
import { displayReadings } from '../../lib/annotate';
import { DICT_FORMAT, parseDictionary, type Dictionary } from '../../lib/dict';
import { toSimplified } from '../../lib/convert/simplify';
import type { DisplayScript } from '../../entrypoints/content/word-marks';
import { CLICK_SAVE_WAIT_MS, start, type WordsFeature, type WordsHost } from '../../entrypoints/content/words';
import { SENDERS, wordInput, wordsSetup, XSRB_URL as URL } from './words-setup';
import { asTrusted } from '../helpers/trusted';

const tw = ConverterBuilder(cn2tPreset)({ from: 'cn', to: 'twp' });
const settle = () => new Promise((r) => setTimeout(r, 30));
/** Marks follow the saved words' first fetch from the background: on a loaded machine later than settle()'s 30 ms. */
const POLL = { timeout: 5000, interval: 20 };
let feature: WordsFeature | null = null;

/** The CSS Custom Highlight API as the feature uses it (happy-dom has none): the ranges registered by name. */
const registry = new Map<string, { ranges: Range[] }>();
Object.assign(window, { Highlight: class { ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } } });
Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
const marked = (): string[] => (registry.get('dubao-word')?.ranges ?? []).map((r) => r.toString());

/** A word saved from a selection (no reading or meanings given) in an article of 萧山日报. */
const input = (word: string, text: string) => wordInput(word, text, { title: '萧山推进医保服务' }, { reading: '', meanings: [], source: 'selection' });

interface Options { script?: DisplayScript | null; annotator?: boolean; loadable?: boolean; autoSave?: boolean; saved?: string[]; dictionary?: Dictionary }

async function page(blocks: string[], o: Options = {}) {
  document.body.innerHTML = '';
  registry.clear();
  const els = blocks.map((text, i) => {
    const p = document.createElement('p');
    p.dataset.dubaoBlock = String(i);
    p.textContent = text;
    document.body.append(p);
    return p;
  });
  const { repo, ask, sent } = await wordsSetup((o.saved ?? []).map((w) => [input(w, `今年推进${w}工作。`), Date.now() - 60_000]), SENDERS.page, o.dictionary ? { dictionary: () => Promise.resolve(o.dictionary as Dictionary) } : {});
  const host: WordsHost = {
    doc: document,
    article: () => ({ url: URL, site: 'xsrb', siteName: '萧山日报', title: '萧山推进医保服务', date: '2025-03-09' }),
    blockText: (i) => blocks[i] ?? '',
    blockCount: () => blocks.length,
    blockAt: (i) => els[i],
    repaired: () => true,
    settings: () => ({ wordMarks: true, wordAutoSave: o.autoSave ?? false }),
    script: () => o.script ?? null,
    annotator: () => (o.annotator ? { displayReadings, toSimplified } : null),
    loadAnnotator: () => Promise.resolve(o.loadable ? { displayReadings, toSimplified } : null),
  };
  feature = start(host, { ask, t: (key) => key });
  await settle();
  return { repo, sent, feature };
}

/** A card as card.ts draws it: the meta line and a row of buttons, in a shadow root. */
function card(): ShadowRoot {
  const hostEl = document.createElement('div');
  document.body.append(hostEl);
  const root = hostEl.attachShadow({ mode: 'open' });
  const c = document.createElement('div');
  c.className = 'card';
  c.innerHTML = '<p class="meta muted">词典</p><div class="row"></div>';
  root.append(c);
  return root;
}

afterEach(() => feature?.stop());

describe('saved words marked in a traditional display', () => {
  it('marks words saved in simplified when the article is shown in Taiwan script (phrase conversion included)', async () => {
    // 医保 → 醫保 character by character; 信息 → 資訊 only through the converter's phrases.
    const shown = tw('区医保局推进医保服务，公开政务信息。');
    expect(shown).toBe('區醫保局推進醫保服務，公開政務資訊。');
    await page([shown], { saved: ['医保', '信息'], script: { key: 'tw:1:1', convert: (t) => tw(t), fold: toSimplified } });
    await expect.poll(marked, POLL).toEqual(['醫保', '醫保', '資訊']);
  });

  it('marks words saved in simplified on a page printed in traditional (folded by the annotator only)', async () => {
    await page(['臺灣醫院推進醫保服務。'], { saved: ['医保', '医院'], script: { key: 'original:1:0', convert: null, fold: toSimplified } });
    await expect.poll(marked, POLL).toEqual(['醫院', '醫保']);
  });

  it('searches a simplified display as it is (no conversion asked for)', async () => {
    await page(['推進醫保服務，推进医保服务。'], { saved: ['医保'] });
    await expect.poll(marked, POLL).toEqual(['医保']);
  });
});

describe('the reading saved is the one in the sentence', () => {
  // CC-CEDICT lists 所长 suǒ cháng (strong point) before suǒ zhǎng (director).
  const entries = [
    { pinyin: 'suǒ cháng', definitions: ['what one is good at; one’s strong point'] },
    { pinyin: 'suǒ zhǎng', definitions: ['director; head of an institute, office or station'] },
  ];
  const text = '区疾控中心研究所所长介绍了情况。';
  const at = text.indexOf('所长');

  it('with the annotator loaded: the annotator’s reading and that entry’s senses first, the others kept', async () => {
    const { repo } = await page([text], { annotator: true, autoSave: true });
    feature?.cardOpened(card(), { block: 0, start: at, end: at + 2, reading: 'suǒ cháng', meanings: [entries[0]!.definitions[0]!], entries, source: 'dict' });
    await settle();
    const w = await repo.words.getWord('所长');
    expect(w?.reading).toBe('suǒ zhǎng');
    expect(w?.meanings).toEqual(['director; head of an institute, office or station', '(suǒ cháng) what one is good at; one’s strong point']);
  });

  it('without the annotator: the first entry, with every entry’s senses', async () => {
    const { repo } = await page([text], { autoSave: true });
    feature?.cardOpened(card(), { block: 0, start: at, end: at + 2, reading: 'suǒ cháng', meanings: [], entries, source: 'dict' });
    await settle();
    expect((await repo.words.getWord('所长'))?.meanings).toHaveLength(2);
    expect((await repo.words.getWord('所长'))?.reading).toBe('suǒ cháng');
  });

  it('a selection with no dictionary entry keeps the annotator’s reading instead of none', async () => {
    const { repo } = await page(['全面推进“医银合作”试点。'], { annotator: true });
    await feature?.saveRange({ startBlock: 0, start: 5, endBlock: 0, end: 9 });
    const w = await repo.words.getWord('医银合作');
    expect([w?.reading, w?.source]).toEqual(['yī yín hé zuò', 'selection']);
  });
});

describe('a word saved from a glossary card', () => {
  // 医银合作's card reads yī yín hé zuò; 萧山日报 also prints 银医合作 (a form of the entry) and
  // 异地就医备案业务 (the drawn form of 异地就医备案, reading yì dì jiù yī bèi àn).
  const glossary = (text: string, written: string, term: string, reading: string) => {
    const at = text.indexOf(written);
    feature?.cardOpened(card(), { block: 0, start: at, end: at + written.length, reading, term, meanings: ['bank–medical insurance cooperation'], source: 'glossary' });
  };

  it('keeps the entry’s reading where the page writes the entry’s term, also in Taiwan script', async () => {
    const { repo } = await page(['全区推进医银合作试点。'], { annotator: true, autoSave: true });
    glossary('全区推进医银合作试点。', '医银合作', '医银合作', 'yī yín hé zuò');
    await settle();
    expect((await repo.words.getWord('医银合作'))?.reading).toBe('yī yín hé zuò');
    const tw = await page(['全區推進醫銀合作試點。'], { annotator: true, autoSave: true });
    glossary('全區推進醫銀合作試點。', '醫銀合作', '医银合作', 'yī yín hé zuò');
    await settle();
    expect((await tw.repo.words.getWord('医银合作'))?.reading).toBe('yī yín hé zuò');
  });

  it('reads another form of the entry in its sentence instead of giving it the term’s syllables, loading the annotator when it is not yet', async () => {
    const text = '市民在银行网点办理了医保异地就医备案业务。';
    const { repo } = await page([text], { loadable: true, autoSave: true });
    glossary(text, '异地就医备案业务', '异地就医备案', 'yì dì jiù yī bèi àn');
    await settle();
    expect((await repo.words.getWord('异地就医备案业务'))?.reading).toBe('yì dì jiù yī bèi àn yè wù');
    const swapped = '全區推進“銀醫合作”試點。';
    const second = await page([swapped], { annotator: true, autoSave: true });
    glossary(swapped, '銀醫合作', '医银合作', 'yī yín hé zuò');
    await settle();
    expect((await second.repo.words.getWord('银医合作'))?.reading).toBe('yín yī hé zuò');
  });

  it('saves no reading rather than the term’s when the annotator cannot be loaded', async () => {
    const text = '全区推进银医合作试点。';
    const { repo } = await page([text], { autoSave: true });
    glossary(text, '银医合作', '医银合作', 'yī yín hé zuò');
    await settle();
    expect((await repo.words.getWord('银医合作'))?.reading).toBe('');
  });
});

describe('look-ups of a saved word', () => {
  it('a card opened deliberately counts one more look-up; a hover card the pointer only passes over does not', async () => {
    const { repo, sent } = await page(['今年推进医保服务提质扩面。'], { saved: ['医保'] });
    const before = (await repo.words.getWord('医保'))!;
    feature?.cardOpened(card(), { block: 0, start: 4, end: 6, reading: '', meanings: [], source: 'dict', opened: 'deliberate' });
    // The look-up is written through the background: on a loaded machine later than settle()'s 30 ms.
    await expect.poll(async () => { const w = (await repo.words.getWord('医保'))!; return [w.lookups, w.sentences.length]; }, POLL).toEqual([before.lookups + 1, 1]);
    const after = (await repo.words.getWord('医保'))!;
    expect(after.lastSeen).toBeGreaterThan(before.lastSeen);
    const root = card();
    feature?.cardOpened(root, { block: 0, start: 4, end: 6, reading: '', meanings: [], source: 'dict', opened: 'hover' });
    root.host.remove();
    await settle();
    expect((await repo.words.getWord('医保'))?.lookups).toBe(before.lookups + 1);
    expect(sent.filter((t) => t === 'word:looked-up')).toHaveLength(1);
  });

  it('with auto-save on, a card a click opened saves once the system’s double-click time has passed, and not if a second click closed it first', async () => {
    const { repo } = await page(['今年推进医保服务提质扩面。'], { autoSave: true });
    // The second click of a slow double-click closes the card: the reader was selecting the word.
    const undone = card();
    feature?.cardOpened(undone, { block: 0, start: 4, end: 6, reading: '', meanings: [], source: 'dict', opened: 'click' });
    await settle();
    undone.host.remove();
    await new Promise((r) => setTimeout(r, CLICK_SAVE_WAIT_MS + 50));
    expect(await repo.words.allWords()).toEqual([]);
    // A plain click: saved after the wait, even though the pointer moved away meanwhile.
    feature?.cardOpened(card(), { block: 0, start: 4, end: 6, reading: '', meanings: [], source: 'dict', opened: 'click' });
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 900, clientY: 900 }));
    await settle();
    expect(await repo.words.allWords()).toEqual([]);
    await new Promise((r) => setTimeout(r, CLICK_SAVE_WAIT_MS + 50));
    expect((await repo.words.allWords()).map((w) => w.written)).toEqual(['医保']);
  });

  it('an unsaved word’s card stores nothing', async () => {
    const { repo } = await page(['今年推进医保服务提质扩面。']);
    feature?.cardOpened(card(), { block: 0, start: 4, end: 6, reading: '', meanings: [], source: 'dict' });
    await settle();
    expect(await repo.words.allWords()).toEqual([]);
  });
});

describe('single characters', () => {
  it('are saved but not marked, and the card says so', async () => {
    const { repo } = await page(['个税专项附加扣除，税收政策。'], { saved: ['扣除'], autoSave: true });
    await expect.poll(marked, POLL).toEqual(['扣除']);
    const root = card();
    feature?.cardOpened(root, { block: 0, start: 9, end: 10, reading: 'shuì', meanings: ['tax'], source: 'dict' });
    await settle();
    await feature?.refresh();
    expect((await repo.words.getWord('税'))?.reading).toBe('shuì');
    expect(marked()).toEqual(['扣除']);
    expect(root.querySelector('.single-note')?.textContent).toBe('wordSingleUnmarked');
  });

  it('saved from the toolbar: a character the browser selected inside a longer word gets its own entry; a selection with none is read in its sentence', async () => {
    // CC-CEDICT's lines for 老花镜 and 镜 (a double-click in Chromium selects 镜 alone in 老花镜).
    const dictionary = parseDictionary([
      `#${JSON.stringify({ format: DICT_FORMAT, source: 'CC-CEDICT lines', entries: 3 })}`,
      '老花镜\t老花鏡\tlao3 hua1 jing4\tpresbyopic glasses',
      '镜\t鏡\tjing4\tmirror/lens',
      '城\t\tcheng2\tcity walls/city/town',
      '',
    ].join('\n'));
    const text = '配置了老花镜、血氧仪和血压仪等。在萧山农商银行城南支行办理。';
    const { repo } = await page([text], { dictionary, loadable: true });
    const at = text.indexOf('镜');
    await feature?.saveRange({ startBlock: 0, start: at, endBlock: 0, end: at + 1 });
    const mirror = await repo.words.getWord('镜');
    expect(mirror?.reading).toBe('jìng');
    expect(mirror?.meanings).toEqual(['mirror', 'lens']);
    expect(mirror?.source).toBe('dict');
    // 城南: no entry of its own; the annotator (loaded for it) reads it in its sentence.
    const south = text.indexOf('城南');
    await feature?.saveRange({ startBlock: 0, start: south, endBlock: 0, end: south + 2 });
    expect((await repo.words.getWord('城南'))?.reading).toBe('chéng nán');
  });

  it('the card\'s save button keeps the keyboard: inactive while saving and once saved, never disabled (a disabled button drops the focus)', async () => {
    const text = '区疾控中心研究所所长介绍了情况。';
    const { repo } = await page([text]);
    const root = card();
    feature?.cardOpened(root, { block: 0, start: 1, end: 3, reading: 'jí kòng', meanings: ['disease control'], source: 'dict' });
    const button = root.querySelector('.save-word') as HTMLButtonElement;
    button.focus();
    button.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => button.textContent, POLL).toBe('wordSaved');
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true })));
    await settle();
    expect((await repo.words.getWord('疾控'))?.lookups).toBe(1);
  });

  it('saved from the toolbar: a notice line says it will not be marked; a longer word gets none', async () => {
    const { repo } = await page(['个税专项附加扣除，税收政策。']);
    await feature?.saveRange({ startBlock: 0, start: 6, endBlock: 0, end: 8 });
    expect(document.querySelector('[data-dubao-ui="notice"]')).toBeNull();
    await feature?.saveRange({ startBlock: 0, start: 9, endBlock: 0, end: 10 });
    expect((await repo.words.getWord('税'))?.written).toBe('税');
    const notice = document.querySelector('[data-dubao-ui="notice"]')?.shadowRoot?.querySelector('[role="status"] span');
    expect(notice?.textContent).toBe('wordSingleUnmarked');
  });
});
