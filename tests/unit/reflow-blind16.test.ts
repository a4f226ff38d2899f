// Rules from what the blind16 pages showed (tests/fixtures/pages/blind16-*, npm run score:blind): a table
// printed as text lines (`青菜　3.50　涨0.40`, `定海　高潮 05:12 / 17:36　低潮 11:20`) is rows, each a line of its own
// and never a headline, with its unit note (`单位：元/500克`) a line of its own, and a bold head between rows is a
// heading; a bracketed label alone (`【案情】`) is a heading in plain type too; `通信地址：…` is a notice's field;
// and where neither indentation nor blank lines mark paragraphs, a line of full-width characters ending a
// sentence a whole character short of its column ends its paragraph. With the negatives they must leave
// alone. Snippets written for these tests in the shape of the blind16 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { repairBody } from '../../lib/extract/repair';
import { isHeadingCandidate } from '../../lib/reflow/classify';
import { isFieldLine } from '../../lib/reflow/notice-lines';
import { isBracketHead, isRowLine, isUnitNote } from '../../lib/reflow/set-apart';
import { parseHtml } from '../../scripts/lib/html';

const body = (html: string): Element => parseHtml(`<html><body><div id="body">${html}</div></body></html>`, 'https://example.com/').getElementById('body') as Element;
const fromHtml = (html: string): string[] => repairBody(body(html), { isPre: () => false }).blocks.map((b) => `${b.kind}: ${b.text}`);

const I = '　　';
const P1 = '入冬以来，受冷空气影响，本地蔬菜上市量有所减少，部分品种价格略有上涨。';
const P2 = '市场监管部门表示，将加强巡查，确保市场供应充足、价格基本稳定。';

describe('a table printed as text lines', () => {
  it('gives each row a line of its own under its bold heads and unit note, none a headline', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p align="center"><strong>今日主要品种零售价</strong></p><p align="right">单位：元/公斤</p>`
      + '<p><strong>鲜肉</strong></p><p>猪肋排　38.00　涨1.00<br>牛腩　72.00　持平<br>鸡翅中　36.00　降2.00</p>'
      + `<p><strong>水果</strong></p><p>砂糖橘　8.60　降0.40<br>红富士苹果　9.20　持平</p><p>${I}${P2}</p>`))
      .toEqual([`body: ${P1}`, 'heading: 今日主要品种零售价', 'body: 单位：元/公斤', 'heading: 鲜肉', 'body: 猪肋排　38.00　涨1.00', 'body: 牛腩　72.00　持平',
        'body: 鸡翅中　36.00　降2.00', 'heading: 水果', 'body: 砂糖橘　8.60　降0.40', 'body: 红富士苹果　9.20　持平', `body: ${P2}`]);
  });

  it('gives a tide or weather row in an element of its own no headline', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p align="center"><strong>明日潮汐</strong></p><p>朱家尖　高潮 06:10 / 18:32　低潮 12:05</p><p>桃花岛　高潮 06:22 / 18:41　低潮 12:16</p>`
      + `<p align="center"><strong>未来两天天气</strong></p><p>12月8日　晴转多云　北风4～5级　5℃～13℃</p><p>12月9日　多云　东北风5～6级　6℃～12℃</p><p>${I}${P2}</p>`))
      .toEqual([`body: ${P1}`, 'heading: 明日潮汐', 'body: 朱家尖　高潮 06:10 / 18:32　低潮 12:05', 'body: 桃花岛　高潮 06:22 / 18:41　低潮 12:16',
        'heading: 未来两天天气', 'body: 12月8日　晴转多云　北风4～5级　5℃～13℃', 'body: 12月9日　多云　东北风5～6级　6℃～12℃', `body: ${P2}`]);
  });

  it('a row is three or more short cells parted by wide spaces, one holding a figure, and no clause mark', () => {
    for (const t of ['猪肋排　38.00　涨1.00', '朱家尖　高潮 06:10 / 18:32　低潮 12:05', '12月8日　晴转多云　北风4～5级　5℃～13℃', '白菜  1.60  持平']) {
      expect(isRowLine(t), t).toBe(true);
      expect(isHeadingCandidate(t), t).toBe(false);
    }
    for (const t of ['本报记者　郑佳敏　通讯员　吴晓丽', '海宁市实验小学五（3）班　陈语桐', '冬汛开捕 椒江渔港卸货快了', '前10月　全市GDP增长9.6%', '菜价　涨了，但涨幅不大　12月', '编辑：钱 佳　审核：宋 文　终审：俞 斌']) {
      expect(isRowLine(t), t).toBe(false);
    }
    expect(isHeadingCandidate('前10月　全市GDP增长9.6%')).toBe(true);
  });

  it('a unit note is a line of its own, not a headline', () => {
    for (const t of ['单位：元/500克', '单位：亿元、%', '计量单位：吨']) expect(isUnitNote(t), t).toBe(true);
    for (const t of ['单位：各乡镇（街道）', '单位和个人应当遵守本规定。']) expect(isUnitNote(t) && isHeadingCandidate(t), t).toBe(false);
    expect(isHeadingCandidate('单位：元/500克')).toBe(false);
  });
});

describe('a bracketed label alone', () => {
  it('is a heading in plain type too', () => {
    expect(fromHtml(`<p>记者　张 三　通讯员　李 四</p><p>${I}【案情】</p><p>${I}${P1}</p><p>${I}【说法】</p><p>${I}${P2}</p>`))
      .toEqual(['byline: 记者　张 三　通讯员　李 四', 'heading: 【案情】', `body: ${P1}`, 'heading: 【说法】', `body: ${P2}`]);
  });

  it('but a label leading its paragraph, two labels, and a long bracketed line are not', () => {
    expect(fromHtml(`<p>${I}${P1}</p><p>${I}【法官说法】${P2}</p>`)).toEqual([`body: ${P1}`, `body: 【法官说法】${P2}`]);
    for (const t of ['【打印本页】【关闭窗口】', '【法官说法】法官提醒', '【这是一段很长的括号里的话】', '【2025】']) expect(isBracketHead(t), t).toBe(false);
    expect(isBracketHead('【案情】')).toBe(true);
  });
});

describe('a notice’s address line', () => {
  it('is a field, a line of its own before the signature', () => {
    expect(fromHtml(`<p>${I}${P2}</p><p>${I}电子邮箱：abc2026@163.com</p><p>${I}通信地址：某市某区人民路1号（邮编310000）</p><p style="text-align:right">某市人民政府办公室</p><p style="text-align:right">2025年12月3日</p>`))
      .toEqual([`body: ${P2}`, 'body: 电子邮箱：abc2026@163.com', 'body: 通信地址：某市某区人民路1号（邮编310000）', 'body: 某市人民政府办公室', 'body: 2025年12月3日']);
    for (const t of ['通信地址：某市某区人民路1号', '联系地址：某路2号', '地址：某路3号']) expect(isFieldLine(t), t).toBe(true);
    expect(isFieldLine('通信地址变更后，请及时告知。')).toBe(false);
  });
});

describe('one unindented element per print line', () => {
  const lines = (ls: string[]): string => ls.map((l) => `<p>${l}</p>`).join('');
  const A = ['今年秋季开学以来，全区十二所', '山区小学和城区学校结对，由城', '区老师通过网络给山区孩子上音', '乐课和美术课，师生都欢迎。'];
  const B = ['山区学校没有专职的音乐老师，', '过去音乐课常由语文老师代上，', '孩子们很少有机会学唱新歌。'];
  const C = ['据了解，下一步还将把共享课堂', '延伸到初中，明年覆盖全区所有', '乡镇学校，让更多孩子受益。'];

  it('ends a paragraph on a line of full-width characters a whole character short of its column', () => {
    expect(fromHtml(lines([...A, ...B, ...C]))).toEqual([`body: ${A.join('')}`, `body: ${B.join('')}`, `body: ${C.join('')}`]);
  });

  it('but goes on after a full line ending a sentence', () => {
    const full = ['这是全区推行共享课堂的场景。', '今年秋季开学起，全区十二所山', '区小学和城区学校结对上课。'];
    expect(fromHtml(lines([...A, ...full, ...C]))).toEqual([`body: ${A.join('')}`, `body: ${full.join('')}`, `body: ${C.join('')}`]);
  });
});
