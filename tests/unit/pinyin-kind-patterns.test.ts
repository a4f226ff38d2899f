// Readings a kind of use decides (lib/pinyin/kind-patterns.ts, and 应为 in ./contrast-patterns.ts):
// 汗 hán closing a khan's name, 将 jiàng of a rank and of 将作, 靡 mǐ opening a classical clause, 炸 zhá
// of frying again or for a time, 应 yīng before 为, 着 zhe of 盯着手机, 供 gòng of what is enshrined,
// 拜相 xiàng, 镐 gǎo of the pick, 扛鼎 gāng, 晕轮 yùn. Hand-written sentences, none from a polyphone set; readings from the
// Xiandai Hanyu Cidian (7th ed.). Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('readings a kind of use decides', () => {
  it.each([
    ['阿勒坦汗晚年与明朝议和', '汗', 'hán'],
    ['喀尔喀的扎萨克图汗部游牧于西部', '汗', 'hán'],
    ['裨将率五百人断后', '将', 'jiàng'],
    ['三年后，他调任温州参将。', '将', 'jiàng'],
    ['北宋设将作监，主管营造', '将', 'jiàng'],
    ['碑文写道：“靡有孑遗。”', '靡', 'mǐ'],
    ['鸡块沥油后复炸半分钟', '炸', 'zhá'],
    ['把丸子放进油锅，炸至金黄捞出', '炸', 'zhá'],
    ['这处遗址应为汉代的驿站', '应', 'yīng'],
    ['孩子一回家就盯着手机看', '着', 'zhe'],
    ['老宅里还供着一尊观音像', '供', 'gòng'],
    ['他四十岁那年罢相归乡', '相', 'xiàng'],
    ['工人抡起铁镐凿开路面', '镐', 'gǎo'],
    ['她是剧团里扛鼎的花旦', '扛', 'gāng'],
    ['卫星运行在晕轮轨道上', '晕', 'yùn'],
  ])('reads %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['训练结束后他出了一身汗', '汗', 'hàn'],
    ['天太热，工人们个个满脸汗', '汗', 'hàn'],
    ['阿富汗位于亚洲中部', '汗', 'hàn'],
    ['区里将参照去年的标准发放', '将', 'jiāng'],
    ['这块空地将作为应急避难场所', '将', 'jiāng'],
    ['这家企业奢靡不改，被通报批评', '靡', 'mí'],
    ['敌机连续轰炸了二十分钟', '炸', 'zhà'],
    ['这种现象称为电磁感应为主的效应', '应', 'yìng'],
    ['街道已着手整治', '着', 'zhuó'],
    ['超市为顾客提供着免费的菩萨挂件', '供', 'gōng'],
    ['他去拜相关部门的负责人', '相', 'xiāng'],
    ['周人在镐京建都', '镐', 'hào'],
    ['他扛起一袋米就走', '扛', 'káng'],
    ['他被人从背后打晕了', '晕', 'yūn'],
  ])('leaves %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
