// Rules for the pre-wrap plain print shape: print lines with no indentation and no blank line at a paragraph's end, so
// only line widths, sentence ends and the words say where a paragraph ends. Each rule: the pages it must change and
// those it must leave alone, the whole `reflowText` result on a small page of the shape.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const kinds = (text: string): string[] => reflowText(text, { punctuation: false }).map((b) => `${b.kind}: ${b.text}`);

describe('a 名单 row of a person and their unit that fills its column (lib/reflow/name-rows.ts nameUnitRowEnds)', () => {
  it('ends where the next line opens the next row', () => {
    const page = '经评选，下列同志获评本年度\n全市优秀志愿者，名单如下：\n周明远　江宁县供电公司\n吴　霞　江宁县第二人民医院\n郑国华　江宁县城市建设投资\n集团有限公司\n钱立新　江宁县实验小学\n希望受表彰的同志珍惜荣誉，\n再接再厉。\n';
    expect(kinds(page)).toEqual([
      'body: 经评选，下列同志获评本年度全市优秀志愿者，名单如下：',
      'body: 周明远　江宁县供电公司',
      'body: 吴　霞　江宁县第二人民医院',
      'body: 郑国华　江宁县城市建设投资集团有限公司',
      'body: 钱立新　江宁县实验小学',
      'body: 希望受表彰的同志珍惜荣誉，再接再厉。',
    ]);
  });

  it('ends where a row of a two-character name, print padded, fills its column', () => {
    const page = '经评选，下列同志获评本年度\n全县优秀教师，名单如下：\n王　伟　江宁县实验小学\n孙　红　江宁县第三实验小学\n李　强　江宁县第二中学\n';
    expect(kinds(page)).toEqual([
      'body: 经评选，下列同志获评本年度全县优秀教师，名单如下：',
      'body: 王　伟　江宁县实验小学',
      'body: 孙　红　江宁县第三实验小学',
      'body: 李　强　江宁县第二中学',
    ]);
  });

  it('goes on where the line end cut the unit, though the cut falls after a unit word', () => {
    const page = '经评选，下列同志获评本年度\n全县优秀职工，名单如下：\n周明远　江宁县供电公司\n吴　霞　江宁县城乡住建总局\n机关服务中心\n钱立新　江宁县实验小学\n';
    expect(kinds(page)).toEqual([
      'body: 经评选，下列同志获评本年度全县优秀职工，名单如下：',
      'body: 周明远　江宁县供电公司',
      'body: 吴　霞　江宁县城乡住建总局机关服务中心',
      'body: 钱立新　江宁县实验小学',
    ]);
  });

  it('leaves prose that fills its column and goes on with a name alone', () => {
    const page = '这是我们镇上的老供电公司\n周明远　说起当年的事，他\n记得很清楚。\n';
    expect(kinds(page)).toEqual(['body: 这是我们镇上的老供电公司周明远　说起当年的事，他记得很清楚。']);
  });
});

describe('a group\'s 名单 row that fills its column (lib/reflow/join-rule.ts, beside `opensGroupRow`)', () => {
  it('ends where the next line opens the next group\'s row', () => {
    const page = '经推荐评选，下列家庭获评本年度\n“最美家庭”，名单如下：\n江宁县：周明远家庭　吴小霞家庭\n平安县：郑国华家庭　钱立新家庭\n东湖县：王建民家庭　李红梅家庭\n';
    expect(kinds(page)).toEqual([
      'body: 经推荐评选，下列家庭获评本年度“最美家庭”，名单如下：',
      'body: 江宁县：周明远家庭　吴小霞家庭',
      'body: 平安县：郑国华家庭　钱立新家庭',
      'body: 东湖县：王建民家庭　李红梅家庭',
    ]);
  });

  it('goes on where the line end cut the row inside a name', () => {
    const page = '经推荐评选，下列家庭获评本年度\n“最美家庭”，名单如下：\n江宁县：周明远家庭　吴小霞家庭\n平安县：郑国华家庭　钱立新家\n庭\n东湖县：王建民家庭　李红梅家庭\n';
    expect(kinds(page)).toEqual([
      'body: 经推荐评选，下列家庭获评本年度“最美家庭”，名单如下：',
      'body: 江宁县：周明远家庭　吴小霞家庭',
      'body: 平安县：郑国华家庭　钱立新家庭',
      'body: 东湖县：王建民家庭　李红梅家庭',
    ]);
  });
});
