// The rule the blind97 round added. lib/reflow/join-rule.ts ('speaker-on'): where no column height is measured on a page that
// does not indent its paragraphs, a quotation closed at a sentence end on the full line before a blank line, its named
// speaker going on after a comma on the line after it (`…大家都习惯了。”` / `志愿者队长李红梅说，这支…`), is one paragraph the
// blank line cut (a column's end, which a text this short cannot measure) — as ./speaker-goes-on.ts already joined it where
// the boundary scorer was asked. Not a pronoun (`她说，`), not an official's `…负责人介绍，` or `…表示，` (which as often open a
// paragraph of their own), not after a sentence with no quotation. Print lines thirteen wide, blank lines at paragraph and
// column ends, as the re-printed br-blank shape of a 社会 story prints them.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';

const HEAD = ['本报讯（记者　朱　敏　通讯', '员　钟晓燕）3月9日上午，硖', '石街道西山社区的文化家园里，', '8名志愿者支起理发摊，为辖', '区老人免费理发。', '',
  '剪发、修面、吹干，志愿者们', '', '动作娴熟，不一会儿，老人们', '就换上了清爽的发型。83岁的', '沈奶奶照着镜子，笑得合不拢', '嘴。', ''];
const TAIL = ['发志愿服务队成立已有6年，', '累计服务老人1.5万人次。'];
const paras = (open: string, quote: string, next: string): string[] =>
  reflowText([...HEAD, open, quote, '', next, ...TAIL].join('\n'), { punctuation: false }).map((b) => b.text);

describe('a named speaker going on after a quotation closed before a blank line (join-rule speaker-on)', () => {
  it('changes: the blank line between the quotation and its named speaker is no paragraph end', () => {
    const got = paras('“老人出门不方便，我们每个', '月上门来一次，大家都习惯了。”', '志愿者队长李红梅说，这支理');
    expect(got).toHaveLength(3);
    expect(got[2]).toBe('“老人出门不方便，我们每个月上门来一次，大家都习惯了。”志愿者队长李红梅说，这支理发志愿服务队成立已有6年，累计服务老人1.5万人次。');
    expect(paras('“老人出门不方便，我们每个', '月上门来一次，大家都很喜欢！”', '社区志愿者王大伯说，这支理')).toHaveLength(3);
  });
  it('leaves alone: a pronoun, an official introducing or stating, a sentence with no quotation', () => {
    expect(paras('“老人出门不方便，我们每个', '月上门来一次，大家都习惯了。”', '她说，这支理发志愿服务队成')).toHaveLength(4);
    expect(paras('“老人出门不方便，我们每个', '月上门来一次，大家都习惯了。”', '社区负责人介绍，这支理发志')).toHaveLength(4);
    expect(paras('“老人出门不方便，我们每个', '月上门来一次，大家都习惯了。”', '社区负责人表示，这支理发志')).toHaveLength(4);
    expect(paras('老人们出门不方便，志愿者每', '月上门来一次，大家都习惯了。', '志愿者队长李红梅说，这支理')).toHaveLength(4);
  });
});
