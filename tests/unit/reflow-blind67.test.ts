// The rules the blind67 round added. lib/reflow/table-notes.ts noteOpens (asked in join-rule.ts with the notice's field
// rules): a note's label (`注：`, `注释：`) opening a line after a finished sentence opens a block of its own.
// lib/reflow/table-notes.ts colonOverRows (asked in join-rule.ts with the announcements of a list): a line ending in a colon
// over two lines that are each a row of a table printed as text (`食品烟酒　下降0.8%`) ends its paragraph, however full.
// lib/reflow/issuers.ts (asked in segment.ts and numbered-heads.ts): a statistical bulletin's issuers first
// (`杭州市统计局　国家统计局杭州调查队`, wrapped or not) are a byline, and the first part head may stand right under them.
// lib/reflow/notice-end.ts fieldLastLine (asked by the shipped decider, full-stop.ts): the text's last line, a telephone's
// label and its number alone (`价格举报电话：12345`), after a finished sentence on a full line, is a block of its own.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { colonOverRows, noteOpens } from '../../lib/reflow/table-notes';
import { isIssuerLine } from '../../lib/reflow/issuers';
import { fieldLastLine } from '../../lib/reflow/notice-end';

const blocks = (text: string): string[] => reflowText(text).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

const texts = (text: string): string[] => reflowText(text).map((b) => b.text);

describe('a note after the text (noteOpens)', () => {
  it('changes: 注：/注释： opening a line after a finished sentence', () => {
    expect(noteOpens('退税缓费超过120亿元。', '注：收入数据为快报数，增幅按可比口')).toBe(true);
    expect(noteOpens('城乡居民收入倍差为1.84，比上年缩小0.03。', '注释：')).toBe(true);
    expect(noteOpens('工业法人单位。', '注:规上工业统计范围为年主营业务收入')).toBe(true);
  });
  it('leaves alone: no finished sentence before it, another word opening with 注, a note inside the line', () => {
    expect(noteOpens('全市一般公共预算收入完成798.6亿元，', '注：收入数据为快报数')).toBe(false);
    expect(noteOpens('退税缓费超过120亿元。', '注重民生保障，全年民生支出')).toBe(false);
    expect(noteOpens('退税缓费超过120亿元。', '注册资本达到1.2亿元，')).toBe(false);
    expect(noteOpens('退税缓费超过120亿元。', '全年数据注：初步统计')).toBe(false);
  });
  it('sets a note apart on a page that indents its paragraphs, the note unindented right under the last line', () => {
    const text = ['　　市财政局相关负责人表示，下一步', '将继续落实好结构性减税降费政策，全', '年预计新增减税降费超过120亿元。',
      '注：收入数据为快报数，增幅按可比口', '径计算。'].join('\n');
    expect(texts(text)).toEqual([
      '市财政局相关负责人表示，下一步将继续落实好结构性减税降费政策，全年预计新增减税降费超过120亿元。',
      '注：收入数据为快报数，增幅按可比口径计算。',
    ]);
  });
  it('still joins a paragraph\'s next line that opens with another word of 注', () => {
    const text = ['　　今年以来，全市财政收入平稳增长', '，全年一般公共预算收入增长4.2%。', '注重保障民生，民生支出占比超过八成', '，教育支出增长7.5%。'].join('\n');
    expect(texts(text)).toEqual(['今年以来，全市财政收入平稳增长，全年一般公共预算收入增长4.2%。注重保障民生，民生支出占比超过八成，教育支出增长7.5%。']);
  });
});

describe('a colon over a table printed as text (colonOverRows)', () => {
  it('changes: a colon at the line\'s end, then two rows of fields parted by full-width spaces', () => {
    expect(colonOverRows('从同比看，八大类价格“五涨三降”：', '食品烟酒　下降0.8%', '衣着　上涨1.4%')).toBe(true);
    expect(colonOverRows('从主要税种看：', '增值税　增长5.6%', '企业所得税　增长2.1%')).toBe(true);
  });
  it('leaves alone: no colon, one row only, a line of prose after the colon, the text\'s last line', () => {
    expect(colonOverRows('从同比看，八大类价格“五涨三降”，', '食品烟酒　下降0.8%', '衣着　上涨1.4%')).toBe(false);
    expect(colonOverRows('分品种看：', '食品烟酒　下降0.8%', '其中，鲜菜价格同比下降9.6%，')).toBe(false);
    expect(colonOverRows('市财政局相关负责人表示：', '下一步将继续落实好结构性减税', '降费政策，全年预计为各类经营')).toBe(false);
    expect(colonOverRows('分品种看：', '食品烟酒　下降0.8%', undefined)).toBe(false);
  });
  it('parts the announcing line, full with its hanging colon, from the table\'s first row in print lines fifteen wide', () => {
    const text = ['本报讯（记者　吴　倩）国家统计', '局金华调查队日前发布数据，全市', 'CPI同比上涨0.5%。', '从同比看，八大类价格“五涨三降”：',
      '食品烟酒　下降0.8%', '衣着　上涨1.4%', '居住　上涨0.2%', '食品中，鲜菜价格同比下降9.6%，', '猪肉价格上涨4.3%。'].join('\n');
    expect(texts(text)).toEqual([
      '本报讯（记者　吴　倩）国家统计局金华调查队日前发布数据，全市CPI同比上涨0.5%。',
      '从同比看，八大类价格“五涨三降”：',
      '食品烟酒　下降0.8%',
      '衣着　上涨1.4%',
      '居住　上涨0.2%',
      '食品中，鲜菜价格同比下降9.6%，猪肉价格上涨4.3%。',
    ]);
  });
});

describe('a bulletin\'s issuers first (isIssuerLine, issuersFirst)', () => {
  it('changes: one to three statistical bodies parted by spaces, nothing else', () => {
    expect(isIssuerLine('浙江省统计局　国家统计局浙江调查总队')).toBe(true);
    expect(isIssuerLine('湖州市统计局')).toBe(true);
    expect(isIssuerLine('海宁市统计局 国家统计局海宁调查队')).toBe(true);
  });
  it('leaves alone: a sentence naming the bureau, another body, a line cut inside the name', () => {
    expect(isIssuerLine('据市统计局')).toBe(false);
    expect(isIssuerLine('记者从市统计局获悉，前三季度')).toBe(false);
    expect(isIssuerLine('宁波市市场监督管理局')).toBe(false);
    expect(isIssuerLine('宁波市统计局　国家统计局宁波调')).toBe(false);
  });
  it('makes the issuers a byline, wrapped over two print lines or not, and the part head under them a heading', () => {
    const wrapped = ['宁波市统计局　国家统计局宁波调', '查队', '', '一、综合', '', '　　初步核算，全年全市地区生产', '总值18150亿元，比上年增长5.7%。'].join('\n');
    expect(blocks(wrapped)).toEqual(['byline: 宁波市统计局　国家统计局宁波调查队', 'heading: 一、综合', 'body: 初步核算，全年全市地区生产总值18150亿元，比上年增长5.7%。']);
    const plain = ['湖州市统计局', '一、农业生产稳定', '前三季度，全市农林牧渔业增加值112.6亿元，', '同比增长3.4%。粮食播种面积128.5万亩，增', '长0.8%；生猪存栏53.2万头，下降2.6%。'].join('\n');
    expect(blocks(plain)).toEqual(['byline: 湖州市统计局', 'heading: 一、农业生产稳定',
      'body: 前三季度，全市农林牧渔业增加值112.6亿元，同比增长3.4%。粮食播种面积128.5万亩，增长0.8%；生猪存栏53.2万头，下降2.6%。']);
  });
  it('leaves a signer at the text\'s end as it was', () => {
    const text = ['　　现将有关事项公告如下。', '　　特此公告。', '宁波市统计局', '2026年3月5日'].join('\n');
    expect(blocks(text)).toContain('body: 宁波市统计局');
  });
});

describe('a telephone field as the text\'s last line (fieldLastLine)', () => {
  const line = (text: string): { text: string; indent: boolean } => ({ text, indent: false });
  it('changes: the last line, a labelled number alone, after a finished sentence', () => {
    expect(fieldLastLine(line('供应总体充足，市民可按需购买。'), line('价格举报电话：12345'), undefined)).toBe(true);
    expect(fieldLastLine(line('请市民合理安排出行。'), line('咨询电话：0571-82736666'), undefined)).toBe(true);
  });
  it('leaves alone: a line after it, no finished sentence before it, a field closing a sentence, a label with words after it', () => {
    expect(fieldLastLine(line('供应总体充足，市民可按需购买。'), line('价格举报电话：12345'), line('责任编辑：沈洁'))).toBe(false);
    expect(fieldLastLine(line('如有疑问，可拨打'), line('价格举报电话：12345'), undefined)).toBe(false);
    expect(fieldLastLine(line('供应总体充足，市民可按需购买。'), line('价格举报电话：12345。'), undefined)).toBe(false);
    expect(fieldLastLine(line('供应总体充足，市民可按需购买。'), line('民生热线：路灯修好了'), undefined)).toBe(false);
  });
  it('sets the field apart in print lines fourteen wide with no mark of a paragraph, its sentence ending on a full line', () => {
    const text = ['本报讯（记者　陈　洁）据区发', '改局价格监测，本周蔬菜平均零售', '价为每500克3.26元，环比下降。', '区发改局提醒，元旦临近，部分',
      '蔬菜价格或有小幅波动，但市场', '供应总体充足，市民可按需购买。', '价格举报电话：12345'].join('\n');
    expect(texts(text).slice(-1)).toEqual(['价格举报电话：12345']);
  });
});
