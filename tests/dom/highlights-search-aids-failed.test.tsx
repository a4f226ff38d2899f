// @vitest-environment happy-dom
// When the popup's search tables cannot be loaded (a chunk that fails to load), the list says so
// in one line and search by characters as written keeps working.
import { describe, expect, it, vi } from 'vitest';
import { HighlightList } from '../../components/HighlightList';
import { byName, mount, quotes, sampleRecords, serviceApi, t, type, waitFor } from './panel-fixtures';

vi.mock('pinyin-pro', () => {
  throw new Error('Failed to fetch dynamically imported module: chunks/pinyin.js');
});

describe('popup search when its tables fail to load', () => {
  it('says in one line that pinyin search is unavailable; search by characters still works', async () => {
    const records = sampleRecords();
    const { api } = await serviceApi(records);
    const root = await mount(<HighlightList api={api} page={null} pageSize={30} />);
    await waitFor(() => expect(quotes(root).length).toBe(records.length));
    const line = await waitFor(() => byName(root, '[role="status"]', t('hlSearchAidsFailed')));
    expect(line.textContent).toBe(t('hlSearchAidsFailed'));
    const search = byName<HTMLInputElement>(root, 'input', t('hlSearchLabel'));
    await type(search, '医银合作');
    expect(quotes(root)).toEqual(['推进医银合作模式']);
    await type(search, '');
    expect(quotes(root)).toHaveLength(records.length);
  });
});
