// Rules from what the blind24 pages showed (tests/fixtures/pages/blind24-*, npm run score:blind): an editor's line among
// print lines is left out as its element would be; a credit line with its role set before the names (`□ 文 X`,
// `文/摄 本报记者 X 通讯员 Y`) is a byline; a person's entry in a 任前公示 (`张建国，男，…`) is a paragraph of its own; a
// caption closing with its photographer after a slash (`…冬日云海。图/卢 晨`) is a caption.
// With the text each rule must leave alone. Text written for these tests in the shape of the blind24 pages, not copied
// from them.
import { describe, expect, it } from 'vitest';
import { isEditorLine } from '../../lib/extract/boilerplate';
import { repairBody } from '../../lib/extract/repair';
import { reflowText } from '../../lib/reflow';
import { isCaptionLine, isRoleByline } from '../../lib/reflow/classify';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const I = '　　';

describe('an editor\'s line among print lines', () => {
  const lines = [`${I}本报讯　昨日，城东街道首个社区`, '食堂开业，每天可供应午餐300', `份。${I}`.trim(), `${I}食堂由社区和餐饮企业合办，`, '老人就餐可享受补贴。'];
  it('is left out: 责任编辑：, 校对：, 美编： lines closing a run of <br> lines', () => {
    const out = fromHtml(`${lines.join('<br>')}<br>责任编辑：郑 洁<br>校对：陈 亮<br>美编：许 诺<br>`);
    expect(out).toEqual(['body: 本报讯　昨日，城东街道首个社区食堂开业，每天可供应午餐300份。', 'body: 食堂由社区和餐饮企业合办，老人就餐可享受补贴。']);
  });

  it('leaves a sentence alone: a line that opens with a role and goes on with sentence marks is text', () => {
    expect(isEditorLine('编辑：您好，我是一名退休教师，')).toBe(false);
    expect(isEditorLine('美编：许 诺')).toBe(true);
    expect(isEditorLine('审核　张强　校对　李华')).toBe(true);
    expect(fromHtml(`${lines.join('<br>')}<br>记者 王 林<br>`).slice(-1)).toEqual(['byline: 记者 王 林']);
  });
});

describe('a credit line with its role before the names', () => {
  it.each(['□ 文 项晓东', '■ 文/图 王 林', '文/摄 本报记者 胡佳琪 通讯员 邬 斌', '文/摄 记者 王 林'])('reads %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(true);
  });

  it.each(['□ 文旅融合新探索', '文/摄影展在市美术馆开幕', '■ 图 说'])('does not read %s as a byline', (line) => {
    expect(isRoleByline(line)).toBe(false);
  });

  it('is the byline, not a headline, alone in the first <p>', () => {
    const P = '冬至将近，老街上飘起了阵阵米香。一家开了三十多年的麦饼店门口，排队的街坊一直排到了巷口。';
    expect(fromHtml(`<p>□ 文 项晓东</p><p>${I}${P}</p>`)).toEqual(['byline: □ 文 项晓东', `body: ${P}`]);
  });
});

describe('a person\'s entry in a 任前公示', () => {
  const pre = '经县委研究，拟对以下同志进行任前公示：';
  const e1 = '张建国，男，1978年5月生，中共党员，大学学历，现任某某镇副镇长，拟任某某镇党委委员。';
  const e2 = '李晓敏，女，1985年11月生，中共党员，研究生学历，现任县发展和改革局综合科科长，拟任县发展和改革局副局长。';
  const after = '公示时间为2025年12月18日至12月24日。';
  it('is a paragraph of its own, each unindented <p> on an indenting page', () => {
    expect(fromHtml(`<p>${I}${pre}</p><p>${e1}</p><p>${e2}</p><p>${I}${after}</p>`)).toEqual([`body: ${pre}`, `body: ${e1}`, `body: ${e2}`, `body: ${after}`]);
  });

  // A page of indented paragraphs, one of them cut by a column after a sentence's end (its second half an unindented <p>).
  const first = '全县今年共选派年轻干部86名到乡镇一线锻炼，其中35岁以下的占六成。';
  const last = '县委组织部相关负责人表示，将持续跟踪年轻干部的成长情况。';
  it('leaves a column cut alone: an unindented <p> after a sentence that opens no entry goes on with its paragraph', () => {
    const b = '老张，男人味十足，是村里出了名的热心人，谁家有事都找他。';
    expect(fromHtml(`<p>${I}${first}</p><p>${b}</p><p>${I}${last}</p>`)).toEqual([`body: ${first}${b}`, `body: ${last}`]);
  });

  it('leaves a cut inside a sentence alone: after a line that ends no sentence the entry\'s words go on', () => {
    const a = '经过层层推荐和考察，今年被确定为后备干部人选的有';
    expect(fromHtml(`<p>${I}${first}</p><p>${I}${a}</p><p>${e1}</p><p>${I}${last}</p>`)).toEqual([`body: ${first}`, `body: ${a}${e1}`, `body: ${last}`]);
  });
});

describe('a caption closing with its photographer after a slash', () => {
  it.each(['游客在灵峰景区观赏冬日云海。图/卢 晨', '村民在晒场上翻晒稻谷。摄/陈晓峰'])('reads %s as a caption', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each(['这组照片记录了老街的变迁。图/文 李明', '具体线路见图/表。', '游客在灵峰景区观赏冬日云海，图/卢晨说这是今年最好的一次'])('does not read %s as a caption', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });

  it('stands apart from the paragraph after it in print lines', () => {
    const text = ['大龙湫瀑布冬季水量减少，呈现“雾化”景观。图/卢 晨', '', '本报讯　近日，雁荡山景区迎来冬季', '旅游小高峰。'].join('\n');
    expect(reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'caption: 大龙湫瀑布冬季水量减少，呈现“雾化”景观。图/卢 晨', 'body: 本报讯　近日，雁荡山景区迎来冬季旅游小高峰。',
    ]);
  });
});
