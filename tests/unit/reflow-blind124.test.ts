// The rule the blind124 round added. lib/reflow/lone-name.ts `isTrailingName` (asked with the byline rule in segment.ts):
// a padded or letter-spaced personal name alone (`陈　默`), unindented, after a finished sentence, with nothing after it
// but an author's note in brackets (`（作者单位：…）`, `（作者系…）`), is the signature a 时评, 短评 or 杂文 prints under its
// last paragraph: a byline, not a heading, a body block or the last paragraph's end.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a signature, the name alone under the last paragraph (isTrailingName)', () => {
  it('changes: after paragraphs set apart by empty lines, the name last is a byline, not a heading', () => {
    const page = ['　　城市的温度，往往就体现在细微之处。善待每一位奔波在路上的劳动者，城市才会更有人情味。', '', '　　当然，一张通行证解决不了所有问题，还需要各方坐下来一起商量。', '', '许　言'].join('\n');
    expect(blocks(page)).toEqual([
      'body: 城市的温度，往往就体现在细微之处。善待每一位奔波在路上的劳动者，城市才会更有人情味。',
      'body: 当然，一张通行证解决不了所有问题，还需要各方坐下来一起商量。',
      'byline: 许　言',
    ]);
  });
  it('changes: under indented print lines thirteen wide, the unindented name is not glued onto the last paragraph', () => {
    const page = ['　　打卡本是一种记录，可一', '旦变了味，就成了形式主义', '的新变种。', '　　少一些考核，多一些调研，', '基层干部才能把精力用在抓', '落实上。', '罗　平'].join('\n');
    expect(blocks(page)).toEqual([
      'body: 打卡本是一种记录，可一旦变了味，就成了形式主义的新变种。',
      'body: 少一些考核，多一些调研，基层干部才能把精力用在抓落实上。',
      'byline: 罗　平',
    ]);
  });
  it('changes: the name before an author\'s note cut over two print lines, both bylines', () => {
    const page = ['　　改革的成效，最终要由群众', '来评判。只有把服务送到村口、', '送到家门口，群众才会有获得', '感。', '吴　敏', '（作者单位：中共某某区委党', '校）'].join('\n');
    expect(blocks(page)).toEqual([
      'body: 改革的成效，最终要由群众来评判。只有把服务送到村口、送到家门口，群众才会有获得感。',
      'byline: 吴　敏',
      'byline: （作者单位：中共某某区委党校）',
    ]);
  });
  it('leaves alone: a name before more text (a list of people), a name after an unfinished line, and a short body', () => {
    const list = ['　　今年的评选结果如下，获奖者名单公布如下，请大家互相转告。', '', '张　华', '', '李　明', '', '王　芳'].join('\n');
    expect(blocks(list)).not.toContain('byline: 王　芳');
    const people = ['　　一位老人一边摆弄着手里的扇子，一边对我们慢慢说起了往事。', '', '陈　平', '', '　　他在这条街上住了五十多年，街上的每一户人家他都认识。'].join('\n');
    expect(blocks(people)).not.toContain('byline: 陈　平');
    expect(blocks(['　　奖项共设三个。', '', '周　杰'].join('\n'))).not.toContain('byline: 周　杰');
  });
});
