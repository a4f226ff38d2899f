// Rules from what the blind39 pages showed (tests/fixtures/pages/blind39-*, npm run -s score:blind -- --set blind39): a
// list set one entry to an element, each a name and its place in brackets (`“海岸守护”净滩行动（环翠区）`), is a list
// of entries — none a headline, none a photo caption, each its own paragraph; and a pre-wrapped print line that ends no
// sentence and fills its column once its quotation marks are counted at print's whole width goes on. With the shapes
// the rules must leave alone. Text written for these tests in the shape of the blind39 pages, not copied from them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { visualWidth } from '../../lib/reflow/chars';
import type { Line } from '../../lib/reflow/columns';
import { isListedEntry } from '../../lib/reflow/listed-entries';
import { fullWithQuotes } from '../../lib/reflow/quote-width';

const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text.replace(/\s+/gu, '')}`);
// Each string an element of its own (an empty line between them, as `<p>`s are read).
const blocks = (elements: string[]): string[] => kinds(elements.join('\n\n'));

describe('a list of named things, one entry and its place in brackets to an element', () => {
  const opening = '　　近日，全市“优秀志愿服务项目”评选结果揭晓，共评选出优秀项目4个。名单如下：';
  const entries = ['“守护海岸”净滩行动（东港区）', '“银发课堂”助老服务（西湖区）', '“乡村书屋”阅读推广（北山镇）', '“小候鸟”暑期托管（南湖街道）'];

  it('gives each entry a paragraph of its own, no headline and no caption, after a finished line', () => {
    const got = blocks([opening, '“优秀志愿服务项目”（4个）', ...entries]);
    expect(got).toEqual([
      'body: 近日，全市“优秀志愿服务项目”评选结果揭晓，共评选出优秀项目4个。名单如下：',
      'body: “优秀志愿服务项目”（4个）',
      ...entries.map((e) => `body: ${e}`),
    ]);
  });

  it('does so after a sentence, for households too, and ends the list before the paragraph after it', () => {
    const got = blocks(['　　现将2026年度“最美家庭”名单公布如下。', '王志强家庭（城东街道）', '孙丽华家庭（南湖镇）', '李国平家庭（横山镇）', '　　希望受表彰的家庭珍惜荣誉，发挥示范带动作用。']);
    expect(got).toEqual([
      'body: 现将2026年度“最美家庭”名单公布如下。',
      'body: 王志强家庭（城东街道）',
      'body: 孙丽华家庭（南湖镇）',
      'body: 李国平家庭（横山镇）',
      'body: 希望受表彰的家庭珍惜荣誉，发挥示范带动作用。',
    ]);
  });

  it('does so where an entry is wrapped over two print lines between empty lines', () => {
    const got = kinds(`${opening}\n\n“守护海岸”净滩行\n动（东港区）\n\n“银发课堂”助老服\n务（西湖区）\n\n“乡村书屋”阅读推\n广（北山镇）`);
    expect(got).toEqual([
      'body: 近日，全市“优秀志愿服务项目”评选结果揭晓，共评选出优秀项目4个。名单如下：',
      'body: “守护海岸”净滩行动（东港区）',
      'body: “银发课堂”助老服务（西湖区）',
      'body: “乡村书屋”阅读推广（北山镇）',
    ]);
  });

  it('leaves alone a lone headline in that form, photo captions with their credits, and what is no entry', () => {
    // One such element alone, with a byline under it: a headline still.
    const headline = blocks(['　　全市志愿服务工作会议召开。', '“守护海岸”行动启动（附图）', '记者 王 芳', '　　6月18日，“守护海岸”净滩行动在东港区启动。']);
    expect(headline).toContain('heading: “守护海岸”行动启动（附图）');
    // Two captions, each a sentence and its credit: captions still.
    const captions = blocks(['　　6月18日，志愿者在海边清理垃圾。', '志愿者在沙滩上捡拾垃圾。（王 芳 摄）', '孩子们在海边参加环保课。（李 明 摄）']);
    expect(captions).toEqual(['body: 6月18日，志愿者在海边清理垃圾。', 'caption: 志愿者在沙滩上捡拾垃圾。（王芳摄）', 'caption: 孩子们在海边参加环保课。（李明摄）']);
    // The forms that are no entry: a figure in the brackets, a credit, a jump line, a clause mark, a sentence.
    for (const t of ['“优秀志愿服务项目”（4个）', '宣统元年（1909年）', '本报讯（记者 王芳）', '海岸净滩（新华社发）', '小候鸟托管（资料图）', '海岸守护（下转第二版）', '守护海岸，人人有责（东港区）', '海岸守护净滩行动。（东港区）']) {
      expect(isListedEntry(t), t).toBe(false);
    }
    for (const t of ['“海岸守护”净滩行动（环翠区）', '王建平家庭（吴宁街道）', '陈国庆（快递员）']) expect(isListedEntry(t), t).toBe(true);
  });
});

describe('a pre-wrapped print line with quotation marks, short by their narrow measure', () => {
  // Pre-wrapped without indentation or blank lines, 13 characters wide as print sets quotation marks (whole), a
  // reprint line last.
  const para1 = ['6月18日，黄山景区全面推行', '“错峰+预约”登山新办法，', '游客可通过“黄山旅游”小程', '序提前选择入园时段，每个时', '段限流4000人。'];
  const para2 = ['为缓解高峰期拥堵，景区在南', '大门、云谷寺等主要入口增设', '了智能闸机28台，游客入园时', '间由过去的平均10分钟缩短至', '3分钟。'];
  const para3 = ['景区还在光明顶、玉屏楼等处', '新建了3处应急救助站。', '据统计，新办法实施首日，景', '区共接待游客2.8万人次，各', '入口秩序井然。', '（据《安徽日报》报道）'];

  it('goes on where it ends no sentence and fills its column once its marks are counted whole', () => {
    const got = kinds([...para1, ...para2, ...para3].join('\n'));
    expect(got).toEqual([
      'body: 6月18日，黄山景区全面推行“错峰+预约”登山新办法，游客可通过“黄山旅游”小程序提前选择入园时段，每个时段限流4000人。',
      'body: 为缓解高峰期拥堵，景区在南大门、云谷寺等主要入口增设了智能闸机28台，游客入园时间由过去的平均10分钟缩短至3分钟。',
      'body: 景区还在光明顶、玉屏楼等处新建了3处应急救助站。',
      'body: 据统计，新办法实施首日，景区共接待游客2.8万人次，各入口秩序井然。',
      'byline: （据《安徽日报》报道）',
    ]);
  });

  it('leaves alone a line short even with its marks counted whole, one that ends a sentence or no clause, and one with no marks', () => {
    const line = (text: string): Line => ({ text, width: visualWidth(text), indent: false }) as Line;
    // The page's line: 11.5 as measured, 12.5 with its three marks whole, in a column of 13 (slack 0.75).
    expect(fullWithQuotes(line('“预约+分时”游览新模式，'), 13, 0.75)).toBe(true);
    // Short however its marks are counted.
    expect(fullWithQuotes(line('“预约”模式，'), 13, 0.75)).toBe(false);
    // A sentence's end: a paragraph's last line may be short.
    expect(fullWithQuotes(line('“预约+分时”游览新模式。'), 13, 0.75)).toBe(false);
    // No clause mark last (a headline with quotation marks, or a word cut by the line end): left to the other rules.
    expect(fullWithQuotes(line('“错峰+预约”登山新办法实施'), 13, 0.75)).toBe(false);
    // No quotation marks: measured as print sets it already.
    expect(fullWithQuotes(line('预约分时游览新模式启用后，'), 14, 0.75)).toBe(false);
  });
});
