// The rule the blind140 round added. lib/reflow/marked-lines.ts (headOverMarkedRows, widened; headOverNameRows, asked in
// segment.ts; and in join-rule.ts before the plain continuation): a 名单's group head (`吴兴区`, `梧桐街道`), a line of two
// to ten characters of plain words right over a row of two names or more, each a person's (two or three characters, a
// family name first, no word of a place at its end), is a heading — after the announcement ending in a colon, after the
// last row of the group before it, or after a finished sentence; not a name alone, the rest of a name or of a row the line
// end cut, a household line, nor a label over a byline.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { textToLines } from '../../lib/reflow/lines';
import { measure } from '../../lib/reflow/columns';
import { headOverMarkedRows } from '../../lib/reflow/marked-lines';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const headAt = (page: string[], i: number): boolean => headOverMarkedRows(measure(textToLines(page.join('\n'))), i);

describe('a 名单 group head over a row of names (headOverMarkedRows)', () => {
  it('changes: a county or street head over a row of persons, padded names too', () => {
    expect(headAt(['名单如下：', '吴兴区', '丁建明　王晓峰　刘　勇　沈国华'], 1)).toBe(true);
    expect(headAt(['朱永康　李　军　杨海燕', '德清县', '吴志刚　陈　芳　金伟良　赵　敏'], 1)).toBe(true);
  });
  it('leaves alone: a lone name, a name\'s rest, a household, a row of a day and a doctor, a household and its county, a label over a byline', () => {
    expect(headAt(['丁建明　王晓峰　刘　勇　沈国华', '张丽芬', '朱永康　李　军　杨海燕'], 1)).toBe(false);
    expect(headAt(['江西省：周丽萍　吴　静　黄', '春梅', '周建华　钱小红　徐国庆'], 1)).toBe(false);
    expect(headAt(['吴　斌家庭　曾小兰家庭', '颜志勇家庭', '段春生家庭　尹丽娟家庭'], 1)).toBe(false);
    expect(headAt(['周一上午　张建华　主任', '医师', '周三下午　李　敏　副主任医师'], 1)).toBe(false);
    expect(headAt(['徐丽娟家庭　衢江区', '樟潭街道', '毛志刚家庭　龙游县'], 1)).toBe(false);
    expect(headAt(['网传截图', '记者 徐 婧'], 0)).toBe(false);
  });
  it('gives a 名单 set in print lines eighteen wide its intro, its announcement, its heads and its rows', () => {
    const page = ['　　日前，市总工会公布2028年“南太湖百', '名好工匠”入选名单，经单位推荐、专家评', '审和社会公示，共有10名技术技能人才入', '选，入选者将享受相应技能津贴。', '　　名单如下（按姓氏笔画排序）：', '吴兴区', '丁建明　王晓峰　刘　勇　沈国华', '南浔区', '朱永康　李　军　杨海燕', '德清县', '吴志刚　陈　芳　金伟良'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 日前，市总工会公布2028年“南太湖百名好工匠”入选名单，经单位推荐、专家评审和社会公示，共有10名技术技能人才入选，入选者将享受相应技能津贴。',
      'body: 名单如下（按姓氏笔画排序）：',
      'heading: 吴兴区',
      'body: 丁建明　王晓峰　刘　勇　沈国华',
      'heading: 南浔区',
      'body: 朱永康　李　军　杨海燕',
      'heading: 德清县',
      'body: 吴志刚　陈　芳　金伟良',
    ]);
  });
  it('gives a 表彰 名单 in plain print lines fifteen wide its heads and rows (the last group’s row before a signer, in print lines with no break, is left open: see docs/line-wrap-repair.md)', () => {
    const page = ['经各县（市、区）推荐和社会公示，', '决定授予以下8名同志荣誉称号。', '柯城区', '徐建新　方丽君　叶国平', '衢江区', '郑小军　毛　芳　汪志强　余海燕', '龙游县', '童伟民　祝丽华　姜建平　周　敏'];
    expect(blocks(page.join('\n'))).toEqual([
      'body: 经各县（市、区）推荐和社会公示，决定授予以下8名同志荣誉称号。',
      'heading: 柯城区',
      'body: 徐建新　方丽君　叶国平',
      'heading: 衢江区',
      'body: 郑小军　毛　芳　汪志强　余海燕',
      'heading: 龙游县',
      'body: 童伟民　祝丽华　姜建平　周　敏',
    ]);
  });
});
