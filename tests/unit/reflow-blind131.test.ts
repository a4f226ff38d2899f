// The rule the blind131 round added. lib/reflow/marked-lines.ts (markedHeadUnindented, asked in segment.ts): a 小标题 opening
// with ◎ (`◎ 既要“建起来”，更要“管得好”`), flush on a print line of its own between indented paragraphs, is a marked head as
// one opening with ■, ◆ or ▲ is — also when it holds a comma and runs wider than the column, where the rule for unindented
// heads with no mark does not take it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { markedHeadUnindented } from '../../lib/reflow/marked-lines';
import type { Line } from '../../lib/reflow/columns';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const line = (text: string, indent: boolean): Line => ({ text, indent, gap: 0 }) as unknown as Line;

describe('a ◎-marked 小标题 flush between indented paragraphs (markedHeadUnindented)', () => {
  it('changes: a ◎ head with a comma, wider than the column, after a finished sentence and over an indented line', () => {
    const lines = [line('决。', false), line('◎ 既要“建起来”，更要“管得好”', false), line('　　对此，县经信局有关负责', true)];
    expect(markedHeadUnindented(lines, 1)).toBe(true);
  });
  it('leaves alone: a ◎ line over an unindented line, after an unfinished line, or a ◎◎ rule', () => {
    expect(markedHeadUnindented([line('决。', false), line('◎ 既要“建起来”，更要“管得好”', false), line('对此，县经信局有关负责', false)], 1)).toBe(false);
    expect(markedHeadUnindented([line('企业反映的问题迟迟得不到', false), line('◎ 既要“建起来”，更要“管得好”', false), line('　　对此，县经信局有关负责', true)], 1)).toBe(false);
    expect(markedHeadUnindented([line('决。', false), line('◎◎◎◎◎◎', false), line('　　对此，县经信局有关负责', true)], 1)).toBe(false);
  });
  it('takes the head for a heading on a page of indented print lines thirteen wide, the paragraphs whole', () => {
    const page = ['　　今年以来，我县加快推进', '老旧工业区改造，已拆除低效', '厂房二十多万平方米，腾出的', '土地用于建设标准厂房。', '　　不少企业主表示，园区租', '金仍然偏高，初创企业负担较', '重。还有的园区服务跟不上，', '企业反映的问题迟迟得不到解', '决。', '◎ 既要“建起来”，更要“管得好”', '　　对此，县经信局有关负责', '人表示，将对园区开展星级评', '定，引导园区提升服务水平。', '　　据了解，今年全县还将新', '建小微企业园三个。'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 今年以来，我县加快推进老旧工业区改造，已拆除低效厂房二十多万平方米，腾出的土地用于建设标准厂房。',
      'body: 不少企业主表示，园区租金仍然偏高，初创企业负担较重。还有的园区服务跟不上，企业反映的问题迟迟得不到解决。',
      'heading: ◎ 既要“建起来”，更要“管得好”',
      'body: 对此，县经信局有关负责人表示，将对园区开展星级评定，引导园区提升服务水平。',
      'body: 据了解，今年全县还将新建小微企业园三个。',
    ]);
  });
  it('leaves alone: a ◎-marked byline between the paragraphs stays a byline', () => {
    const page = ['　　今年以来，我县加快推进', '老旧工业区改造，已拆除低效', '厂房二十多万平方米，腾出的', '土地用于建设标准厂房。', '◎记者　王　平', '　　不少企业主表示，园区租', '金仍然偏高，初创企业负担较', '重。'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 今年以来，我县加快推进老旧工业区改造，已拆除低效厂房二十多万平方米，腾出的土地用于建设标准厂房。',
      'byline: ◎记者　王　平',
      'body: 不少企业主表示，园区租金仍然偏高，初创企业负担较重。',
    ]);
  });
});
