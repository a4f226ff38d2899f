// A poem set one line to an element may pause at a line's end as well as inside it (lib/reflow/verse-elements.ts
// pausedVerseLine), and elements most of which hold no mark are no print lines set one to an element (line-elements.ts
// isLinePerElement): `每天数过往的车辆，`, and its last line's `。`. Shape from the 副刊 poem pages of the blind sets
// (blind53's 河南日报 page: three stanzas of short <p> lines parted by <p>&nbsp;</p>, two lines ending in a mark).
import { describe, expect, it } from 'vitest';
import { reflowText, textToLines } from '../../lib/reflow';
import { measure } from '../../lib/reflow/columns';
import { verseElements } from '../../lib/reflow/verse-elements';
import { isLinePerElement } from '../../lib/reflow/line-elements';

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
  it('changes: such a poem with nothing wider beside it (no author\'s note) is verse, not print lines set one to an element', () => {
    const poem = ['风从河面上走过来', '把芦苇一根根按低', '滩地上的麦苗', '刚刚盖住了脚印', '老艄公不再摆渡了', '他守着一座新修的浮桥',
      '像当年数河里的浪', '傍晚，雁群落在沙洲上', '河水慢了下来', '它要在冬天里'];
    expect(isLinePerElement(textToLines(elements('□ 李青禾', ...poem)))).toBe(false);
    expect(reflowText(elements('□ 李青禾', ...poem))).toEqual([{ kind: 'byline', text: '□ 李青禾' }, ...poem.map((text) => ({ kind: 'body', text }))]);
  });
  it('leaves alone: print lines of prose set one to an element, even narrow ones half of which hold no mark, are still joined', () => {
    // (Also tests/unit/reflow-blind6.test.ts: thirteen wide.) Eleven wide, cut as print cuts a column.
    const para = '本报讯近日，县交通运输局联合县公安局交警大队在城区主要路口开展文明交通劝导活动，引导市民自觉遵守交通规则和文明出行倡议，营造安全有序的城市出行环境，活动共发放宣传资料两千余份并现场劝导不文明行为三百余起。';
    const perLine = para.match(/.{1,11}/gu) as string[];
    expect(perLine.filter((l) => !/[，。、]/u.test(l)).length).toBeGreaterThanOrEqual(perLine.length / 2);
    expect(isLinePerElement(textToLines(elements(...perLine)))).toBe(true);
    expect(reflowText(elements(...perLine)).map((b) => b.text)).toEqual([para]);
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
