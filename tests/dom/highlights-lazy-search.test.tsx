// @vitest-environment happy-dom
// The popup's search before and after its pinyin and traditional tables arrive: they are loaded
// with a dynamic import once the list is on screen (lib/highlights/search-aids.ts), so that
// they are not part of the popup's first script. Search by characters works at once; a pinyin
// search typed before the tables arrived is re-run when they do. Here the arrival of pinyin-pro
// is held back until the test lets it through.
import { describe, expect, it, vi } from 'vitest';
import { HighlightList } from '../../components/HighlightList';
import { searchAidsReady } from '../../lib/highlights/search-aids';
import { byName, mount, quotes, sampleRecords, serviceApi, t, type, waitFor } from './panel-fixtures';

const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open: () => open(), asked: 0 };
});

vi.mock('pinyin-pro', async (importOriginal) => {
  gate.asked++;
  await gate.opened;
  return importOriginal();
});

describe('popup search while the pinyin tables load', () => {
  it('finds by characters at once, and by pinyin and initials once the tables arrive, re-running the search typed before', async () => {
    const records = sampleRecords();
    const { api } = await serviceApi(records);
    const root = await mount(<HighlightList api={api} page={null} pageSize={30} />);
    await waitFor(() => expect(quotes(root).length).toBe(records.length));
    const search = byName<HTMLInputElement>(root, 'input', t('hlSearchLabel'));

    // The list on screen asked for the tables; they have not arrived.
    await waitFor(() => expect(gate.asked).toBe(1));
    expect(searchAidsReady()).toBe(false);
    await type(search, '医银合作');
    expect(quotes(root)).toEqual(['推进医银合作模式']);
    await type(search, 'yyhz');
    expect(quotes(root)).toEqual([]);
    expect(root.textContent).toContain(t('hlNoMatch'));

    // The tables arrive: the search already typed finds its highlight without another key.
    gate.open();
    await waitFor(() => expect(quotes(root)).toEqual(['推进医银合作模式']));
    expect(searchAidsReady()).toBe(true);
    expect(search.value).toBe('yyhz');

    await type(search, 'yiyinhezuo');
    expect(quotes(root)).toEqual(['推进医银合作模式']);
    await type(search, 'dtsh');
    expect(quotes(root)).toEqual(['地铁三号线通车']);
    // Traditional characters are folded to simplified from now on, both ways.
    await type(search, '醫銀合作');
    expect(quotes(root)).toEqual(['推进医银合作模式']);
    await type(search, '医疗保险');
    expect(quotes(root)).toEqual(['醫療保險待遇']);
    expect(root.textContent).not.toContain(t('hlSearchAidsFailed'));
  });
});
