// The rules the blind89 round added (an ordinary week of 杭州日报 and 都市快报). lib/reflow/classify.ts BRIEF_DATELINE: a
// paper that names itself in its dateline (`快报讯（记者 X）`, `都市快报讯`, `羊城晚报讯`, `早报讯`, `晨报讯`, `商报讯`) opens a
// news brief's text as `本报讯` does, so a 简讯 item's head alone on the print line above it stands apart (lines-apart.ts
// briefItemTitle).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { BRIEF_DATELINE } from '../../lib/reflow/classify';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const heads = (lines: string[]): string[] => blocks(lines).filter((b) => b.startsWith('heading'));
// A 简讯 column in print lines sixteen wide, unindented, no empty line (as a <p> per print line page gives it).
const ITEM = ['（记者　马　骏）4月17日起，', '地铁10号线二期开始空载试运行。二', '期线路全长8.6公里，设车站5座，预', '计今年下半年开通运营。'];
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
    expect(blocks(['■地铁10号线二期试运行', `快报讯${ITEM[0]}`, ...ITEM.slice(1), ...NEXT])).toEqual([
      'heading: ■地铁10号线二期试运行', 'body: 快报讯（记者　马　骏）4月17日起，地铁10号线二期开始空载试运行。二期线路全长8.6公里，设车站5座，预计今年下半年开通运营。',
      'heading: ■钱塘江畔新添6处驿站', 'body: 本报讯（记者　吴　迪）近日，钱塘江沿岸新建的6处城市驿站投入使用。',
    ]);
    expect(heads(['■地铁10号线二期试运行', `都市快报讯${ITEM[0]}`, ...ITEM.slice(1)])).toEqual(['heading: ■地铁10号线二期试运行']);
  });
  it('still joins a head-like line to one that opens with 快报 and no 讯', () => {
    expect(heads(['■地铁10号线二期试运行', `快报记者${ITEM[0].slice(3)}`, ...ITEM.slice(1)])).toEqual([]);
  });
});
