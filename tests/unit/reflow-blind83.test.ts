// The rules the blind83 round added. lib/reflow/card-rows.ts (asked in segment.ts's last pass over the finished blocks, so
// the boundaries and the trained model are unchanged): a figures box's row (`固定资产投资　增长6.4%`: an indicator, a
// full-width space and its figures, nothing else) next to another such row is one of the box's rows, body, never a
// headline of its own. lib/reflow/name-cut.ts (asked where segment.ts gives a byline its block, before the scorer): a
// byline that fills its column and ends in a space and one Han character (`■记者　陈　琳　通讯员　韩　`) takes the next print
// line when that holds only one or two Han characters (`宣`), the rest of the cut name.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { cardRowOver } from '../../lib/reflow/card-rows';
import { nameCutAfter } from '../../lib/reflow/name-cut';

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

describe('a byline cut inside its last name takes the name\'s rest (nameCutAfter)', () => {
  const line = (text: string, width: number): { text: string; width: number } => ({ text, width });
  it('changes: a full byline ending in a space and one character, over a line of one or two characters', () => {
    expect(nameCutAfter(line('■记者　陈　琳　通讯员　韩', 12.5), { text: '宣', gap: 0 }, 14)).toBe(true);
    expect(nameCutAfter(line('记者　杨　帆　通讯员　甬', 13), { text: '　宣', gap: 0 }, 15)).toBe(true);
    const blocks = kinds(['■记者　陈　琳　通讯员　韩　\n宣\n　　昨天，区统计局发布2026年\n全区经济运行情况。初步核算，\n全年实现地区生产总值2286.4亿\n元，按可比价格计算。']);
    // (The space hung after 韩 is not put back: outside a credit bracket a byline's hung space is left to the trim, see credit-space.ts.)
    expect(blocks).toEqual(['byline: ■记者　陈　琳　通讯员　韩宣', 'body: 昨天，区统计局发布2026年全区经济运行情况。初步核算，全年实现地区生产总值2286.4亿元，按可比价格计算。']);
  });
  it('leaves alone: a byline short of its column, a longer next line, a line after a break, a name not cut', () => {
    expect(nameCutAfter(line('■记者　陈　琳', 6.5), { text: '好', gap: 0 }, 14)).toBe(false);
    expect(nameCutAfter(line('■记者　陈　琳　通讯员　韩', 12.5), { text: '宣传部', gap: 0 }, 14)).toBe(false);
    expect(nameCutAfter(line('■记者　陈　琳　通讯员　韩', 12.5), { text: '宣', gap: 1 }, 14)).toBe(false);
    // A name already of three characters (two unpadded after its space may be a three-character name's first two, `越教` /
    // `宣`, since blind154's round: tests/unit/reflow-blind154.test.ts).
    expect(nameCutAfter(line('■记者　陈　琳　通讯员　韩宣明', 14), { text: '好', gap: 0 }, 14)).toBe(false);
    expect(nameCutAfter(line('■记者　陈　琳　通讯员　韩', 12.5), { text: '宣', gap: 0 }, undefined)).toBe(false);
    expect(kinds(['■记者　陈　琳\n前言\n　　昨天，区统计局发布2026年\n全区经济运行情况。初步核算，\n全年实现地区生产总值2286.4亿\n元，按可比价格计算。'])[0]).toBe('byline: ■记者　陈　琳');
  });
});
