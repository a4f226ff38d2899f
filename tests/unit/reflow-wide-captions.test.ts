// A photo caption without a credit, printed where a column cut a paragraph, on pages whose lines
// carry their widths (萧山日报's `<br>` lines with blank lines, pre-wrap print text; captions set
// across or beside the columns, /work/shared/epaper-sites.md). The pages are printed from
// hand-written paragraphs with the generator (tests/helpers/print-shapes.ts), 14 characters ×
// 5 lines to the column; each test first checks the page has the shape under test.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks, type PrintShape } from '../helpers/print-shapes';

const body = (text: string): Block => ({ kind: 'body', text });
const repaired = (blocks: Block[], shape: PrintShape): Block[] =>
  reflowText(printBlocks(blocks, shape, 14, 5), { punctuation: false }).map((b) => ({ kind: b.kind, text: b.text }));
const printed = (blocks: Block[], shape: PrintShape): string[] => printBlocks(blocks, shape, 14, 5).split('\n');

// 80 characters: six print lines, cut by the first column's end after the fifth (`…更加舒心，`).
const CUT = '据介绍，区交通运输局还将结合城市有机更新，在老旧小区、学校和医院周边增设公交站点，并根据客流变化动态调整发车间隔，让群众出行更加便捷、更加舒心，努力打造人民满意交通。';
const MORE = [
  '记者在现场看到，新开通的微循环公交车内干净整洁，座椅宽敞舒适，车厢内还设置了爱心专座和无障碍通道，不少老年人和学生乘坐后纷纷点赞，表示出门办事、上学放学都比以前方便多了。',
  '家住宁围街道的王大伯告诉记者，过去去区中医院看病要转两趟车，现在小区门口就能坐上直达的微循环公交，二十分钟就到了，再也不用起早赶车，他和老伴每个月复诊都方便了不少。',
  '区交通运输局有关负责人表示，微循环公交是打通城市交通毛细血管的重要举措，接下来还将联合属地镇街广泛征集群众意见，按照成熟一条开通一条的原则，逐步实现城乡社区公交服务全覆盖。',
];
// No credit and no caption word (摄, 图, ▲): only its width tells it from column text.
const CAPTION = '区交通运输局工作人员在新开通的公交站台为市民讲解微循环线路的乘车方式和换乘站点。';

describe('a caption without a credit between the halves of a paragraph', () => {
  for (const shape of ['br-blank', 'prewrap-indent', 'prewrap-plain'] as const) {
    it(`is a caption after the paragraph it cut, which is whole (${shape})`, () => {
      const blocks = [body(CUT), { kind: 'caption', text: CAPTION } as Block, ...MORE.map(body)];
      const lines = printed(blocks, shape);
      const at = lines.indexOf(CAPTION);
      // Blank lines around it, and lines of the paragraph it cut on both sides.
      expect([lines[at - 1], lines[at + 1]]).toEqual(['', '']);
      expect([CUT.includes((lines[at - 2] as string).trim()), CUT.includes(lines[at + 2] as string)]).toEqual([true, true]);
      expect(repaired(blocks, shape)).toEqual(blocks);
    });
  }

  it('still reads a short last line alone after a column end as the end of its paragraph', () => {
    const blocks = [body(CUT), ...MORE.map(body)];
    const lines = printed(blocks, 'br-blank');
    const at = lines.indexOf('努力打造人民满意交通。');
    expect([lines[at - 1], lines[at + 1]]).toEqual(['', '']);
    expect(repaired(blocks, 'br-blank')).toEqual(blocks);
  });
});

// More long paragraphs, so that the page of column pieces has enough cuts to find its grid.
const LATER = [
  '据了解，今年区里还将新增新能源公交车一百二十辆，淘汰更新老旧柴油公交车八十辆，新建公交首末站三处，并在主要客流走廊试点开行早晚高峰大站快车，进一步压缩群众通勤时间。',
  '不少市民表示，希望今后能在地铁站和公交站之间增设更多接驳线路，在夜间增开几条通宵线路，让加班晚归的上班族和外出就医的老人都能方便地坐上公交车，平安顺利到家。',
  '区交通运输局表示，将持续跟踪新线路运行情况，定期开展乘客满意度调查，及时回应群众关切，对客流偏少的线路适时优化走向，对高峰时段拥挤的线路加密班次，确保公交资源用在群众最需要的地方。',
];
// A caption signed with the photographer's name only (no 摄), as 萧山日报 and 浙江日报 print them.
const SIGNED = '区交通运输局工作人员在公交站台为市民讲解新线路。(王萍)';

describe('a caption signed with a credit between the pieces of a paragraph (one <p> per column piece)', () => {
  const page = (middle: Block[]): Block[] => [body(MORE[0] as string), body(CUT), ...middle, ...MORE.slice(1).map(body), ...LATER.map(body)];

  it('is a caption after the paragraph a column cut, which is whole', () => {
    const blocks = page([{ kind: 'caption', text: SIGNED }]);
    const pieces = printed(blocks, 'p-cut').filter((l) => l !== '');
    const at = pieces.indexOf(SIGNED);
    expect([CUT.startsWith(pieces[at - 1] as string), CUT.endsWith(pieces[at + 1] as string)]).toEqual([true, true]);
    expect(repaired(blocks, 'p-cut')).toEqual(blocks);
  });

  it('still ends a short signed brief that follows a finished paragraph (no cut before it)', () => {
    const brief = '区交通运输局近日在公交站台为市民讲解新线路的乘车方式。(王萍)';
    const blocks = page([body(brief)]);
    expect(repaired(blocks, 'p-cut').map((b) => b.text)).toContain(brief);
  });
});
