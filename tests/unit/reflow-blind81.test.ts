// The rule the blind81 round added. lib/reflow/colon-items.ts (asked in document-rows.ts documentRowEnds, which the segmenter
// asks before the boundary scorer): items under a lead ending in a colon, each ending in a semicolon with no mark of its own
// (`具体调整如下：` / `7路公交车…两个站点；` / `21路公交车…站点；` / `K305路公交车…暂停使用。`), end where the page parts
// elements, though a semicolon ends no sentence. lib/reflow/set-apart.ts isSectionHead: a 政策问答's numbered question set
// apart (`一、哪些支出可以享受专项附加扣除？`) is a section head, as the same head with no question mark was.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { colonItemEnds } from '../../lib/reflow/colon-items';
import { isSectionHead } from '../../lib/reflow/set-apart';

const body = (text: string): { kind: 'body'; text: string } => ({ kind: 'body', text });

describe('an item ending in a semicolon under a colon\'s lead ends where the page parts elements (colonItemEnds)', () => {
  it('changes: the first item under the lead, and a later one under earlier items, at an element\'s end', () => {
    expect(colonItemEnds([body('具体调整如下：')], '7路公交车双向改经中环南路、由拳路，暂停停靠城南路口、南湖天地两个站点；', 1)).toBe(true);
    expect(colonItemEnds([body('近期新开放的助餐点有：'), body('南湖区解放街道勤俭社区助餐点，服务时间10:30—12:30；')],
      '秀洲区新城街道中山社区助餐点，服务时间10:30—13:00；', 2)).toBe(true);
  });
  it('leaves alone: a print line\'s end inside an element, no colon\'s lead above, a long paragraph, no semicolon, a heading above', () => {
    expect(colonItemEnds([body('具体调整如下：')], '7路公交车双向改经中环南路、由拳路，暂停停靠城南路口、南湖天地两个站点；', 0)).toBe(false);
    expect(colonItemEnds([body('今年以来，全市新建改建老年食堂和助餐点156个。')], '南湖区解放街道勤俭社区助餐点，服务时间10:30—12:30；', 1)).toBe(false);
    expect(colonItemEnds([body('会议指出：')], `${'全市上下顶压前行，经济运行总体平稳、稳中有进，'.repeat(4)}主要指标增速位居全省前列；`, 1)).toBe(false);
    expect(colonItemEnds([body('具体调整如下：')], '7路公交车双向改经中环南路、由拳路，暂停停靠城南路口', 1)).toBe(false);
    expect(colonItemEnds([{ kind: 'heading', text: '调整线路：' }], '7路公交车双向改经中环南路、由拳路；', 1)).toBe(false);
    expect(colonItemEnds([body('具体调整如下：'), body('市公交集团提醒，调整期间乘客可提前查询实时到站信息。')], '21路公交车双向改经纺工路；', 1)).toBe(false);
  });
  it('parts the items of a list re-printed one <p> per column piece, an item cut by a column still whole', () => {
    const text = ['具体调整如下：', '7路公交车双向改经中环南路、由拳路，暂停停靠城南路口、南湖天地两个站点；', '21路公交车双向改经纺工路，暂停停',
      '靠城南新村站点；', 'K305路公交车调整为在南湖大道站掉头，原终点站城南公园站暂停使用。'].join('\n\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual([
      '具体调整如下：', '7路公交车双向改经中环南路、由拳路，暂停停靠城南路口、南湖天地两个站点；', '21路公交车双向改经纺工路，暂停停靠城南新村站点；',
      'K305路公交车调整为在南湖大道站掉头，原终点站城南公园站暂停使用。',
    ]);
  });
  it('still joins clauses parted by a semicolon where a column cut them and no colon\'s lead stands above', () => {
    const text = ['市民政局有关负责人表示，明年将推动助餐服务向农村延伸；', '同时探索“中央厨房+配送”模式，让更多老人吃得上、吃得好。'].join('\n\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.text)).toEqual(['市民政局有关负责人表示，明年将推动助餐服务向农村延伸；同时探索“中央厨房+配送”模式，让更多老人吃得上、吃得好。']);
  });
});

describe('a numbered question set apart is a section head (isSectionHead)', () => {
  it('changes: 一、 questions with one question mark at the end', () => {
    expect(isSectionHead('一、哪些支出可以享受专项附加扣除？')).toBe(true);
    expect(isSectionHead('三、补贴多久到账?')).toBe(true);
  });
  it('leaves alone: a mark before the question mark, two question marks, a question mark after no Han character, a long one', () => {
    expect(isSectionHead('一、问：补贴标准是多少？')).toBe(false);
    expect(isSectionHead('二、为什么？怎么办？')).toBe(false);
    expect(isSectionHead('二、“育儿补贴”？')).toBe(false);
    expect(isSectionHead(`一、${'个人所得税专项附加扣除'.repeat(3)}有哪些？`)).toBe(false);
    expect(isSectionHead('一、从源头减量，再到末端利用')).toBe(false);
  });
  it('gives the questions of a 政策问答 set apart by empty lines as headings, its answers as body', () => {
    const text = ['为帮助纳税人更好地享受政策，现解答如下。', '一、哪些支出可以享受专项附加扣除？', '目前，专项附加扣除包括子女教育等七项。',
      '二、子女教育扣除的标准是多少？', '按照每个子女每月2000元的标准定额扣除。'].join('\n\n');
    expect(reflowText(text, { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`)).toEqual([
      'body: 为帮助纳税人更好地享受政策，现解答如下。', 'heading: 一、哪些支出可以享受专项附加扣除？', 'body: 目前，专项附加扣除包括子女教育等七项。',
      'heading: 二、子女教育扣除的标准是多少？', 'body: 按照每个子女每月2000元的标准定额扣除。',
    ]);
  });
  it('still reads as body a numbered item that asks and answers in one paragraph', () => {
    const text = ['现解答如下。', '一、哪些支出可以扣除？包括子女教育等七项。', '二、扣除标准是多少？每个子女每月2000元。'].join('\n\n');
    expect(reflowText(text, { punctuation: false }).every((b) => (b.kind ?? 'body') === 'body')).toBe(true);
  });
});
