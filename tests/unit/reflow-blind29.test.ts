// Rules from what the blind29 pages showed (tests/fixtures/pages/blind29-*, npm run score:blind -- --set blind29): a
// 名单's row that opens with its group's label and gives each name as a household (`桃城区：李建国家庭　王秀兰家庭…`) is a
// row of names, one element each, not a sentence a line end cut; and whether a page indents its paragraphs is read
// from its paragraphs, not from the captions under its pictures, so a photo story's last caption with no credit stays a
// caption. With the text the rules must leave alone. Text written for these tests in the shape of the blind29 pages,
// not copied from them.
import { describe, expect, it } from 'vitest';
import { isNameListLine } from '../../lib/reflow/signed-names';
import { bareNames, opensGroupRow } from '../../lib/reflow/name-rows';
import { reflowText } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';
import { repairBody } from '../../lib/extract/repair';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);

describe('a 名单 row with its group\'s label and households', () => {
  it('is a row of names', () => {
    for (const t of ['运河区：王建国家庭　李淑芬家庭　赵振华家庭', '一等奖：张海涛　刘　敏　陈晓燕', '新华区：周立新家庭　孙玉梅家庭　吴志强家庭　郑红英家庭']) {
      expect(isNameListLine(t)).toBe(true);
    }
  });

  it('reads the names without the label and 家庭', () => {
    expect(bareNames('运河区：王建国家庭　李淑芬家庭')).toBe('王建国　李淑芬');
    expect(bareNames('王建国家庭　李淑芬家庭')).toBe('王建国　李淑芬');
  });

  it('stays one element each, indented <p>s on a page that indents every <p>', () => {
    const rows = ['运河区：王建国家庭　李淑芬家庭　赵振华家庭', '新华区：周立新家庭　孙玉梅家庭　吴志强家庭', '泊头市：钱海燕家庭　冯国栋家庭　蒋秀云家庭'];
    const html = ['本报讯　日前，市妇联公布了今年的“最美家庭”名单。名单如下：', ...rows, '市妇联号召全市家庭向他们学习。'].map((t) => `<p>　　${t}</p>`).join('');
    expect(fromHtml(html)).toEqual(['body: 本报讯　日前，市妇联公布了今年的“最美家庭”名单。名单如下：', ...rows.map((r) => `body: ${r}`), 'body: 市妇联号召全市家庭向他们学习。']);
  });

  it('leaves lines that hold more than names alone', () => {
    for (const t of ['运河区：王建国家庭获评最美家庭', '联系人：王建国', '家庭教育：父母是孩子的第一任老师', '运河区：我市表彰一批家庭　名单见下', '运河区：王建国家庭', '王建国家庭教育　李淑芬谈育儿　赵振华']) {
      expect(isNameListLine(t)).toBe(false);
    }
  });

  it('leaves a sentence a column cut after a label joined', () => {
    const html = ['　　会上，获奖代表运河区：王建国家', '庭分享了家风故事。'].map((t) => `<p>${t}</p>`).join('');
    expect(fromHtml(html)).toEqual(['body: 会上，获奖代表运河区：王建国家庭分享了家风故事。']);
  });
});

describe('a 名单 row wrapped over print lines', () => {
  const rows = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => b.text);
  it('ends before the empty line and the next row that opens with its group\'s label (<br>+blank print, 11 wide, columns of 6 lines)', () => {
    const gold = [
      '本报讯　日前，市妇联公布了今年全市“最美家庭”评选结果，共有9户家庭获此殊荣。名单如下：',
      '运河区：王建国家庭　李淑芬家庭　赵振华家庭', '新华区：周立新家庭　孙玉梅家庭　吴志强家庭', '泊头市：钱海燕家庭　冯国栋家庭　蒋秀云家庭',
      '市妇联号召全市广大家庭向“最美家庭”学习，以好家风带动好民风。',
    ];
    const printed = printBlocks(gold.map((text) => ({ kind: 'body' as const, text })), 'br-blank', 11, 6);
    expect(rows(printed).map((t) => t.replace(/\s+/gu, ''))).toEqual(gold.map((t) => t.replace(/\s+/gu, '')));
  });

  it('knows a row opening with a label and a whole name', () => {
    expect(opensGroupRow('新华区：周立新家庭　孙玉梅家')).toBe(true);
    expect(opensGroupRow('一等奖：张海涛　刘')).toBe(true);
    for (const t of ['庭　吴志强家庭', '新华区：周立新家', '他说：今年　我们', '会上，运河区：王建国　李淑芬']) expect(opensGroupRow(t)).toBe(false);
  });

  it('reads the group label as the one pattern `bareNames` strips', () => {
    // Accepted: a label of two to six characters, either colon, spaces after it or none, a compound family name, a row padded by the print.
    for (const t of ['桃城区：李建国家庭　王秀兰家庭', '枣强县:高永红　陈', '优秀志愿者：　欧阳明　张', '二等奖：王芳 李', '  冀州区：孙立新家庭　赵']) expect(opensGroupRow(t)).toBe(true);
    // Left alone: a one-character or seven-character label, a label that is not Han, a first name with no family name, a name of five characters, nothing after the name.
    for (const t of ['区：李建国　王', '河北省衡水市桃城区：李建国　王', 'A组：李建国　王', '一等奖：今年　我们', '一等奖：李建国华明　王', '一等奖：李建国']) expect(opensGroupRow(t)).toBe(false);
    // Whatever the row opens with, `bareNames` strips the same label.
    expect(bareNames('优秀志愿者：　欧阳明　张海涛')).toBe('欧阳明　张海涛');
  });

  it('leaves the cut rest of a row of names with the row', () => {
    const text = ['叶建平　毛　勇　刘国富', '', '吴志强　周丽娟'].join('\n');
    expect(rows(text)).toEqual(['叶建平　毛　勇　刘国富吴志强　周丽娟']);
  });
});

describe('a photo story whose captions outnumber its paragraphs', () => {
  const pic = (n: number): string => `<p style="text-align:center"><img src="p${n}.jpg"></p>`;
  it('keeps its last caption, with no credit, a caption', () => {
    const html = ['<p>本报记者 王 磊 文/图</p>', '<p>　　连日来，湿地公园的油菜花竞相开放，吸引市民前来踏青。</p>',
      pic(1), '<p>市民在花海中拍照。本报记者 王 磊 摄</p>', pic(2), '<p>孩子们在田埂上奔跑。通讯员 李 明 摄</p>', pic(3), '<p>油菜花田连片绵延。花期将持续到4月中旬。</p>',
      '<p>　　据了解，公园今年共种植油菜花500余亩。</p>'].join('');
    expect(fromHtml(html)).toEqual(['byline: 本报记者 王 磊 文/图', 'body: 连日来，湿地公园的油菜花竞相开放，吸引市民前来踏青。',
      'caption: 市民在花海中拍照。本报记者 王 磊 摄', 'caption: 孩子们在田埂上奔跑。通讯员 李 明 摄', 'caption: 油菜花田连片绵延。花期将持续到4月中旬。',
      'body: 据了解，公园今年共种植油菜花500余亩。']);
  });

  it('leaves a paragraph cut by a picture whole where the page does not indent most of its paragraphs', () => {
    const html = ['<p>　　连日来，湿地公园的油菜花竞相开放，吸引了</p>', pic(1), '<p>不少市民前来踏青拍照。</p>', '<p>　　公园今年共种植油菜花500余亩。</p>', '<p>花期将持续到4月中旬。</p>', '<p>游客可免费入园。</p>'].join('');
    expect(fromHtml(html)[0]).toBe('body: 连日来，湿地公园的油菜花竞相开放，吸引了不少市民前来踏青拍照。');
  });
});
