// Readings that follow from constructions of everyday and reported speech
// (lib/pinyin/usage-patterns.ts) and the third news round's additions to the news patterns:
// hand-written sentences, none from a polyphone set; readings from the Xiandai Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('usage patterns', () => {
  it.each([
    ['抽血前你得空腹八小时', '得', 'děi'],
    ['“你们得赶紧回家，台风要来了。”', '得', 'děi'],
    ['昨晚他睡了一个安稳觉', '觉', 'jiào'],
    ['她在社区教老人用智能手机', '教', 'jiāo'],
    ['他在山村教过十年书', '教', 'jiāo'],
    ['出纳把现金数了一遍', '数', 'shǔ'],
    ['冰雹过后，农户连夜抢种玉米', '种', 'zhòng'],
    ['暴雨后，积水没过膝盖', '没', 'mò'],
    ['选用较薄的钢板减轻车重', '薄', 'báo'],
    ['他年轻时干过泥水匠', '干', 'gàn'],
    ['太阳周围出现了日晕', '晕', 'yùn'],
    ['市民可在任意站点还车', '还', 'huán'],
    ['广场铺满了鲜花', '铺', 'pū'],
    ['这位大厨在比赛中露了一手', '露', 'lòu'],
    ['老人边弹边唱', '弹', 'tán'],
    ['老人舍不得扔掉这些旧物', '舍', 'shě'],
    ['企业舍得在研发上投入', '舍', 'shě'],
    ['他平时没空，周末才回家', '空', 'kòng'],
    ['饭后到小区里转一转', '转', 'zhuàn'],
    ['雨量为常年同期的两倍', '为', 'wéi'],
    ['今年利润为3.2亿元', '为', 'wéi'],
    ['群众满意率明显提高', '率', 'lǜ'],
    ['那时家里穷得叮当响', '得', 'de'],
    ['他把孩子背在身上过河', '背', 'bēi'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['他来得早些', '得', 'de'],
    ['宿舍得到了全面翻新', '舍', 'shè'],
    ['农舍得以保留原貌', '舍', 'shè'],
    ['睡醒后觉得浑身轻松', '觉', 'jué'],
    ['他在这所学校任教多年', '教', 'jiào'],
    ['全市人数到年底将过百万', '数', 'shù'],
    ['新增病例数到目前为止仍在下降', '数', 'shù'],
    ['参赛车辆数到周末将超过三百台', '数', 'shù'],
    ['这种养殖方式成本低', '种', 'zhǒng'],
    ['村民没过上几天好日子', '没', 'méi'],
    ['农户把稻谷晒干过秤', '干', 'gān'],
    ['沿街店铺装修一新', '铺', 'pù'],
    ['她不愿抛头露面', '露', 'lù'],
    ['山里没空调也很凉快', '空', 'kōng'],
  ] as const)('not in %s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});

describe('surnames and places of the third round', () => {
  it.each([
    ['社区书记应晓燕上门走访', '应', 'yīng'],
    ['主审法官任晓明当庭宣判', '任', 'rén'],
    ['修鞋铺的过师傅手艺好', '过', 'guō'],
    ['市民相女士打来电话', '相', 'xiàng'],
    ['慈溪市浒山街道', '浒山', 'xǔ shān'],
    ['宁波句章故城遗址', '句章', 'gōu zhāng'],
    ['代表团抵达亚的斯亚贝巴', '的', 'dì'],
  ] as const)('%s: %s is %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
  it.each([
    ['参保居民应按时缴费', '应', 'yīng'],
    ['法官任审判长', '任', 'rèn'],
    ['老人过马路要小心', '过', 'guò'],
    ['他看过师傅的手艺', '过', 'guò'],
    ['大家互相帮助', '相', 'xiāng'],
  ] as const)('not a surname in %s: %s is %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
