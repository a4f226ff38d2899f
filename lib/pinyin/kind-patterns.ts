// Readings a kind of use decides, where the model still misses them (Xiandai Hanyu Cidian, 7th ed.;
// CC-CEDICT agrees where it lists the word: 汗国 / 可汗 / 窝阔台汗 hán, 阿富汗 hàn, 副将 / 偏将 jiàng,
// 所向披靡 mǐ, 油炸 zhá, 十字镐 gǎo, 镐京 Hào, 供奉 gòng, 宰相 xiàng):
//   汗 hán closing a khan's name (俺答汗, 忽图剌汗, 车臣汗部), not a sweat word (出汗, 盗汗, 一身汗),
//   阿富汗, 沙贾汗 nor a name with a middle dot; 将 jiàng of a rank (裨将, 参将 closing a clause) and
//   of the office 将作 (将作大匠, 将作监), not 将作为 / 将作品; 靡 mǐ "none" opening a classical clause
//   (靡不有初, 靡有孑遗), not 奢靡不务实; 炸 zhá of frying again or for a time (复炸, 再炸一分钟, 炸至
//   金黄), not 轰炸 / 爆炸; 应 yīng before 为 (本义应为), joined to the 应 rule of ./contrast-patterns.ts;
//   着 zhe after a verb of looking before 手机 / 手里 … (盯着手机, not the word 着手); 供 gòng of what is
//   enshrined (供着祖先的牌位), not 提供着; 相 xiàng of a chief minister (拜相, 罢相), not 拜相关; 镐 gǎo
//   of the pick (用镐刨, 斧镐), not 镐京 nor the 镐 of given names (李昌镐); 扛鼎 gāng; 晕轮 yùn.
// Found on a set written for the purpose (tests/fixtures/polyphones-dev22.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';
import { AFGHAN_BEFORE_HAN, CLAUSE_END, NUMERAL_CHARS } from './pattern-classes';

/** Characters right before 汗 that make it sweat (出汗, 冷汗, 一身汗, 满头汗, 冒着汗, 全是汗 …), or a pronoun before it. */
const SWEAT_BEFORE =
  `(?:${AFGHAN_BEFORE_HAN}|[出流冒擦冷虚盗自发止血热大香臭身头脸手脚掌心背额捏把些点层是了着的其挥滴淌捂见渗没有无浑满全都也就又还很太得他她我你们咱和与及或上里用拭抹揩少多薄细微透这那])`;

/** A length of frying time, a number of rounds or a colour reached (一分钟, 3-4分钟, 两遍, 至金黄). */
const FRYING = `(?:[了]?[${NUMERAL_CHARS}]+(?:[-－~～至到][${NUMERAL_CHARS}]+)?(?:分钟|秒|遍)|(?:至|到)?(?:金黄|焦黄|微黄|酥脆))`;

export const KIND_PATTERNS: readonly Correction[] = [
  // 汗 hán closing a khan's name: a name of two or more characters before it, no sweat word.
  {
    word: '汗',
    pinyin: 'hán',
    before: '\\p{Script=Han}{2}',
    // Not 沙贾汗 (Jahan) nor a name written with a middle dot (艾林·精思汗), where 汗 spells a syllable.
    notBefore: `(?:${SWEAT_BEFORE}|贾|·\\p{Script=Han}{1,4})`,
    notAfter: '[水流珠滴如淋津渍液腺毛湿透臭味涔衫衣巾斑蒸马颜青]',
    example: '土谢图汗和车臣汗都派了使者',
    keep: ['印度皇帝沙贾汗下令修建泰姬陵', '1960年，艾林·精思汗逝世', '他跑完步出了一身汗', '额头上全是汗', '她手心里冒着汗', '阿富汗北部地区', '大家累得汗流浃背', '他们汗如雨下', '盗汗、乏力'],
  },
  // 将 jiàng of a rank: 裨将; 参将 closing a clause or in a list (参将、游击); not 区里将参照.
  { word: '将', pinyin: 'jiàng', before: '裨', example: '一员裨将提枪出阵', keep: [] },
  { word: '将', pinyin: 'jiàng', before: '参', after: `(?:${CLAUSE_END}|[和及与])`, example: '他后来升任宁波参将。', keep: ['本次活动由市民参与，区里将参照执行'] },
  // 将作 jiàng zuò, the office of works (将作大匠, 将作监, 将作少监); not 将作为 / 将作品.
  { word: '将', pinyin: 'jiàng', after: '作(?:大匠|少匠|监|少监|少府|丞|院)', example: '唐代设将作监，掌土木工程', keep: ['这片空地将作为临时停车场', '他将作品捐给了博物馆'] },
  // 靡 mǐ "none" opening a classical clause (靡不有初, 靡有孑遗, 靡所不至); not 奢靡不务实.
  { word: '靡', pinyin: 'mǐ', before: '(?:^|[，。；：、“‘《（！？\\s])', after: '(?:不|有|所|日)', example: '古人说“靡不有初，鲜克有终”', keep: [] },
  // 炸 zhá of frying again or for a time (复炸, 再炸一分钟, 炸至金黄); not 轰炸 / 爆炸 / 被炸.
  { word: '炸', pinyin: 'zhá', before: '复', example: '捞出后待油温升高再复炸一次', keep: [] },
  { word: '炸', pinyin: 'zhá', notBefore: '[轰爆引被狂]', after: FRYING, example: '春卷下锅后再炸一分钟', keep: ['敌机轰炸了三分钟', '那颗炸弹爆炸至今已有十年'] },
  // 着 zhe after a verb of looking before 手机 / 手里 … (盯着手机); not 已着手.
  { word: '着', pinyin: 'zhe', before: '[盯看望瞅瞧瞪玩刷]', after: '手(?:机|表|里|上|中|心|指|掌|腕|电|背|边|头)', example: '他盯着手机屏幕发呆', keep: ['有关部门已着手调查'] },
  // 供 gòng of what is enshrined (供着祖先的牌位); not 提供着, 可供.
  { word: '供', pinyin: 'gòng', notBefore: '[提可]', after: '着?[^，。！？]{0,4}(?:牌位|灵位|神像|佛像|神龛|菩萨|观音|财神|祖先|祖宗|遗像)', example: '堂屋里供着祖宗的牌位', keep: ['这家店为游客提供着佛像讲解服务'] },
  // 相 xiàng of a chief minister (拜相, 罢相); not 拜相关部门.
  { word: '相', pinyin: 'xiàng', before: '[拜罢]', notAfter: '[互关邻近似同识继应对比处信册]', example: '他在开元年间两度拜相', keep: ['他去拜相关部门的负责人'] },
  // 扛鼎 gāng dǐng (lifting a tripod: a mainstay, 扛鼎之作), not káng; 晕 yùn of a halo (晕轮, 晕轮效应).
  { word: '扛', pinyin: 'gāng', after: '鼎', example: '这部长篇是他的扛鼎之作', keep: [] },
  { word: '晕', pinyin: 'yùn', after: '轮', example: '心理学上的晕轮效应常影响第一印象', keep: [] },
  // 镐 gǎo of the pick (用镐刨开, 斧镐, 十字镐); not 镐京 nor given names (李昌镐).
  { word: '镐', pinyin: 'gǎo', before: '(?:[用铁洋斧锄锹抡举挥把]|十字|鹤嘴)', notAfter: '京', example: '他用镐刨开冻土', keep: ['犬戎攻破镐京'] },
  { word: '镐', pinyin: 'gǎo', after: '(?:刨|挖|凿|锹)', example: '一镐挖下去只留下一个白点', keep: [] },
];
