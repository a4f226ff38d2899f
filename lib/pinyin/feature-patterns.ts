// Constructions of the feature pages — food columns and recipes, travel pages, match reports and
// local-history pages — in which a polyphonic character's reading follows from the words around
// it, for the colloquial single-character readings of the Xiandai Hanyu Cidian (7th ed.) that
// pinyin-pro and the benchmark-trained model read by the commoner literary or noun reading:
//   炸 zhá (在油里弄熟: 炸春卷, 油炸), 和 huó (加水揉弄: 加水和面), 薄 báo (擀得薄), 剥 bāo (剥花生,
//   剥好), 塞 sāi (塞了两个), 盛 chéng (盛了一碗, 盛饭), 着 zháo (着了火), 调 tiáo (调成糊状, 调匀),
//   种 zhòng (自家种的), 撒 sǎ (撒上葱花), 载 zài (载誉), 重 chóng (重赛), 落 là (手机落在车上),
//   得 de (收拾得干干净净), 朝 zhāo (朝…暮…, 朝…夕…), 好 hào (从小好学);
// and words of everyday news the earlier development sets left wrong: 重重 chóngchóng (困难重重),
// 结果 jiēguǒ "bear fruit", 圈养 juàn, 空地 kòng, 下载 zài, 中签 zhòng, 转了起来 zhuàn, 烧得一干二净 de.
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';

/** What is fried (炸 zhá): foods and the frying's result, not 炸鱼 (fishing with explosives). */
const FRIED =
  '(?:春卷|鸡(?!蛋)|排骨|带鱼|小黄鱼|丸子|肉丸|薯条|酱|臭豆腐|年糕|响铃|油条|里脊|茄盒|藕盒|麻花|馓子|花生米|至金黄|至酥脆|至|制|熟|透|好的|得金黄|得酥脆)';
/** Things a person leaves behind somewhere (落 là "leave behind"): not 目光, 重心, 脚步. */
const BELONGINGS = '(?:手机|钥匙|钱包|背包|书包|挎包|证件|身份证|护照|行李箱?|雨伞|伞|东西|电脑|物品|外套|衣服|帽子|眼镜|作业本?|卡)';
/** Characters before 塞 that make it sè or sài (堵塞, 闭塞, 鼻塞, 语塞, 边塞, 要塞 …). */
const SE_BEFORE = '[堵阻闭梗淤拥壅栓充搪茅鼻语边要关出芥顿]';
/** Words ending in 盛 shèng (茂盛, 旺盛, 兴盛 …). */
const SHENG_BEFORE = '[茂旺兴繁强鼎丰隆昌全极炽鼎气繁茂昌]';

export const FEATURE_PATTERNS: readonly Correction[] = [
  // 炸 zhá "deep-fry": before what is fried, and after 油/煎/干/软/香.
  { word: '炸', pinyin: 'zhá', notBefore: '[爆轰引被]', after: FRIED, example: '刚出锅的炸响铃又香又脆', keep: ['渔民用雷管炸鱼被查处', '爆炸至少造成两人受伤'] },
  { word: '炸', pinyin: 'zhá', before: '(?:油|煎|干|软|香|现)', notAfter: '[弹药毁裂开伤死响雷]', example: '这家店的干炸小黄鱼很出名', keep: ['加油炸弹'] },
  // 和 huó "knead with water": 和面, 和泥 after adding water or a verb's auxiliary, not 和面粉, 和面对.
  {
    word: '和',
    pinyin: 'huó',
    before: '(?:水|开始|先|再|用手|来|正在|在|要|会|学|手工|负责|忙着|帮着)',
    after: '(?:面(?![粉条包食馆点片汤对前临向貌积孔容子上下膜])|泥(?![土沙石]))',
    example: '面粉里加点水和面，揉成光滑的面团',
    keep: ['他正在和面包店老板谈合作', '我们要和面对困难的群众站在一起'],
  },
  // 薄 báo as the complement of a verb of rolling or cutting: 擀得薄, 摊得薄一些 (not 显得薄弱).
  { word: '薄', pinyin: 'báo', before: '得', notAfter: '[弱利情命礼幸面技产田]', example: '面片擀得薄，煮出来才筋道', keep: ['这家企业的家底显得薄弱'] },
  // 剥 bāo "peel": before what is peeled or the result (剥花生, 剥好, 剥开), not 剥夺/剥削/剥落.
  {
    word: '剥',
    pinyin: 'bāo',
    notBefore: '[盘生]',
    after: '(?:好|了|开|皮|壳|掉|出|花生|毛豆|豆子|蚕豆|蒜|橘子|桔子|虾|笋|玉米|鸡蛋|栗子|莲子|菱角|茧)',
    example: '孩子们围坐在桌边剥毛豆',
    keep: ['被告人被剥夺政治权利三年', '外墙瓷砖剥落伤人'],
  },
  // 塞 sāi "stuff in": 塞了, 塞满, 塞给, 塞到 … (not 堵塞了, 边塞, 要塞).
  { word: '塞', pinyin: 'sāi', notBefore: SE_BEFORE, after: '(?:了|满|给|到|入|在|回|着)', example: '妈妈往他书包里塞了一袋牛奶', keep: ['早高峰道路堵塞了一个多小时', '古代边塞在这里设有关隘'] },
  // 盛 chéng "ladle, fill": 盛了一碗, 盛饭, 盛汤 (not 茂盛, 旺盛).
  { word: '盛', pinyin: 'chéng', notBefore: SHENG_BEFORE, after: '(?:[了满上出好]*(?:满满|[一两半几])?[大小]?[碗勺盆盘杯]|[饭汤粥])', example: '食堂阿姨给他盛了满满一碗饭', keep: ['院子里的花开得很旺盛'] },
  // 着 zháo "catch fire": 着了火.
  { word: '着', pinyin: 'zháo', after: '了火(?![车锅箭候柴力光])', example: '电动车充电时突然着了火', keep: [] },
  // 调 tiáo "mix": 调匀, 调成…糊/汁/酱.
  { word: '调', pinyin: 'tiáo', after: '(?:匀|成[^，。；！？]{0,4}?(?:糊|汁|酱|浆|馅))', example: '面粉加水调成面糊', keep: ['他被调成了后勤保障岗位'] },
  // 种 zhòng "grow": who grew it + 种的 (自家种的, 他种的), not 其他种的.
  {
    word: '种',
    pinyin: 'zhòng',
    before: '(?:自家|自己|亲手|家里|地里|田里|他|她|我|你|们|农户|村民|农民|爷爷|奶奶|外婆|外公|父亲|母亲|老人)',
    notBefore: '其他',
    after: '的',
    example: '这些蔬菜都是村民自己种的',
    keep: ['其他种的蔬菜也不错'],
  },
  // 撒 sǎ "sprinkle": 撒上, 撒在, 撒一把 … (not 撒谎, 撒娇, 撒网).
  { word: '撒', pinyin: 'sǎ', after: '(?:上|入|在|些|点|匀|满|一把|一层|一点|一些|盐|葱花|芝麻|胡椒|种子|石灰)', example: '面饼出锅后撒上一层白芝麻', keep: ['他从不撒谎'] },
  // 载 zài "carry": 载誉 (载誉归来).
  { word: '载', pinyin: 'zài', after: '誉', example: '女排姑娘载誉凯旋', keep: [] },
  // 重 chóng "again": a match, a shot or a recording held again (重赛, 重拍, 重录).
  {
    word: '重',
    pinyin: 'chóng',
    notBefore: '[双多两严繁沉隆尊慎注着看偏稳厚庄贵比加负体超举郑]',
    after: '[赛拍录](?![事场道区务制片机音像])',
    example: '因计时系统故障，这一组比赛须重赛',
    keep: ['他一向看重录取结果', '这次比赛备受重视'],
  },
  // 落 là "leave behind": belongings 落在/落到 somewhere.
  { word: '落', pinyin: 'là', before: BELONGINGS, after: '(?:在|到)', example: '乘客把钥匙落在了公交车上', keep: ['她把目光落在了孩子身上'] },
  // 得 de before a reduplicated adjective (收拾得干干净净, 打扫得整整齐齐).
  {
    word: '得',
    pinyin: 'de',
    notBefore: '[获取赢博难求]',
    after: '(?<a>\\p{Script=Han})\\k<a>(?<b>\\p{Script=Han})\\k<b>',
    example: '志愿者把楼道打扫得整整齐齐',
    keep: ['他获得多多少少的帮助'],
  },
  // 朝 zhāo "morning" in 朝…暮…/朝…夕… (朝三暮四, 朝耕暮读, 朝发夕至), not 朝着夕阳.
  { word: '朝', pinyin: 'zhāo', notAfter: '[着向]', after: '\\p{Script=Han}[暮夕]', example: '这趟列车朝发夕至', keep: ['他朝着夕阳的方向走去'] },
  // 血 xiě said alone as a clause's subject, the blood coming out (血一下子涌出来, 血顺着手指往下滴).
  { word: '血', pinyin: 'xiě', before: '(?:[，。；！？：“]|^)', after: '(?:一下子|直往|直流|顺着|止不住|还在流|流个不停|涌了出来|冒了出来)', example: '他的膝盖磕破了，血顺着小腿往下流', keep: ['他一看到血一下子就晕了'] },
  // 种 zhòng "plant" before a crop after a modal, an adverb or a grower (就该种玉米, 村民种西瓜), not 这种/一种/该种 + crop.
  {
    word: '种',
    pinyin: 'zhòng',
    before: '(?:[要想会能去来就也还都先再在不没户民]|应该|就该|还该|可以|开始|继续|打算|准备)',
    after: '(?:玉米|水稻|早稻|晚稻|小麦|蔬菜|青菜|大豆|黄豆|土豆|红薯|番薯|西瓜|果树|茶树|茶叶|树苗|花草|棉花|油菜|竹子|桑树|药材|草莓|葡萄|杨梅|柑橘|橘子|香菇|菜|稻|树|花|瓜|豆|粮)',
    example: '地势低的田块，今年就该种水稻',
    keep: ['这种玉米耐旱', '该种蔬菜需要搭棚'],
  },
  // 好 hào "be fond of": 好学 after 从小/自幼/勤奋 … or before 上进/不倦 (not "easy to learn").
  { word: '好', pinyin: 'hào', before: '(?:从小|自幼|自小|勤奋|聪明|聪颖|虚心|谦虚|刻苦)', after: '学', example: '她自幼好学，十五岁就考上了大学', keep: ['这门手艺不好学'] },
  { word: '好', pinyin: 'hào', after: '学(?:上进|不倦|深思|好问)', example: '这位青年好学上进，很快成了技术骨干', keep: [] },
  // 重重 chóngchóng "layer upon layer" (困难重重, 重重阻碍), not 重重地 / 重重一击 "heavily".
  { word: '重重', pinyin: 'chóng chóng', notAfter: '(?:地|的|一|[摔打击砸落跌拍踩捶敲撞摔])', example: '面对重重困难，他们没有放弃', keep: ['他重重地摔在地上', '背着重重的书包'] },
  // 结 jiē "bear fruit": 结果 after the tree or its season, before 了/实/期.
  { word: '结', pinyin: 'jiē', before: '(?:开花|开始|已经|就能|才能|陆续|首次|当年|年年|树上|还没|还未|没有|未|也|都|会|不)', after: '果(?:了|实|期)', example: '屋后的枇杷树已经结果了', keep: ['比赛结果已经公布'] },
  // 圈 juàn "pen": 圈养 and the animals' pens.
  { word: '圈', pinyin: 'juàn', after: '养', notBefore: '[一两几圆转绕外内]', example: '山区的黑山羊改放养为圈养', keep: ['绕场一圈养护人员都在'] },
  // 空 kòng "unoccupied": 空地 (not 防空, 对空, 空地一体 "air and ground").
  { word: '空', pinyin: 'kòng', notBefore: '[防对天航高低升领太制]', after: '地(?![导面对球一协联勤])', example: '村里把闲置的空地改成了停车场', keep: ['演习检验了空地协同作战能力'] },
  // 载 zài in 下载/上载 (the Xiandai Hanyu Cidian's xiàzài; CC-CEDICT's zai3 misleads the model).
  { word: '载', pinyin: 'zài', before: '[下上]', notAfter: '[入于明]', example: '市民可以下载电子社保卡', keep: [] },
  // 中 zhòng "win (a lottery)": 中签, not 会议中签署, 其中签名.
  { word: '中', pinyin: 'zhòng', after: '签(?![署订约字名发证到收单])', notBefore: '[其集心空高之当途期]', example: '车牌摇号结果出炉，他第一次就中签了', keep: ['会议中签署了合作协议', '其中签名的有三百人'] },
  // …and 中 zhōng "during" before 签署/签订, which the model reads as 中签.
  { word: '中', pinyin: 'zhōng', after: '签(?:署|订|约|字)', example: '两国领导人在访问中签署了多项合作文件', keep: [] },
  // 转 zhuàn "turn round": 转了起来, 转个不停, 转了一圈.
  { word: '转', pinyin: 'zhuàn', after: '(?:了起来|起来了|个不停|了几圈|了一圈|了两圈)', notBefore: '[好扭运反逆周]', example: '风一吹，风车就呼呼地转了起来', keep: ['经济形势好转了起来'] },
  // 得 de before 一干二净 / 一清二楚 (烧得一干二净), not 获得 / 取得.
  { word: '得', pinyin: 'de', notBefore: '[获取赢夺]', after: '一(?:干二净|清二楚)', example: '山火把半山的松林烧得一干二净', keep: [] },
];
