// The rules the blind136 round added.
// - lib/reflow/lines-apart.ts (boldPrintHead): an element of its own set wholly in bold (`<p><b>编者的话</b></p>`), where the
//   page's elements are its print lines (their breaks read as none), after a finished sentence and over an indented
//   line, is a head as a bold print line between <br>s is.
// - lib/reflow/lone-name.ts (isTrailingName): the signature under a 时评's last paragraph may be an unspaced three-character
//   name when an author's note in brackets follows it (`孙明远` / `（作者单位：…）`), and a padded name may be indented
//   (set flush right by spaces) when it is the body's last line.
// - lib/reflow/lone-name.ts (isDatedPlaceLine): a dated place line (`2028年3月于杭州`) under a 散文's last paragraph, with
//   nothing after it but an author's note, is the piece's credit (a byline), not a heading nor a paragraph.
import { describe, expect, it } from 'vitest';
import { reflowLines, reflowText } from '../../lib/reflow';
import { isDatedPlaceLine, isTrailingName } from '../../lib/reflow/lone-name';
import type { Line } from '../../lib/reflow/columns';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const line = (text: string, indent = false): Line => ({ text, indent, gap: 0 }) as unknown as Line;

describe('a bold element alone among <p> print lines (boldPrintHead)', () => {
  // One <p> per print line fifteen wide: every line an element, the breaks between them no paragraph's.
  const p = (text: string, indent = false, bold = false) => ({ text, gap: 1, indent, ...(bold ? { bold: true } : {}) });
  const letter = [
    p('编辑同志：', true), p('我是衢江区的一名退休职工，', true), p('平时出门主要坐公交。我家附近的'), p('樟潭公交站，每天有不少老人在这'),
    p('里候车，可站台上只有一个顶棚，'), p('没有座椅。'), p('有的线路二三十分钟才来一班，', true), p('老人们只能站着等，腿脚不好的只'),
    p('好蹲在路边。下雨天，站台顶棚小，'), p('大家挤在一起，衣服还是会被淋湿。'), p('希望有关部门能在站台加装几', true),
    p('个座椅，顶棚也能适当加长一些。'), p('读者　郑秋芳', true),
  ];
  const reply = [
    p('郑阿姨的来信，说的是一件小', true), p('事，却关系到很多人的出行体验。'), p('收到来信后，我们将来信转给了市'), p('交通运输局。'),
    p('市交通运输局回复说，今年将', true), p('对城区和乡镇的120个公交站台进'), p('行提升改造，樟潭站已列入改造计'),
    p('划，预计5月底前完成座椅加装和'), p('顶棚延长。我们也将继续关注。'),
  ];
  const out = (lines: ReturnType<typeof p>[]): string[] => reflowLines(lines).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
  it('changes: 编者的话 in bold alone between the signature and the indented reply is a heading', () => {
    expect(out([...letter, p('编者的话', false, true), ...reply])).toEqual([
      'body: 编辑同志：',
      'body: 我是衢江区的一名退休职工，平时出门主要坐公交。我家附近的樟潭公交站，每天有不少老人在这里候车，可站台上只有一个顶棚，没有座椅。',
      'body: 有的线路二三十分钟才来一班，老人们只能站着等，腿脚不好的只好蹲在路边。下雨天，站台顶棚小，大家挤在一起，衣服还是会被淋湿。',
      'body: 希望有关部门能在站台加装几个座椅，顶棚也能适当加长一些。',
      'byline: 读者　郑秋芳',
      'heading: 编者的话',
      'body: 郑阿姨的来信，说的是一件小事，却关系到很多人的出行体验。收到来信后，我们将来信转给了市交通运输局。',
      'body: 市交通运输局回复说，今年将对城区和乡镇的120个公交站台进行提升改造，樟潭站已列入改造计划，预计5月底前完成座椅加装和顶棚延长。我们也将继续关注。',
    ]);
  });
  it('leaves alone: the bold line over an unindented line, or a sentence set in bold', () => {
    const flush = [p('郑阿姨的来信，说的是一件小'), ...reply.slice(1)];
    expect(out([...letter, p('编者的话', false, true), ...flush])).not.toContain('heading: 编者的话');
    expect(out([...letter, p('编者说，这件事要办好。', false, true), ...reply]).some((t) => t.startsWith('heading:'))).toBe(false);
  });
});

describe('a 时评\'s signature under its last paragraph (isTrailingName)', () => {
  // Print lines sixteen wide between <br>s, indented, no empty line.
  const last = ['　　乡村夜校受欢迎，是因为它教的', '都是村民用得上的本事。课程从“我', '想学什么”里来，讲的是实打实的经', '验。', '　　夜校的灯光亮起来，村民的日子', '也会越过越亮堂。'];
  it('changes: an unspaced three-character name over （作者单位：…） is a byline, the note too', () => {
    expect(blocks([...last, '孙明远', '（作者单位：山东农业大学）'].join('\n'))).toEqual([
      'body: 乡村夜校受欢迎，是因为它教的都是村民用得上的本事。课程从“我想学什么”里来，讲的是实打实的经验。',
      'body: 夜校的灯光亮起来，村民的日子也会越过越亮堂。',
      'byline: 孙明远',
      'byline: （作者单位：山东农业大学）',
    ]);
  });
  it('changes: a padded name set flush right by spaces, the body\'s last line after an empty line, is a byline', () => {
    const page = ['　　城市的温度，往往就体现在这', '些细微之处。善待每一位奔波在路', '上的劳动者，城市才会更有人情味。', '', '　　　　　　　　　　　　陈　言'];
    expect(blocks(['　　“口袋公园”建在百姓家门口，', '就该多听听百姓怎么说。', '', ...page].join('\n'))).toEqual([
      'body: “口袋公园”建在百姓家门口，就该多听听百姓怎么说。',
      'body: 城市的温度，往往就体现在这些细微之处。善待每一位奔波在路上的劳动者，城市才会更有人情味。',
      'byline: 陈　言',
    ]);
  });
  it('leaves alone: an unspaced three-character line with no note under it, and an indented name with text after it', () => {
    const lines = [...last.map((t) => line(t.trim(), t.startsWith('　'))), line('孙明远')];
    expect(isTrailingName(lines, lines.length - 1)).toBe(false);
    const mid = [...last.map((t) => line(t.trim(), t.startsWith('　'))), line('陈　言', true), line('城市的温度，往往就体现在这些细微之处。')];
    expect(isTrailingName(mid, mid.length - 2)).toBe(false);
    expect(blocks([...last, '高质量'].join('\n'))).not.toContain('byline: 高质量');
  });
});

describe('a dated place line under a 散文 (isDatedPlaceLine)', () => {
  const essay = ['　　窗外的玉兰开了。我拿起笔，想给', '母亲写一封信。写了一行，又停下来，', '不知从何说起。'];
  it('changes: the line set flush right by spaces, or flush left, is a byline', () => {
    expect(blocks([...essay, '　　　　　　　　　　2028年3月于杭州'].join('\n'))).toEqual([
      'body: 窗外的玉兰开了。我拿起笔，想给母亲写一封信。写了一行，又停下来，不知从何说起。',
      'byline: 2028年3月于杭州',
    ]);
    expect(blocks([...essay, '2028年2月写于嘉兴', '（作者系嘉兴市作家协会会员）'].join('\n'))).toEqual([
      'body: 窗外的玉兰开了。我拿起笔，想给母亲写一封信。写了一行，又停下来，不知从何说起。',
      'byline: 2028年2月写于嘉兴',
      'byline: （作者系嘉兴市作家协会会员）',
    ]);
  });
  it('leaves alone: such a line with text after it, after an unfinished line, or one that goes on as a sentence', () => {
    const ls = (...t: string[]): Line[] => t.map((x) => line(x));
    expect(isDatedPlaceLine(ls('不知从何说起。', '2028年3月于杭州', '后来，母亲又寄来一封信。'), 1)).toBe(false);
    expect(isDatedPlaceLine(ls('不知从何说起，', '2028年3月于杭州'), 1)).toBe(false);
    expect(isDatedPlaceLine(ls('不知从何说起。', '2028年3月于杭州召开。'), 1)).toBe(false);
    expect(isDatedPlaceLine(ls('不知从何说起。', '2028年3月于杭州'), 1)).toBe(true);
  });
});
