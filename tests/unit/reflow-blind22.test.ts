// Rules from what the blind22 pages showed (tests/fixtures/pages/blind22-*, npm run score:blind): a bracketed credit
// on the last print line, after a sentence that ended well short of its column, is the article's byline though no
// break marks it. With the text each rule must leave alone. Text written for these tests in the shape of the blind22
// pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a bracketed credit on the last print line', () => {
  const para = ['　　入冬以来，街道的社区食堂每', '天中午都很热闹。食堂由闲置用房', '改造而成，老人只需在小程序上预', '约，就能来这里吃上热乎饭。', '　　食堂由街道提供场地，引入餐', '饮企业运营，每天供餐约400份。', '　　目前，全市已建成社区食堂', '40余家，累计服务老人5万余', '人次。'];
  it('is the byline after a sentence that ended well short of its column', () => {
    expect(kinds([...para, '（记者 王丽娟　通讯员 沈　洁）'].join('\n')).slice(-2)).toEqual([
      'body: 目前，全市已建成社区食堂40余家，累计服务老人5万余人次。',
      'byline: （记者 王丽娟　通讯员 沈　洁）',
    ]);
  });

  it('stays the paragraph\'s run-on credit after a full line (print had no room for its opening there)', () => {
    const full = [...para.slice(0, 8), '人次，老人们都说味道好极了。', '（记者 王丽娟　通讯员 沈　洁）'];
    expect(kinds(full.join('\n')).slice(-1)).toEqual(['body: 目前，全市已建成社区食堂40余家，累计服务老人5万余人次，老人们都说味道好极了。（记者 王丽娟　通讯员 沈　洁）']);
  });

  it('is no credit in the middle of the text: a bracketed credit there goes on as before', () => {
    const mid = [...para.slice(0, 4), '（记者 王丽娟）', ...para.slice(4)];
    expect(kinds(mid.join('\n'))[0]).toBe('body: 入冬以来，街道的社区食堂每天中午都很热闹。食堂由闲置用房改造而成，老人只需在小程序上预约，就能来这里吃上热乎饭。（记者 王丽娟）');
  });
});
