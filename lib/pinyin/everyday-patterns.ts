// Constructions of the kitchen, the clinic, the weather and the office in everyday local news, in
// which a polyphonic character's reading follows from the words around it where pinyin-pro or the
// benchmark-trained model reads the commoner word (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees
// where it lists the word):
//   调 tiáo "adjust" (声音调大了, 味道调得刚好, 调了调); 卡 qiǎ "stuck, held up" (货物卡在了海关: the
//   dictionary's 夹在中间不能活动, 阻挡; not a card, 社保卡在外地也能用 kǎ); 和 huó "mix with water"
//   (和面, 和泥, 和了一车水泥; hé "and" in 米和面, 笔试和面试, 和泥瓦匠); 落 là "leave out, fall
//   behind" (不落一人, 一个都不落下, 一户不落, 功课落下了; luò of 树叶落下); 片子 piānzi "film, X-ray"
//   (拍片子, 这部片子; piànzi "thin piece" of 铁片子, 竹片子); 粘 zhān "stick to" (粘锅, 粘牙, 粘了一层;
//   nián "sticky" of 粘稠, 粘性, 粘土); 得 de after 引 "draw" (引得游客纷纷驻足; dé of the noun 引得
//   "index"); 闷 mēn of stuffy air (屋里闷得慌, 胸口闷得慌, 又闷又热; mèn of boredom, 一个人在家闷得慌);
//   得 de before 不大 … (雪下得不大), děi of what the sick must do
//   (得在家休息, 病得慢慢养); 调 tiáo to a setting (调到二十六度); 得 de before 刚刚好 and in 够得着;
//   为 wèi of 因为 (因为生病, not 为生); 转 zhuàn in 转一转; 没 méi of 还没落; 栅 zhà (格栅, not 栅极).
//   场 cháng of a happening (一场大火, 一场大雨) and chǎng of a show or match
//   are the news patterns' (./news-patterns.ts).
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';

/** Before 得, a character that makes a word with it (获得, 取得, 赢得, 博得, 难得, 求得, 夺得, 争得, 懂得, 值得): not the particle de. */
export const WORD_WITH_DE = '[获取赢博难求夺争懂值]';
/** Where 卡 ends the name of a card (社保卡, 购物卡, 会员卡, 公交卡 …): kǎ whatever follows. */
const CARD_BEFORE = '(?:[张行用员保交饭房门磁值号银信公医社借油签打刷持凭费礼贵码生年月次健龄通]|购物|手机)';
/** What is mixed with water (和面, 和泥, 和水泥); not 面馆, 面试, 泥瓦匠 …. */
const MIXED = '(?:水泥|砂浆|灰浆|泥(?![瓦水塑人鳅沙石土潭巴泞坑地滩])|面(?![馆条包店试对积向临貌料膜具孔部前容值额罩粉子食孙相色上下谈]))';
/** Words of stuffy air or a tight chest before 闷 (屋里闷得慌, 胸口闷得慌). */
const STUFFY = '(?:屋|房间|车厢|车内|车里|棚|天气|胸口|胸|空气|门窗|窗户|人太多|人多|不透风|不通风|密闭|紧闭|闷热|潮湿)';

export const EVERYDAY_PATTERNS: readonly Correction[] = [
  // 调 tiáo after 声音 up or down (把声音调大了: the adjust rule leaves out 音, for 音调 diào).
  { word: '调', pinyin: 'tiáo', before: '声音', after: '[小大高低](?:了|一点|一些|些|到|至|，|。)', example: '奶奶把电视机的声音调小了', keep: ['这首歌的音调高了一些'] },
  // 调 tiáo of taste, heat or colour before 得 (味道调得刚好); 调 tiáo repeated (调了调, 调一调).
  { word: '调', pinyin: 'tiáo', before: '(?:味道?|口味|咸淡|火候|颜色|温度|水温|音量|亮度)', after: '得', example: '这锅汤的咸淡调得正合适', keep: [] },
  { word: '调', pinyin: 'tiáo', after: '[了一]调(?![就研查])', example: '师傅帮他把座椅调了调', keep: ['他一调就是三年'] },
  { word: '调', pinyin: 'tiáo', before: '调[了一]', example: '师傅帮他把座椅调了调', keep: [] },
  // 卡 qiǎ "stuck, held up" before 在了 or a place one is wedged in; not a card (社保卡在外地也能用).
  { word: '卡', pinyin: 'qiǎ', notBefore: CARD_BEFORE, after: '在(?:了|半山腰|半空|半路|半道|缝|门缝|墙缝|石缝|树杈|中间)', example: '一批冷链货物卡在了海关', keep: ['他的社保卡在外地也能用', '这张卡在了别人手里', '购物卡在了抽屉里'] },
  // 和 huó "mix with water" before what is mixed, after 了 / 好 and a measure, or closing a clause.
  { word: '和', pinyin: 'huó', after: `(?:了|好)(?:[一两几半]?[车盆桶堆锅团些点]儿?)?${MIXED}`, example: '泥瓦匠和好砂浆，开始砌墙', keep: ['钢筋和水泥的价格都涨了'] },
  { word: '和', pinyin: 'huó', notBefore: '[米油菜肉蛋饭粉沙石土砖水草头块]', after: '(?:面|泥)(?:[，。！？；、的时]|$|了|好|成|匀|机)', example: '天还没亮，她就起来和面了', keep: ['家里的米和面都吃完了', '河床里只剩下石头和泥'] },
  // 落 là "leave out": 一个都不落下, 一户不落, 不落一人; 功课落下 "fall behind"; not 树叶一直不落.
  { word: '落', pinyin: 'là', before: '一[个户人名位家项处件条所间]\\p{Script=Han}{0,3}?[都也]?(?:不(?:能|会|要|可|让)?|没有?)', after: '(?:下|[，。！？；、”]|$)', example: '困难群众一个都不能落下', keep: ['一个人都不落泪', '这里的树叶一直不落'] },
  { word: '落', pinyin: 'là', before: '不', after: '一[人户个家名位项]', example: '就业帮扶不落一户', keep: ['永不落幕的舞台'] },
  { word: '落', pinyin: 'là', before: '(?:功课|课程|学业|进度|课)', after: '下', example: '住院一个月，他的功课落下了不少', keep: ['夕阳落下山去'] },
  // 片子 piānzi "film, X-ray"; piànzi of a thin piece (铁片子, 竹片子) or a visiting card (名片子).
  { word: '片子', pinyin: 'piān zi', notBefore: '(?:[铁钢铜锡铝木竹纸肉瓦石名骨碎薄刀布皮草叶云冰雪菜姜葱药镜璃]|[一两几半]?[块张])', notAfter: '[孙弟女民]', example: '医生看了片子，说骨头没有大碍', keep: ['篮子是用竹片子编成的', '桃花开成一片子孙满堂的热闹'] },
  // 粘 zhān "stick to" before what it sticks to or 了; nián "sticky" (粘稠, 粘性, 很粘).
  { word: '粘', pinyin: 'zhān', after: '(?:锅|牙|手|鞋|衣|了(?![性度]))', example: '年糕切片煎的时候容易粘锅', keep: ['这种糯米很粘，适合做汤圆'] },
  // 得 de after 引 "draw" (引得游客纷纷驻足); dé of the noun 引得 "index" (人名引得, 这部引得).
  { word: '得', pinyin: 'de', before: '(?<![部本册套名目书篇索编])引', notAfter: '(?:收录|编|共|一书|》|[，。；！？、”]|$)', example: '满山的杜鹃引得游人纷纷驻足', keep: ['书后附有人名引得', '这部引得收录了上万条词目'] },
  // 闷 mēn of stuffy air before 得慌 / 得很 …; mèn of boredom (一个人在家闷得慌).
  { word: '闷', pinyin: 'mēn', before: `${STUFFY}[^。！？心]{0,8}`, after: '得(?:慌|很|难受|透不过气|喘不过气)', example: '车里开着暖气，窗户又关着，闷得慌', keep: ['退休后一个人在家闷得慌'] },
  { word: '闷', pinyin: 'mēn', after: '又(?:热|潮|湿)', example: '入梅以后，天气又闷又潮', keep: [] },
  // 得 de before 不大 / 不小 / 不多 … (雪下得不大); not 得不到, 得不偿失.
  { word: '得', pinyin: 'de', notBefore: WORD_WITH_DE, after: '不(?:大|小|多|高|好|快|慢|深|远|久|重|轻|长)', example: '这场雨下得不大，路面很快就干了', keep: ['他获得不少荣誉'] },
  // 得 děi "must" of what the sick must do: opening a clause (，得在家休息) or before 慢慢养 ….
  { word: '得', pinyin: 'děi', before: '(?:^|[，；：])', after: '(?:在家|在医院|在床上|住院|卧床|静养|休息|吃药|打针|复查|忌口|戒烟|戒酒|多喝水|少吃|多吃)', example: '他的脚崴了，得在家躺几天', keep: [] },
  { word: '得', pinyin: 'děi', notBefore: '[跑走来去说变]', after: '(?:慢慢|好好)(?:养|调理|调养|恢复|治|休息|适应)', example: '医生说，他这伤得慢慢养', keep: [] },
  // 调 tiáo to a setting counted in degrees or notches (空调调到二十六度); not 调到县城 diào.
  { word: '调', pinyin: 'tiáo', after: '(?:到|至|成)(?:[0-9０-９]+|[零一二两三四五六七八九十百]+)(?:度|档|挡|格|级|分贝)', example: '夏天空调温度调到二十六度就够了', keep: ['他调到县城工作已经五年了'] },
  // 得 de before 刚刚好 / 恰到好处 (味道调得刚刚好); not 取得恰好的时机.
  { word: '得', pinyin: 'de', notBefore: WORD_WITH_DE, after: '(?:刚刚好|刚刚合适|刚好|恰好|恰到好处|正合适)', example: '这道菜的火候掌握得刚刚好', keep: ['他取得恰好一百分的成绩'] },
  // 得 de between a verb and its "can reach" 着 zháo (够得着, 睡得着, 买得着); not 觉得着急.
  { word: '得', pinyin: 'de', before: '[够摸睡买找碰挨]', after: '着', example: '药品要放在孩子够不着、大人够得着的地方', keep: ['他觉得着急'] },
  // 为 wèi of 因为 (因为生病: pinyin-pro reads 为生 wéishēng "make a living").
  { word: '为', pinyin: 'wèi', before: '因', example: '他因为生病，好几天没来上学', keep: ['他以打鱼为生'] },
  // 转 zhuàn repeated in 转一转 (the usage patterns read the first).
  { word: '转', pinyin: 'zhuàn', before: '转一', example: '吃过晚饭，老两口到公园里转一转', keep: ['病情有所好转'] },
  // 没 méi "not yet" before 落 after 还 / 尚 (树叶还没落: pinyin-pro reads 没落 mòluò "decline").
  { word: '没', pinyin: 'méi', before: '(?:还|尚|一直|至今)', after: '落', example: '入冬晚，银杏叶到现在还没落尽', keep: ['这个老字号日渐没落'] },
  // 栅 zhà (栅栏, 格栅, 铁栅); shān only in 栅极 of a valve.
  { word: '栅', pinyin: 'zhà', notAfter: '极', example: '排水沟上盖着铁格栅', keep: ['电子管的栅极'] },
];
