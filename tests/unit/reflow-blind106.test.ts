// The rule the blind106 round added. lib/reflow/quote-width.ts fullWithQuotes (asked in join-rule.ts before `unmarked-short`):
// a print line that goes on a paragraph already begun and ends in a quoted word (`…加快向“卖得好”`) fills its column once
// its quotation marks are counted at the whole width print gives them, so it is no paragraph's last, though the repair
// measures it short: a paragraph ends in a mark, never in a bare closing quotation mark after a word. A headline may end
// so (`让菜市场从“卖得出”走向“卖得好”`), so a paragraph's first line is left to the other rules.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const texts = (lines: readonly string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => b.text);
// Plain print lines seventeen wide, no indentation, no empty lines (工人日报's <p> per print line, pre-wrap plain).
// (Enough full lines for the page to read as set on a regular grid, where a line short of its column ends its paragraph.)
const LEAD = [
  '记者从市商务局获悉，今年以来，全市', '新开便民菜市场12家，覆盖主要居住片', '区，服务居民超过30万人。',
  '新开的菜市场普遍设置了公平秤和农残', '快检室，部分市场还开通了线上下单、', '社区配送服务，不少老年居民专门赶来', '体验。',
  '各市场还统一了摊位标识和价格公示牌，', '市民买菜时一眼就能看清菜品产地和当', '天价格，遇到问题也可以扫码投诉，相', '关部门会在两个工作日内答复处理。',
];
const LEAD_TEXT = [
  '记者从市商务局获悉，今年以来，全市新开便民菜市场12家，覆盖主要居住片区，服务居民超过30万人。',
  '新开的菜市场普遍设置了公平秤和农残快检室，部分市场还开通了线上下单、社区配送服务，不少老年居民专门赶来体验。',
  '各市场还统一了摊位标识和价格公示牌，市民买菜时一眼就能看清菜品产地和当天价格，遇到问题也可以扫码投诉，相关部门会在两个工作日内答复处理。',
];

describe('a full line ending in a quoted word goes on its paragraph (fullWithQuotes, goesOn)', () => {
  it('changes: the paragraph\'s second line ending “卖得好” runs on into 转变', () => {
    expect(texts([...LEAD, '市商务局有关负责人说，下一步将推动', '菜市场由“卖得出”加快向“卖得好”', '转变，让居民买菜更方便、更放心。'])).toEqual([
      ...LEAD_TEXT, '市商务局有关负责人说，下一步将推动菜市场由“卖得出”加快向“卖得好”转变，让居民买菜更方便、更放心。',
    ]);
  });
  it('changes: so does a third line ending in a single quotation mark\'s word', () => {
    expect(texts([...LEAD, '不少摊主说，今年生意明显好做了，市', '场里常能听到顾客夸一句‘真新鲜’', '的声音，这让大家干劲更足。'])).toEqual([
      ...LEAD_TEXT, '不少摊主说，今年生意明显好做了，市场里常能听到顾客夸一句‘真新鲜’的声音，这让大家干劲更足。',
    ]);
  });
  it('leaves alone: a line alone ending in a quoted word (a subheading), the first of its paragraph', () => {
    expect(texts([...LEAD, '让菜市场从“卖得出”走向“卖得好”', '今年以来，市商务局推动菜市场改造，', '新增冷链设施和智能秤。'])).toEqual([
      ...LEAD_TEXT, '让菜市场从“卖得出”走向“卖得好”', '今年以来，市商务局推动菜市场改造，新增冷链设施和智能秤。',
    ]);
  });
  it('leaves alone: a quoted word closed by a full stop, and a line short even with its quotation marks whole', () => {
    expect(texts([...LEAD, '市商务局有关负责人说，要推动菜市场', '从“卖得出”走向“卖得好”。', '今年以来，市商务局推动菜市场改造，', '新增冷链设施和智能秤。'])).toEqual([
      ...LEAD_TEXT, '市商务局有关负责人说，要推动菜市场从“卖得出”走向“卖得好”。', '今年以来，市商务局推动菜市场改造，新增冷链设施和智能秤。',
    ]);
    expect(texts([...LEAD, '市商务局有关负责人说，要推动菜市场', '走向“卖得好”', '今年以来，市商务局推动菜市场改造，', '新增冷链设施和智能秤。'])).toEqual([
      ...LEAD_TEXT, '市商务局有关负责人说，要推动菜市场走向“卖得好”', '今年以来，市商务局推动菜市场改造，新增冷链设施和智能秤。',
    ]);
  });
});
