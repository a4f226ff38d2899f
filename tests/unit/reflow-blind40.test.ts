// A rule from what the blind40 pages showed (tests/fixtures/pages/blind40-*, npm run score:blind -- --set blind40): in
// text pre-wrapped with no indentation and no blank line, a print line well short of its column with no punctuation mark,
// after a finished sentence and before a full line of prose, is a subheading (宁波晚报's `航线加密到每晚6班`; blind38's
// 余姚 page too). With the shapes the rule must leave alone. Text written for these tests in the shape of the blind40
// pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const blocksOf = (lines: string[]): { kind: string; text: string }[] => {
  const html = `<html><body><div id="ozoom"><founder-content style="white-space: pre-wrap">\n${lines.join('\n')}\n</founder-content></div></body></html>`;
  const body = parseHtml(html, 'http://localhost/').querySelector('founder-content') as Element;
  return repairBody(body, { isPre: () => true }).blocks.map((b) => ({ kind: b.kind ?? 'body', text: b.text }));
};
const kindOf = (blocks: { kind: string; text: string }[], text: string): string | undefined => blocks.find((b) => b.text === text)?.kind;

// 14 wide, no indentation.
const OPENING = ['今年以来，全市新建和改造城市', '公园28个，市民家门口的绿地越', '来越多。'];
const SECOND = ['为了方便市民休闲健身，新建的', '公园都配上了步道和健身器材，', '不少还设置了儿童游乐区。'];

describe('a short line with no mark between paragraphs of plain pre-wrapped text', () => {
  it('is a subheading after a sentence ended short of the column', () => {
    const blocks = blocksOf([...OPENING, '公园建到家门口', ...SECOND]);
    expect(blocks).toEqual([
      { kind: 'body', text: '今年以来，全市新建和改造城市公园28个，市民家门口的绿地越来越多。' },
      { kind: 'heading', text: '公园建到家门口' },
      { kind: 'body', text: '为了方便市民休闲健身，新建的公园都配上了步道和健身器材，不少还设置了儿童游乐区。' },
    ]);
  });

  it('is a subheading with a figure in it, and after a sentence ended on a full line', () => {
    const blocks = blocksOf(['今年以来，全市新建和改造城市', '公园28个，绿地面积增加不少。', '新增绿道120公里', ...SECOND]);
    expect(kindOf(blocks, '新增绿道120公里')).toBe('heading');
    expect(kindOf(blocks, '为了方便市民休闲健身，新建的公园都配上了步道和健身器材，不少还设置了儿童游乐区。')).toBe('body');
  });

  it('is left alone where a short line of prose follows it, a mark is in it, or no sentence ended before it', () => {
    // Before a short line (a list, a poem quoted line by line): not set apart by the line after it.
    const list = blocksOf([...OPENING, '公园建到家门口', '步道建到村里头', ...SECOND]);
    expect(list.some((b) => b.kind === 'heading')).toBe(false);
    // A one-sentence paragraph, short of the column: a paragraph.
    const sentence = blocksOf([...OPENING, '绿地多了一倍。', ...SECOND]);
    expect(kindOf(sentence, '绿地多了一倍。')).toBe('body');
    // After a line cut in the middle of a sentence.
    const cut = blocksOf(['今年以来，全市新建和改造城市', '公园28个，市民家门口的绿地', '越来越多', ...SECOND]);
    expect(cut.some((b) => b.kind === 'heading')).toBe(false);
    // A paragraph's first line stopping a few characters short (a quotation mark pushed to the next line).
    const first = blocksOf([...OPENING, '市园林文物局有关负责人说', '“口袋公园”今年还将新建30个，', '覆盖全部街道。']);
    expect(first.some((b) => b.kind === 'heading')).toBe(false);
  });
});
