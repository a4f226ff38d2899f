// Rules from what the blind8 pages showed (tests/fixtures/pages/blind8-*, npm run score:blind): a
// chart's figures given as text, one element per figure opening with the same mark (`■…`), are
// items of a list (never headlines, never the chart's caption, never joined); a data source in
// brackets is a credit; a reader's letter is signed by `读者 X`, its address in brackets is a
// credit and its `此致` stands alone; a court signs a notice and dates it in Chinese numerals, and
// the next notice's heading follows the date; and, from the blind text re-printed as plain pre-wrapped
// lines, a print line ending in `：` or `；` short of its column ends its paragraph, and so does a closed note in brackets. With the negatives they must leave alone. Snippets
// written for these tests in the shape of the blind8 pages.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { isCreditLine, isHeadingCandidate, isRoleByline } from '../../lib/reflow/classify';
import { isDateLine, isSignatureLine } from '../../lib/reflow/notice-lines';
import { parseHtml } from '../../scripts/lib/html';
import { wrap } from '../helpers/print-shapes';

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);
const fromHtml = (html: string): string[] => {
  const doc = parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/');
  return repairBody(doc.getElementById('body') as Element, { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
};

const LEAD = '　　今年以来，我市经济运行总体平稳、稳中有进。1—10月，全市主要经济指标保持增长，工业和投资支撑作用明显。';
const AFTER = '　　其中，高新技术产业增加值占规上工业比重达到71.5%，比去年同期提高2.1个百分点。';
const ROWS = ['■规上工业增加值　412.6亿元　同比增长8.3%', '■固定资产投资　同比增长11.2%', '■全社会用电量　98.7亿千瓦时　同比增长9.6%'];

describe('a chart\'s figures as text, one marked element each', () => {
  it('are items of a list: each a paragraph, none a headline, the first no caption of the chart', () => {
    const out = fromHtml(`<p>${LEAD}</p><p style="text-align:center"><img src="chart.jpg"></p>${ROWS.map((r) => `<p>${r}</p>`).join('')}<p>${AFTER}</p>`);
    expect(out).toEqual([`body: ${LEAD.trim()}`, ...ROWS.map((r) => `body: ${r}`), `body: ${AFTER.trim()}`]);
  });

  it('but a marked subheading between unmarked paragraphs stays a headline, and a caption under a picture stays a caption', () => {
    const out = fromHtml(`<p>${LEAD}</p><p>■相关链接</p><p>${AFTER}</p>`);
    expect(out).toContain('heading: ■相关链接');
    const pic = fromHtml(`<p>${LEAD}</p><p><img src="a.jpg"></p><p>下渚湖湿地的冬日</p><p>${AFTER}</p>`);
    expect(pic).toContain('caption: 下渚湖湿地的冬日');
  });

  it('printed one element per column piece, end before a sentence where no width can be measured, and a cut item goes on', () => {
    const out = blocks([...ROWS.slice(0, 2), '■城镇居民人均可支配收入　78562', '元　同比增长4.9%', '其中，高新技术产业增加值占规上工业比重达到71.5%。'].join('\n\n'));
    expect(out).toEqual([...ROWS.slice(0, 2).map((r) => `body: ${r}`), 'body: ■城镇居民人均可支配收入　78562元　同比增长4.9%', 'body: 其中，高新技术产业增加值占规上工业比重达到71.5%。']);
  });

  it('but items that are sentences, cut by a column after a figure, go on into their next piece', () => {
    const items = ['●规模以上工业增加值同比增长4.5%，其中装备制造业增长8.2%。', '●全市地区生产总值12678', '亿元，同比增长4.7%，增速比上半年加快0.3个百分点。', '●港口货物吞吐量4.2亿吨，增长2.9%。'];
    expect(blocks([LEAD, ...items].join('\n\n'))).toEqual([`body: ${LEAD.trim()}`, `body: ${items[0]}`, `body: ${items[1]}${items[2]}`, `body: ${items[3]}`]);
  });

  it('a note wholly in brackets after a notice\'s date is no headline', () => {
    expect(isHeadingCandidate('（此件公开发布）')).toBe(false);
    expect(isHeadingCandidate('“微更新”要更懂居民心')).toBe(true);
    expect(isHeadingCandidate('（上）')).toBe(true);
  });

  it('a data source in brackets is the credit; a source inside a sentence is not', () => {
    expect(isCreditLine('（数据来源：海宁市统计局）')).toBe(true);
    expect(isCreditLine('（资料来源：市统计局）')).toBe(true);
    expect(isCreditLine('数据来源于市统计局，经整理后发布。')).toBe(false);
  });
});

describe('a reader\'s letter', () => {
  it('is signed by 读者 and a name, with the address in brackets as a credit; the column label is no byline', () => {
    expect(isRoleByline('读者　沈建华')).toBe(true);
    expect(isRoleByline('读者来信')).toBe(false);
    expect(isRoleByline('读者朋友们')).toBe(false);
    expect(isCreditLine('（地址：平湖市当湖街道西门社区）')).toBe(true);
    expect(isCreditLine('地址：平湖市当湖街道西门社区')).toBe(false);
  });

  it('keeps 此致 and 敬礼！ apart, each a paragraph, and 此致 is no headline', () => {
    const out = blocks(['　　也希望家长们自觉文明停车，不要把车停在人行道上。', '　　此致', '敬礼！'].join('\n'));
    expect(out).toEqual(['body: 也希望家长们自觉文明停车，不要把车停在人行道上。', 'body: 此致', 'body: 敬礼！']);
    expect(isHeadingCandidate('此致')).toBe(false);
  });

  it('but a sentence cut by a line end after 在此 reads on into 致以…', () => {
    expect(blocks(['　　值此新春佳节之际，谨向全市广大干部职工在此', '致以诚挚的问候。'].join('\n'))).toHaveLength(1);
  });
});

describe('a court\'s notices', () => {
  it('are signed by the court and dated in Chinese numerals; the next notice\'s heading follows the date', () => {
    expect(isSignatureLine('淳安县人民法院')).toBe(true);
    expect(isDateLine('二〇二四年十二月五日')).toBe(true);
    expect(isDateLine('二〇二四年十二月三十一日')).toBe(true);
    // White space after the date, of every kind trimEnd drops (the line's last code unit is read first).
    for (const sp of [' ', '\u3000', '\u00a0', '\u2003', '\u202f', '\ufeff', '\t']) expect(isDateLine(`2024年12月5日${sp}`)).toBe(true);
    expect(isDateLine('2024年12月5日。')).toBe(false);
    const notice = '　　方建明：本院受理原告诉你金融借款合同纠纷一案，已审理终结。自公告之日起经过30日即视为送达。';
    const out = fromHtml(`<p style="text-align:center"><strong>淳安县人民法院公告</strong></p><p>${notice}</p><p style="text-align:right">淳安县人民法院</p><p style="text-align:right">二〇二四年十二月五日</p><p style="text-align:center"><strong>淳安县人民法院公告</strong></p><p>${notice}</p>`);
    expect(out).toEqual(['heading: 淳安县人民法院公告', `body: ${notice.trim()}`, 'body: 淳安县人民法院', 'body: 二〇二四年十二月五日', 'heading: 淳安县人民法院公告', `body: ${notice.trim()}`]);
  });

  it('but a year in Chinese numerals that goes on, or 二十年后, is no date line; 走进养老院 is no signature', () => {
    expect(isDateLine('二〇二四年')).toBe(false);
    expect(isDateLine('二十年后')).toBe(false);
    expect(isDateLine('二〇二四年十二月五日起施行')).toBe(false);
    expect(isSignatureLine('走进养老院')).toBe(false);
  });
});

describe('plain pre-wrapped print lines (no indentation, no blank lines)', () => {
  const LONG = '经过一个多月的征求意见和反复论证，省人大常委会会议表决通过了一批人事任免事项，有关情况公布如下。';
  const printed = (paras: string[]): string => paras.flatMap((p) => wrap(p, 13)).join('\n');

  it('end a paragraph at a line ending in ： or ； short of the column (a label, a list item)', () => {
    const paras = [LONG, '决定任命：', '周建平为江西省科学技术厅厅长；', '陈晓东为江西省审计厅厅长。'];
    expect(blocks(printed(paras))).toEqual(paras.map((p) => `body: ${p}`));
  });

  it('end a paragraph that is one closed note in brackets on a line short of the column', () => {
    const paras = ['（2024年11月28日江西省第十四届人民代表大会常务委员会第十三次会议通过）', '决定任命：', '周建平为江西省科学技术厅厅长。', LONG];
    expect(blocks(printed(paras))).toEqual(paras.map((p) => `body: ${p}`));
  });

  it('but a short first line that only holds a bracket (本报讯（记者 X）) goes on into its sentence', () => {
    const text = ['本报讯（记者　王琦）', ...wrap('昨日，市统计局发布前三季度全市经济运行情况，主要指标好于预期。', 13)].join('\n');
    expect(blocks(`${printed([LONG])}\n${text}`)).toEqual([`body: ${LONG}`, 'body: 本报讯（记者　王琦）昨日，市统计局发布前三季度全市经济运行情况，主要指标好于预期。']);
  });

  it('but a line ending in ； that fills the column goes on', () => {
    const paras = [LONG, '今年全市新建充电桩一千个；改造老旧小区八十六个，惠及居民三万余户。'];
    expect(wrap(paras[1] as string, 13)[0]).toBe('今年全市新建充电桩一千个；');
    expect(blocks(printed(paras))).toEqual(paras.map((p) => `body: ${p}`));
  });
});
