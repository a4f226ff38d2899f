// The rules the blind85 round added (an ordinary week of 萧山日报). lib/reflow/lines-apart.ts plainRunHead: in print lines
// with no indentation and no empty line, a 小标题 of a place or topic, a colon and a phrase with no other mark
// (`进化镇：看油菜花`), alone on a line two characters or more short of its column after a finished sentence, stands apart
// though the full line under it holds no mark. lib/reflow/county-items.ts phoneNumberUnderLabel: a telephone number
// alone with the full stop of its sentence (`82651120。`) under its label's colon (`…咨询电话：`) goes on with it.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { phoneNumberUnderLabel } from '../../lib/reflow/county-items';

const blocks = (lines: string[], sep = '\n'): string[] => reflowText(lines.join(sep), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
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

describe('a telephone number and its full stop under its label cut by a column (phoneNumberUnderLabel)', () => {
  it('changes: the number alone, with or without the full stop, under 电话：, 热线： or 手机：', () => {
    expect(phoneNumberUnderLabel('提前预约，咨询电话：', '82651120。')).toBe(true);
    expect(phoneNumberUnderLabel('提前预约，咨询电话：', '82651120')).toBe(true);
    expect(phoneNumberUnderLabel('如有疑问请拨打服务热线：', '0571-82621234。')).toBe(true);
  });
  it('leaves alone: words after the number, a label that is no telephone\'s, a figure too short for a number', () => {
    expect(phoneNumberUnderLabel('提前预约，咨询电话：', '82651120。详情可登录网站查询。')).toBe(false);
    expect(phoneNumberUnderLabel('报名人数：', '82651120。')).toBe(false);
    expect(phoneNumberUnderLabel('提前预约，咨询电话：', '2。')).toBe(false);
  });
  it('joins the number to its paragraph where each column piece is an element of its own', () => {
    const text = ['　　据了解，夜间门诊开诊一周以来，共接诊患者1600余人次。', '　　市民可通过微信公众号提前预约，咨询电话：', '82651120。',
      '　　下一步，还将有更多医院开设夜间门诊。'];
    expect(blocks(text, '\n\n')).toEqual([
      'body: 据了解，夜间门诊开诊一周以来，共接诊患者1600余人次。', 'body: 市民可通过微信公众号提前预约，咨询电话：82651120。',
      'body: 下一步，还将有更多医院开设夜间门诊。',
    ]);
  });
});
