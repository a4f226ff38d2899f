// The rules the blind89 round added (an ordinary week of 杭州日报 and 都市快报). lib/reflow/classify.ts BRIEF_DATELINE: a
// paper that names itself in its dateline (`快报讯（记者 X）`, `都市快报讯`, `羊城晚报讯`, `早报讯`, `晨报讯`, `商报讯`) opens a
// news brief's text as `本报讯` does, so a 简讯 item's head alone on the print line above it stands apart (lines-apart.ts
// briefItemTitle). lib/reflow/lines-apart.ts plainRunHead: in print lines with no indentation and no empty line, a line
// well short of its column with no mark, after a finished sentence, over a full line with no mark whose next line in the
// run holds one (a sentence going on over two lines: `杭州植物园的杜鹃园种有杜鹃品种20` / `0余个，目前…`), is a 小标题.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import { BRIEF_DATELINE } from '../../lib/reflow/classify';
import type { SourceLine } from '../../lib/reflow/types';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const heads = (lines: string[]): string[] => blocks(lines).filter((b) => b.startsWith('heading'));
// A 简讯 column in print lines sixteen wide, unindented, no empty line (as a <p> per print line page gives it).
const CREDIT = '（记者　马　骏）4月17日起，';
const ITEM = [CREDIT, '地铁10号线二期开始空载试运行。二', '期线路全长8.6公里，设车站5座，预', '计今年下半年开通运营。'];
const NEXT = ['■钱塘江畔新添6处驿站', '本报讯（记者　吴　迪）近日，钱塘', '江沿岸新建的6处城市驿站投入使用。'];

describe('a paper\'s own dateline (快报讯, 都市快报讯, 羊城晚报讯) opens a brief as 本报讯 does (BRIEF_DATELINE)', () => {
  it('changes: the dateline forms a paper names itself by', () => {
    for (const t of ['快报讯（记者　马　骏）4月17日起，', '都市快报讯 杭州城西有着', '羊城晚报讯　记者陈　荣', '福州晚报讯　7月1日起，', '早报讯　昨天', '晨报讯（记者 X）', '商报讯　近日'])
      expect(BRIEF_DATELINE.test(t)).toBe(true);
  });
  it('leaves alone: words that hold 报讯 but are no dateline, a dateline inside a line, a paper named with no 讯', () => {
    for (const t of ['警报讯号响起后，', '捷报讯息传来', '据都市快报报道，', '记者从快报获悉', '他说，快报讯的稿子'])
      expect(BRIEF_DATELINE.test(t)).toBe(false);
  });
  it('sets a 简讯 item\'s ■ head apart over a line opening with 快报讯, as over one opening with 本报讯', () => {
    expect(blocks(['■地铁10号线二期试运行', `快报讯${CREDIT}`, ...ITEM.slice(1), ...NEXT])).toEqual([
      'heading: ■地铁10号线二期试运行', 'body: 快报讯（记者　马　骏）4月17日起，地铁10号线二期开始空载试运行。二期线路全长8.6公里，设车站5座，预计今年下半年开通运营。',
      'heading: ■钱塘江畔新添6处驿站', 'body: 本报讯（记者　吴　迪）近日，钱塘江沿岸新建的6处城市驿站投入使用。',
    ]);
    expect(heads(['■地铁10号线二期试运行', `都市快报讯${CREDIT}`, ...ITEM.slice(1)])).toEqual(['heading: ■地铁10号线二期试运行']);
  });
  it('still joins a head-like line to one that opens with 快报 and no 讯', () => {
    expect(heads(['■地铁10号线二期试运行', `快报记者${CREDIT.slice(3)}`, ...ITEM.slice(1)])).toEqual([]);
  });
});

// Print lines sixteen wide, unindented, no empty line (pre-wrapped text with the indent lost).
const LEAD = ['四月是杜鹃花开的季节。这个周末天', '气晴好，最高气温回升，正适合出门', '赏花。记者整理了几处好去处。'];
const MARKLESS = '杭州植物园的杜鹃园种有杜鹃品种两';
const GOES_ON = ['百余个，目前已进入盛花期。园内有', '一条沿溪而建的步道。'];
const fromSource = (src: SourceLine[]): string[] => reflowLines(src, { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const src = (texts: string[], at: number, change: Partial<SourceLine>): SourceLine[] =>
  texts.map((text, i): SourceLine => ({ text, gap: 0, indent: false, ...(i === at ? change : {}) }));

describe('a 小标题 over a full line with no mark whose next line goes on with one (plainRunHead, proseUnder)', () => {
  it('changes: the head stands apart though the full line right under it holds no mark', () => {
    expect(blocks([...LEAD, '植物园杜鹃园', MARKLESS, ...GOES_ON])).toEqual([
      'body: 四月是杜鹃花开的季节。这个周末天气晴好，最高气温回升，正适合出门赏花。记者整理了几处好去处。', 'heading: 植物园杜鹃园',
      'body: 杭州植物园的杜鹃园种有杜鹃品种两百余个，目前已进入盛花期。园内有一条沿溪而建的步道。',
    ]);
    expect(fromSource(src([...LEAD, '植物园杜鹃园', MARKLESS, ...GOES_ON], -1, {}))).toContain('heading: 植物园杜鹃园');
  });
  it('leaves alone: no mark in the next two lines, the line after set apart by an empty line or indented, a head too wide', () => {
    expect(heads([...LEAD, '植物园杜鹃园', MARKLESS, '百余个目前已进入盛花期园内有一条', '沿溪而建的步道。'])).toEqual([]);
    const lines = [...LEAD, '植物园杜鹃园', MARKLESS, ...GOES_ON];
    expect(fromSource(src(lines, 5, { gap: 1 })).some((b) => b.startsWith('heading'))).toBe(false);
    expect(fromSource(src(lines, 5, { indent: true })).some((b) => b.startsWith('heading'))).toBe(false);
    expect(heads([...LEAD, '杭州植物园里的杜鹃园真好看', MARKLESS, ...GOES_ON])).toEqual([]);
  });
});
