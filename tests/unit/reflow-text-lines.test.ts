// Plain text into source lines (lib/reflow/lines.ts textToLines): every line end a saved page or a pasted text uses,
// blank lines as gaps, indentation kept as a flag, white space trimmed.
import { describe, expect, it } from 'vitest';
import { textToLines } from '../../lib/reflow';

describe('textToLines', () => {
  it('ends a line at LF, CRLF and a lone CR alike, and counts blank lines as the next line\'s gap', () => {
    const want = [
      { text: '第一行', gap: 0, indent: true },
      { text: '第二行', gap: 0, indent: false },
      { text: '第三行', gap: 1, indent: false },
    ];
    expect(textToLines('　　第一行\n第二行\n\n第三行')).toEqual(want);
    expect(textToLines('　　第一行\r\n第二行\r\n\r\n第三行')).toEqual(want);
    expect(textToLines('　　第一行\r第二行\r\r第三行')).toEqual(want);
  });
  it('reads LF then CR as two line ends (a blank line), and blank lines at either end as gaps before nothing', () => {
    expect(textToLines('甲\n\r乙')).toEqual([{ text: '甲', gap: 0, indent: false }, { text: '乙', gap: 1, indent: false }]);
    expect(textToLines('\n\n甲\n \u3000\n')).toEqual([{ text: '甲', gap: 2, indent: false }]);
    expect(textToLines('')).toEqual([]);
  });
  it('flags a line opening with two spaces, a full-width space or a no-break space as indented, not one space', () => {
    expect(textToLines('  甲\n\u00a0乙\n 丙').map((l) => l.indent)).toEqual([true, true, false]);
  });
});
