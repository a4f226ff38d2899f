// A line opening with an item mark (`●…`, `■…`) among print lines with no break between them (`<br>` lines, pre-wrap):
// lib/reflow/join-rule.ts opens an item there after a finished sentence, or after a line short of its column that no
// clause mark ends (a box's head alone: `出行提示` / `●降温期间…`). The shape, a 天气 or 服务 box's rows under the report,
// is modelled on blind133's 台州日报 天气 page (<br> lines thirteen wide, indented, no empty line); 121 marked items
// stand after a finished sentence or a head in 52 golds outside the held-back sets.
// lib/reflow/marked-lines.ts headOverMarkedRows (asked in segment.ts after a finished paragraph): a line of two to ten
// characters of plain words right over a marked row is the box's head (every one of the 19 in those golds is a heading);
// so over a numbered row (`出行提示` / `1.前往南站方向…`, 9 of 11 in those golds: the others a signer, left out, and a caption),
// modelled on blind133's 温州日报 出行提示 (pre-wrap, indented, sixteen wide), where join-rule.ts parts the head from the
// sentence before it and from the first item under it.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { parsePage } from '../../scripts/lib/parse-page';

/** The page's body: print lines ending in <br>, as a Founder page's `<founder-content>` holds them. */
const page = (lines: readonly string[]): Element => {
  const doc = parsePage(`<html><head><meta charset="utf-8"></head><body><div id="ozoom"><founder-content>${lines.map((l) => `${l}<br>`).join('\n')}</founder-content></div></body></html>`);
  return doc.querySelector('founder-content') as Element;
};
const texts = (lines: readonly string[]): string[] => repairBody(page(lines)).blocks.map((b) => b.text);
const kinds = (lines: readonly string[]): string[] => repairBody(page(lines)).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
/** The same, the body pre-formatted text (`<pre style="white-space: pre-wrap">`), as 温州日报's pc pages hold it. */
const preKinds = (lines: readonly string[]): string[] => {
  const doc = parsePage(`<html><head><meta charset="utf-8"></head><body><div id="ozoom"><founder-content><pre style="white-space: pre-wrap">\n${lines.join('\n')}\n</pre></founder-content></div></body></html>`);
  return repairBody(doc.querySelector('founder-content') as Element).blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`);
};

// An indented report thirteen wide and its forecast rows.
const REPORT = [
  '　　本报讯（记者　王　燕）', '冷空气即将到来。市气象台', '预计，受冷空气影响，本周后', '期我市将出现明显降温，最低', '气温将降至12℃左右。',
  '　　具体预报如下：', '今天　多云　17～25℃', '明天　阴有小雨　15～21℃', '后天　多云转晴　12～19℃',
];
const ROWS = ['●降温期间早晚温差较大，市', '民出门请适当添衣，老人和儿', '童注意防寒保暖。', '●降雨时段路面湿滑，驾车出', '行请减速慢行，保持安全车距。'];
const ITEMS = ['●降温期间早晚温差较大，市民出门请适当添衣，老人和儿童注意防寒保暖。', '●降雨时段路面湿滑，驾车出行请减速慢行，保持安全车距。'];

describe('an item mark opening a print line (join-rule.ts)', () => {
  it('changes: after a head alone short of its column the marked rows open items, and the next row after a finished sentence', () => {
    expect(texts([...REPORT, '出行提示', ...ROWS]).slice(-3)).toEqual(['出行提示', ...ITEMS]);
  });
  it('changes: under an indented head ending in a colon, the next marked row after a finished sentence opens an item', () => {
    expect(texts([...REPORT, '　　出行提示：', ...ROWS]).slice(-3)).toEqual(['出行提示：', ...ITEMS]);
  });
  it('leaves alone: a marked line after a full line that stops inside a clause, and a wrapped item\'s next line', () => {
    // A rating printed with stars, the line end cutting the sentence before them: one sentence.
    // (No gold of the blind sets outside the held-back half holds a mark inside a paragraph; this guards the full line.)
    const rated = ['　　本报讯　经过评定，该景', '区服务质量再获好评，游客满', '意度连续三年位居全市前列，', '近日该景区被正式评定为全市', '★★★★★级服务景区。'];
    expect(texts(rated)).toEqual(['本报讯　经过评定，该景区服务质量再获好评，游客满意度连续三年位居全市前列，近日该景区被正式评定为全市★★★★★级服务景区。']);
    expect(texts([...REPORT, ...ROWS.slice(0, 3)]).at(-1)).toBe(ITEMS[0]);
  });
});

describe('the head of a box of marked rows (headOverMarkedRows)', () => {
  it('changes: a short line of plain words over marked rows, after a finished paragraph, is a heading', () => {
    expect(kinds([...REPORT, '出行提示', ...ROWS]).slice(-3)).toEqual(['heading: 出行提示', ...ITEMS.map((t) => `body: ${t}`)]);
    expect(kinds(['　　本报讯　上周全区文旅消费', '持续升温，各项指标稳中有进。', '数据', '■ 3.6万人次　良渚古城遗址', '公园周末接待游客', '■ 1280户　本月完成光伏安装', '的农户'])).toContain('heading: 数据');
  });
  it('leaves alone: a short line that ends an item, a line with a mark of its own, a line holding a clause mark', () => {
    // A marked item's last print line (`近两成`) goes on with its item: the paragraph before it is not finished.
    expect(kinds(['　　本报讯　上周全区文旅消费', '持续升温，各项指标稳中有进。', '■ 3.6万人次　上周末良渚古城', '遗址公园接待游客，其中研学', '团队占近两成', '■ 1280户　本月完成光伏安装', '的农户'])).toContain('body: ■ 3.6万人次　上周末良渚古城遗址公园接待游客，其中研学团队占近两成');
    expect(kinds([...REPORT, '出行提示：', ...ROWS])).toContain('body: 出行提示：');
    // The rest of a marked row the line end cut (`▲ 2316.5亿元　前三季度全区地区` / `生产总值`), over the next row: no head.
    expect(kinds(['　　本报讯　前三季度，我区经济运行总', '体平稳、稳中有进。', '数据', '▲ 2316.5亿元　前三季度全区地区', '生产总值', '▲ 7.4%　地区生产总值同比增速'])).not.toContain('heading: 生产总值');
  });
});

describe('the head of a box of numbered rows (headOverMarkedRows, join-rule.ts)', () => {
  const body = [
    '本报记者　林晓丹',
    '　　记者昨日从市交警部门获悉，因', '温瑞大道快速路改造工程施工需要，', '10月21日起，温瑞大道（牛山北路至', '惠民路段）将实施半幅封闭施工，工', '期约45天。',
    '　　施工期间，过往车辆可提前选择', '瓯海大道、府东路等道路绕行，沿线', '部分公交站点临时迁移。',
  ];
  const rows = ['1.前往南站方向的车辆，建议经瓯海', '大道绕行。', '2.施工路段限速30公里/小时，大型', '货车禁止通行。'];
  it('changes: a flush head after a finished sentence, over rows numbered 1. 2., stands apart as a heading, each row a paragraph', () => {
    expect(preKinds([...body, '出行提示', ...rows]).slice(2)).toEqual([
      'body: 施工期间，过往车辆可提前选择瓯海大道、府东路等道路绕行，沿线部分公交站点临时迁移。',
      'heading: 出行提示',
      'body: 1.前往南站方向的车辆，建议经瓯海大道绕行。',
      'body: 2.施工路段限速30公里/小时，大型货车禁止通行。',
    ]);
  });
  // A guard: in blind14's and blind76's re-printed quiz pages (`<br>` lines and pre-wrap, 11–15 wide) the head rule without it made
  // the rest of a cut options line a heading.
  it('leaves alone: the rest of a quiz\'s options the line end cut, over the next question', () => {
    const quiz = ['1.我国宪法规定的国家机构中，最高', '审判机关是（　　）', 'A.全国人大　B.最高人民检察院', 'C.国务院　D.最高人', '民法院', '2.下列哪一天是国家宪法日（　　）', 'A.12月4日　B.10月1日　C.3月15日'];
    expect(preKinds(quiz)).not.toContain('heading: 民法院');
    expect(kinds(quiz)).not.toContain('heading: 民法院');
  });
});
