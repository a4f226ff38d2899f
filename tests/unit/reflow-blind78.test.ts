// The rule the blind78 round added. lib/reflow/card-rows.ts (asked in segment.ts's last pass over the finished blocks, so
// the boundaries and the trained model are unchanged): a card's row (`影院：浙江电影院`: a label of two to four Han
// characters, a colon and a value with no clause mark) right over another row is one of the card's rows, body, never a
// headline of its own.
import { describe, expect, it } from 'vitest';
import { reflowText } from '../../lib/reflow';
import { cardRowOver } from '../../lib/reflow/card-rows';

describe('a card row over another row opens no headline (cardRowOver)', () => {
  it('changes: a label of two to four Han characters and a value with no clause mark, over another row', () => {
    expect(cardRowOver('影院：浙江电影院', '场次：13:00　16:40　20:10')).toBe(true);
    expect(cardRowOver('影院：杭州百老汇影城（湖滨银泰店）', '场次：10:30　14:20　19:15')).toBe(true);
    expect(cardRowOver('地点：绍兴博物馆二楼临展厅', '票价：免费，需提前在线预约')).toBe(true);
    expect(cardRowOver('主办单位：市文化广电旅游局', '承办单位：市文化馆')).toBe(true);
  });
  it('leaves alone: a place-name head over prose, a turn of an interview, a longer label, a row over prose or none', () => {
    expect(cardRowOver('遵义：茶园管护进入关键期', '本报讯　近日，遵义市各地茶园')).toBe(false);
    expect(cardRowOver('女子排球：六横镇队3∶1胜出', '本报讯（通讯员　王　琳）1月6日')).toBe(false);
    expect(cardRowOver('记者：夺冠之后，生活有什么变化？', '沈雨桐：变化不大，每天还是训练')).toBe(false);
    expect(cardRowOver('全民健身活动：报名开始', '时间：1月18日')).toBe(false);
    expect(cardRowOver('影院：浙江电影院', '')).toBe(false);
    expect(cardRowOver('《钱塘江上》', '影院：浙江电影院')).toBe(false);
  });
  it('gives a listing\'s rows under each bold title as body, the titles as headings', () => {
    const text = ['本周，多部新片登陆杭城影院。', '《钱塘江上》', '影院：浙江电影院', '场次：13:00　16:40　20:10', '《小马快跑》',
      '影院：杭州卢米埃影城（西溪银泰店）', '场次：09:50　12:30　15:10'].join('\n\n');
    const blocks = reflowText(text, { punctuation: false });
    expect(blocks.map((b) => `${b.kind ?? 'body'}: ${b.text}`)).toEqual([
      'body: 本周，多部新片登陆杭城影院。', 'heading: 《钱塘江上》', 'body: 影院：浙江电影院', 'body: 场次：13:00　16:40　20:10',
      'heading: 《小马快跑》', 'body: 影院：杭州卢米埃影城（西溪银泰店）', 'body: 场次：09:50　12:30　15:10',
    ]);
  });
  it('leaves a place-name head over a brief a heading', () => {
    const text = ['本周要闻。', '遵义：茶园管护进入关键期', '本报讯　近日，遵义市各地茶园进入秋冬管护关键期，茶农忙着修剪施肥。', '赤水：竹产业综合产值突破百亿元',
      '本报讯　记者从赤水市获悉，全市竹产业综合产值突破百亿元。'].join('\n\n');
    expect(reflowText(text, { punctuation: false }).map((b) => b.kind ?? 'body')).toEqual(['body', 'heading', 'body', 'heading', 'body']);
  });
});
