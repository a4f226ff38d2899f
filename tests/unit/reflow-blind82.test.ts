// The rule the blind82 round added. lib/reflow/comma-heads.ts quotedAboveIndent (asked by headingRunEnd in
// lib/reflow/headlines.ts): on a page whose paragraphs open indented, a 小标题 that is one quotation holding a clause mark
// (`“只要岛上需要，我就一直在”`), on an unindented print line of its own after a finished paragraph and over an indented
// line, is a heading, as it is between empty lines.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const blocks = (lines: string[]): string[] => reflowText(lines.join('\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);
const heads = (lines: string[]): string[] => blocks(lines).filter((b) => b.startsWith('heading'));
// A 人物 通讯 set twenty-two wide, paragraphs indented with 　　, as 浙江日报 prints one in pre-wrap.
const ABOVE = ['　　这样的深夜出诊，陈海涛已经记不清有过多少', '次。三十年来，他守在海岛卫生院。', '　　渔民常年在海上作业，看病难是老问题。近年', '来，卫生院开通了远程问诊，渔船上的船员通过', '卫星电话就能向医生咨询。'];
const UNDER = ['　　如今，卫生院已配上了远程心电等设备，还有', '两名年轻医生来岛上工作。'];

describe('a quotation with a clause mark alone on an unindented line over an indented one (quotedAboveIndent)', () => {
  it('changes: the quotation after a paragraph ended short, over an indented paragraph, is a heading', () => {
    expect(blocks([...ABOVE, '“只要岛上需要，我就一直在”', ...UNDER])).toEqual([
      'body: 这样的深夜出诊，陈海涛已经记不清有过多少次。三十年来，他守在海岛卫生院。',
      'body: 渔民常年在海上作业，看病难是老问题。近年来，卫生院开通了远程问诊，渔船上的船员通过卫星电话就能向医生咨询。',
      'heading: “只要岛上需要，我就一直在”',
      'body: 如今，卫生院已配上了远程心电等设备，还有两名年轻医生来岛上工作。',
    ]);
    expect(heads([...ABOVE, '“台上一分钟，台下十年功”', ...UNDER])).toEqual(['heading: “台上一分钟，台下十年功”']);
  });

  it('leaves alone: a quotation closing on a sentence mark, one after an unfinished line, one over an unindented line', () => {
    // A paragraph's quoted last sentence keeps its mark inside the quotation: it stays in its paragraph.
    expect(heads([...ABOVE, '“只要岛上需要，我就一直在。”', ...UNDER])).toEqual([]);
    // After a line a paragraph goes on from, the quotation is that paragraph's.
    expect(heads([...ABOVE.slice(0, 2), '　　老陈常说一句话，说了三十年，渔民都记得：', '“只要岛上需要，我就一直在”', ...UNDER])).toEqual([]);
    // Over an unindented line (no indent marks where the next paragraph opens), the quotation is not set apart.
    expect(heads([...ABOVE, '“只要岛上需要，我就一直在”', '如今，卫生院已配上了远程心电等设备，还有', '两名年轻医生来岛上工作。'])).toEqual([]);
  });
});
