// @vitest-environment happy-dom
// The highlight list of the popup panel: grouping, search, filters, notes, delete and undo,
// orphans, text-only rendering, export and import.
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { HighlightList } from '../../components/HighlightList';
import { toJson } from '../../lib/highlights/export';
import { loadSearchAids } from '../../lib/highlights/search-aids';
import type { HighlightRecord } from '../../lib/highlights/types';
import {
  OLD,
  OTHER,
  PAGE,
  XSS,
  button,
  byName,
  choose,
  click,
  hl,
  mount,
  quotes,
  sampleRecords,
  serviceApi,
  t,
  type,
  waitFor,
} from './panel-fixtures';

async function setup(opts: { orphans?: (records: HighlightRecord[]) => string[]; page?: boolean; pageSize?: number; undoMs?: number } = {}) {
  const records = sampleRecords();
  const { api, repo } = await serviceApi(records);
  const page = opts.page === false ? null : { url: PAGE, orphans: opts.orphans?.(records) ?? [] };
  const root = await mount(<HighlightList api={api} page={page} pageSize={opts.pageSize ?? 30} undoMs={opts.undoMs ?? 6000} />);
  await waitFor(() => expect(quotes(root).length).toBe(records.length));
  // The full set is in (not only the popup's quick first view): the counts and the import are the reader's.
  await waitFor(() => expect(root.querySelector('.hl-transfer')).not.toBeNull());
  const search = byName<HTMLInputElement>(root, 'input', t('hlSearchLabel'));
  return { root, api, repo, records, search };
}

describe('highlight list', () => {
  it('shows the current page first, then the other articles grouped by article, newest issue first', async () => {
    const { root, records } = await setup();
    const pageSection = root.querySelector('.hl-page') as HTMLElement;
    expect(pageSection.querySelector('h3')?.textContent).toBe(t('highlightsHeading'));
    // In reading order (block, offset).
    expect(quotes(pageSection)).toEqual(['医保服务站覆盖全区', '推进医银合作模式', '已经找不到的句子']);
    const groups = [...root.querySelectorAll<HTMLElement>('.hl-group')];
    expect(groups.map((g) => g.dataset.url)).toEqual([OTHER, OLD]);
    expect(groups[0]?.querySelector('.hl-paper')?.textContent).toBe('浙江日报');
    expect(groups[0]?.querySelector('.hl-date')?.textContent).toContain('2025-02-01');
    expect(groups[0]?.querySelector('.hl-title')?.textContent).toBe('共同富裕示范区建设');
    expect(quotes(groups[0] as HTMLElement)).toEqual(['共同富裕先行示范', '醫療保險待遇']);
    expect(quotes(groups[1] as HTMLElement)).toEqual(['地铁三号线通车']);
    expect(root.querySelector('.hl-count')?.textContent).toBe(t('hlCount', String(records.length)));
  });

  it('without a current page lists every article, grouped', async () => {
    const { root } = await setup({ page: false });
    expect(root.querySelector('.hl-page')).toBeNull();
    expect([...root.querySelectorAll<HTMLElement>('.hl-group')].map((g) => g.dataset.url)).toEqual([PAGE, OTHER, OLD]);
  });

  it('marks highlights the page could not place as not found on this page', async () => {
    const { root, records } = await setup({ orphans: (rs) => [rs[2]?.id as string] });
    const items = [...root.querySelectorAll<HTMLElement>('.hl-item')];
    const orphan = items.filter((li) => li.querySelector('.hl-orphan'));
    expect(orphan).toHaveLength(1);
    expect(orphan[0]?.dataset.hlId).toBe(records[2]?.id);
    expect(orphan[0]?.querySelector('.hl-orphan')?.textContent).toBe(t('hlNotFound'));
  });

  it('searches quotes, notes and titles, simplified and traditional, by pinyin and initials', async () => {
    const { root, search } = await setup({ page: false });
    // The list loads its pinyin and traditional tables once it is on screen (highlights-lazy-search.test.tsx).
    await act(() => loadSearchAids());
    const find = async (q: string): Promise<string[]> => {
      await type(search, q);
      return quotes(root).sort();
    };
    expect(await find('医保')).toEqual(['医保服务站覆盖全区', '推进医银合作模式', '已经找不到的句子'].sort()); // title 医保服务提质扩面
    expect(await find('医疗保险')).toEqual(['醫療保險待遇']);
    expect(await find('醫銀合作')).toEqual(['推进医银合作模式']);
    expect(await find('yyhz')).toEqual(['推进医银合作模式']);
    expect(await find('yiyinhezuo')).toEqual(['推进医银合作模式']);
    expect(await find('dtsh')).toEqual(['地铁三号线通车']);
    expect(await find('记下')).toEqual(['医保服务站覆盖全区']);
    expect(await find('年终盘点')).toEqual(['地铁三号线通车']);
    expect(await find('没有这个词')).toEqual([]);
    expect(root.textContent).toContain(t('hlNoMatch'));
    expect(await find('')).toHaveLength(6);
  });

  it('filters by colour, paper, issue dates and notes', async () => {
    const { root } = await setup({ page: false });
    const colour = byName<HTMLSelectElement>(root, 'label', new RegExp(`^${t('hlColorLabel')}`, 'u')).querySelector('select') as HTMLSelectElement;
    await choose(colour, 'green');
    expect(quotes(root).sort()).toEqual(['医保服务站覆盖全区', '地铁三号线通车'].sort());
    await choose(colour, '');
    const paper = byName<HTMLElement>(root, 'label', new RegExp(`^${t('hlPaperLabel')}`, 'u')).querySelector('select') as HTMLSelectElement;
    expect([...paper.options].map((o) => o.value)).toEqual(['', '浙江日报', '萧山日报'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')));
    await choose(paper, '浙江日报');
    expect(quotes(root)).toEqual(['共同富裕先行示范', '醫療保險待遇']);
    await choose(paper, '');
    const from = byName<HTMLElement>(root, 'label', new RegExp(`^${t('hlFromLabel')}`, 'u')).querySelector('input') as HTMLInputElement;
    const to = byName<HTMLElement>(root, 'label', new RegExp(`^${t('hlToLabel')}`, 'u')).querySelector('input') as HTMLInputElement;
    await choose(from, '2025-01-01');
    await choose(to, '2025-02-28');
    expect(quotes(root)).toEqual(['共同富裕先行示范', '醫療保險待遇']);
    await choose(from, '');
    await choose(to, '');
    const withNote = byName<HTMLElement>(root, 'label', t('hlWithNote')).querySelector('input') as HTMLInputElement;
    await click(withNote);
    expect(quotes(root).sort()).toEqual(['医保服务站覆盖全区', '共同富裕先行示范'].sort());
    await click(button(root, t('hlClearFilters')));
    expect(quotes(root)).toHaveLength(6);
  });

  it('edits a note in place and saves it on blur, and with Ctrl+Enter; Escape cancels', async () => {
    const { root, repo, records } = await setup();
    const target = records[0] as (typeof records)[number];
    const item = () => root.querySelector<HTMLElement>(`[data-hl-id="${target.id}"]`) as HTMLElement;
    await click(button(item(), t('hlAddNoteLabel', '推进医银合作模式')));
    const area = item().querySelector('textarea') as HTMLTextAreaElement;
    expect(area.getAttribute('aria-label')).toBe(t('hlNoteLabel'));
    await type(area, '银行和医保一起办');
    await act(() => {
      area.dispatchEvent(new Event('blur'));
    });
    expect(item().querySelector('textarea')).toBeNull();
    expect(item().querySelector('.hl-note')?.textContent).toBe('银行和医保一起办');
    await waitFor(async () => expect((await repo.allHighlights()).find((r) => r.id === target.id)?.note).toBe('银行和医保一起办'));
    await waitFor(() => expect(item().querySelector('.hl-note')?.textContent).toBe('银行和医保一起办'));

    await click(button(item(), t('hlEditNoteLabel', '推进医银合作模式')));
    const area2 = item().querySelector('textarea') as HTMLTextAreaElement;
    expect(area2.value).toBe('银行和医保一起办');
    await type(area2, '第二次');
    await act(() => {
      area2.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await waitFor(async () => expect((await repo.allHighlights()).find((r) => r.id === target.id)?.note).toBe('第二次'));

    await click(button(item(), t('hlEditNoteLabel', '推进医银合作模式')));
    const area3 = item().querySelector('textarea') as HTMLTextAreaElement;
    await type(area3, '不要保存');
    await act(() => {
      area3.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await act(() => {
      area3.dispatchEvent(new Event('blur'));
    });
    expect(item().querySelector('.hl-note')?.textContent).toBe('第二次');
    await new Promise((r) => setTimeout(r, 30));
    expect((await repo.allHighlights()).find((r) => r.id === target.id)?.note).toBe('第二次');
  });

  it('finds a note edited after the search index was built', async () => {
    const { root, records, search } = await setup();
    await type(search, '记下');
    expect(quotes(root)).toEqual(['医保服务站覆盖全区']);
    await type(search, '');
    const target = records[5] as (typeof records)[number];
    const item = root.querySelector<HTMLElement>(`[data-hl-id="${target.id}"]`) as HTMLElement;
    await click(button(item, t('hlAddNoteLabel', '地铁三号线通车')));
    await type(item.querySelector('textarea') as HTMLTextAreaElement, '记下通车日期');
    await act(() => {
      item.querySelector('textarea')?.dispatchEvent(new Event('blur'));
    });
    await type(search, '记下');
    expect(quotes(root).sort()).toEqual(['医保服务站覆盖全区', '地铁三号线通车'].sort());
  });

  it('deletes with an Undo that puts the highlight back', async () => {
    const { root, repo, records } = await setup();
    const target = records[3] as (typeof records)[number];
    await click(button(root, t('hlDeleteLabel', '共同富裕先行示范')));
    expect(quotes(root)).not.toContain('共同富裕先行示范');
    const status = root.querySelector('.hl-undo') as HTMLElement;
    expect(status).not.toBeNull();
    expect(status.getAttribute('role')).toBe('status');
    await waitFor(async () => expect((await repo.allHighlights()).map((r) => r.id)).not.toContain(target.id));
    await click(button(status, t('hlUndo')));
    expect(root.querySelector('.hl-undo')).toBeNull();
    expect(quotes(root)).toContain('共同富裕先行示范');
    await waitFor(async () => expect((await repo.allHighlights()).find((r) => r.id === target.id)).toEqual(target));
  });

  it('keeps the keyboard focus in the list: on the next highlight after a delete, on the one Undo brings back, on the note button after Ctrl+Enter or Escape', async () => {
    const { root, records } = await setup();
    const focused = (): string | null => document.activeElement?.getAttribute('aria-label') ?? null;
    const press = async (name: string): Promise<void> => {
      const b = button(root, name);
      b.focus();
      await click(b);
    };
    await press(t('hlDeleteLabel', '共同富裕先行示范'));
    expect(focused()).toBe(t('hlDeleteLabel', '醫療保險待遇'));
    // The last item goes: the one before it takes the focus.
    await press(t('hlDeleteLabel', '地铁三号线通车'));
    expect(focused()).toBe(t('hlDeleteLabel', '醫療保險待遇'));
    await press(t('hlUndo'));
    expect(focused()).toBe(t('hlDeleteLabel', '地铁三号线通车'));

    const item = () => root.querySelector<HTMLElement>(`[data-hl-id="${(records[0] as HighlightRecord).id}"]`) as HTMLElement;
    await press(t('hlAddNoteLabel', '推进医银合作模式'));
    const area = item().querySelector('textarea') as HTMLTextAreaElement;
    await type(area, '记一笔');
    await act(() => {
      area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    expect(focused()).toBe(t('hlEditNoteLabel', '推进医银合作模式'));
    await press(t('hlEditNoteLabel', '推进医银合作模式'));
    await act(() => {
      item().querySelector('textarea')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(focused()).toBe(t('hlEditNoteLabel', '推进医银合作模式'));
  });

  it('folds a long note to its first lines with a button that unfolds it; short notes stay as they are', async () => {
    // A reader pastes a whole paragraph of an article (or more) into a note: 30 lines of it here.
    const long = Array.from({ length: 30 }, (_, i) => `第${i + 1}段：区医保局表示，今年将继续推进医保服务下沉到银行网点。`).join('\n');
    const records = sampleRecords().map((r, i) => (i === 0 ? { ...r, note: long } : i === 1 ? { ...r, note: '短笔记' } : r));
    const { api } = await serviceApi(records);
    const root = await mount(<HighlightList api={api} page={{ url: PAGE, orphans: [] }} pageSize={30} undoMs={6000} />);
    await waitFor(() => expect(quotes(root).length).toBe(records.length));
    const item = (r: HighlightRecord) => root.querySelector<HTMLElement>(`[data-hl-id="${r.id}"]`) as HTMLElement;
    const longItem = item(records[0] as HighlightRecord);
    const note = longItem.querySelector('.hl-note') as HTMLElement;
    expect(note.textContent).toBe(long);
    expect(note.classList.contains('hl-note-folded')).toBe(true);
    const fold = button(longItem, t('hlNoteMore'));
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(fold.getAttribute('aria-controls')).toBe(note.id);
    await click(fold);
    expect(note.classList.contains('hl-note-folded')).toBe(false);
    expect(button(longItem, t('hlNoteLess')).getAttribute('aria-expanded')).toBe('true');
    const shortItem = item(records[1] as HighlightRecord);
    expect(shortItem.querySelector('.hl-note')?.classList.contains('hl-note-folded')).toBe(false);
    expect(shortItem.querySelector('.hl-note-fold')).toBeNull();
  });

  it('takes Undo away after a while', async () => {
    const { root } = await setup({ undoMs: 60 });
    await click(button(root, t('hlDeleteLabel', '地铁三号线通车')));
    expect(root.querySelector('.hl-undo')).not.toBeNull();
    await waitFor(() => expect(root.querySelector('.hl-undo')).toBeNull());
    expect(quotes(root)).not.toContain('地铁三号线通车');
  });

  it('moves the focus to the search box when Undo goes away while it has the focus', async () => {
    const { root, search } = await setup({ undoMs: 200 });
    await click(button(root, t('hlDeleteLabel', '地铁三号线通车')));
    button(root, t('hlUndo')).focus();
    await waitFor(() => expect(root.querySelector('.hl-undo')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(search));
  });

  it('keeps quotes and notes as text: markup in a note is never parsed', async () => {
    const { root } = await setup();
    expect(root.querySelector('img')).toBeNull();
    const note = [...root.querySelectorAll('.hl-note')].find((n) => n.textContent === XSS);
    expect(note).toBeDefined();
    expect(note?.children).toHaveLength(0);
    expect(root.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('opens the article at the highlight', async () => {
    const { root, api, records } = await setup();
    const link = byName<HTMLAnchorElement>(root, 'a', t('hlOpenLabel', '地铁三号线通车'));
    expect(link.getAttribute('href')).toBe(`${OLD}#dubao-hl=${records[5]?.id}`);
    await click(link);
    expect(api.openUrl).toHaveBeenCalledWith(`${OLD}#dubao-hl=${records[5]?.id}`);
  });

  it('shows a page at a time with "Show more"', async () => {
    const records = [...Array.from({ length: 7 }, (_, i) => hl({ url: `${OTHER}?n=${i}`, title: `文章${i}` }))];
    const { api } = await serviceApi(records);
    const root = await mount(<HighlightList api={api} pageSize={3} />);
    await waitFor(() => expect(quotes(root)).toHaveLength(3));
    // The quick first view (the newest six) is replaced by the full set when it arrives.
    await click(await waitFor(() => button(root, t('hlShowMore', '4'))));
    expect(quotes(root)).toHaveLength(6);
    await click(button(root, t('hlShowMore', '1')));
    expect(quotes(root)).toHaveLength(7);
    expect(root.querySelector('.hl-more')).toBeNull();
  });

  it('does not give the quick first view\'s numbers as the reader\'s: "the latest N, loading the rest" until every highlight is in', async () => {
    const records = Array.from({ length: 9 }, (_, i) => hl({ url: `${OTHER}?n=${i}`, title: `文章${i}`, createdAt: 1_741_478_400_000 + i }));
    const { api } = await serviceApi(records);
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    const slow = { ...api, allHighlights: async () => { await held; return api.allHighlights(); } };
    const root = await mount(<HighlightList api={slow} pageSize={2} />);
    // The quick view holds the newest four (twice the page size) of nine.
    await waitFor(() => expect(quotes(root)).toHaveLength(2));
    expect(root.querySelector('.hl-count')?.textContent).toBe(t('hlCountPartial', '4'));
    expect(root.querySelector('.hl-more')).toBeNull();
    release();
    await waitFor(() => expect(root.querySelector('.hl-count')?.textContent).toBe(t('hlCount', '9')));
    expect(button(root, t('hlShowMore', '7'))).not.toBeNull();
  });

  it('exports what is shown in every format', async () => {
    const { root, api, search } = await setup();
    await type(search, '共同富裕');
    const group = root.querySelector(`[aria-label="${t('hlExportLabel', '2')}"]`) as HTMLElement;
    expect(group).not.toBeNull();
    for (const label of ['hlFormatMarkdown', 'hlFormatJson', 'hlFormatCsv', 'hlFormatAnki']) await click(button(group, t(label)));
    // Anki cards load the pinyin tables first (a dynamic import): wait for the fourth file.
    await waitFor(() => expect(api.download).toHaveBeenCalledTimes(4), 15_000);
    const calls = api.download.mock.calls as [string, string, string][];
    expect(calls.map(([name]) => name.replace(/\d{4}-\d{2}-\d{2}/u, 'DATE'))).toEqual([
      'dubao-highlights-DATE.md',
      'dubao-highlights-DATE.json',
      'dubao-highlights-DATE.csv',
      'dubao-highlights-DATE.tsv',
    ]);
    const [md, json, csv, anki] = calls.map(([, text]) => text);
    expect(md).toContain('> 共同富裕先行示范');
    expect((JSON.parse(json as string) as { highlights: unknown[] }).highlights).toHaveLength(2);
    expect(csv?.startsWith('\uFEFFid,')).toBe(true);
    expect(anki).toContain('gòng tóng fù yù');
    expect(anki).toContain('&lt;img');
    // Loads the pinyin tables for the Anki cards: slow on a busy machine.
  }, 20_000);
});

describe('import', () => {
  const choose = async (root: HTMLElement, name: string, text: string): Promise<void> => {
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    expect(input.getAttribute('aria-label')).toBe(t('hlImportFile'));
    const file = new File([text], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };

  it('shows why a file was refused and changes nothing', async () => {
    const { root, repo, records } = await setup();
    // Its name says what it imports: the terms' "Import JSON…" is next to it in the popup.
    expect(button(root, t('hlImportLabel')).textContent).toBe(t('hlImport'));
    expect(t('hlImportLabel')).not.toBe(t('termsImportLabel'));
    await choose(root, 'broken.json', '{"format": "dubao-highlights", "version": 1, "highlights": [}');
    const alert = await waitFor(() => {
      const a = root.querySelector('[role="alert"]') as HTMLElement;
      expect(a).not.toBeNull();
      return a;
    });
    expect(alert.textContent).toContain(t('hlImportFailed'));
    // Told in the interface's language (it was the English of lib/export-file.ts in every interface).
    const detail = (): string | null | undefined => root.querySelector('[role="alert"] .hl-import-detail')?.textContent;
    expect(detail()).toMatch(new RegExp(`^${t('importErrNotJson', ['1', '@@']).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace('@@', '\\d+')}$`, 'u'));
    await choose(root, 'kindle.json', JSON.stringify({ format: 'kindle', highlights: [] }));
    await waitFor(() => expect(detail()).toBe(t('importErrNotDubao')));
    await choose(root, 'empty.json', '');
    await waitFor(() => expect(detail()).toBe(t('importErrEmpty')));
    await choose(root, 'highlights.csv', 'id,paper,date,quote\n1,萧山日报,2025-03-09,医保\n');
    await waitFor(() => expect(detail()).toBe(t('importErrNotJson', ['1', '1'])));
    await choose(root, 'words.json', JSON.stringify({ format: 'dubao-words', version: 1, words: [] }));
    await waitFor(() => expect(detail()).toBe(t('importErrWrongKind')));
    await choose(root, 'future.json', JSON.stringify({ format: 'dubao-highlights', version: 2, highlights: [] }));
    await waitFor(() => expect(detail()).toBe(t('importErrVersion', '2')));
    // A record's own problem: which entry in the interface's language, the field as given.
    await choose(root, 'bad-record.json', JSON.stringify({ format: 'dubao-highlights', version: 1, highlights: [{ id: 'x' }] }));
    await waitFor(() => expect(detail()).toContain(t('importErrEntry', ['1', 'url: missing'])));
    expect(detail()).not.toMatch(/highlights\[0\]/u);
    expect(await repo.allHighlights()).toHaveLength(records.length);
    expect(quotes(root)).toHaveLength(records.length);
  });

  it('says the file is being imported while it is, and then what came of it', async () => {
    const records = sampleRecords();
    const { api } = await serviceApi(records);
    let release = (): void => undefined;
    const held = new Promise<void>((r) => (release = r));
    const slow = { ...api, importHighlights: async (text: string) => { await held; return api.importHighlights(text); } };
    const root = await mount(<HighlightList api={slow} page={{ url: PAGE, orphans: [] }} pageSize={30} undoMs={6000} />);
    await waitFor(() => expect(root.querySelector('.hl-transfer')).not.toBeNull());
    await choose(root, 'export.json', toJson([hl({ url: OTHER, exact: '新导入的一条' })]));
    const status = (): string | null | undefined => root.querySelector('.hl-import-status[role="status"]')?.textContent;
    await waitFor(() => expect(status()).toBe(t('importBusy')));
    expect(button(root, t('hlImportLabel')).disabled).toBe(true);
    release();
    await waitFor(() => expect(status()).toBe(t('hlImported', ['1', '0'])));
  });

  it('merges an accepted file and shows the counts', async () => {
    const { root, repo, records } = await setup();
    const changed = { ...(records[0] as (typeof records)[number]), note: '从另一台电脑来的笔记', updatedAt: Date.now() };
    const fresh = [hl({ url: OTHER, exact: '新导入的一条' }), hl({ url: OTHER, exact: '又一条' })];
    await choose(root, 'export.json', toJson([changed, ...fresh]));
    // "Importing…" first, then the counts.
    await waitFor(() => expect(root.querySelector('.hl-import-status[role="status"]')?.textContent).toBe(t('hlImported', ['2', '1'])));
    await waitFor(() => expect(quotes(root)).toHaveLength(records.length + 2));
    expect(root.textContent).toContain('从另一台电脑来的笔记');
    expect(await repo.allHighlights()).toHaveLength(records.length + 2);
  });
});

describe('the popup’s first view and the full set', () => {
  it('keeps a delete and a note made before the full set arrives', async () => {
    const records = sampleRecords();
    const { api, repo } = await serviceApi(records);
    // The full set is read now (before the edits) but arrives only when released.
    let release: () => void = () => undefined;
    const snapshot = await repo.allHighlights();
    const slow = { ...api, allHighlights: () => new Promise<HighlightRecord[]>((resolve) => (release = () => resolve(snapshot))) };
    const root = await mount(<HighlightList api={slow} page={{ url: PAGE, orphans: [] }} pageSize={30} undoMs={6000} variant="popup" />);
    await waitFor(() => expect(quotes(root).length).toBe(records.length));
    await click(button(root, t('hlDeleteLabel', '共同富裕先行示范')));
    const item = [...root.querySelectorAll<HTMLElement>('.hl-item')].find((li) => li.textContent?.includes('地铁三号线通车')) as HTMLElement;
    await click(button(item, t('hlAddNoteLabel', '地铁三号线通车')));
    await type(item.querySelector('textarea') as HTMLTextAreaElement, '晚到的全集不该覆盖');
    await act(() => {
      item.querySelector('textarea')?.dispatchEvent(new Event('blur'));
    });
    await waitFor(async () => expect((await repo.allHighlights()).find((r) => r.quote.exact === '地铁三号线通车')?.note).toBe('晚到的全集不该覆盖'));
    await act(() => release());
    await waitFor(() => expect(root.querySelector('.hl-count')?.textContent).toBe(t('hlCount', String(records.length - 1))));
    expect(quotes(root)).not.toContain('共同富裕先行示范');
    expect(root.textContent).toContain('晚到的全集不该覆盖');
  });
});
