// Pages printed one <p> per column piece (浙江日报's markup, /work/shared/epaper-sites.md: a
// paragraph cut by a column end becomes two <p>s). The pages are printed from hand-written
// paragraphs with the generator in tests/helpers/print-shapes.ts (shape `p-cut`); each test first
// checks the printed page has the shape under test, then what the repair makes of it.
import { describe, expect, it } from 'vitest';
import { reflowText, textToLines, type Block } from '../../lib/reflow';
import { measure } from '../../lib/reflow/columns';
import { pieceGrid, printLines } from '../../lib/reflow/piece-grid';
import { printBlocks, type PrintShape } from '../helpers/print-shapes';

const body = (text: string): Block => ({ kind: 'body', text });
const print = (shape: PrintShape, width: number, height: number, blocks: Block[]): string => printBlocks(blocks, shape, width, height);
const pieces = (text: string): string[] => text.split('\n').filter((l) => l.trim());
const repaired = (text: string): Block[] => reflowText(text, { punctuation: false });
const gridOf = (text: string): ReturnType<typeof pieceGrid> => pieceGrid(measure(textToLines(text)));

// 70 characters: five full lines of 14 (one column of 14 × 5), the last ending in 。.
const FULL_COLUMN = '今年以来，区交通运输局聚焦群众出行最后一公里，新开通社区微循环公交线路六条，优化调整线路十一条，日均服务乘客超过两万余人次，好评率稳步上升。';
const TAIL = '新线路全部采用新能源公交车，沿线新设候车亭十二座，全部配有电子站牌和遮阳座椅，方便群众在家门口候车出行。';
// Long paragraphs that columns cut mid-sentence (the cuts the grid is found from).
const MORE = [
  '据介绍，区交通运输局还将结合城市有机更新，在老旧小区、学校和医院周边增设公交站点，并根据客流变化动态调整发车间隔，让群众出行更加便捷、更加舒心，努力打造人民满意交通。',
  '下一步，该局将继续深化“最多跑一次”改革，推动公交线网优化、票价优惠和智慧出行服务同步落地，同时加强驾驶员队伍建设，开展安全文明服务竞赛，持续提升公交服务质量和群众满意度。',
  '记者在现场看到，新开通的微循环公交车内干净整洁，座椅宽敞舒适，车厢内还设置了爱心专座和无障碍通道，不少老年人和学生乘坐后纷纷点赞，表示出门办事、上学放学都比以前方便多了。',
  '家住宁围街道的王大伯告诉记者，过去去区中医院看病要转两趟车，现在小区门口就能坐上直达的微循环公交，二十分钟就到了，再也不用起早赶车，他和老伴每个月复诊都方便了不少。',
  '区交通运输局有关负责人表示，微循环公交是打通城市交通毛细血管的重要举措，接下来还将联合属地镇街广泛征集群众意见，按照成熟一条开通一条的原则，逐步实现城乡社区公交服务全覆盖。',
];

describe('the column grid of a page printed one <p> per column piece', () => {
  it('counts the print lines a piece takes: full lines of the width, a closing mark hanging at a line end', () => {
    expect(printLines(FULL_COLUMN, 14)).toBe(5);
    expect(printLines(`${FULL_COLUMN}好`, 14)).toBe(6);
    // 14 characters and a full stop: the stop hangs at the end of the one line.
    expect(printLines('会馆由旅居上海的福建商人集资。', 14)).toBe(1);
    // Digits are set half width: 28 digits fill one line of 14.
    expect(printLines('1234567890123456789012345678', 14)).toBe(1);
    expect(printLines(TAIL, 14, 2)).toBe(Math.ceil((TAIL.length + 2) / 14));
  });

  it('finds the width and height the page was printed at, at several sizes', () => {
    const blocks = [body(FULL_COLUMN + TAIL), ...MORE.map(body)];
    for (const [w, h] of [[14, 5], [17, 4], [11, 6], [24, 3]] as const) {
      const grid = gridOf(print('p-cut', w, h, blocks));
      expect(grid && [grid.width, grid.height]).toEqual([w, h]);
    }
  });

  it('finds no grid where lines are printed one by one, or where every <p> is a whole paragraph', () => {
    const blocks = [body(FULL_COLUMN + TAIL), ...MORE.map(body)];
    for (const shape of ['br-blank', 'prewrap-plain', 'prewrap-indent'] as const) expect(gridOf(print(shape, 14, 5, blocks))).toBeUndefined();
    // One <p> per paragraph (钱江晚报's article pages): every piece ends a sentence.
    expect(gridOf([FULL_COLUMN, TAIL, ...MORE].join('\n\n'))).toBeUndefined();
  });
});

describe('line-wrap repair on a page of column pieces', () => {
  it('prints the shape under test: a column ends right after a sentence end', () => {
    const text = print('p-cut', 14, 5, [body(`${FULL_COLUMN}同时，${TAIL}`), ...MORE.map(body)]);
    expect(pieces(text)[0]).toBe(FULL_COLUMN);
    expect(pieces(text)[1]?.startsWith('同时，')).toBe(true);
  });

  it('keeps a paragraph whole across a column cut after a sentence end when the next piece leans on it (同时，)', () => {
    const paragraphs = [`${FULL_COLUMN}同时，${TAIL}`, ...MORE];
    const out = repaired(print('p-cut', 14, 5, paragraphs.map(body)));
    expect(out.map((b) => b.text)).toEqual(paragraphs);
  });

  it('ends the paragraph at that column cut when the next piece opens a new one (据介绍，)', () => {
    const paragraphs = [FULL_COLUMN, `据介绍，${TAIL}`, ...MORE];
    const out = repaired(print('p-cut', 14, 5, paragraphs.map(body)));
    expect(out.map((b) => b.text)).toEqual(paragraphs);
  });

  it('never takes a one-line fragment at the foot of a column for a headline', () => {
    // Two lines (the last one short), then a paragraph whose first line is the column's last.
    const first = '萧山区文化遗产保护中心近日公布第三批文保单位名单。';
    const hall = '会馆由旅居上海的福建商人集资兴建，始建于清代光绪年间，是当地现存规模最大的会馆建筑，近年经过修缮后对外开放。';
    const paragraphs = [first, hall, ...MORE];
    const text = print('p-cut', 14, 3, paragraphs.map(body));
    expect(pieces(text)[1]).toBe('会馆由旅居上海的福建商人集资');
    const out = repaired(text);
    expect(out.map((b) => b.kind)).toEqual(paragraphs.map(() => 'body'));
    expect(out.map((b) => b.text)).toEqual(paragraphs);
  });

  it('never takes a fragment at a column foot for a headline when a photo caption stands between its halves', () => {
    const first = '区文保中心公布第三批文保单位名单。';
    const hall = '会馆由旅居上海的福建商人集资兴建于清代光绪年间，是当地现存规模最大也最完整的古代会馆建筑群之一，近年经过修缮后对外开放，吸引了不少市民前来参观游览。';
    const blocks: Block[] = [body(first), body(hall), { kind: 'caption', text: '游客在会馆内参观。（通讯员 邵文博 摄）' }, ...MORE.map(body)];
    const text = print('p-cut', 11, 3, blocks);
    // The second half is one column of 33 characters with one comma: a headline's shape, too.
    expect(pieces(text).slice(1, 4)).toEqual(['会馆由旅居上海的福建商', '游客在会馆内参观。（通讯员 邵文博 摄）', '人集资兴建于清代光绪年间，是当地现存规模最大也最完整的古代会馆建筑']);
    expect(repaired(text)).toEqual(blocks);
  });

  it('counts a two-line piece at a column foot that reads like a headline as column text, and keeps its paragraph whole', () => {
    // The second paragraph's first 28 characters (no clause mark: a headline's shape) fill the
    // last two lines of a column 14 wide and 3 tall; a headline counted as one line would put
    // the column end elsewhere.
    const first = '区文保中心公布第三批文保单位。';
    const hall = '会馆由旅居上海的福建商人集资兴建并历经百年风雨至今保存完好的主体建筑群，是当地现存规模最大的会馆建筑，近年经过修缮后对外开放。';
    const paragraphs = [first, hall, ...MORE];
    const text = print('p-cut', 14, 3, paragraphs.map(body));
    expect(pieces(text)[1]).toBe('会馆由旅居上海的福建商人集资兴建并历经百年风雨至今保存完');
    expect(gridOf(text)?.columnEnds.has(1)).toBe(true);
    const out = repaired(text);
    expect(out.map((b) => b.kind)).toEqual(paragraphs.map(() => 'body'));
    expect(out.map((b) => b.text)).toEqual(paragraphs);
  });

  it('still reads a headline at the foot of a column, with its byline atop the next, as a headline and byline', () => {
    const first = '萧山区文化遗产保护中心近日公布第三批文保单位名单。';
    const blocks: Block[] = [body(first), { kind: 'heading', text: '钱塘江两岸绿道全线贯通' }, { kind: 'byline', text: '本报记者 沈佳怡' }, ...MORE.map(body)];
    const text = print('p-cut', 14, 3, blocks);
    const headline = pieces(text).indexOf('钱塘江两岸绿道全线贯通');
    expect(gridOf(text)?.columnEnds.has(headline)).toBe(true);
    expect(repaired(text)).toEqual(blocks);
  });
});
