// The rules of the round the blind164 pages asked for (tests/fixtures/pages/blind164-*, the national and provincial
// papers' pc, pad, mobile and classic pages). Snippets written for these tests in the pages' shapes; the leave-alone
// cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

// 湖北日报 pad 民生 (<p> per print line sixteen wide, paragraphs indented, the byline alone first wider than the column,
// so the page is not read as one run of print lines, ./line-elements.ts): every element is one print line, so no run
// measures a column; a line ending in a colon hung past the column (`…端着餐盘说：`) before an unindented element opening
// a quotation (`“饭菜软和，…`) was an explicit break after a colon. It fills the width most of the page's lines share,
// so the quotation goes on (lib/reflow/colon-quote.ts colonQuoteGoesOn, asked in join-rule.ts before the blank-line rules).
const page = (lines: string[]): string => lines.join('\n\n');

describe('a quotation a full print line cut from its colon, one print line per element', () => {
  it('goes on with the paragraph whose colon announces it', () => {
    expect(reflowText(page([
      '湖北日报全媒记者　李　娟　通讯员　楚民宣',
      '　　两荤两素一汤，老人凭卡吃饭只',
      '要12元。中午时分，社区的“邻里食',
      '堂”里已坐满了人，不少老人结伴而',
      '来，78岁的王阿姨端着餐盘笑对记者说：',
      '“饭菜软和，价格实惠，比自己在家',
      '做饭省事多了。”',
      '　　据了解，全省已建成城乡社区老',
      '年食堂4260个，覆盖城市社区的比例',
      '达到85%，服务老年人超过千万人次。',
    ]))).toEqual([
      { kind: 'byline', text: '湖北日报全媒记者　李　娟　通讯员　楚民宣' },
      { kind: 'body', text: '两荤两素一汤，老人凭卡吃饭只要12元。中午时分，社区的“邻里食堂”里已坐满了人，不少老人结伴而来，78岁的王阿姨端着餐盘笑对记者说：“饭菜软和，价格实惠，比自己在家做饭省事多了。”' },
      { kind: 'body', text: '据了解，全省已建成城乡社区老年食堂4260个，覆盖城市社区的比例达到85%，服务老年人超过千万人次。' },
    ]);
  });

  it('leaves apart a colon on a line short of the common width, and one over an indented element', () => {
    expect(reflowText(page([
      '湖北日报全媒记者　李　娟　通讯员　楚民宣',
      '　　两荤两素一汤，老人凭卡吃饭只',
      '要12元。中午时分，社区的“邻里食',
      '堂”里已坐满了人，不少老人结伴而',
      '来。王阿姨说：',
      '“饭菜软和，价格实惠。”',
      '　　据了解，全省已建成城乡社区老',
      '年食堂4260个，覆盖城市社区的比例',
      '达到85%，今年还将新建一批，其中：',
      '　　“幸福食堂”500个，助餐点1000',
      '个，服务老年人超过千万人次。',
    ]))).toEqual([
      { kind: 'byline', text: '湖北日报全媒记者　李　娟　通讯员　楚民宣' },
      { kind: 'body', text: '两荤两素一汤，老人凭卡吃饭只要12元。中午时分，社区的“邻里食堂”里已坐满了人，不少老人结伴而来。王阿姨说：' },
      { kind: 'body', text: '“饭菜软和，价格实惠。”' },
      { kind: 'body', text: '据了解，全省已建成城乡社区老年食堂4260个，覆盖城市社区的比例达到85%，今年还将新建一批，其中：' },
      { kind: 'body', text: '“幸福食堂”500个，助餐点1000个，服务老年人超过千万人次。' },
    ]);
  });

  it('leaves apart a full line ending in a colon over an unindented element that opens no quotation', () => {
    expect(reflowText(page([
      '湖北日报全媒记者　李　娟　通讯员　楚民宣',
      '　　两荤两素一汤，老人凭卡吃饭只',
      '要12元。中午时分，社区的“邻里食',
      '堂”里已坐满了人，不少老人结伴而',
      '来。今年全省还将新建一批，其中：',
      '1.新建“幸福食堂”500个；',
      '2.新建助餐点1000个。',
      '　　据了解，全省已建成城乡社区老',
      '年食堂4260个，覆盖城市社区的比例',
      '达到85%，服务老年人超过千万人次。',
    ]))).toEqual([
      { kind: 'byline', text: '湖北日报全媒记者　李　娟　通讯员　楚民宣' },
      { kind: 'body', text: '两荤两素一汤，老人凭卡吃饭只要12元。中午时分，社区的“邻里食堂”里已坐满了人，不少老人结伴而来。今年全省还将新建一批，其中：' },
      { kind: 'body', text: '1.新建“幸福食堂”500个；' },
      { kind: 'body', text: '2.新建助餐点1000个。' },
      { kind: 'body', text: '据了解，全省已建成城乡社区老年食堂4260个，覆盖城市社区的比例达到85%，服务老年人超过千万人次。' },
    ]);
  });
});
