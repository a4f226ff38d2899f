// A colon before the first item of a numbered list ends its paragraph, as `…如下：` does, though no
// `如下` or `以下：` says so (`…初步确定以下6个候选项目：` / `1.…；`; tests/fixtures/corpus/dev4/
// re-printed in plain pre-wrap showed the two joined). Text written for these tests in the shape of a
// county paper's call for comments.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { colonOpensList, titleOpensList } from '../../lib/reflow/list-opening';
import { printBlocks } from '../helpers/print-shapes';

const CALL: Block[] = [
  { kind: 'heading', text: '2027年城区交通改善项目征求意见' },
  { kind: 'body', text: '本报讯（记者 王思琪）为缓解城区交通拥堵，县住建局近日面向社会征求2027年城区交通改善项目意见。经前期调查，初步确定6个候选项目：' },
  { kind: 'body', text: '1.拓宽人民路北段1.2公里；' },
  { kind: 'body', text: '2.新建学校周边临时停车场3处；' },
  { kind: 'body', text: '3.优化城区公交线路5条；' },
  { kind: 'body', text: '4.增设过街天桥1座。' },
  { kind: 'body', text: '市民可在12月15日前通过县政府门户网站留言，也可拨打热线电话反映意见建议。' },
];

// A programme under its short title (`节目单`), each item a paragraph (tests/fixtures/pages/blind15's
// show page re-printed with every line ending in <br> showed the title joined to the first item).
const PROGRAMME: Block[] = [
  { kind: 'heading', text: '越剧专场周六上演' },
  { kind: 'body', text: '本周六晚，一台越剧经典折子戏专场将在县大会堂上演，县越剧团的青年演员将登台亮相。' },
  { kind: 'body', text: '时间：12月13日（周六）19:30' },
  { kind: 'body', text: '地点：县大会堂' },
  { kind: 'body', text: '节目单' },
  { kind: 'body', text: '1.《红楼梦》选段　表演：李晓雯' },
  { kind: 'body', text: '2.《碧玉簪》选段　表演：陈佳琪、吴建华' },
  { kind: 'body', text: '3.《五女拜寿》选段　表演：青年演员团队' },
];

describe('a short title before the first item of a numbered list', () => {
  it('stands apart from the list after an event detail', () => {
    for (const width of [11, 15, 17]) {
      const text = printBlocks(PROGRAMME, 'br-blank', width, 6);
      const bodies = reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text);
      expect(bodies.slice(-3)).toEqual(PROGRAMME.slice(-3).map((b) => b.text));
    }
  });

  it('is a few characters with no mark, before a first item alone on its line', () => {
    expect(titleOpensList('节目单', '1.《红楼梦》选段')).toBe(true);
    expect(titleOpensList('今年全县新增就业', '1.2万人，同比增长')).toBe(false);
    expect(titleOpensList('节目单', '（一）稳定粮食播种面积；（二）')).toBe(false);
    expect(titleOpensList('本周六晚，一台越剧专场', '1.《红楼梦》选段')).toBe(false);
  });
});

describe('a colon before the first item of a numbered list', () => {
  it('ends the paragraph in plain pre-wrap text', () => {
    for (const [width, height] of [[17, 5], [17, 16]] as const) {
      const text = printBlocks(CALL, 'prewrap-plain', width, height);
      const bodies = reflowText(text, { punctuation: false }).filter((b) => b.kind === 'body').map((b) => b.text);
      expect(bodies).toEqual(CALL.slice(1).map((b) => b.text));
    }
  });

  it('knows a first item from a decimal and from points run on in a paragraph', () => {
    expect(colonOpensList('初步确定6个候选项目：', '1.拓宽人民路北段')).toBe(true);
    expect(colonOpensList('重点抓好以下工作：', '（一）加快项目建设')).toBe(true);
    expect(colonOpensList('重点抓好以下工作：', '一、加快项目建设')).toBe(true);
    // A decimal, a later item, points in official prose that stay in their paragraph.
    expect(colonOpensList('人均可支配收入增加了：', '1.5万元，增长6.1%')).toBe(false);
    expect(colonOpensList('重点抓好以下工作：', '2.新建学校周边')).toBe(false);
    expect(colonOpensList('会议要求：', '一是严格管控野外火源')).toBe(false);
    expect(colonOpensList('重点抓好三项工作：', '（一）稳定粮食播种面积；（二）')).toBe(false);
    expect(colonOpensList('初步确定6个候选项目：', '1.新建12号楼和22号楼；')).toBe(true);
  });
});
