// The rule the blind68 round added. lib/reflow/quoted-heads.ts (asked in segment.ts headingInRun): in print lines with
// no empty line on a page that indents its paragraphs, a line of its own, unindented and short of its column, under a
// sentence ended on a full line and over an indented line, stands apart as a 小标题 when it ends in a word quoted on the
// line itself (老房子的“新客人”) as well as when it ends in no closing mark; a line ending in a quotation's close after a
// sentence's mark, or holding a clause's mark, is still read as a paragraph's end.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { endsLikeHead } from '../../lib/reflow/quoted-heads';

const shown = (lines: string[]): string[] => reflowText(lines.join('\n')).map((b) => `${b.kind}: ${b.text}`);
const ABOVE = ['　　入冬以来，湘湖边的民宿生', '意一直不错，不少游客专程赶来', '看候鸟，周末的房间早早订满。'];
const BELOW = ['　　民宿主人老沈把自家的三层', '老房子改成了客房，院子里种满', '了花草，门口还挂着一串串红灯', '笼。',
  '　　这两年，来村里的年轻人越', '来越多，有的住上一晚，有的干', '脆租下一间房开起了咖啡馆。'];
const FIRST = 'body: 入冬以来，湘湖边的民宿生意一直不错，不少游客专程赶来看候鸟，周末的房间早早订满。';
const REST = ['body: 民宿主人老沈把自家的三层老房子改成了客房，院子里种满了花草，门口还挂着一串串红灯笼。',
  'body: 这两年，来村里的年轻人越来越多，有的住上一晚，有的干脆租下一间房开起了咖啡馆。'];

describe('a headline line may end in a word quoted on it (endsLikeHead)', () => {
  it('changes: a quoted word or two closed on the line, no sentence or clause mark on it', () => {
    expect(endsLikeHead('老房子的“新客人”')).toBe(true);
    expect(endsLikeHead('从“吃得上”到“吃得好”')).toBe(true);
    expect(endsLikeHead('老校舍“留下来、用起来”')).toBe(true);
    expect(endsLikeHead('“我想让老手艺活下去”')).toBe(true);
  });
  it('leaves alone: a no-mark end as before, and a quotation closed after a sentence or with a clause mark on the line', () => {
    expect(endsLikeHead('小玩偶卖到海外')).toBe(true);
    expect(endsLikeHead('就能去接孙子。”')).toBe(false);
    expect(endsLikeHead('他笑着说：“值”')).toBe(false);
    expect(endsLikeHead('大家说，这是“新客人”')).toBe(false);
    expect(endsLikeHead('房间早早订满。')).toBe(false);
    expect(endsLikeHead('（第3版）')).toBe(false);
  });
});

describe('a 小标题 ending in a quoted word between indented paragraphs with no empty line', () => {
  it('parts it from the paragraph above, whose sentence ended on a full line', () => {
    expect(shown([...ABOVE, '老房子的“新客人”', ...BELOW])).toEqual([FIRST, 'heading: 老房子的“新客人”', ...REST]);
  });
  it('leaves a line with a clause mark before the quoted word to the paragraph above, and an indented one a paragraph', () => {
    expect(shown([...ABOVE, '大家说，这是“新客人”', ...BELOW]).some((b) => b.startsWith('heading'))).toBe(false);
    expect(shown([...ABOVE, '　　老房子的“新客人”', ...BELOW]).some((b) => b.startsWith('heading'))).toBe(false);
  });
});
