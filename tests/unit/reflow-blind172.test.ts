// The rules of the round the blind172 pages asked for (tests/fixtures/pages/blind172-*, long articles on Zhejiang and
// other provinces' papers). Snippets written for these tests in the pages' shapes; the leave-alone cases keep what Dubao
// did before.
import { describe, expect, it } from 'vitest';
import { reflowLines } from '../../lib/reflow';
import type { SourceLine } from '../../lib/reflow/types';

/**
 * A page's source lines: `　　` opens an indented line, `*` marks a print line set wholly in bold between breaks, `#` an
 * element of its own set in bold, `+` a line after an empty line (or an element's first line).
 */
function page(rows: readonly string[]): SourceLine[] {
  return rows.map((row) => {
    let r = row;
    const opens = r.startsWith('+');
    if (opens) r = r.slice(1);
    const boldLine = r.startsWith('*');
    const bold = r.startsWith('#');
    if (boldLine || bold) r = r.slice(1);
    const indent = r.startsWith('　　');
    return { text: r.trim(), gap: opens ? 1 : 0, indent, ...(boldLine ? { boldLine: true } : {}), ...(bold ? { bold: true } : {}) };
  });
}
const blocks = (rows: readonly string[]): { kind: string; text: string }[] => reflowLines(page(rows)).map(({ kind, text }) => ({ kind, text }));

// 萧山日报 and 湖州日报 (<br> print lines fourteen wide, plain, an empty line between paragraphs; <p> per print line
// thirteen wide, plain): a 小标题 in <strong> alone on a print line, on a page that does not indent its paragraphs, was
// joined to the paragraph under it; a bold line short of its column, the only bold line there, after a finished sentence,
// is a subheading (lib/reflow/bold-line-plain.ts boldLineOnPlainPage).
describe('a bold line alone on a page without indentation', () => {
  const para1 = ['去年，全区新增省级数字化车间', '和智能工厂20家，规上工业增', '加值增长6.5%，一批传统企业', '在转型中找到了新的增长点。'];
  const para2 = ['在新塘街道，区里建起人才公寓', '三百套，开通企业用工服务专线，', '为新招员工提供住房和交通补贴，', '让人才留得住、干得好。'];
  const want = [
    { kind: 'body', text: '去年，全区新增省级数字化车间和智能工厂20家，规上工业增加值增长6.5%，一批传统企业在转型中找到了新的增长点。' },
    { kind: 'heading', text: '人才服务再提速' },
    { kind: 'body', text: '在新塘街道，区里建起人才公寓三百套，开通企业用工服务专线，为新招员工提供住房和交通补贴，让人才留得住、干得好。' },
  ];
  // (In this short snippet the empty lines around the heading part it before the rule too; on the 萧山日报 page they did not.)
  it('gives the heading between empty lines in <br> print lines', () => {
    expect(blocks([...para1.map((l, k) => (k === 0 ? `+${l}` : l)), '+*人才服务再提速', ...para2.map((l, k) => (k === 0 ? `+${l}` : l))])).toEqual(want);
  });
  it('gives the heading where every print line is an element of its own', () => {
    expect(blocks([...para1.map((l) => `+${l}`), '+#人才服务再提速', ...para2.map((l) => `+${l}`)])).toEqual(want);
  });
  it('leaves a bold line as wide as the column in its paragraph', () => {
    expect(blocks([...para1.map((l) => `+${l}`), '+#坚持把人才服务放在突出位置', ...para2.map((l) => `+${l}`)])).toEqual([
      { kind: 'body', text: '去年，全区新增省级数字化车间和智能工厂20家，规上工业增加值增长6.5%，一批传统企业在转型中找到了新的增长点。坚持把人才服务放在突出位置在新塘街道，区里建起人才公寓三百套，开通企业用工服务专线，为新招员工提供住房和交通补贴，让人才留得住、干得好。' },
    ]);
  });
  // (The element cut off there stays a block of its own, as before the rule: it makes no heading of it.)
  it('makes no heading of a bold line after an unfinished sentence', () => {
    const cut = ['去年，全区新增省级数字化车间', '和智能工厂20家，规上工业增', '加值增长6.5%，一批传统企业', '在转型中找到了'];
    expect(blocks([...cut.map((l) => `+${l}`), '+#新的增长点', ...para2.map((l) => `+${l}`)])).toEqual([
      { kind: 'body', text: '去年，全区新增省级数字化车间和智能工厂20家，规上工业增加值增长6.5%，一批传统企业在转型中找到了' },
      { kind: 'body', text: '新的增长点' },
      want[2],
    ]);
  });
});
