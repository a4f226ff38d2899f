// Photo captions printed where a print column was cut, between the two halves of a paragraph
// (萧山日报 and 嘉兴日报 pages print them so, see /work/shared/epaper-sites.md). Pre-wrap text
// indented with 　　 at each paragraph start, 14 characters to the column.
import { describe, expect, it } from 'vitest';
import { reflowText, type Block } from '../../lib/reflow';
import { printBlocks } from '../helpers/print-shapes';
import { devArticles } from '../helpers/reflow-sets';

const blocks = (t: string): string[] => reflowText(t, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

const BEFORE = [
  '　　今年以来，全区上下紧盯招大',
  '引强目标，重点项目相继落地开',
  '工，一批民生工程陆续投入使用。',
  '',
  '图为新建成的城南学校。记者 王远 摄',
  '',
];
const AFTER = [
  '　　区教育局相关负责人介绍，新',
  '学期将有十二所新建学校投入使',
  '用，缓解城区学校的招生压力。',
  '　　下一步，全区将继续加大教育',
  '投入力度，让孩子就近上好学。',
];
const CAPTION = 'caption: 图为新建成的城南学校。记者 王远 摄';
const PARA_1 = '今年以来，全区上下紧盯招大引强目标，重点项目相继落地开工，一批民生工程陆续投入使用。';
const PARA_2 = 'body: 区教育局相关负责人介绍，新学期将有十二所新建学校投入使用，缓解城区学校的招生压力。';
const PARA_3 = 'body: 下一步，全区将继续加大教育投入力度，让孩子就近上好学。';

describe('a caption after a sentence end where a column was cut', () => {
  it('joins the paragraph across the caption when the next line continues it (no indentation), the caption after it', () => {
    const page = [...BEFORE, '群众纷纷点赞，称之为家门口的', '好项目。', ...AFTER].join('\n');
    expect(blocks(page)).toEqual([`body: ${PARA_1}群众纷纷点赞，称之为家门口的好项目。`, CAPTION, PARA_2, PARA_3]);
  });

  it('keeps the paragraphs apart when the line after the caption starts a new one (indented)', () => {
    const page = [...BEFORE, '　　群众纷纷点赞，称之为家门口', '的好项目。', ...AFTER].join('\n');
    expect(blocks(page)).toEqual([`body: ${PARA_1}`, CAPTION, 'body: 群众纷纷点赞，称之为家门口的好项目。', PARA_2, PARA_3]);
  });

  it('keeps a caption after the last paragraph, before the next headline, a caption of its own', () => {
    const page = [...BEFORE, '城南学校喜迎新生', '', '本报记者 王远', '', ...AFTER].join('\n');
    expect(blocks(page)).toEqual([`body: ${PARA_1}`, CAPTION, 'heading: 城南学校喜迎新生', 'byline: 本报记者 王远', PARA_2, PARA_3]);
  });
});

describe('a photo caption after a sentence end on a full line (pre-wrap text without indentation)', () => {
  // The dev set printed as 嘉兴日报 prints pre-wrap text without indentation, 21 characters to
  // the column and 7 lines to it (a blank line where a column ends). A caption stands between a
  // paragraph's halves only where a column ended; elsewhere the paragraph ended before it.
  const gold = devArticles().flat();
  const text = printBlocks(gold, 'prewrap-plain', 21, 7);
  const out = reflowText(text, { punctuation: false });
  const byText = (start: string): Block | undefined => out.find((b) => b.text.startsWith(start));
  const goldOf = (start: string): Block | undefined => gold.find((b) => b.text.startsWith(start));

  it('ends the paragraph before a caption that stands where no column ends', () => {
    // The shape under test: a full line ends a sentence, the caption follows, then the next paragraph.
    expect(text).toContain('2012年中国大陆地区的矿难事件。\n\n游客在绿道上骑行观光。（通讯员 邵文博 摄）\n●坚持问题导向');
    expect(byText('●坚持问题导向')).toEqual(goldOf('●坚持问题导向'));
    expect(byText('游客在绿道上骑行观光')?.kind).toBe('caption');
  });

  it('keeps the paragraph whole across a caption printed where a column ended', () => {
    expect(text).toContain('明末清初政治人\n\n图为农户在田间采收早稻。\n\n物。');
    const whole = gold.find((b) => b.text.includes('毛九华'));
    expect(out.find((b) => b.text.includes('毛九华'))).toEqual(whole);
  });
});
