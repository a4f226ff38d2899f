// The rules the blind142 round added.
// - lib/reflow/verse-elements.ts (longVerseLine): a poem set one verse to an element may hold a long verse, wider than a
//   verse line set alone but no wider than two, with a comma or two inside it and no other mark, no figure, no Latin
//   letter and no space, ending on a character (`看一只白鹭从水面起飞，把初冬的黄昏衔进了更远的芦苇深处`): it is a line of the
//   run of verse (counted with the lines that pause on a comma), a body block, not a headline over the author's note.
import { describe, expect, it } from 'vitest';
import { reflowLines } from '../../lib/reflow';

const p = (text: string, gap = 1) => ({ text, gap, indent: false });
const out = (lines: ReturnType<typeof p>[]): string[] => reflowLines(lines).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a long verse in a poem set one verse to an element (longVerseLine)', () => {
  // One <p> per verse, stanzas parted by an empty <p>, the poet first and the author's note last.
  const poem = [
    p('□ 柳　溪'), p('桂花落了一地'), p('像谁打翻的'), p('一小罐蜜'), p('老井边的石凳'), p('还留着午后的温度'),
    p('母亲在檐下择菜', 2), p('一片，一片'), p('把整个秋天'), p('都择进了竹篮'),
  ];
  it('changes: the poem\'s long last verse, a comma inside, is a verse of the poem, not a headline over the note', () => {
    expect(out([...poem, p('我站在门口看她，看一只麻雀落在晾衣杆上又飞走了', 2), p('（作者系绍兴市作家协会会员）')])).toEqual([
      'byline: □ 柳　溪',
      'body: 桂花落了一地', 'body: 像谁打翻的', 'body: 一小罐蜜', 'body: 老井边的石凳', 'body: 还留着午后的温度',
      'body: 母亲在檐下择菜', 'body: 一片，一片', 'body: 把整个秋天', 'body: 都择进了竹篮',
      'body: 我站在门口看她，看一只麻雀落在晾衣杆上又飞走了',
      'byline: （作者系绍兴市作家协会会员）',
    ]);
  });
  it('changes: such a long verse inside the poem too', () => {
    const lines = [...poem.slice(0, 6), p('风从巷口吹进来，把晾着的蓝印花布吹成了一面旗'), ...poem.slice(6)];
    expect(out(lines)).toContain('body: 风从巷口吹进来，把晾着的蓝印花布吹成了一面旗');
    expect(out(lines).filter((t) => t.startsWith('heading:'))).toEqual([]);
  });
  it('leaves alone: a long element with a figure or a space in it, or with no comma, stays what it was (a headline here)', () => {
    for (const last of ['全市今年新建口袋公园36个，覆盖所有街道', '主办单位　市文化广电旅游局，市作家协会', '一座城市的记忆藏在老街深处的巷弄里面']) {
      expect(out([...poem, p(last, 2), p('（作者系绍兴市作家协会会员）')]).slice(-2)).toEqual([`heading: ${last}`, 'byline: （作者系绍兴市作家协会会员）']);
    }
  });
});
