// Rules from what the blind14 pages showed (tests/fixtures/pages/blind14-*, npm run score:blind): an
// audio player, reaction controls and a lone 阅读原文 link are no article text; a data box's items, a
// document number, a quiz's answer options and a book's details are lines of their own and never
// headlines; sections numbered 一、二、 whose every numbered element is a short head are headings,
// indented or not; `文／X` and an unbracketed `X 供稿` are bylines; captions numbered ①②③ under a
// group of pictures are captions. With the negatives they must leave alone. Snippets written for
// these tests in the shape of the blind14 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../lib/extract';
import { repairBody } from '../../lib/extract/repair';
import { isHeadingCandidate, isRoleByline } from '../../lib/reflow/classify';
import { isOptionsLine, isSectionHead } from '../../lib/reflow/set-apart';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);
const el = (html: string): Element => body(html).firstElementChild as Element;

const I = '　　';
const P1 = '入冬以来，沿海的养殖塘陆续开始冬捕，今年全县养殖面积达到5.2万亩，预计产量比去年增加一成。';
const P2 = '相关负责人表示，下一步将继续完善冷链物流体系，让更多本地水产品走出去。';
const IMG = '<p style="text-align:center"><img src="a.jpg"></p>';

describe('a mobile page’s controls around the body', () => {
  it('leave out an audio player, reaction controls and a lone 阅读原文 link', () => {
    expect(isBoilerplate(el('<div class="audio"><span>听新闻</span><audio src="a.mp3"></audio><span>00:00 / 02:46</span></div>'))).toBe(true);
    expect(isBoilerplate(el('<div class="like"><a>点赞</a><em>128</em><a>收藏</a></div>'))).toBe(true);
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}${P2}</p><a href="https://example.com/a">阅读原文</a>`)).toEqual([`body: ${P1}`, `body: ${P2}`]);
  });

  it('but keep a video’s title, sentences about likes, and a link inside text', () => {
    expect(isBoilerplate(el('<div><video src="v.mp4"></video><div>视频：黄酒小镇冬酿开耙</div></div>'))).toBe(false);
    expect(isBoilerplate(el('<p>点赞的人越来越多，收藏也成了不少人的习惯。</p>'))).toBe(false);
    expect(fromHtml(`<p>${I}${P1}</p>详情请看<a href="x">公告原文</a>。`).join('')).toContain('公告原文');
  });
});

describe('lines print sets apart by their form', () => {
  it('are never headlines: a data box’s items, a document number, answer options, a book’s details', () => {
    for (const t of ['612.3亿元　1—10月进出口额', '18.6%　同比增幅', '186家　区内企业', '丽土告字〔2025〕28号', '浙政发〔2024〕5号',
      'A.1954年　B.1978年　C.1982年　D.2004年', '《太湖溇港》　徐建明 著　浙江人民出版社　2025年9月']) expect(isHeadingCandidate(t), t).toBe(false);
  });

  it('while headlines with a figure, a date or a book stay candidates', () => {
    for (const t of ['30秒　办完过户', '3天跑遍全城', '2025年　我们一起走过', '关于2025年度考核结果的通报', '《太湖溇港》新书首发', 'A股市场回暖']) expect(isHeadingCandidate(t), t).toBe(true);
  });

  it('a data box keeps each item a paragraph of its own, and its credit a byline', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p style="text-align:center"><strong>数说冬捕</strong></p><p><strong>5.2万亩</strong>　养殖面积</p><p><strong>1.1万吨</strong>　预计产量</p><p style="text-align:right">数据来源：县农业农村局　制图：张 潇</p><p>${I}${P2}</p>`))
      .toEqual([`body: ${P1}`, 'heading: 数说冬捕', 'body: 5.2万亩　养殖面积', 'body: 1.1万吨　预计产量', 'byline: 数据来源：县农业农村局　制图：张 潇', `body: ${P2}`]);
  });
});

describe('a quiz’s answer options', () => {
  it('are two or more lettered options in order', () => {
    expect(isOptionsLine('A.1954年　B.1978年')).toBe(true);
    expect(isOptionsLine('C.国务院　D.最高人民法院')).toBe(true);
    expect(isOptionsLine('Ａ．是　Ｂ．否')).toBe(true);
    expect(isOptionsLine('A.全国人民代表大会')).toBe(false);
    expect(isOptionsLine('B.1978年　A.1954年')).toBe(false);
    expect(isOptionsLine('A.我国宪法是根本法。B.对')).toBe(false);
  });

  it('stand as lines of their own after their question, and a bold head after them is a heading', () => {
    expect(fromHtml(`<p>${I}1.解释宪法的机关是（　）</p><p>A.全国人民代表大会　B.全国人大常委会</p><p>C.国务院　D.最高人民法院</p><p><strong>参考答案</strong></p><p>1.B</p><p>县司法局 供稿</p>`))
      .toEqual(['body: 1.解释宪法的机关是（　）', 'body: A.全国人民代表大会　B.全国人大常委会', 'body: C.国务院　D.最高人民法院', 'heading: 参考答案', 'body: 1.B', 'byline: 县司法局 供稿']);
  });

  it('but a question cut by a print line after its letter-led clause goes on', () => {
    expect(fromHtml(`<p>${I}据介绍，A.类企业可以享受绿色通道，</p><p>办理时间缩短一半。</p>`)).toEqual(['body: 据介绍，A.类企业可以享受绿色通道，办理时间缩短一半。']);
  });
});

describe('sections numbered 一、二、', () => {
  it('are headings where every numbered element is a short head, indented like the paragraphs or not', () => {
    expect(isSectionHead('一、竞买人资格要求')).toBe(true);
    expect(isSectionHead('三、公示时间：2025年12月1日')).toBe(false);
    expect(fromHtml(`<p>${I}现将有关事项公告如下：</p><p>${I}一、出让地块基本情况</p><p>${I}${P1}</p><p>${I}二、竞买人资格要求</p><p>${I}${P2}</p>`))
      .toEqual(['body: 现将有关事项公告如下：', 'heading: 一、出让地块基本情况', `body: ${P1}`, 'heading: 二、竞买人资格要求', `body: ${P2}`]);
  });

  it('but a numbered list whose other items carry a label and its value makes no heading of its first item', () => {
    expect(fromHtml(`<p>${I}现将有关事项公告如下：</p><p>${I}一、出让地块基本情况</p><p>${I}${P1}</p><p>${I}二、挂牌时间：2025年1月10日至1月20日。</p>`)
      .filter((b) => b.startsWith('heading'))).toEqual([]);
  });
});

describe('bylines and credits', () => {
  it('`文／叶 子`, `文/王晓明` and an unbracketed `X 供稿` are bylines', () => {
    expect(isRoleByline('文／叶 子')).toBe(true);
    expect(isRoleByline('文/王晓明')).toBe(true);
    expect(isRoleByline('慈溪市司法局 供稿')).toBe(true);
  });

  it('but a slash before no name, and a headline about supplies, are not', () => {
    expect(isRoleByline('文/图片')).toBe(false);
    expect(isRoleByline('免费午餐由学校提供')).toBe(false);
    expect(isHeadingCandidate('免费午餐由学校提供')).toBe(true);
  });
});

describe('captions numbered to a group of pictures', () => {
  it('are captions, in order, under the pictures', () => {
    expect(fromHtml(`<p>${I}${P1}</p>${IMG}${IMG}<p>${I}①11月28日，养殖户在塘边收笼。</p><p>${I}②刚出塘的青蟹个大膏满。</p><p>${I}${P2}</p>`))
      .toEqual([`body: ${P1}`, 'caption: ①11月28日，养殖户在塘边收笼。', 'caption: ②刚出塘的青蟹个大膏满。', `body: ${P2}`]);
  });

  it('but items numbered ①② with no picture before them stay body', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}①11月28日，养殖户在塘边收笼。</p><p>${I}②刚出塘的青蟹个大膏满。</p>`))
      .toEqual([`body: ${P1}`, 'body: ①11月28日，养殖户在塘边收笼。', 'body: ②刚出塘的青蟹个大膏满。']);
  });
});
