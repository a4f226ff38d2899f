// Readings that follow from constructions of the kitchen, the clinic, the weather and the office
// (lib/pinyin/everyday-patterns.ts, and 得 dé before a prize won in lib/pinyin/news-patterns.ts):
// hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('kitchen, clinic and weather patterns', () => {
  it.each([
    ['广播的声音调大了一些', '调', 'tiáo'],
    ['这碗面的口味调得偏咸', '调', 'tiáo'],
    ['他把收音机的频道调了调', '调', 'tiáo'],
    ['一辆货车卡在了桥洞下面', '卡', 'qiǎ'],
    ['那只小狗卡在了石缝里', '卡', 'qiǎ'],
    ['他和了一桶砂浆', '和', 'huó'],
    ['外婆在灶间和面，准备做麦饼', '和', 'huó'],
    ['养老服务一户不落', '落', 'là'],
    ['社区排查，一个楼道都不落下', '落', 'là'],
    ['救助政策覆盖到位，不落一人', '落', 'là'],
    ['他请了半个月病假，课程落下了不少', '落', 'là'],
    ['拍片子之前要把项链摘掉', '片子', 'piān zi'],
    ['这部片子在村里放了三场', '片子', 'piān zi'],
    ['红糖年糕一不小心就粘牙', '粘', 'zhān'],
    ['饭锅底下粘了一层锅巴', '粘', 'zhān'],
    ['古镇的灯会引得市民纷纷前来', '得', 'de'],
    ['房间里不通风，人待着闷得慌', '闷', 'mēn'],
    ['黄梅天又闷又湿，衣服总也晒不干', '闷', 'mēn'],
    ['这场雪下得不大，路上没有积雪', '得', 'de'],
    ['他发着烧，得在家休息两天', '得', 'děi'],
    ['老人的腰伤得好好养', '得', 'děi'],
    ['他在运动会上跳高得了冠军', '得', 'dé'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['这首歌的音调高了一些', '调', 'diào'],
    ['他一调就是三年，很少回家', '调', 'diào'],
    ['他的医保卡在外地也能刷', '卡', 'kǎ'],
    ['钢筋和水泥的价格都涨了', '和', 'hé'],
    ['家里的米和面都吃完了', '和', 'hé'],
    ['他和面馆老板是老同学', '和', 'hé'],
    ['他和泥瓦匠一起修房子', '和', 'hé'],
    ['秋风一吹，树叶纷纷落下', '落', 'luò'],
    ['永不落幕的舞台', '落', 'luò'],
    ['他从地上捡起一块铁片子', '片', 'piàn'],
    ['这种米很粘，适合做年糕', '粘', 'nián'],
    ['汤汁熬得很粘稠', '粘', 'nián'],
    ['书后附有人名引得', '得', 'dé'],
    ['老人一个人在家闷得慌', '闷', 'mèn'],
    ['他获得不少荣誉', '得', 'dé'],
    ['大家忙得不可开交', '得', 'de'],
  ] as const)('leaves %s: %s as %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
