// Readings that follow from constructions of the feature pages — recipes and food columns, travel,
// match reports, local history (lib/pinyin/feature-patterns.ts) — and from surnames named by a
// form of address, a clan or a newsroom role (lib/pinyin/person-names.ts), the seventh news
// polyphone round: hand-written sentences, none from a polyphone set; readings from the Xiandai
// Hanyu Cidian (7th ed.).
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';

describe('feature-page patterns', () => {
  it.each([
    ['把带鱼段炸至两面金黄', '炸', 'zhá'],
    ['这家小店的香炸藕盒是招牌菜', '炸', 'zhá'],
    ['加入清水和面，醒上半小时', '和', 'huó'],
    ['馄饨皮擀得薄，一煮就透', '薄', 'báo'],
    ['他坐在门口剥蚕豆', '剥', 'bāo'],
    ['剥开橘子，满屋都是清香', '剥', 'bāo'],
    ['临走时，老人往他口袋里塞了两个鸡蛋', '塞', 'sāi'],
    ['冰箱里塞满了年货', '塞', 'sāi'],
    ['她给每位客人盛了一小碗汤', '盛', 'chéng'],
    ['厨房的油锅着了火，消防员迅速赶到', '着', 'zháo'],
    ['把芝麻酱加水调成稀糊', '调', 'tiáo'],
    ['桌上的青菜都是我们自己种的', '种', 'zhòng'],
    ['起锅前撒上胡椒粉', '撒', 'sǎ'],
    ['射击队载誉而归', '载', 'zài'],
    ['因突降暴雨，这场比赛改日重赛', '重', 'chóng'],
    ['他将护照落在了酒店前台', '落', 'là'],
    ['客房被服务员收拾得整整齐齐', '得', 'de'],
    ['这趟航班朝发夕至', '朝', 'zhāo'],
    ['他自小好学，常去县图书馆借书', '好', 'hào'],
    ['手指被玻璃划了一道口子，血直往外冒', '血', 'xiě'],
    ['雨水多的年份，村民就该种晚稻', '种', 'zhòng'],
    ['山坡上的荒地，他打算种杨梅', '种', 'zhòng'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['仓库发生爆炸，所幸无人伤亡', '炸', 'zhà'],
    ['炸弹被排爆人员安全拆除', '炸', 'zhà'],
    ['这里的医疗资源显得薄弱', '薄', 'bó'],
    ['依法剥夺其政治权利', '剥', 'bō'],
    ['老房子的墙皮剥落了一大块', '剥', 'bō'],
    ['上班高峰，隧道里堵塞了半个小时', '塞', 'sè'],
    ['春天的草木长得很茂盛', '盛', 'shèng'],
    ['他被调成了后勤岗位', '调', 'diào'],
    ['各种的说法都有', '种', 'zhǒng'],
    ['这种茶叶产自高山', '种', 'zhǒng'],
    ['该种西瓜皮薄多汁', '种', 'zhǒng'],
    ['医生说，血压一下子升高很危险', '血', 'xuè'],
    ['撒网捕鱼的渔民', '撒', 'sā'],
    ['这次比赛受到大家的重视', '重', 'zhòng'],
    ['他把目光落在了远处的山上', '落', 'luò'],
    ['他获得多多少少的帮助', '得', 'dé'],
    ['他朝着夕阳的方向走去', '朝', 'cháo'],
    ['这门手艺不好学', '好', 'hǎo'],
  ] as const)('%s: %s stays %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});

describe('words of everyday news', () => {
  it.each([
    ['前进的道路上困难重重', '重', 'chóng'],
    ['新栽的桃树明年就能结果实', '结', 'jiē'],
    ['这批生猪全部圈养', '圈', 'juàn'],
    ['镇里把废弃的空地改造成了菜园', '空', 'kòng'],
    ['扫码即可下载全文', '载', 'zài'],
    ['首批购房人中签率不到一成', '中', 'zhòng'],
    ['陀螺在地上转个不停', '转', 'zhuàn'],
    ['一场大火把仓房烧得一干二净', '得', 'de'],
    ['出国前得先办好签证', '得', 'děi'],
    ['比赛开始前得先热身', '得', 'děi'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['他把箱子重重地放在桌上', '重', 'zhòng'],
    ['比赛结果已经公布', '结', 'jié'],
    ['他绕着操场跑了一圈', '圈', 'quān'],
    ['部队开展空地协同训练', '空', 'kōng'],
    ['这件事被记载于县志', '载', 'zǎi'],
    ['双方在会议中签署了协议', '中', 'zhōng'],
    ['其中签名的有三百人', '中', 'zhōng'],
    ['天气好转了起来', '转', 'zhuǎn'],
    ['三年前得先进个人称号的他', '得', 'dé'],
  ] as const)('%s: %s stays %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});

describe('surnames named by a form of address, a clan or a newsroom role', () => {
  it.each([
    ['开茶馆的仇老板很健谈', '仇', 'qiú'],
    ['，单老板把店里的灯都打开了', '单', 'shàn'],
    ['沿街开面馆的曾老板说，生意还不错', '曾', 'zēng'],
    ['本报通讯员区晓东报道', '区', 'ōu'],
    ['记者解文静从现场发回报道', '解', 'xiè'],
    ['韩国留学生朴智贤的作品获奖', '朴', 'piáo'],
    ['华师傅做了三十年的木匠', '华', 'huà'],
    ['据族谱记载，华姓家族明初迁来', '华', 'huà'],
    ['他说，查姓在当地是大户', '查', 'zhā'],
    ['这部区氏族谱修于清代', '区', 'ōu'],
  ] as const)('%s: %s is %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });

  it.each([
    ['记者查阅了相关资料', '查', 'chá'],
    ['记者解读了新政策的要点', '解', 'jiě'],
    ['全区老师都参加了暑期培训', '区', 'qū'],
    ['运动员华丽转身，当上了教练', '华', 'huá'],
    ['今天最高气温华氏九十度', '华', 'huá'],
    ['这里是单姓村，全村都姓王', '单', 'dān'],
    ['冠军曾多次参加全国比赛', '曾', 'céng'],
  ] as const)('%s: %s stays %s', (text, ch, reading) => {
    expect(readingOf(text, ch)).toBe(reading);
  });
});
