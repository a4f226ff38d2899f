// The rule the blind105 round added. lib/reflow/notice-parts.ts labelRowUnder (asked in the segmenter through
// document-rows.ts documentRowEnds, before the boundary scorer): a labelled row with no sentence in it ends before a line
// opening with a label of its own of up to eight characters (`人民币汇率中间价：…`, `第一中标候选人：…`, `规上工业总产值：…`),
// not six only: a market box's rows, a 中标 notice's rows and a 统计 box's rows are each a paragraph of their own.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { labelRowUnder } from '../../lib/reflow/notice-parts';

describe('a labelled row before a row whose label is seven or eight characters long (labelRowUnder)', () => {
  it('changes: a row of figures or a name, then a label of seven or eight characters and its colon', () => {
    expect(labelRowUnder('创业板指：2236.48点，涨1.46%', '人民币汇率中间价：1美元对人民')).toBe(true);
    expect(labelRowUnder('项目经理：何建伟', '第二中标候选人：绍兴华舜建筑工程')).toBe(true);
    expect(labelRowUnder('规上工业企业：8216家', '规上工业总产值：7654.3亿元，增长9')).toBe(true);
  });
  it('still parts a row before a label of up to six characters, as before', () => {
    expect(labelRowUnder('上证指数：3412.56点，涨0.85%', '深证成指：10985.37点，涨1.12%')).toBe(true);
  });
  it('leaves alone: a label of nine characters, a paragraph with a sentence in it, a clause cut, a row of two fields, a quotation', () => {
    expect(labelRowUnder('创业板指：2236.48点，涨1.46%', '人民币汇率中间价格表：1美元')).toBe(false);
    expect(labelRowUnder('记者：今年的收成怎么样？', '省人大代表陈建国：今年')).toBe(false);
    expect(labelRowUnder('第一步：登录报名系统，', '第二步完成实名认证：上传')).toBe(false);
    expect(labelRowUnder('联系人：王先生　联系', '电话号码及传真号：0571')).toBe(false);
    expect(labelRowUnder('创业板指：2236.48点', '市人大代表王建国：“我们')).toBe(false);
    expect(labelRowUnder('今年全市经济运行总体平稳', '人民币汇率中间价：1美元')).toBe(false);
    // under a colon a longer label is an interview's answer as often: there the label stays six characters at most
    expect(labelRowUnder('刘芳（江汉区民意街道社区书记）：', '主要是三个方面：一是管网老化')).toBe(false);
    expect(labelRowUnder('现将中标候选人公示如下：', '项目编号：SXYC2026-0936')).toBe(true);
  });
  it('parts a market box\'s last index row from the exchange-rate row under it in <br> lines with empty lines', () => {
    const text = ['　　昨日沪深两市收盘情况：', '', '上证指数：3412.56点，涨0.85%', '', '深证成指：10985.37点，涨1.12%', '',
      '创业板指：2236.48点，涨1.46%', '', '人民币汇率中间价：1美元对人民', '币7.1025元，1欧元对人民币8.291', '4元。', '',
      '　　宁波板块当日有81只个股上涨，', '占板块个股总数的64.8%，成交额', '合计186.7亿元。'].join('\n');
    expect(reflowText(text).map((b) => b.text)).toEqual([
      '昨日沪深两市收盘情况：', '上证指数：3412.56点，涨0.85%', '深证成指：10985.37点，涨1.12%', '创业板指：2236.48点，涨1.46%',
      '人民币汇率中间价：1美元对人民币7.1025元，1欧元对人民币8.2914元。', '宁波板块当日有81只个股上涨，占板块个股总数的64.8%，成交额合计186.7亿元。',
    ]);
  });
  it('still runs a sentence on into a line opening with a long label-like phrase where the paragraph so far is prose', () => {
    const text = ['　　记者昨日从市统计局获悉，今年', '全市经济运行总体平稳，主要指标', '规上工业总产值：7654.3亿元。'].join('\n');
    expect(reflowText(text)).toHaveLength(1);
  });
});
