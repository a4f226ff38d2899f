// A name printed right against its role in a byline (`新华社记者刘艺`) begins with a family name, so a
// headline about 记者节 (Journalists' Day, 8 November) that opens with a paper's name is not read as
// a medium, a role and a reporter called 节活动举行 (lib/reflow/classify.ts namesAfterRolesSurnamed).
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { isRoleByline } from '../../lib/reflow/classify';

describe('a medium and a role followed by words that are no name', () => {
  it.each(['农民日报·中国农网记者节活动举行', '浙江日报记者节特别策划', '人民日报评论员文章引发热议'])('%s is no byline', (line) => {
    expect(isRoleByline(line)).toBe(false);
  });

  it.each([
    '新华社记者刘艺', '人民日报记者 李心萍', '湖北日报全媒记者 左晨', '本报记者王俞楠 通讯员李娟', '钱江晚报·小时新闻记者 章 然',
    '人民日报记者欧阳明月', '□ 湖北日报评论员', '光明日报记者 覃 翔',
  ])('%s is still a byline', (line) => {
    expect(isRoleByline(line)).toBe(true);
  });

  it('keeps the Journalists\' Day headline a headline in a repaired article', () => {
    const text = ['农民日报·中国农网记者节活动举行', '', '本报讯（记者 张三）11月8日是第二十五个中国记者节。当天，农民日报社举行庆祝活动，全体编辑记者参加。'].join('\n');
    expect(reflowText(text).map((b) => b.kind)).toEqual(['heading', 'body']);
  });
});
