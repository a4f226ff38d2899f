// The print line ending its sentence with an ellipsis (or holding a dash) that fills its column, from what the blind149
// pages showed (tests/fixtures/pages/blind149-*, 南湖晚报 社会): the repair measures `…` and `—` at half a character, print
// gives each a whole one, so `理发、磨刀、修雨伞、配钥匙……`, fifteen wide in a fifteen-wide column, measured fourteen and was
// taken for a paragraph's short last line on a page whose paragraphs are set apart by empty lines. Counted whole, such a
// line is a full line (lib/reflow/long-marks.ts). Snippets written for these tests in the page's shape; the leave-alone
// cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { fullWithLongMarks } from '../../lib/reflow/long-marks';
import type { Line } from '../../lib/reflow/columns';
import { visualWidth } from '../../lib/reflow/chars';

const BYLINE = '记者　王晓燕　通讯员　秀洲宣';
const page = (third: string, fourth: string, fifth: string): string => [
  BYLINE, '',
  '周六上午，秀洲区新城街道的一处', '老小区里，便民服务集市开张了。', third, fourth, fifth, '',
  '“家门口就能把这些小事办了，不', '用再跑到老街上去。”七十二岁的', '居民孙阿姨拿着刚修好的雨伞说，', '她每个月都盼着集市开张。', '',
  '这个集市由街道联合社区志愿服务', '队举办，每月第一个周六开市，志', '愿者大多是退休的老手艺人。集市', '还设了政策咨询台，社保、医保、', '养老服务等问题都能在现场问清楚。', '',
  '据了解，今年新城街道计划在辖区', '十个小区轮流举办便民集市。',
].join('\n');
const REST = [
  { kind: 'body', text: '“家门口就能把这些小事办了，不用再跑到老街上去。”七十二岁的居民孙阿姨拿着刚修好的雨伞说，她每个月都盼着集市开张。' },
  { kind: 'body', text: '这个集市由街道联合社区志愿服务队举办，每月第一个周六开市，志愿者大多是退休的老手艺人。集市还设了政策咨询台，社保、医保、养老服务等问题都能在现场问清楚。' },
  { kind: 'body', text: '据了解，今年新城街道计划在辖区十个小区轮流举办便民集市。' },
];
const line = (text: string, indent = false): Line => ({ text, width: visualWidth(text), indent } as unknown as Line);

describe('a full print line ending in an ellipsis, on a page whose empty lines set paragraphs apart', () => {
  it('goes on with its paragraph: the ellipsis counted at the width print gives it, the line fills its column', () => {
    expect(reflowText(page('理发、磨刀、修雨伞、配钥匙……', '十几个摊位沿着小区主干道一字排', '开，居民们排队修补。'))).toEqual([
      { kind: 'byline', text: BYLINE },
      { kind: 'body', text: '周六上午，秀洲区新城街道的一处老小区里，便民服务集市开张了。理发、磨刀、修雨伞、配钥匙……十几个摊位沿着小区主干道一字排开，居民们排队修补。' },
      ...REST,
    ]);
  });
  it('leaves a line ending in an ellipsis that is short even counted whole as its paragraph\'s end', () => {
    const blocks = reflowText(page('理发、磨刀、修伞……', '十几个摊位沿着小区主干道一字排', '开，居民们排队修补。'));
    expect(blocks[1]).toEqual({ kind: 'body', text: '周六上午，秀洲区新城街道的一处老小区里，便民服务集市开张了。理发、磨刀、修伞……' });
    expect(blocks[2]).toEqual({ kind: 'body', text: '十几个摊位沿着小区主干道一字排开，居民们排队修补。' });
  });
});

describe('fullWithLongMarks', () => {
  it('counts each ellipsis and dash at a whole character', () => {
    expect(fullWithLongMarks(line('理发、磨刀、修雨伞、配钥匙……'), 15, 0.75)).toBe(true);
    expect(fullWithLongMarks(line('他说——这里的变化太大了，真是'), 15, 0.75)).toBe(true);
  });
  it('leaves lines without them, and lines short even so, alone', () => {
    expect(fullWithLongMarks(line('老小区里，便民服务集市开张了。'), 15, 0.75)).toBe(false);
    expect(fullWithLongMarks(line('理发、磨刀、修伞……'), 15, 0.75)).toBe(false);
    expect(fullWithLongMarks(line('理发、磨刀、修雨伞……', true), 15, 0.75)).toBe(false);
  });
});
