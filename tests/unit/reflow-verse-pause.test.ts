// A poem set one line to an element may pause at a line's end as well as inside it (lib/reflow/verse-elements.ts
// pausedVerseLine): `每天数过往的车辆，`, and its last line's `。`. Shape from the 副刊 poem pages of the blind sets
// (blind53's 河南日报 page: three stanzas of short <p> lines parted by <p>&nbsp;</p>, two lines ending in a mark).
import { describe, expect, it } from 'vitest';
import { reflowText, textToLines } from '../../lib/reflow';
import { measure } from '../../lib/reflow/columns';
import { verseElements } from '../../lib/reflow/verse-elements';

/** Elements parted by a blank line, as the page's <p>s reach the repair. */
const elements = (...texts: string[]): string => texts.join('\n\n');

describe('verse set one line to an element, pausing at a line end', () => {
  it('changes: a poem whose lines end in `，` or `。` a few times keeps each line a block', () => {
    const poem = ['风从河面上走过来', '把芦苇一根根按低', '滩地上的麦苗', '刚刚盖住了脚印', '老艄公不再摆渡了', '他守着一座新修的浮桥',
      '每天数过往的车辆，', '像当年数河里的浪', '傍晚，雁群落在沙洲上', '河水慢了下来', '它要在冬天里', '把一年的话说完。'];
    // (Signed as the page signs it: the poet above, the author's note below.)
    expect(reflowText(elements('□ 李青禾', ...poem, '（作者系河南省作家协会会员）'))).toEqual([
      { kind: 'byline', text: '□ 李青禾' },
      ...poem.map((text) => ({ kind: 'body', text })),
      { kind: 'byline', text: '（作者系河南省作家协会会员）' },
    ]);
  });
  it('leaves alone: short elements of which more than a third end in a mark are no poem (a column cut into pieces)', () => {
    const pieces = ['会上，县长王建国', '通报了全县今年', '前三季度的经济运', '行情况，并就下一', '步工作提出要求。', '他强调，', '要抓好项目建设',
      '和招商引资工作，', '确保完成全年目标', '任务。'];
    expect(reflowText(elements(...pieces, '（记者 王丽萍 通讯员 陈建军）')).map((b) => b.text)).toEqual([
      '会上，县长王建国通报了全县今年前三季度的经济运行情况，并就下一步工作提出要求。',
      '他强调，要抓好项目建设和招商引资工作，确保完成全年目标任务。',
      '（记者 王丽萍 通讯员 陈建军）',
    ]);
  });
  it('counts a line as pausing only for one clause or sentence mark at its end (verseElements)', () => {
    const verse = (texts: string[]): number => verseElements(measure(textToLines(elements(...texts)))).size;
    const unmarked = ['风从河面上走过来', '把芦苇一根根按低', '滩地上的麦苗', '刚刚盖住了脚印', '老艄公不再摆渡了', '他守着一座新修的浮桥'];
    expect(verse([...unmarked, '每天数过往的车辆，', '把一年的话说完。'])).toBe(8);
    // more than a third pausing
    expect(verse([...unmarked, '一，', '二，', '三。', '四！'])).toBe(0);
    // a colon, a quotation or two marks at the end: no pause of a verse line
    expect(verse([...unmarked.slice(0, 3), '他说：来吧', ...unmarked.slice(3)])).toBe(0);
    expect(verse([...unmarked.slice(0, 3), '真好啊！”', ...unmarked.slice(3)])).toBe(0);
    // wider than a verse line
    expect(verse([...unmarked.slice(0, 3), '每天数过往的车辆和行人还有远处的船只，', ...unmarked.slice(3)])).toBe(0);
  });
});
