// The rules the blind83 round added. lib/reflow/card-rows.ts (asked in segment.ts's last pass over the finished blocks, so
// the boundaries and the trained model are unchanged): a figures box's row (`固定资产投资　增长6.4%`: an indicator, a
// full-width space and its figures, nothing else) next to another such row is one of the box's rows, body, never a
// headline of its own.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { cardRowOver } from '../../lib/reflow/card-rows';

const kinds = (parts: string[]): string[] => reflowText(parts.join('\n\n'), { punctuation: false }).map((b) => `${b.kind ?? 'body'}: ${b.text}`);

describe('a figures box\'s row next to another row opens no headline (cardRowOver)', () => {
  it('changes: an indicator and its figures after a full-width space, under or over another such row', () => {
    expect(cardRowOver('固定资产投资　增长6.4%', '全体居民人均可支配收入　69870元　增长5.1%')).toBe(true);
    expect(cardRowOver('城镇调查失业率　4.4%', '', '全体居民人均可支配收入　69870元　增长5.1%')).toBe(true);
    expect(cardRowOver('地区生产总值　23120　5.6', '一般公共预算收入　1842.6　3.1')).toBe(true);
    expect(cardRowOver('居民消费价格　上涨0.3%', '工业生产者出厂价格　下降1.2%')).toBe(true);
  });
  it('leaves alone: a head of two phrases, a row with no row beside it, a row with a clause, a row beside prose', () => {
    expect(cardRowOver('课间延长5分钟　校园更有活力', '银行柜员多问一句　市民保住5万元')).toBe(false);
    expect(cardRowOver('固定资产投资　增长6.4%', '本报讯　记者从市统计局获悉，去年全市固定资产投资增长6.4%。', '本周要闻。')).toBe(false);
    expect(cardRowOver('固定资产投资　增长6.4%，高于全省', '城镇调查失业率　4.4%')).toBe(false);
    expect(cardRowOver('杭州　金牌41枚　银牌33枚', '宁波　金牌12枚　银牌14枚')).toBe(false);
    expect(cardRowOver('主要指标', '固定资产投资　增长6.4%')).toBe(false);
  });
  it('gives a box\'s rows under its head as body, the head a heading', () => {
    expect(kinds(['2026年，全省经济运行总体平稳、稳中有进，高质量发展取得新成效。', '主要指标', '一般公共预算收入　9102亿元　增长3.6%',
      '固定资产投资　增长6.4%', '全体居民人均可支配收入　69870元　增长5.1%', '城镇调查失业率　4.4%',
      '全年居民消费价格比上年上涨0.3%，其中食品烟酒类价格下降0.6%，服务价格上涨0.9%。'])).toEqual([
      'body: 2026年，全省经济运行总体平稳、稳中有进，高质量发展取得新成效。', 'heading: 主要指标', 'body: 一般公共预算收入　9102亿元　增长3.6%',
      'body: 固定资产投资　增长6.4%', 'body: 全体居民人均可支配收入　69870元　增长5.1%', 'body: 城镇调查失业率　4.4%',
      'body: 全年居民消费价格比上年上涨0.3%，其中食品烟酒类价格下降0.6%，服务价格上涨0.9%。',
    ]);
  });
  it('leaves heads of two phrases over briefs, and a lone figure head over prose, headings', () => {
    expect(kinds(['本周要闻。', '课间延长5分钟　校园更有活力', '本报讯　新学期起，全市中小学课间活动时间由10分钟延长至15分钟，孩子们有了更多时间走出教室。',
      '银行柜员多问一句　市民保住5万元', '本报讯　近日，一名市民在银行柜台办理转账时，柜员察觉异常及时劝阻。']).map((s) => s.split(':')[0]))
      .toEqual(['body', 'heading', 'body', 'heading', 'body']);
    expect(kinds(['本周要闻。', '固定资产投资　增长6.4%', '本报讯　记者从市统计局获悉，去年全市固定资产投资增长6.4%，其中制造业投资增长12.1%。'])
      .map((s) => s.split(':')[0])).toEqual(['body', 'heading', 'body']);
  });
});

