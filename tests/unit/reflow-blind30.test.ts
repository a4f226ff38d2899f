// Rules from what the blind30 pages showed (tests/fixtures/pages/blind30-*, npm run score:blind -- --set blind30): a
// byline whose role carries both the medium's 全媒体 and a 见习 rank; a bracketed credit closing with 对本文亦有贡献; a
// 电头 whose reporters' bracket a print line cut is no paragraph of its own; a group's row of units in a 名单 ends at an
// explicit break before a sentence; a column's label (`记者手记`) on a print line of its own is a heading on a page that
// marks nothing; a caption credited `摄影 X` after its sentence; a letter-spaced title (`更　正`) keeps its full-width
// space. With the text the rules must leave alone. Text written for these tests in the shape of the blind30 pages, not
// copied from them.
import { describe, expect, it } from 'vitest';
import { isCaptionLine, isCreditLine, isRoleByline } from '../../lib/reflow/classify';
import { isLabelledItemRow } from '../../lib/reflow/name-rows';
import { reflowText } from '../../lib/reflow';
import { repairBody } from '../../lib/extract/repair';
import { detect } from '../../lib/detect';
import { parseHtml } from '../../scripts/lib/html';

const fromHtml = (html: string): string[] =>
  repairBody(parseHtml(`<html><body><div id="c">${html}</div></body></html>`, 'http://x.test/').querySelector('#c') as Element, { isPre: () => false })
    .blocks.map((b) => `${b.kind}: ${b.text}`);
const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`);

describe('a byline with 全媒体 and 见习 together', () => {
  it('is a byline, a second reporter after it or not', () => {
    for (const t of ['襄阳日报全媒体见习记者 王 宁 记者 陈 刚', '全媒体见习记者 李晓雯', '恩施日报融媒体见习记者 向 东', '宜昌日报全媒体记者 刘 畅 见习记者 周 婷']) {
      expect(isRoleByline(t)).toBe(true);
    }
  });

  it('leaves sentences and labels alone', () => {
    for (const t of ['襄阳日报全媒体见习记者王宁说，今年变化很大。', '全媒体见习记者培训班昨日开班', '记者手记']) expect(isRoleByline(t)).toBe(false);
  });

  it('is no headline between an 编者按 and the interview', () => {
    const html = ['<p>编者按：今年起，我市在全市推行新的垃圾分类办法。记者就此采访了市城管局负责人。</p>', '<p>襄阳日报全媒体见习记者 王 宁 记者 陈 刚</p>',
      '<p>　　问：新办法有哪些变化？</p>', '<p>　　答：主要是分类更细了。</p>'].join('');
    expect(fromHtml(html)[1]).toBe('byline: 襄阳日报全媒体见习记者 王 宁 记者 陈 刚');
  });
});

describe('a credit closing with 对本文亦有贡献', () => {
  it('is a credit line', () => {
    expect(isCreditLine('（通讯员 何小平 对本文亦有贡献）')).toBe(true);
    expect(isCreditLine('（实习生 李 想 对此文亦有贡献）')).toBe(true);
  });
  it('leaves a sentence saying so alone', () => {
    expect(isCreditLine('（他说，很多人对本文亦有贡献）')).toBe(false);
    expect(isCreditLine('何小平对本文亦有贡献。')).toBe(false);
  });
});

describe('a 电头 whose reporters\' bracket a print line cut', () => {
  // Pre-wrapped text without indentation or blank lines, 15 wide: the first line holds spaced names and so is short.
  const rest = ['今后，沿线村民寄快递、买农资、', '卖农产品，都可以搭上这趟“顺风', '车”。', '线路全长68公里，途经5个乡镇、3', '2个行政村，每天往返两趟。', '客车在车厢后部隔出了货舱，包裹',
    '由司机随车带到镇上的服务站，再', '统一分拣、发往各地。', '村民寄件的时间从两三天缩短到当', '天。', '据介绍，今年全市还将新开通同类', '线路20条，力争年底前覆盖所有县', '市区。'];
  const after = ['body: 今后，沿线村民寄快递、买农资、卖农产品，都可以搭上这趟“顺风车”。', 'body: 线路全长68公里，途经5个乡镇、32个行政村，每天往返两趟。'];
  it('goes on into the lead after the bracket', () => {
    const text = ['本报讯（记者 彭 程 通讯员 谭 ', '丽）4月14日，全市首条“乡村客', '货邮”线路在桃源县开通运行。', ...rest].join('\n');
    expect(blocks(text).slice(0, 3)).toEqual(['body: 本报讯（记者彭程通讯员谭丽）4月14日，全市首条“乡村客货邮”线路在桃源县开通运行。', ...after]);
  });
  it('leaves a short 电头 line whose bracket closed and whose sentence ended a paragraph of its own', () => {
    const text = ['本报讯（记者 彭程）线路开通。', ...rest].join('\n');
    expect(blocks(text).slice(0, 3)).toEqual(['body: 本报讯（记者彭程）线路开通。', ...after]);
  });
});

describe('a 名单 row of a group\'s units', () => {
  it('is a row', () => {
    expect(isLabelledItemRow('优秀组织奖：西城区文旅局　东湖区总工会　青山县教育局')).toBe(true);
    expect(isLabelledItemRow('协办单位：市图书馆　市文化馆　市少年宫　市博物馆')).toBe(true);
  });
  it('leaves sentences, two items and figures alone', () => {
    for (const t of ['会议强调：要抓好安全生产　保障民生', '协办单位：市图书馆　市文化馆', '时间：5月6日　地点：市体育馆　费用：免费', '优秀组织奖：西城区文旅局、东湖区总工会、青山县教育局']) {
      expect(isLabelledItemRow(t)).toBe(false);
    }
  });
  const P = (rows: string[]): string => rows.map((t) => `<p>　　${t}</p>`).join('');
  it('ends before an element with a sentence, on a page that indents every <p>', () => {
    const html = P(['本报讯 日前，市运动会闭幕。获奖名单如下：', '一等奖：周立新　孙玉梅　吴志强', '优秀组织奖：西城区文旅局　东湖区总工会　青山县教育局', '市体育局表示，明年将继续举办。']);
    expect(fromHtml(html).slice(2)).toEqual(['body: 优秀组织奖：西城区文旅局　东湖区总工会　青山县教育局', 'body: 市体育局表示，明年将继续举办。']);
  });
  it('runs on into its cut rest, and a sentence cut after a colon still runs on', () => {
    expect(fromHtml(P(['本报讯 日前，市运动会闭幕。获奖名单如下：', '优秀组织奖：西城区文旅局　东湖区总工会　青山', '县教育局　南岭镇政府'])).slice(1)).toEqual(['body: 优秀组织奖：西城区文旅局　东湖区总工会　青山县教育局　南岭镇政府']);
    expect(fromHtml(P(['会议强调，要做好以下工作', '一是抓好安全生产，二是保障民生。']))).toEqual(['body: 会议强调，要做好以下工作一是抓好安全生产，二是保障民生。']);
  });
});

describe('a column\'s label on a print line of its own, nothing marked', () => {
  it('is a heading between a finished sentence and prose', () => {
    const text = ['据了解，全市今年将新建', '农村养老服务设施40处。', '记者手记', '老人要的其实不多。', '一顿热饭，一个能说话的地方，', '就是他们盼着的。'].join('\n');
    expect(blocks(text)).toContain('heading: 记者手记');
  });
  it('leaves a label word inside a sentence, and a byline, alone', () => {
    const cut = ['他从包里拿出一本', '记者手记', '本，翻到了最后一页。'].join('\n');
    expect(blocks(cut)).not.toContain('heading: 记者手记');
    expect(blocks(['全市今年将新建服务设施40处。', '记者 王 敏', '老人要的其实不多。'].join('\n'))).not.toContain('heading: 记者王敏');
  });
});

describe('a caption credited 摄影 X after its sentence', () => {
  it('is a caption', () => {
    for (const t of ['农机手在田间检修播种机。摄影 乌 兰', '市民在公园里赏花。摄影：本报记者 王 磊', '孩子们在放风筝。摄影 李明 张华']) expect(isCaptionLine(t)).toBe(true);
  });
  it('leaves sentences about photography alone', () => {
    for (const t of ['他参观了展览。摄影爱好者', '活动吸引了许多市民。摄影协会', '摄影 王磊', '大家在拍照。摄影比赛将持续到下月。']) expect(isCaptionLine(t)).toBe(false);
  });
});

describe('a letter-spaced title', () => {
  const url = 'http://epaper.example.cn/abc/html/2026-04/15/content_9001.htm';
  const page = (title: string): string => `<html><head><meta charset="utf-8"><title>第02版：要闻</title></head><body><table><tr><td class="font01"><founder-title>${title}</founder-title></td></tr>` +
    '<tr><td><div id="ozoom"><founder-content><p>　　本报4月14日第3版刊发的报道中，“放流鱼苗200万尾”应为“放流鱼苗2000万尾”。特此更正，并向读者致歉。</p>' +
    '<p>　　本报编辑部</p><p>　　2026年4月15日</p></founder-content></div></td></tr></table>' +
    '<!--enpproperty <date>2026-04-15 00:00:00:0</date> /enpproperty--></body></html>';
  const title = (t: string): string | null | undefined => detect(url, parseHtml(page(t), url))?.title;
  it('keeps its full-width space', () => {
    expect(title('更　正')).toBe('更　正');
    expect(title('声 明')).toBe('声　明');
  });
  it('leaves other titles with spaces alone', () => {
    expect(title('更正')).toBe('更正');
    // As blind16's page prints it (an ordinary space); two paired phrases set apart by a full-width space keep it since blind64.
    expect(title('冷空气来袭 海上大风持续')).toBe('冷空气来袭 海上大风持续');
    expect(title('向海图强　台州海洋经济总产值突破2000亿元')).toBe('向海图强 台州海洋经济总产值突破2000亿元');
    expect(title('A 股 收 涨')).toBe('A 股 收 涨');
  });
});
