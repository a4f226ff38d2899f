// Verbs of the house, the kitchen and the road in local news, whose reading follows from the words
// around them where pinyin-pro or the benchmark-trained model reads the commoner word (Xiandai Hanyu
// Cidian, 7th ed.; CC-CEDICT agrees where it lists the word):
//   钉 dìng "nail (something)" (钉了几颗钉子, 钉在墙上; dīng of the noun 铁钉, 图钉); 卷 juǎn "roll up"
//   (卷了起来, 卷成一卷; juàn of 试卷, 案卷); 铺 pū "lay" before what is laid (铺木地板; pù of 店铺, 床铺);
//   量 liáng "measure" before the measured (量了厨房的尺寸; liàng of 数量, 质量); 缝 féng "sew" (缝了几针;
//   fèng of 裂缝, 门缝); 拧 níng "wring" (拧干毛巾) and nìng "stubborn" (脾气很拧; nǐng of 拧螺丝);
//   择 zhái of vegetables (择菜, 把菜择干净; zé of 选择); 馏 liù "re-steam" (馒头馏一下; liú of 蒸馏);
//   囤 dùn of a grain bin (粮囤, 米囤; tún of 囤积); 磨 mò "mill" (磨面, 磨成面粉, 磨豆腐; mó of 磨刀);
//   圈 juān "pen in" (把鸡圈起来; juàn of 鸡圈, quān of 圈起错字); 涨 zhàng "swell" (豆子泡涨了);
//   熬 āo "stew vegetables" (熬白菜, 熬豆腐; áo of 熬粥, 熬夜); 趟 tāng "wade" (趟着积水; tàng of 一趟);
//   晃 huǎng of light in the eyes (阳光晃得人睁不开眼; huàng of 摇晃); 冲 chòng of a strong smell
//   (油烟味冲得很; chōng of 冲淡); 好 hào of a liking for drink (好喝两口; hǎo of 这酒好喝);
//   强 qiǎng of 强买强卖; 还 huán of 还X于民 (还河于民, 还路于民); 朝阳 zhāoyáng of the morning sun
//   looked at (看朝阳, 迎着朝阳; Cháoyáng of 朝阳区); 得 de before how well something was done
//   (踢得漂亮, 赢得漂亮, 下得精彩; dé of 取得出色的成绩).
// And readings found wrong by reading the rest of those sentences: 转 zhuàn of revolutions counted
//   (每分钟一万转, 3000转/分; zhuǎn of 话锋一转); 呛 qiāng of water or food gone down the wrong way
//   (呛了一口水; qiàng of smoke); 卷 juǎn counting rolls (一卷胶带, 卷成一卷; juàn of a book's 一卷); 少 shǎo of 不少年轻人
//   (shào of 青少年); 数数 shǔshu "count" (你数数; not 分数数据); 率 lǜ of a rate before 不到 / 不足
//   (得房率不到八成; shuài of 队长率不到百人的小分队); 得 de before what it does to people (晃得人睁不开眼)
//   and before how soft it is cooked (熬得烂一点); 了 le of 上了当 (not 了当 liǎodàng).
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { WORD_WITH_DE } from './everyday-patterns';

/** Farm animals penned in (把鸡圈起来). */
const PENNED = '(?:鸡|鸭|鹅|猪|羊|牛|兔|马|狗)(?:群|仔|苗|子)?';
/** What is measured with a rule or tape (尺寸, 长度 …). */
const MEASURED = '(?:尺寸|长度|宽度|高度|深度|面积|体温|血压|身高|体重|腰围|距离)';
/** Nouns ending in 量 (数量, 质量 …), before which the 量 is liàng. */
const AMOUNT_BEFORE = '[剂数产质能流容总含分雨用销重力测储存增变大少适定音热电水油货]';
/** Compounds ending in 铺 "shop, bunk" (店铺, 床铺 …): pù. */
const SHOP_BEFORE = '[店商床饭药肉当书杂茶酒车卧通临首门旺客街]';
/** What is laid on a floor, a road or a bed (铺木地板, 铺沥青). */
const LAID = '(?:木?地板|地砖|瓷砖|地毯|草坪|草皮|石板|沥青|桌布|床单|被褥|管道|管线|电缆|轨道|路面|红毯|稻草)';
/** Grain and beans milled (磨面, 磨豆腐, 磨麦子). */
const MILLED = '(?:面粉|米粉|玉米粉|糯米粉|豆腐|豆浆|米浆|麦子|小麦|玉米|黄豆|豆子|稻谷|面(?![子孔部对前具膜貌]))';
/** Compounds ending in 钉 (铁钉, 图钉, 螺丝钉 …): the noun dīng. */
const NAIL_BEFORE = '[铁图螺丝道鞋门圆铆射钢木竹]';
/** Words of light that shines in the eyes (阳光, 灯光 …). */
const LIGHT = '(?:光|阳|灯|日头|太阳)(?:线)?';

export const HOUSEHOLD_PATTERNS: readonly Correction[] = [
  // 钉 dìng "nail (something)" before 了 / 上 / 在 … or a count of nails; dīng of 铁钉在, 图钉上.
  { word: '钉', pinyin: 'dìng', notBefore: NAIL_BEFORE, after: '(?:了|上|在|好|住|牢|进|死|[一两几][颗枚个根排])', example: '他在门框上钉了一块木牌', keep: ['一颗铁钉在路上扎破了轮胎', '墙上的图钉上挂着日历'] },
  // 卷 juǎn "roll up" before 起 / 成 / 着 …; juàn of 试卷, 答卷, 案卷, 春卷 ….
  { word: '卷', pinyin: 'juǎn', notBefore: '[试答交阅考案画书问开手花胶春蛋席压]', after: '(?:了起来|起来|起|成|着|进|走|入|上来|下来)', example: '天热了，他把袖子卷了起来', keep: ['考生的试卷成绩已公布', '案卷进入审查阶段'] },
  // 铺 pū "lay" before what is laid; pù of 店铺, 床铺.
  { word: '铺', pinyin: 'pū', notBefore: SHOP_BEFORE, after: `(?:[了上好]|设)?${LAID}`, example: '施工队正在给村道铺沥青', keep: ['店铺地板刚刚擦过', '火车卧铺床单每天更换'] },
  // 量 liáng "measure" before what is measured, with a few words between (量了厨房的尺寸).
  { word: '量', pinyin: 'liáng', notBefore: AMOUNT_BEFORE, after: `(?:了|过|一下)?\\p{Script=Han}{1,4}的${MEASURED}`, example: '工人量了阳台的长度，准备装晾衣架', keep: ['这批零件的质量和尺寸都合格', '要控制好用量的多少'] },
  // 缝 féng "sew" before 了 / 好 / 上 / stitches; fèng of 裂缝, 门缝, 墙缝.
  { word: '缝', pinyin: 'féng', notBefore: '[裂门墙石窗砖牙指夹板地岩罅无]', after: '(?:了|好|上|过|完|补|衣|被|扣|[一两几三四五六七八九十]针)', example: '奶奶给孙子缝好了书包的背带', keep: ['门缝上贴着一张纸条'] },
  // 拧 níng "wring" (拧干, 拧成一股绳); nìng "stubborn" of a temper; nǐng of 拧螺丝, 拧开.
  { word: '拧', pinyin: 'níng', after: '(?:干|成一股|出水|毛巾|衣服)', example: '她把洗好的床单拧干，晾在竹竿上', keep: ['他拧开瓶盖喝了一口水'] },
  { word: '拧', pinyin: 'nìng', notBefore: '发脾气', before: '(?:脾气|性子|性格)(?:很|太|真|挺|有点|有些|特别|比较)?', after: '(?:[，。！？；”]|$|了|得很)', example: '他的性子拧，认准的事谁也劝不动', keep: ['他发脾气拧了孩子一下'] },
  // 择 zhái of vegetables (择菜, 把菜择干净); zé of 选择, 抉择.
  { word: '择', pinyin: 'zhái', notBefore: '[选抉采择]', after: '(?:菜|韭菜|豆角|芹菜|菠菜|青菜)(?![品单谱系式肴场])', example: '晚饭前，婆媳俩坐在门口择韭菜', keep: ['顾客可以自由选择菜品'] },
  // 择 zé of 选择 / 抉择 before 菜 (选择菜品: pinyin-pro reads 择菜 zhái).
  { word: '择', pinyin: 'zé', before: '[选抉]', example: '顾客可以自由选择菜品', keep: [] },
  { word: '择', pinyin: 'zhái', before: '菜(?:叶)?', after: '(?:干净|好|了|完|一择)', example: '把菜择好洗净，沥干水分', keep: [] },
  // 馏 liù "re-steam" (馒头馏一下); liú of 蒸馏, 分馏, 干馏, 馏分.
  { word: '馏', pinyin: 'liù', notBefore: '[蒸分干精]', notAfter: '[分出程]', example: '冷了的包子放在锅里馏一馏', keep: ['这种酒要经过两次蒸馏'] },
  // 囤 dùn of a grain bin (粮囤, 米囤); tún of 囤积, 囤货.
  { word: '囤', pinyin: 'dùn', before: '[粮米谷稻麦草]', after: '(?:里|子|尖|底|中|内|满|都|[，。；！？、]|$)', example: '秋收以后，家家的粮囤都满了', keep: ['个别商户大米囤积居奇', '不少商户把大米囤在仓库里'] },
  // 磨 mò "mill" grain and beans (磨面, 磨成面粉, 磨豆腐); mó of 磨刀, 研磨.
  { word: '磨', pinyin: 'mò', notBefore: '[研打琢折消]', after: `(?:[了过好])?(?:成了?|出)?${MILLED}`, example: '村里的老人还用石磨磨豆浆', keep: ['他把刀磨得飞快', '咖啡豆研磨成粉'] },
  // 圈 juān "pen in" animals (把鸡圈起来); quān of 把错字圈起来, juàn of 鸡圈.
  { word: '圈', pinyin: 'juān', before: `(?:把|将)[^，。；！？]{0,3}${PENNED}`, after: '(?:起来|了起来|住)', example: '台风来前，他把羊群圈了起来', keep: ['老师把错别字圈起来'] },
  // 涨 zhàng "swell" of what soaks (泡涨); zhǎng of 河水涨了.
  { word: '涨', pinyin: 'zhàng', before: '泡得?', example: '黄豆在水里泡涨以后再磨', keep: ['雨后河水涨了不少'] },
  // 熬 āo "stew vegetables in water" (熬白菜, 熬豆腐); áo of 熬粥, 熬夜, 熬中药.
  { word: '熬', pinyin: 'āo', after: '(?:大?白菜|豆腐|冬瓜)', example: '晚饭是一锅熬白菜和两个馒头', keep: ['奶奶每天早上熬小米粥'] },
  { word: '熬', pinyin: 'āo', before: '(?:大?白菜|豆腐|冬瓜)(?:要|得|就)?', notAfter: '(?:成|粥|汤)', example: '冬瓜得熬烂了才好吃', keep: ['白菜熬成汤'] },
  // 趟 tāng "wade" (趟着积水, 趟水过河); tàng of 一趟, 这趟.
  { word: '趟', pinyin: 'tāng', notBefore: '[一两几这那每多半跑走来去]', after: '(?:着|过)?(?:小|大|深|浅)?(?:积水|水|河|溪|泥|浑水|雪|草)', example: '暴雨过后，村民们趟水去田里排涝', keep: ['他跑了一趟水利局'] },
  // 晃 huǎng of light in the eyes (阳光晃得人睁不开眼, 灯光晃眼); huàng of 摇晃.
  { word: '晃', pinyin: 'huǎng', before: LIGHT, after: '(?:得[^，。；！？]{0,3}(?:睁不开|眼花|看不清|眼睛)|眼|了[一下]?眼)', example: '对面车的远光灯晃得司机看不清路', keep: ['船身晃得厉害', '吊灯晃得厉害'] },
  // 冲 chòng of a strong smell (油烟味冲得很); chōng of 冲淡, 冲出.
  { word: '冲', pinyin: 'chòng', before: '味(?:道|儿)?(?:太|很|真|特别|有点|有些|比较|挺|也)?', notAfter: '[击动突刺洗淡出进入上向破开天鼻]', example: '刚装修的房子，油漆味太冲了', keep: ['花香味冲淡了屋里的霉味'] },
  // 好 hào of a liking for drink or a smoke (好喝两口); hǎo of 这酒好喝.
  { word: '好', pinyin: 'hào', after: '(?:喝|抽)[两几一]口', example: '老张平时好抽两口旱烟', keep: ['这酒好喝，你尝尝'] },
  // 强 qiǎng of 强买强卖 "force a sale"; not 最强买家.
  { word: '强', pinyin: 'qiǎng', notBefore: '[增富坚顽加最自]', after: '[买卖](?![得力场点家方出])', example: '对强卖商品、强迫消费的商户依法查处', keep: ['这是全网最强买家秀', '这款产品竞争力强卖得好'] },
  // 还 huán of 还X于民 "give back to the people" (还河于民, 还路于民); hái of 还利于民生.
  { word: '还', pinyin: 'huán', after: '[政权利河路湖地绿林田岸景水山海街]于(?:民|人民|百姓)(?![生营族间俗宿意主])', example: '拆除违建，还路于民', keep: ['这项政策还利于民生'] },
  // 朝阳 zhāoyáng "morning sun" looked at or faced; Cháoyáng of 朝阳区, 朝阳路.
  { word: '朝阳', pinyin: 'zhāo yáng', before: '(?:看|观|望|赏|拍|迎着|迎接|沐浴着|一轮|初升的|东升的)(?:一眼|一下|了)?', notAfter: '[区路街门医桥村镇县里]', example: '清晨，老人们在江边迎着朝阳打太极', keep: ['他去朝阳区看望朝阳医院的同学'] },
  // 得 de before how well something was done (踢得漂亮, 干得出色); dé of 取得出色的成绩.
  { word: '得', pinyin: 'de', notBefore: '[获取博难求夺争懂值你我他她它们就还都也]', after: '(?:很|非常|十分|相当|特别|真|太|更|最)?(?:漂亮|精彩|出色|干净|整齐|利索|利落|顺利|扎实|稳健)(?!的)', example: '这场仗打得漂亮', keep: ['她取得出色的成绩'] },
  // 转 zhuàn counting revolutions after a large number (一万转, 3000转/分); not 话锋一转 (zhuǎn).
  { word: '转', pinyin: 'zhuàn', before: '(?:转速|转数|每分钟|每秒钟?)[^。；！？]{0,12}(?:[0-9０-９]+|[一二两三四五六七八九十]+[百千万]+|[百千万])', after: '(?:[，。；、）)]|$)', example: '这台发动机的最高转速为每分钟六千转。', keep: ['说到这里，他话锋一转。', '这条视频一天就有10万转、5万评'] },
  { word: '转', pinyin: 'zhuàn', before: '[0-9０-９]', after: '/(?:分|秒|min)', example: '风机额定转速为1500转/分', keep: [] },
  // 呛 qiāng of water or food gone down the wrong way (呛了一口水); qiàng of smoke (烟呛得人直咳嗽).
  { word: '呛', pinyin: 'qiāng', notBefore: '[烟辣]', after: '(?:了[一几两]?口|水|奶|着了)', example: '他呛了几口水才游上岸', keep: ['他被烟呛了一口'] },
  // 卷 juǎn counting rolls (一卷胶带, 卷成一卷); juàn of 第一卷 (a volume).
  { word: '卷', pinyin: 'juǎn', before: '(?<!第)[一两几半]', after: '(?:卫生纸|纸|布|线|毛线|胶带|铺盖|报纸|钞票|绳子?|钢丝|电线|凉席|席子|地毯|胶片)', example: '他从工具箱里拿出一卷胶带', keep: ['这套丛书的第一卷纸张泛黄'] },
  { word: '卷', pinyin: 'juǎn', before: '成了?[一两几半]', after: '(?:[，。；！？]|$)', example: '她把量好的布卷成一卷。', keep: ['著有《诗草》一卷。'] },
  // 少 shǎo "few" before 年轻人 (不少年轻人: pinyin-pro reads 少年 shàonián); shào of 青少年.
  { word: '少', pinyin: 'shǎo', before: '[不很太较极]', after: '年(?:轻|青|头|份)', example: '不少年轻人选择回乡创业', keep: ['青少年宫今年新开了几门课'] },
  // 数数 shǔshu "count" after a pronoun or at a clause's start (你数数); not 分数数据 or 参数数量.
  { word: '数数', pinyin: 'shǔ shu', before: '(?:^|[，。；！？：、“]|[你我他她再先来去要])', notAfter: '[据量字值学目额码列组位]', example: '你再数数，看少了几张', keep: ['要提高参数数量'] },
  // 率 lǜ of a rate before 不到 / 不足 / 仅 (得房率不到八成); shuài of a leader (队长率不到百人的小分队).
  { word: '率', pinyin: 'lǜ', before: '\\p{Script=Han}', notBefore: '[统带督表轻草坦直真长记书任委官帅部团亲]', after: '(?:不到|不足|仅为|仅有|只有)', example: '这个小区的得房率不到八成', keep: ['队长率不到百人的小分队连夜出发'] },
  // 得 de before what something does to people (晃得人睁不开眼, 吵得人睡不着); not 赢得人心.
  { word: '得', pinyin: 'de', notBefore: WORD_WITH_DE, after: '人(?:睁不开|睡不着|受不了|喘不过|透不过|直[发打哆冒流咳])', example: '冷风吹得人直打哆嗦', keep: ['这项政策赢得人心'] },
  // 得 de before how soft or thick it is cooked (熬得烂一点, 炖得软一些).
  { word: '得', pinyin: 'de', notBefore: WORD_WITH_DE, after: '(?:烂|软|酥|稀|稠|浓|糯)(?:一点|一些|些|点|了)', example: '给老人的肉要炖得软一些', keep: [] },
  // 了 le of 上了当 / 受了当 "be taken in" (pinyin-pro reads 了当 liǎodàng of 直截了当).
  { word: '了', pinyin: 'le', before: '[上受]', after: '当', example: '不少老人在推销会上上了当', keep: ['他说话一向直截了当'] },
];
