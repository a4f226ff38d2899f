// The rules the blind85 round added (an ordinary week of 萧山日报). lib/reflow/lines-apart.ts plainRunHead: in print lines
// with no indentation and no empty line, a 小标题 of a place or topic, a colon and a phrase with no other mark
// (`进化镇：看油菜花`), alone on a line two characters or more short of its column after a finished sentence, stands apart
// though the full line under it holds no mark.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const heads = (lines: string[]): string[] => blocks(lines).filter((b) => b.startsWith('heading'));
// Print lines fourteen wide, unindented (as a <p> per print line page or pre-wrapped text gives them with the indent lost).
const OPENING = ['春天一到，南片山区的几个乡镇', '游人渐渐多了起来，农家乐的生', '意也跟着红火了。'];
const UNDER = ['河上镇东山村的竹林里这几天正', '是挖春笋的时候，村民们天不亮', '就上山了。'];

describe('a 小标题 of a place, a colon and a phrase alone on a print line (plainRunHead)', () => {
  it('changes: such a line after a finished sentence, over a full line with no mark or with one', () => {
    expect(blocks([...OPENING, '河上镇：尝头茬笋', ...UNDER])).toEqual([
      'body: 春天一到，南片山区的几个乡镇游人渐渐多了起来，农家乐的生意也跟着红火了。', 'heading: 河上镇：尝头茬笋',
      'body: 河上镇东山村的竹林里这几天正是挖春笋的时候，村民们天不亮就上山了。',
    ]);
    expect(heads([...OPENING, '所前镇：赏桃花', '每年这个时候，所前镇杜家村的', '桃花都会准时开放。'])).toEqual(['heading: 所前镇：赏桃花']);
    expect(heads([...OPENING, '文化惠民：送戏下乡', ...UNDER])).toEqual(['heading: 文化惠民：送戏下乡']);
  });
  it('leaves alone: a contact field, an interview\'s turn, a line with an end mark, a nearly full line, a line after a clause', () => {
    expect(heads([...OPENING, '联系人：王先生', ...UNDER])).toEqual([]);
    expect(heads([...OPENING, '问：春笋怎么挑', ...UNDER])).toEqual([]);
    expect(heads([...OPENING, '河上镇：尝头茬笋。', ...UNDER])).toEqual([]);
    expect(heads([...OPENING, '河上镇：春笋上市价格略有回落', ...UNDER])).toEqual([]);
    expect(heads([...OPENING.slice(0, 2), '意也跟着红火，', '河上镇：尝头茬笋', ...UNDER])).toEqual([]);
  });
});
