// Readings that follow from verbs of the house, the kitchen and the road (lib/pinyin/household-patterns.ts):
// hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('house, kitchen and road patterns', () => {
  it.each([
    ['木匠在箱子上钉了两根木条', '钉', 'dìng'],
    ['海浪卷走了沙滩上的拖鞋', '卷', 'juǎn'],
    ['大风卷着沙子扑面而来', '卷', 'juǎn'],
    ['他们在院子里铺草坪', '铺', 'pū'],
    ['裁缝量了他的腰围', '量', 'liáng'],
    ['妈妈连夜给他缝了一床被子', '缝', 'féng'],
    ['把湿衣服拧干再晾', '拧', 'níng'],
    ['这孩子的脾气太拧了', '拧', 'nìng'],
    ['她在厨房择芹菜', '择', 'zhái'],
    ['青菜择干净了再下锅', '择', 'zhái'],
    ['把剩下的米饭馏一下', '馏', 'liù'],
    ['米囤里还有半袋米', '囤', 'dùn'],
    ['他挑着麦子去磨面粉', '磨', 'mò'],
    ['下大雨前要把鸭子圈起来', '圈', 'juān'],
    ['木耳泡涨后切丝', '涨', 'zhàng'],
    ['中午吃熬豆腐', '熬', 'āo'],
    ['这锅白菜要熬得软一些', '熬', 'āo'],
    ['孩子们趟过小河去上学', '趟', 'tāng'],
    ['车灯晃眼，看不清路', '晃', 'huǎng'],
    ['这酒的味道很冲', '冲', 'chòng'],
    ['他退休后好喝几口', '好', 'hào'],
    ['个别摊贩强卖土特产', '强', 'qiǎng'],
    ['拆掉围墙，还绿于民', '还', 'huán'],
    ['同学们迎着朝阳出发', '朝', 'zhāo'],
    ['这个球传得漂亮', '得', 'de'],
    ['他们这场仗赢得漂亮', '得', 'de'],
    ['这盘棋下得精彩', '得', 'de'],
    ['顾客可以自由选择菜品', '择', 'zé'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['一颗铁钉在路上扎破了轮胎', '钉', 'dīng'],
    ['试卷进行了密封', '卷', 'juàn'],
    ['这家店铺地板很干净', '铺', 'pù'],
    ['这批零件的质量和尺寸都合格', '量', 'liàng'],
    ['门缝上贴着一张纸条', '缝', 'fèng'],
    ['他拧开瓶盖喝了一口水', '拧', 'nǐng'],
    ['他发脾气拧了孩子一下', '拧', 'nǐng'],
    ['他抉择不下，只好先回家', '择', 'zé'],
    ['这种酒要经过两次蒸馏', '馏', 'liú'],
    ['个别商户囤积大米', '囤', 'tún'],
    ['他把刀磨得飞快', '磨', 'mó'],
    ['老师把错别字圈起来', '圈', 'quān'],
    ['雨后河水涨了不少', '涨', 'zhǎng'],
    ['奶奶每天早上熬小米粥', '熬', 'áo'],
    ['他跑了一趟水利局', '趟', 'tàng'],
    ['吊灯晃得厉害', '晃', 'huàng'],
    ['花香味冲淡了屋里的霉味', '冲', 'chōng'],
    ['这酒好喝，你尝尝', '好', 'hǎo'],
    ['这项政策还利于民生', '还', 'hái'],
    ['他家住在朝阳区', '朝', 'cháo'],
    ['她取得出色的成绩', '得', 'dé'],
    ['他获得顺利通关的资格', '得', 'dé'],
  ] as const)('leaves alone %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
