// Readings of a polyphone used as a single-character word or a function word in everyday news
// (lib/pinyin/function-patterns.ts): hand-written sentences, none from a polyphone set; readings from
// the Xiandai Hanyu Cidian (7th ed.). Each rule has sentences it must read and sentences it must leave alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('single-character and function-word patterns', () => {
  it.each([
    ['高中毕业后，她只身一人去宁波闯荡', '只', 'zhī'],
    ['村里老人独居，形单影只，很少出门', '只', 'zhī'],
    ['有的小贩把冻肉当鲜肉卖', '当', 'dàng'],
    ['婚礼上，摄影师给新人照了几十张相', '相', 'xiàng'],
    ['要说风景，全镇就数这段溪滩最美', '数', 'shǔ'],
    ['他把剩菜倒入泔水桶', '倒', 'dào'],
    ['店面虽小，生意倒还红火', '倒', 'dào'],
    ['她每天背着孙女去幼儿园', '背', 'bēi'],
    ['救援队员把伤者从山沟里背了出来', '背', 'bēi'],
    ['这桩差事落到了他的头上', '差', 'chāi'],
    ['稿子写得不好，被退回来重写了两遍', '重', 'chóng'],
    ['很多外地游客冲着这里的山水而来', '冲', 'chòng'],
    ['深秋的夜空格外清朗', '空', 'kōng'],
    ['老人自己种的番薯分给了邻居', '种', 'zhòng'],
    ['厨师们系着白围裙站成一排', '系', 'jì'],
    ['有好东西，他总尽着弟弟妹妹先挑', '尽', 'jǐn'],
    ['这座仓库原为一家纺织厂', '为', 'wéi'],
    ['该行为已被界定为民事侵权', '为', 'wéi'],
    ['他找了一下午也没找着钥匙', '着', 'zháo'],
    ['演员们身着戏服在街头巡游', '着', 'zhuó'],
    ['对方走错一着，被他抓住了机会', '着', 'zhāo'],
    ['今年的游客比去年少了许多。', '少', 'shǎo'],
  ])('%s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });

  it.each([
    ['他只身体有些弱，别的都好', '只', 'zhǐ'],
    ['电影只放映了三天', '只', 'zhǐ'],
    ['城管发现有人把垃圾当街倾倒', '当', 'dāng'],
    ['他们把女儿送到城里来当学徒', '当', 'dāng'],
    ['两人相互照应着走完了全程', '相', 'xiāng'],
    ['企业就数据安全召开了专题会', '数', 'shù'],
    ['他不小心摔倒在楼梯上', '倒', 'dǎo'],
    ['孩子跌倒也不哭', '倒', 'dǎo'],
    ['他背着家人偷偷报了名', '背', 'bèi'],
    ['孩子们把整首诗背了下来', '背', 'bèi'],
    ['这批零件质量太差', '差', 'chà'],
    ['行李箱很重', '重', 'zhòng'],
    ['消防员冲进了火场', '冲', 'chōng'],
    ['请在空格里打勾', '空', 'kòng'],
    ['这种的番薯口感粉糯', '种', 'zhǒng'],
    ['智慧系统自动提醒系好安全带', '系', 'xì'],
    ['我们会尽力而为', '尽', 'jìn'],
    ['两位老师均为其义务辅导过功课', '为', 'wèi'],
    ['孩子们排着队走进教室', '着', 'zhe'],
    ['全身着火的男子被路人扑救', '着', 'zháo'],
    ['他一着急就结巴', '着', 'zháo'],
    ['参加活动的男女老少比上届多。', '少', 'shào'],
  ])('leaves %s: %s %s', (text, word, reading) => {
    expect(readingOf(text, word)).toBe(reading);
  });
});
