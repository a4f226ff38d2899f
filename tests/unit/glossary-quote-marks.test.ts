// The detectors share one set of quotation marks (lib/glossary/quote-marks.ts): corner quotes 『』 and
// 「」, as Taiwan and Hong Kong papers and quotes inside quotes print them, count like “” everywhere.
import { describe, expect, it } from 'vitest';
import { abbreviations, repeats } from '../../lib/glossary/detect-quoted';
import { detectJargon } from '../../lib/glossary/detect';
import type { DetectedTerm } from '../../lib/glossary/detect';
import { isOpenQuote } from '../../lib/glossary/quote-marks';

const coinage = (text: string, term: string): DetectedTerm => {
  const start = text.indexOf(term);
  return { term, start, end: start + term.length, kind: 'coinage' };
};

describe('one set of quotation marks for the glossary detectors', () => {
  it('knows the opening marks, and nothing else', () => {
    for (const q of ['“', '"', '‘', '「', '『']) expect(isOpenQuote(q)).toBe(true);
    for (const q of ['”', '』', '」', '（', '《', '', undefined]) expect(isOpenQuote(q)).toBe(false);
  });

  it('does not count a later use in corner quotes as an unquoted repeat', () => {
    const text = '萧山区推出『萧企通』服务平台，企业通过萧企通反映问题，又称『萧企通』。';
    const found = repeats(text, new Set([coinage(text, '萧企通')]));
    expect(found.map((d) => d.start)).toEqual([text.indexOf('萧企通反映')]);
  });

  it('still counts unquoted repeats after curly and corner quotes alike', () => {
    const text = '区里推出“萧企通”，萧企通上线；又有「浙里办」，浙里办好用。';
    expect(repeats(text, new Set([coinage(text, '萧企通')])).map((d) => d.term)).toEqual(['萧企通']);
    expect(repeats(text, new Set([coinage(text, '浙里办')])).map((d) => d.start)).toEqual([text.lastIndexOf('浙里办')]);
  });

  it('reads an abbreviation defined in corner quotes like one in curly quotes', () => {
    const corner = '西湖区文化和旅游发展中心（以下简称『文旅中心』）发布通知。文旅中心表示';
    const curly = corner.replace('『', '“').replace('』', '”');
    expect(abbreviations(corner).map((d) => d.start)).toEqual(abbreviations(curly).map((d) => d.start));
    expect(abbreviations(corner).map((d) => d.term)).toEqual(['文旅中心', '文旅中心']);
  });

  it('leaves a bracket that is not a definition alone', () => {
    expect(abbreviations('会议（简称『大会』）召开，大会很成功')).toEqual([]);
    expect(abbreviations('他说『以下简称』不是名字')).toEqual([]);
  });

  it('marks the full name before a corner-quoted definition as the curly one does', () => {
    const isWord = (): boolean => false;
    const corner = detectJargon('海宁市启动城乡风貌样板区建设（以下简称『风貌样板区』），今年计划建成6个。', [], isWord).map((d) => d.term);
    const curly = detectJargon('海宁市启动城乡风貌样板区建设（以下简称“风貌样板区”），今年计划建成6个。', [], isWord).map((d) => d.term);
    expect(corner).toEqual(curly);
    expect(corner).toContain('风貌样板区建设');
  });
});
