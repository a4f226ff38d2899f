// The rules the blind79 round added. lib/reflow/lines-apart.ts plainRunHead (a marked head alone on a print line of a
// narrow column, `■整村授信全覆盖`, is a heading though it takes more of its column than an unmarked one may);
// lib/reflow/credit-forms.ts stationAsRole (a byline's 共享联盟 station, `共享联盟松阳站　叶　青`, stands where 通讯员 would);
// lib/reflow/quote-width.ts fullWithQuotes (a line ending inside a word after a clause mark, `如今，基地采取“公司+农户”模`,
// fills its column once its quotation marks count whole).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';
import type { Line } from '../../lib/reflow/columns';
import { stationAsRole } from '../../lib/reflow/credit-forms';
import { fullWithQuotes } from '../../lib/reflow/quote-width';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const OPENING = ['今年以来，县供销社围绕', '农资保供、农产品销售等', '重点工作，持续提升为农', '服务水平。'];
const UNDER = ['全县设立农资配送网点12', '6个，化肥、农药等储备', '充足，价格总体平稳。'];

describe('a marked head alone on a print line of a narrow column (plainRunHead)', () => {
  it('changes: a ■ or ★ head of eight of eleven, after a finished sentence and over a full line with no mark', () => {
    expect(blocks([...OPENING, '■农资供应保稳定', ...UNDER])).toEqual([
      'body: 今年以来，县供销社围绕农资保供、农产品销售等重点工作，持续提升为农服务水平。', 'heading: ■农资供应保稳定',
      'body: 全县设立农资配送网点126个，化肥、农药等储备充足，价格总体平稳。',
    ]);
    expect(blocks([...OPENING, '★农资供应保稳定', ...UNDER])[1]).toBe('heading: ★农资供应保稳定');
  });
  it('leaves alone: the same line unmarked, a marked line with a comma, one nearly full, one over a marked line', () => {
    const heads = (lines: string[]): string[] => blocks(lines).filter((b) => b.startsWith('heading'));
    expect(heads([...OPENING, '农资供应保持稳定', ...UNDER])).toEqual([]);
    expect(heads([...OPENING, '■农资保供，稳价格', ...UNDER])).toEqual([]);
    expect(heads([...OPENING, '■农资供应保障更加稳', ...UNDER])).toEqual([]);
    expect(heads([...OPENING, '■农资供应保稳定', '■全县设立农资配送网', ...UNDER.slice(1)])).toEqual([]);
  });
});

describe('a 共享联盟 station in a byline (stationAsRole)', () => {
  it('changes: a station after 本报记者, with or without ·, read as 通讯员', () => {
    expect(isRoleByline('本报记者　朱　平　共享联盟松阳站　叶　青')).toBe(true);
    expect(isRoleByline('本报记者　孙　燕　共享联盟·长兴站　吴　磊')).toBe(true);
    expect(stationAsRole('本报记者　王　琦　共享联盟德清站　沈文杰')).toBe('本报记者　王　琦　通讯员　沈文杰');
  });
  it('leaves alone: a headline naming a station, a station with no name after it, a line without one', () => {
    expect(isRoleByline('共享联盟松阳站成立一周年')).toBe(false);
    expect(isRoleByline('本报记者　朱　平　共享联盟松阳站')).toBe(false);
    expect(stationAsRole('共享联盟松阳站揭牌')).toBe('共享联盟松阳站揭牌');
    expect(stationAsRole('本报记者　朱　平　通讯员　叶　青')).toBe('本报记者　朱　平　通讯员　叶　青');
  });
});

const line = (text: string, width: number): Line => ({ text, width, indent: false } as Line);

describe('a line ending inside a word after a clause mark, full with its quotation marks whole (fullWithQuotes)', () => {
  it('changes: quotation marks measured half leave the line two short; counted whole it fills fifteen', () => {
    expect(fullWithQuotes(line('推出了“积分制”、“红黑榜”管', 13), 15, 1)).toBe(true);
    expect(fullWithQuotes(line('如今，村里采取“公司+农户”模', 13.5), 15, 1)).toBe(true);
    expect(blocks(['为推进乡村治理，镇里今年在各村', '全面推广积分管理。在西山村，村里', '推出了“积分制”、“红黑榜”管', '理，村民热情高涨。',
      '网格员每天走村入户，收集群众诉', '求，小事当天办结。'])).toEqual([
      'body: 为推进乡村治理，镇里今年在各村全面推广积分管理。在西山村，村里推出了“积分制”、“红黑榜”管理，村民热情高涨。',
      'body: 网格员每天走村入户，收集群众诉求，小事当天办结。',
    ]);
  });
  it('leaves alone: no clause mark (a headline may end so), short even with the marks whole, a colon before the quotation', () => {
    expect(fullWithQuotes(line('村里推出了“积分制”管理办法', 13), 15, 1)).toBe(false);
    expect(fullWithQuotes(line('推出了“积分制”、“红黑榜”', 10), 15, 1)).toBe(false);
    expect(fullWithQuotes(line('推出“积分制”、管', 7), 15, 1)).toBe(false);
    expect(fullWithQuotes(line('他说：“积分制”好不好用村民说', 13), 15, 1)).toBe(false);
  });
});
