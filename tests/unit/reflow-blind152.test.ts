// A reporters' bracket cut by the print line's end at one of its full-width spaces, the space set at the next line's
// start, from what the blind152 pages showed when their text was re-printed in narrower columns (南通日报 要闻,
// tests/fixtures/pages/blind152-*): `本报讯（全媒体记者　顾` / `　蕾　通讯员　通发改）　3月` / `11日，…`. Read alone, the
// line opens as an indented paragraph does; it is the credit's own space, kept where the line is joined, and the line is
// no indent (lib/reflow/credit-space.ts opensInCreditSpace). Snippets written for these tests in the pages' shapes; the
// leave-alone cases keep what Dubao did before.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { opensInCreditSpace } from '../../lib/reflow/credit-space';

const REST = [
  { kind: 'body', text: '从项目结构看，本轮开工项目呈现“体量大、质态优”的特点。先进制造业项目58个，总投资471亿元。' },
  { kind: 'body', text: '市发改委有关负责人表示，下一步将强化月度调度和季度观摩。' },
];
const page = (first: string[]): string => [
  ...first, '',
  '从项目结构看，本轮开工项目呈现', '“体量大、质态优”的特点。先进', '制造业项目58个，总投资471亿元。', '',
  '市发改委有关负责人表示，下一步', '将强化月度调度和季度观摩。',
].join('\n');

describe('a print line opening on the full-width space of a reporters\' bracket the line end cut', () => {
  it('joins the bracket whole, the space inside the padded name kept', () => {
    expect(reflowText(page(['本报讯（全媒体记者　顾', '　蕾　通讯员　通发改）　3月', '11日，全市一季度重大产业项目', '集中开工活动在南通高新区举行。']))).toEqual([
      { kind: 'body', text: '本报讯（全媒体记者　顾　蕾　通讯员　通发改）　3月11日，全市一季度重大产业项目集中开工活动在南通高新区举行。' },
      ...REST,
    ]);
  });
  it('leaves the space after a closed 讯 bracket, at the story\'s first line\'s start, as the 电头 rule reads it', () => {
    const text = [
      '本报讯（记者　林　岚）', '　“现在孩子放学后可以直接到社', '区写作业，心里踏实多了。”家长', '刘女士说。',
      '今年，我市将“四点半课堂”建设', '列入为民办实事项目，目前已建成', '投用76个。',
      '托管点由社区提供场地，每天开放', '到下午6点。',
    ].join('\n');
    expect(reflowText(text)).toEqual([
      { kind: 'body', text: '本报讯（记者　林　岚）“现在孩子放学后可以直接到社区写作业，心里踏实多了。”家长刘女士说。' },
      { kind: 'body', text: '今年，我市将“四点半课堂”建设列入为民办实事项目，目前已建成投用76个。' },
      { kind: 'body', text: '托管点由社区提供场地，每天开放到下午6点。' },
    ]);
  });
  it('leaves a paragraph indented with two full-width spaces under a closed 讯 bracket as before', () => {
    const text = [
      '本报讯（记者　林　岚）', '　　“现在孩子放学后可以直接到', '社区写作业，心里踏实多了。”家', '长刘女士说。',
      '　　今年，我市将“四点半课堂”建', '设列入为民办实事项目，目前已建', '成投用76个。',
    ].join('\n');
    expect(reflowText(text)).toEqual([
      { kind: 'body', text: '本报讯（记者　林　岚）“现在孩子放学后可以直接到社区写作业，心里踏实多了。”家长刘女士说。' },
      { kind: 'body', text: '今年，我市将“四点半课堂”建设列入为民办实事项目，目前已建成投用76个。' },
    ]);
  });
  it('leaves a bracket that names no reporter as before', () => {
    expect(reflowText(['会议发布了首批试点名单（共', '　12个）和工作方案。', '', '下一步将强化调度。'].join('\n'))).toEqual([
      { kind: 'body', text: '会议发布了首批试点名单（共12个）和工作方案。' },
      { kind: 'body', text: '下一步将强化调度。' },
    ]);
  });
  it('reads the line\'s start and the words before it', () => {
    expect(opensInCreditSpace('本报讯（全媒体记者　顾', '　蕾　通讯员　通发改）')).toBe(true);
    expect(opensInCreditSpace('本报讯（记者　林　岚）', '　“现在孩子')).toBe(false);
    expect(opensInCreditSpace('本报讯（记者　林　岚）', '　　“现在孩子')).toBe(false);
    expect(opensInCreditSpace('首批试点名单（共', '　12个）')).toBe(false);
    expect(opensInCreditSpace('集中开工活动在南通高新区举行。', '　市发改委有关负责人')).toBe(false);
    expect(opensInCreditSpace('（新华社记者　刘　艺）', '　图为')).toBe(false);
  });
});
