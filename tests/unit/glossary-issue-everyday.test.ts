// The plain everyday words issue 13 names (家门口, 打卡, 一站式, 巾帼, 充电桩, 垃圾分类, 绿道, 赋能): in a plain
// sentence none is underlined, whatever the glossary holds; where the glossary has a card for the policy sense
// (the charging network, the waste-sorting system, the greenways a city builds), that card is underlined in policy
// prose (lib/glossary/everyday.ts). The sentences are written for this test, not taken from a development set.
import { describe, expect, it } from 'vitest';
import { glossary } from '../helpers/glossary-entries';

describe('issue 13\'s plain everyday words', () => {
  it.each([
    ['新开的超市就在家门口，买菜方便多了。'],
    ['不少游客专程来这里打卡拍照。'],
    ['商场提供一站式购物服务。'],
    ['巾帼不让须眉，她在赛场上表现出色。'],
    ['小区门口的充电桩坏了好几天。'],
    ['小区里的垃圾分类做得越来越好，大家都自觉分类投放。'],
    ['她从小就学会了垃圾分类。'],
    ['周末我们一家人沿着绿道骑行，风景很好。'],
    ['新修的滨江绿道上，骑自行车的人越来越多。'],
    ['好的工具能给工作赋能。'],
  ])('are not underlined in a plain sentence: %s', (text) => {
    expect(glossary.matched(text)).toEqual([]);
  });

  it.each([
    ['全市推进生活垃圾分类工作，今年新建绿道120公里。', ['shenghuo-laji-fenlei', 'lvdao']],
    ['我市垃圾分类工作连续三年在全省考核中获评优秀。', ['shenghuo-laji-fenlei']],
    ['全县今年新建公共充电桩500个，推进充电基础设施建设。', ['chongdianzhuang']],
  ] as const)('are underlined as the policy term in policy prose: %s', (text, ids) => {
    for (const id of ids) expect(glossary.ids(text)).toContain(id);
  });
});

describe('a text\'s own start and end are no quotation marks', () => {
  it.each([['充电桩坏了好几天，物业迟迟不来修。'], ['小区门口的充电桩'], ['一盘棋下了三个小时。'], ['垃圾分类'], ['单项冠军她拿了三个，都在全市运动会上。']])('an everyday form (or another field\'s word) first or last in a text is left alone: %s', (text) => {
    expect(glossary.matched(text)).toEqual([]);
  });

  it('a quoted one is still read, curly or straight quotes', () => {
    expect(glossary.ids('“充电桩”')).toContain('chongdianzhuang');
    expect(glossary.ids('大家说的"充电桩"要建得更多')).toContain('chongdianzhuang');
  });
});
