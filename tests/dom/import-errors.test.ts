// Why an import was refused, told in the reader's language (components/FileImport.tsx
// explainImportError): a file with more entries than an import takes was refused in English
// ("highlights: too many (120000 > 100000)") in the Chinese interface too.
import { describe, expect, it } from 'vitest';
import { explainImportError } from '../../components/FileImport';
import { readExportFile } from '../../lib/export-file';
import { t, tZh } from './panel-fixtures';

describe('an import refused for its size in entries', () => {
  it('says so in the interface\'s language, with the count and the limit', () => {
    // The reason as lib/export-file.ts gives it for a list over its limit.
    const read = readExportFile(JSON.stringify({ format: 'dubao-highlights', version: 1, highlights: [{}, {}, {}] }), { format: 'dubao-highlights', version: 1, what: 'highlights', defaultMaxBytes: 1 << 20, list: 'highlights', maxItems: 2 });
    expect(read.ok).toBe(false);
    const reason = read.ok ? '' : read.errors.join('\n');
    expect(explainImportError(tZh, reason)).toBe(tZh('importErrTooMany', ['3', '2']));
    expect(tZh('importErrTooMany', ['3', '2'])).toMatch(/3.*2/u);
    expect(explainImportError(t, 'words: too many (50001 > 50000)')).toBe(t('importErrTooMany', ['50001', '50000']));
    expect(explainImportError(tZh, 'terms: too many (5001 > 5000)')).not.toMatch(/too many/u);
  });
});
