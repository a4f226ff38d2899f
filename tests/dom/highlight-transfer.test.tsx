// @vitest-environment happy-dom
// The export panel tells the reader before writing a JSON export Dubao could not import back:
// more highlights than an import file may hold (MAX_IMPORT_RECORDS, shared with import).
import { describe, expect, it, vi } from 'vitest';
import { exportTooMany, HighlightTransfer } from '../../components/HighlightTransfer';
import { MAX_IMPORT_RECORDS, parseImport } from '../../lib/highlights/import';
import { toJson } from '../../lib/highlights/export';
import { button, click, hl, mount, t } from './panel-fixtures';

describe('the export record limit', () => {
  it('is the import limit: 100,000 highlights in one JSON file, any number in the other formats', () => {
    expect(MAX_IMPORT_RECORDS).toBe(100_000);
    expect(exportTooMany('json', 100_000)).toBeNull();
    expect(exportTooMany('json', 100_001)).toEqual(['100001', '100000']);
    for (const f of ['markdown', 'csv', 'anki'] as const) expect(exportTooMany(f, 100_001)).toBeNull();
  });

  it('is where import refuses: a JSON file of 100,001 highlights does not import back', () => {
    // One real export's head, then the list as long as the export the panel now refuses to write.
    const head = toJson([]).replace(/"highlights": \[\]\s*\}\s*$/u, '"highlights": [');
    expect(head).not.toBe(toJson([]));
    const text = `${head}${Array.from({ length: MAX_IMPORT_RECORDS + 1 }, () => '{}').join(',')}]}`;
    expect(parseImport(text)).toEqual({ ok: false, errors: ['highlights: too many (100001 > 100000)'] });
  });

  it('tells the reader, in an alert, before writing a JSON export of more than 100,000 highlights; nothing is downloaded', async () => {
    const one = hl();
    const records = new Array(MAX_IMPORT_RECORDS + 1).fill(one);
    const download = vi.fn();
    const root = await mount(<HighlightTransfer t={t} records={records} download={download} importText={vi.fn()} onImported={vi.fn()} />);
    await click(button(root, t('hlFormatJson')));
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(t('hlExportTooMany', ['100001', '100000']));
    expect(alert?.textContent).toContain('100001 highlights');
    expect(download).not.toHaveBeenCalled();
  });
});
