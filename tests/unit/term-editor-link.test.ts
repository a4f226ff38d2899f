// The library link a page's "replace my term" opens: the term and the proposed explanation go
// there and back exactly (also characters URLs encode), and bad requests open nothing.
import { describe, expect, it } from 'vitest';
import { parseTermEditorSearch, termEditorSearch } from '../../lib/term-editor-link';

describe('the terms editor link', () => {
  it('carries a term and its proposed explanation there and back exactly', () => {
    const request = { term: '医银合作', explanation: '医保 + 银行 & “网点”\n第二行 #1 ?a=b' };
    const search = termEditorSearch(request);
    expect(search.startsWith('?')).toBe(true);
    expect(search).not.toContain('\n');
    expect(parseTermEditorSearch(search)).toEqual(request);
    expect(parseTermEditorSearch(termEditorSearch({ term: '共同富裕', explanation: '' }))).toEqual({ term: '共同富裕', explanation: '' });
  });

  it('opens nothing without a term, for an empty or over-long term, or an over-long explanation', () => {
    expect(parseTermEditorSearch('')).toBeNull();
    expect(parseTermEditorSearch('?explanation=x')).toBeNull();
    expect(parseTermEditorSearch('?edit-term=%20%20')).toBeNull();
    expect(parseTermEditorSearch(termEditorSearch({ term: '长'.repeat(65), explanation: '' }))).toBeNull();
    expect(parseTermEditorSearch(termEditorSearch({ term: '医银合作', explanation: 'x'.repeat(2001) }))).toBeNull();
    expect(parseTermEditorSearch('?edit-term=%E5%8C%BB')).toEqual({ term: '医', explanation: '' });
  });
});
