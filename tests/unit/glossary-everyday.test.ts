// Guards against marks in everyday prose (issue 13, the dev18 round): glossary forms that are
// plain words (lib/glossary/everyday.ts), and the detector's signs, shouts, titles, idioms and room or dish counts (lib/glossary/detect-plain.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGlossaryMatcher } from '../../lib/glossary/data';
import { parseDictionary } from '../../lib/dict';
import { detectJargon } from '../../lib/glossary/detect';
import { inPolicySense } from '../../lib/glossary/everyday';
import { glossaryWords } from '../../scripts/lib/glossary-words';

const matcher = buildGlossaryMatcher(undefined, glossaryWords());
const dict = parseDictionary(readFileSync(join(__dirname, '../../public/dict/cedict.txt'), 'utf8'));
const isWord = (w: string): boolean => dict.has(w);
const marked = (text: string): string[] => matcher.match(text).map((m) => text.slice(m.start, m.end));
const detected = (text: string): string[] => detectJargon(text, matcher.match(text), isWord).map((d) => d.term);
/** Glossary and detected marks together. */
const anyMark = (text: string): string[] => [...marked(text), ...detected(text)];

describe('everyday words among the glossary forms', () => {
  it('are not underlined in a sentence of everyday prose', () => {
    expect(marked('周末和邻居下了一盘棋，输赢都不在乎。')).toEqual([]);
    expect(marked('拳击手一套组合拳打得对手连连后退。')).toEqual([]);
    expect(marked('这台空调的闭环控制让温度很稳定。')).toEqual([]);
    expect(marked('新款平板用的是M2芯片，运行速度很快。')).toEqual([]);
    expect(marked('电脑主板上的DIP开关拨错了。')).toEqual([]);
    // dev19: 钉钉子 on a wall, a collar that 卡脖子, a flat a couple saved for, a two-way zip.
    expect(marked('爸爸在客厅墙上钉钉子，挂上了全家福。')).toEqual([]);
    expect(marked('这件毛衣领口太紧，穿着有点卡脖子。')).toEqual([]);
    expect(marked('小两口攒了五年钱，终于在城东买下一套好房子。')).toEqual([]);
    expect(marked('这件羽绒服是双开拉链，骑车时可以从下面拉开。')).toEqual([]);
  });

  it('are not underlined in their plain sense (dev20: a boat, a race, a nap, rice, a toy town)', () => {
    expect(marked('端午节划龙舟，红船在最前面领先半个船身。')).toEqual([]);
    expect(marked('车手在最后一个弯道超车，以零点一秒险胜。')).toEqual([]);
    expect(marked('店家的好差评各占一半，看得人拿不定主意。')).toEqual([]);
    expect(marked('爬到半山腰，奶奶说歇会儿吧，喝口水再走。')).toEqual([]);
    expect(marked('这块田的早稻到了拔节孕穗期，要勤看水。')).toEqual([]);
    expect(marked('游乐场里新开了一片梦想小镇，小朋友可以当一天消防员。')).toEqual([]);
  });

  it('keeps the dev20 forms in their policy sense', () => {
    expect(marked('党员干部到南湖瞻仰红船，重温入党誓词。').join()).toContain('红船');
    expect(marked('全市推行政务服务“好差评”，差评全部整改。').join()).toContain('好差评');
    expect(marked('县里抢抓数字经济新赛道，实现弯道超车。').join()).toContain('弯道超车');
    expect(marked('今年新认定省级未来工厂4家。').join()).toContain('未来工厂');
  });

  it('are not underlined in their plain sense (dev21: ice cream, a banquet, a chair, birds, a budget)', () => {
    expect(marked('甜品店的双人套餐是三大球香草冰淇淋加两杯果汁。')).toEqual([]);
    expect(marked('外婆的拿手新三样是糟鸡、酱鸭和腌笃鲜。')).toEqual([]);
    expect(marked('新楼盘的样板间主打阳光厨房，灶台正对着窗户。')).toEqual([]);
    expect(marked('楼道协商会的第一议题是把楼道灯换成感应灯。')).toEqual([]);
    expect(marked('这张升降桌能上能下，站着坐着都能用。')).toEqual([]);
    expect(marked('爷爷搬家前腾笼换鸟，把八哥送给了邻居，换回一只鹦鹉。')).toEqual([]);
    expect(marked('巷口的馄饨铺多年不变价格，一碗还是八元。')).toEqual([]);
    expect(marked('房东同意先租后让，两年后把小店卖给租客。')).toEqual([]);
    expect(marked('他是球队的隐形冠军，每场都默默跑满全场。')).toEqual([]);
    expect(marked('孩子上了大学，家里只好过紧日子。')).toEqual([]);
    expect(marked('他每天夜跑五公里，想瘦身健体。')).toEqual([]);
    expect(marked('邮局下午只开单一窗口，取件的人排成长队。')).toEqual([]);
    expect(marked('姐姐在老家就近办婚宴，请了二十桌。')).toEqual([]);
    expect(marked('超市转账五万元限额以上部分要到柜台办理。')).toEqual([]);
    expect(marked('图书馆刷脸几秒办完借书手续。')).toEqual([]);
    expect(marked('她当年账户里的钱都借给了弟弟。')).toEqual([]);
    expect(marked('他把奖金投资于人工智能基金，也有一部分投资于物业出租。')).toEqual([]);
  });

  it('keeps the dev21 forms in their policy sense', () => {
    expect(marked('全县深入推进腾笼换鸟，盘活低效用地。')).toContain('腾笼换鸟');
    expect(marked('党政机关带头过紧日子，压减非刚性支出。')).toContain('过紧日子');
    expect(marked('今年全市限额以上零售额增长4.1%。')).toContain('限额以上');
    expect(marked('县委理论学习中心组落实“第一议题”制度。').join()).toContain('第一议题');
    expect(marked('按不变价格计算，全县生产总值增长六个百分点。').join()).toContain('不变价格');
    expect(marked('更加注重投资于人，新增财力向民生倾斜。').join()).toContain('投资于人');
    expect(marked('参保人的医保当年账户余额可以结转。').join()).toContain('当年账户');
  });

  it('takes a counted formula (四个意识, 两个责任) only quoted or in policy prose, never after 第/这/那', () => {
    expect(marked('她是全组第四个意识到危险的人。')).toEqual([]);
    expect(marked('楼上有四个面向大海的房间。')).toEqual([]);
    expect(marked('门口站着两个责任心很强的保安。')).toEqual([]);
    expect(marked('你把这两个结合起来试试看。')).toEqual([]);
    expect(marked('河滩上有四种形态不同的鹅卵石。')).toEqual([]);
    expect(marked('党员要增强“四个意识”。').join()).toContain('四个意识');
    expect(marked('各级党委压实全面从严治党两个责任，推动工作落实。').join()).toContain('两个责任');
  });

  it('reads N方面 as no counted formula (方面 is one word), and keeps N方 before another character one (dev70)', () => {
    expect(marked('市人代会票决产生今年十方面民生实事，涉及养老、托育、停车等领域。').join()).toContain('十方面民生实事');
    expect(marked('这件事四方责任都有，谁也推不掉。')).toEqual([]);
    expect(marked('楼上有四个面向大海的房间。')).toEqual([]);
  });

  it('takes no numbered form inside an amount (上千万工程款, 两万人计划)', () => {
    expect(marked('他拖欠了近千万工程款。')).toEqual([]);
    expect(marked('预计有三万人计划春节回乡。')).toEqual([]);
    expect(marked('全省深化千万工程，建设和美乡村。').join()).toContain('千万工程');
  });

  it('keeps the dev19 forms in their policy sense', () => {
    expect(marked('发扬钉钉子精神，一件接着一件办。').join()).toContain('钉钉子');
    expect(marked('企业联合高校攻关“卡脖子”技术。').join()).toContain('卡脖子');
    expect(marked('建设安全、舒适、绿色、智慧的好房子。')).toContain('好房子');
    expect(marked('县纪委监委对严重违纪违法的一名干部给予双开处分。')).toContain('双开');
  });

  it('underlines no five-year plan inside a larger number or an age', () => {
    expect(marked('这位小伙子二十四五岁，在镇上开了一家修车铺。')).toEqual([]);
    expect(marked('班上有十四五岁的孩子，也有更小的。')).toEqual([]);
    expect(marked('全县“十四五”规划确定的重大项目已完成八成。').join()).toContain('十四五');
    expect(marked('十四五时期，全市经济总量迈上新台阶。').join()).toContain('十四五');
  });

  it('are underlined where the sentence is policy prose or the form is quoted', () => {
    expect(marked('全市上下一盘棋，合力推进项目建设。')).toContain('一盘棋');
    expect(marked('以数字化改革为抓手，推动基层治理提质增效。')).toContain('抓手');
    expect(marked('一季度末广义货币M2余额同比增长百分之八。')).toContain('M2');
    expect(marked('村党组织书记和村委会主任“一肩挑”比例达到100%。').join()).toContain('一肩挑');
  });

  it('takes 高企 for high-tech enterprises only in policy prose, not for prices that stay high (dev23)', () => {
    expect(marked('今年全县新认定高企56家，总数达到412家。')).toContain('高企');
    expect(marked('今年以来猪肉价格高企，不少市民改买鸡鸭。')).toEqual([]);
  });

  it('takes 发展对象 for a candidate for Party admission only in policy prose, not for a possible boyfriend (dev37)', () => {
    expect(marked('今年各村发展对象全部经过县委组织部集中培训，考试合格后方可接收为预备党员。')).toContain('发展对象');
    expect(marked('支部研究确定“发展对象”3名。').join()).toContain('发展对象');
    expect(marked('表姐说那个男生只是普通朋友，还算不上发展对象。')).toEqual([]);
  });

  it('takes a quoted everyday form after a verb of calling (叫他“小巨人”) as a nickname, not the term named (dev55)', () => {
    expect(marked('班里的小刚才上五年级就一米八了，同学们都叫他“小巨人”。')).toEqual([]);
    expect(marked('球迷们都喊他“小巨人”，他是队里的中锋。')).toEqual([]);
    expect(marked('他的外号叫“小巨人”。')).toEqual([]);
    expect(marked('爷爷下棋从不认输，邻居们戏称“一盘棋”老张。')).toEqual([]);
    // Quotes with no verb of calling still name the term, and a policy word keeps a nickname-like frame.
    expect(marked('今年我市新增国家级专精特新“小巨人”企业21家。').join()).toContain('小巨人');
    expect(marked('这类企业被称为“小巨人”。').join()).toContain('小巨人');
    expect(marked('全省上下要下好“一盘棋”。').join()).toContain('一盘棋');
    expect(marked('住建部门将分批推出一批“好房子”示范项目。').join()).toContain('好房子');
    // 简称 introduces the term's short form, not a nickname.
    expect(marked('设备更新和消费品以旧换新，简称“两新”。').join()).toContain('两新');
  });

  it('judges the sentence, not the whole text', () => {
    const text = '全市推进项目建设。周末他和邻居下了一盘棋。';
    const at = text.indexOf('一盘棋');
    expect(inPolicySense(text, at, at + 3, 'yipanqi')).toBe(false);
    expect(inPolicySense('邻居在下棋，一盘棋下了一下午。', 6, 9, 'yipanqi')).toBe(false);
    expect(inPolicySense('他每天都会看看人大的新闻。', 6, 8, 'renda')).toBe(true);
    // Another glossary's entry with the same characters is not held back.
    expect(inPolicySense('邻居在下棋，一盘棋下了一下午。', 6, 9, 'chess')).toBe(true);
  });
});

describe('the detector in everyday prose', () => {
  it('takes no nickname for a coinage: quotes after 的 before how a person is addressed (dev81)', () => {
    expect(detected('巷口的“百事通”李大爷什么都知道。')).toEqual([]);
    expect(detected('楼下的“热心肠”王阿姨天天帮人取快递。')).toEqual([]);
    expect(detected('厂里的“老黄牛”陈师傅今年退休了。')).toEqual([]);
    // A coinage keeps its mark: no 的 before it, or no address after it, or a policy morpheme inside.
    expect(detected('这位“稻田守护”张大哥每天巡田。')).toContain('稻田守护');
    expect(detected('镇里的“稻田守护”项目今年启动。')).toContain('稻田守护');
    expect(detected('村里的“共富果园”王师傅今年又丰收了。')).toContain('共富果园');
  });

  it('takes no nickname for a coinage: a quoted role after 是 / 成了 (… 的) that ends the clause (dev37)', () => {
    expect(detected('隔壁阿婆是小区里的“包打听”，哪家搬来新住户她第一个知道。')).toEqual([]);
    expect(detected('奶奶在家里是“大管家”，每一笔开销都记在小本子上。')).toEqual([]);
    expect(detected('刚上初中的表弟成了家里的“小老师”。')).toEqual([]);
    // 是个 / 是位 with no 一 before the measure word (dev43).
    expect(detected('舅舅是个“大嗓门”，隔着两栋楼都能听见他喊人吃饭。')).toEqual([]);
    expect(detected('奶奶说妹妹是个“小迷糊”，出门常常忘带钥匙。')).toEqual([]);
    expect(detected('这是个“共富驿站”，每天都有人来。')).toContain('共富驿站');
    expect(detected('他是个“小迷糊”团队的队长。')).toContain('小迷糊');
    // 是一头 / 是一只 / 是一匹: an animal's measure word before the role, like 是一名 (dev114).
    expect(detected('老张在厂里干了三十年，工友们都说他是一头“老黄牛”。')).toEqual([]);
    expect(detected('她手脚勤快，是一只停不下来的“小蜜蜂”，大家都喜欢她。')).toEqual([]);
    expect(detected('这支球队是一匹“黑马”，一路闯进了决赛。')).toEqual([]);
    expect(detected('这是一只“共富羊”养殖项目的样板。')).toContain('共富羊');
    expect(detected('这里是一头“共富牛”，每天都有人来看。')).toContain('共富牛');
    // 有个 / 有一本 / 有位: what a person keeps or is known by, ending the clause (dev122).
    expect(detected('小区门口的修鞋师傅有个“小账本”，谁家欠了几块钱都记着。')).toEqual([]);
    expect(detected('爷爷有一本“记账簿”，天天翻看。')).toEqual([]);
    expect(detected('村里有个“共富驿站”，每天都有人来。')).toContain('共富驿站');
    expect(detected('修鞋师傅有个“小账本”团队，专门帮人记账。')).toContain('小账本');
    expect(detected('镇上推出了“小账本”，商户都说方便。')).toContain('小账本');
    // Up to six characters between the copula and 的 (是小区里出了名的, dev67).
    expect(detected('他每天跑十公里，是小区里出了名的“运动达人”。')).toEqual([]);
    expect(detected('外婆是整条老街出了名的“热心肠”，谁家有事都去帮忙。')).toEqual([]);
    expect(detected('这里是全县首批建成的“共富驿站”，每天都有人来。')).toContain('共富驿站');
    expect(detected('他是小区里出了名的“运动达人”团队的队长。')).toContain('运动达人');
    // A noun after the quotes, or a policy morpheme inside them, keeps the coinage.
    expect(detected('他是全村的“小管家”团队的队长。')).toContain('小管家');
    expect(detected('这里是全县的“共富驿站”，每天都有人来。')).toContain('共富驿站');
    // 称作 / 叫做 / 誉为 … 的 before the role, like 称为 … 的 (dev101).
    expect(detected('居民们都把这位随叫随到的物业维修师傅称作小区的“大管家”。')).toEqual([]);
    expect(detected('大家把他叫做村里的“活地图”，哪条小路都认得。')).toEqual([]);
    expect(detected('她被誉为全镇的“热心肠”。')).toEqual([]);
    expect(detected('这种做法被称作全省的“共富驿站”模式。')).toContain('共富驿站');
    expect(detected('这种做法被称作“共富驿站”。')).toContain('共富驿站');
    // A simile's 像 / 如同 and a measure word before the role, like a copula (dev105); a bare 像“…” or a noun after the quotes keeps the coinage.
    expect(detected('弟弟整天跟在哥哥身后，像个甩不掉的“小尾巴”。')).toEqual([]);
    expect(detected('才六岁的她说起话来活像一个“小大人”。')).toEqual([]);
    expect(detected('他在村里干活从不喊累，如同一头“老黄牛”。')).toEqual([]);
    expect(detected('这个服务点就像“共富驿站”。')).toContain('共富驿站');
    expect(detected('他像个“小尾巴”团队的队长。')).toContain('小尾巴');
    expect(detected('这里像个全县首批建成的“共富驿站”，每天都有人来。')).toContain('共富驿站');
    // Up to eight characters between the copula and 的 (成了独居老人们吃饭的, dev106); a noun after the quotes, or nine characters, keeps the coinage.
    expect(detected('社区食堂开张后，成了独居老人们吃饭的“好帮手”。')).toEqual([]);
    expect(detected('老李退休后成了整个小区老人们的“主心骨”。')).toEqual([]);
    expect(detected('她成了整条街上所有小孩的“孩子王”。')).toEqual([]);
    expect(detected('她是整条街上所有小孩的“孩子王”。')).toEqual([]);
    expect(detected('她成了整条街上所有小孩子的“孩子王”。')).toContain('孩子王');
    expect(detected('她是整条街上所有小孩子的“孩子王”。')).toContain('孩子王');
    expect(detected('他成了独居老人们吃饭的“好帮手”团队的队长。')).toContain('好帮手');
    // 当了 before the role, like 当起了 / 当上了 (dev113's trap); a noun after the quotes keeps the coinage.
    expect(detected('这个周末，他当了一回孩子们的“孩子王”。')).toEqual([]);
    expect(detected('退休以后，他在村里当了三年的“老娘舅”，调解了上百起纠纷。')).toEqual([]);
    expect(detected('他当了一回孩子们的“孩子王”团队的队长。')).toContain('孩子王');
    expect(detected('这个村当了全县首个推行“强村贷”的村。')).toContain('强村贷');
  });

  it('takes no sign, shout, title or price offer in quotes for a coinage', () => {
    expect(detected('面馆门口挂着“好吃不贵”四个大字。')).toEqual([]);
    expect(detected('球迷们齐声高喊“加油加油”。')).toEqual([]);
    expect(detected('电影“流浪地球”重映时，影院坐满了人。')).toEqual([]);
    expect(detected('奶茶店推出“第二杯半价”活动。')).toEqual([]);
    expect(detected('超市的横幅上是“全场五折起”。')).toEqual([]);
    // dev19: a dish, the title of a photo show, a list of sights.
    expect(detected('老字号面馆的招牌菜“片儿川”一碗卖十八元。')).toEqual([]);
    expect(detected('“江南好风光”摄影展在市图书馆开展。')).toEqual([]);
    expect(detected('“西湖十景”中，他最喜欢断桥残雪。')).toEqual([]);
    // dev28: a line put on a blackboard, an outing of a weekend.
    expect(detected('老师在黑板上写下“春眠不觉晓”，让孩子们跟着读。')).toEqual([]);
    expect(detected('大学生们周末来了一场“特种兵式旅游”，一天逛完五个景点。')).toEqual([]);
    expect(detected('几个朋友晚饭后沿着老街来了一次“城市漫步”。')).toEqual([]);
    // dev29: a price or a sum of money named by a figure of speech, two characters and 价 / 钱.
    expect(detected('网友调侃这次降价是“骨折价”，一小时就卖光了。')).toEqual([]);
    expect(detected('骗子盯上了老人的“养老钱”。')).toEqual([]);
  });
  it('still finds a quoted coinage of policy prose', () => {
    // The 才 of 引才 / 育才 (talent) before an award's or a programme's name is no adverb (dev113); the adverb 才 still makes a predicate.
    expect(detected('大会表彰了10名引才“伯乐奖”获得者，每人奖励5万元。')).toContain('伯乐奖');
    expect(detected('县里推出育才“新苗计划”。')).toContain('新苗计划');
    expect(detected('他忙到半夜才“收工”。')).toEqual([]);
    expect(detected('他直到晚上才“下班”。')).toEqual([]);
    expect(detected('区里推出“助企服务直通车”，问题收集办理实现闭环。')).toContain('助企服务直通车');
    // Longer or other than two characters and 价 / 钱: still coinages (dev29).
    expect(detected('县里推行医疗服务“同城同价”，患者跨院就医费用一致。')).toContain('同城同价');
    expect(detected('村里推行“强村贷”，村集体可贷款建厂房。')).toContain('强村贷');
    expect(detected('街道推行“小区议事会”，居民有事好商量。')).toContain('小区议事会');
    // Not an outing: 开展了一场 takes a campaign's name.
    expect(detected('街道开展了一场“邻里守望”行动。')).toContain('邻里守望');
  });
  it('takes no idiom on a word (一针一线, 一草一木) or a portion (一人一碗) for a 一X一Y formula', () => {
    expect(detected('老师傅一针一线地缝好了书包。')).toEqual([]);
    expect(detected('山上的一草一木都是村民种下的。')).toEqual([]);
    expect(detected('小吃店一人一碗面，价格实惠。')).toEqual([]);
    // A price per item (dev80's plain sentences): a unit of money, then a measure of goods.
    expect(detected('书店老板把旧书摆在门口一元一本出售。')).toEqual([]);
    expect(detected('早市的青菜一块一斤，很快卖完了。')).toEqual([]);
    expect(detected('县里推进城乡公交“一元一票”全覆盖。').join()).toContain('一元一票');
    expect(detected('全县推行一元一票，村民坐车更便宜。').join()).toContain('一元一票');
    expect(anyMark('村里发展一村一品，特色产业越做越大。').join()).toContain('一村一品');
    expect(detected('全县推行一户一档，逐户建立台账。').join()).toContain('一户一档');
  });
  it('takes no count of rooms or dishes for a NUM X NUM Y formula', () => {
    expect(detected('新房是三室一厅，阳台很大。')).toEqual([]);
    expect(detected('食堂午饭是两菜一汤，米饭管够。')).toEqual([]);
    expect(anyMark('全县开展三改一拆，拆除违法建筑。').join()).toMatch(/三改一拆/);
    expect(anyMark('交通部门开展两客一危车辆专项检查。').join()).toMatch(/两客一危/);
  });
});
