// Rules from what the blind6 pages showed (tests/fixtures/pages/blind6-*, npm run score:blind):
// a byline that credits the reporter with text and pictures (`记者 X 文/摄`); a body set one print
// line per <p> (重庆日报 page), where only indentation marks paragraphs. With the negatives they
// must leave alone. Snippets written for these tests in the shape of the blind6 pages.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isCaptionLine, isRoleByline } from '../../lib/reflow/classify';
import { isLinePerElement } from '../../lib/reflow/line-elements';
import { textToLines } from '../../lib/reflow/lines';

const blocks = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a byline crediting text and pictures', () => {
  it.each(['记者 张一鸣 文/摄', '本报记者 王俞楠 文／图', '记者　李媛　图/文', '记者 周洁 通讯员 陈亮 文/摄'])('%s is a byline', (t) => {
    expect(isRoleByline(t)).toBe(true);
  });

  it.each(['记者 张一鸣 摄', '（记者 张一鸣 摄）', '游客在西湖边赏桂 记者 张一鸣 摄', '他说要把文/摄影作品都留下来'])('%s is not', (t) => {
    expect(isRoleByline(t)).toBe(false);
  });

  it('stays a byline after an editor\'s note, never a headline', () => {
    const text = '编者按：在杭州的老街巷里，藏着许多守着老手艺的人。本报今起推出“城里的手艺人”系列报道。\n\n记者 张一鸣 文/摄\n\n“我想让老手艺活下去”\n\n在上城区一条老弄堂里，68岁的周师傅守着一间不到10平方米的修伞铺，已经整整40年。';
    expect(blocks(text)).toContain('byline: 记者 张一鸣 文/摄');
    expect(isCaptionLine('记者 张一鸣 文/摄')).toBe(false);
  });
});

/** Print lines of 13, each its own <p> (a blank line between them, as the DOM extraction gives a <p> boundary). */
const perLine = [
  '记者　吴晓东',
  '　　本报讯　11月4日，记者从',
  '市城市管理局获悉，今年冬季',
  '主城区将新增公共停车泊位1.2',
  '万个，其中中心城区占六成。',
  '　　据介绍，新增泊位主要分布',
  '在医院、学校和老旧小区周边。',
  '今年底前将全部接入智慧停车',
  '平台，市民可用手机查询空位。',
  '　　市城市管理局有关负责人',
  '表示，明年还将继续推进。',
].join('\n\n');

describe('a body set one print line per <p>', () => {
  it('is read as print lines: paragraphs only where a line is indented, no headline made of a full line', () => {
    expect(isLinePerElement(textToLines(perLine))).toBe(true);
    expect(blocks(perLine)).toEqual([
      'byline: 记者　吴晓东',
      'body: 本报讯　11月4日，记者从市城市管理局获悉，今年冬季主城区将新增公共停车泊位1.2万个，其中中心城区占六成。',
      'body: 据介绍，新增泊位主要分布在医院、学校和老旧小区周边。今年底前将全部接入智慧停车平台，市民可用手机查询空位。',
      'body: 市城市管理局有关负责人表示，明年还将继续推进。',
    ]);
  });

  it('leaves alone one <p> per column piece (long elements) and short one-line paragraphs', () => {
    const pieces = [
      '　　本报讯　11月4日，记者从市城市管理局获悉，今年冬季主城区将新增公共停车泊位1.2万个，其中中心城区占六成。新增泊位主要分布在医院、学校和',
      '老旧小区周边，今年底前全部接入智慧停车平台。',
      '　　市城市管理局有关负责人表示，明年还将继续推进。',
    ].join('\n\n');
    expect(isLinePerElement(textToLines(pieces))).toBe(false);
    const items = ['一、缴费时间：11月10日起。', '二、缴费地点：各便民中心。', '三、缴费方式：线上线下均可。', '四、咨询电话：88012345。', '五、其他事项另行通知。', '六、本公告自发布之日起施行。', '七、由市医保局负责解释。', '特此公告。', '桐乡市医疗保障局'].join('\n\n');
    expect(isLinePerElement(textToLines(items))).toBe(false);
    expect(blocks(items)).toHaveLength(9);
  });
});

describe('lines set by the writer inside one element', () => {
  const intro = '　　记者从县气象台获悉，受冷空气影响，本周末我县将有一次明显降温降雨过程，请市民注意添衣保暖。';
  it('keeps brief items and verse lines broken by <br> apart, each ending in a mark, narrower than the text', () => {
    const items = `${intro}\n\n【天气】\n\n9日（周六）：阴有小雨，12～17℃；\n10日（周日）：小雨转阴，8～13℃；\n11日（周一）：多云，7～15℃。\n\n　　下周气温将逐步回升。`;
    expect(blocks(items)).toContain('body: 10日（周日）：小雨转阴，8～13℃；');
    const verse = '　　一位返乡创业的青年在民宿墙上写了这样一首小诗：\n\n椰林斜阳照海天，\n渔歌唱晚下归船。\n莫道琼崖天地远，\n四时花开胜春天。\n\n　　诗句未必工整，却写出了乡村的新模样，也写出了年轻人回乡创业的心声。';
    expect(blocks(verse)).toEqual([
      'body: 一位返乡创业的青年在民宿墙上写了这样一首小诗：',
      'body: 椰林斜阳照海天，', 'body: 渔歌唱晚下归船。', 'body: 莫道琼崖天地远，', 'body: 四时花开胜春天。',
      'body: 诗句未必工整，却写出了乡村的新模样，也写出了年轻人回乡创业的心声。',
    ]);
  });

  it('joins print lines of the column that happen to end in marks, and lines as wide as the text', () => {
    // Print lines 13 wide, every one ending on a mark by chance: the page's text is no wider.
    const print = '　　本报讯　今年以来，全市\n新增城镇就业5.2万人，\n完成全年目标的86%。\n\n　　据介绍，全市今年还将新\n建零工市场12个，\n帮助3000余人实现就业。';
    expect(blocks(print)).toHaveLength(2);
  });
});

describe('an explicit break after a colon on a page that indents its paragraphs', () => {
  it('stays a break before an element that is not indented', () => {
    const text = '　　本报评论员\n\n　　走进万宁的乡村，总能想起苏东坡被贬海南时写下的诗句：\n\n日啖荔枝三百颗，不辞长作岭南人。\n\n　　这份对岭南风物的喜爱，穿越近千年依然动人。';
    expect(blocks(text)).toContain('body: 走进万宁的乡村，总能想起苏东坡被贬海南时写下的诗句：');
  });

  it('still joins a print line that fills its column and ends in a colon, the next line its paragraph\'s', () => {
    const text = '　　区政务服务中心负责人介\n绍，针对老年人不会使用智能\n手机的问题，负责人解释说：\n\n“各代办点还提供帮办代办服\n务，今年已上门服务1300余\n次。”\n\n　　下一步，柯城区将继续拓展就近办事项清单。';
    expect(blocks(text)).toHaveLength(2);
  });
});
