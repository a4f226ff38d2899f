// Readings the model still misses in colloquial and literary text, where a neighbouring word
// decides (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word: 咧嘴 liě,
// 捋 lǚ / luō, 鬲 lì, 埏 shān, 啦 la, 哩 li, 楞 lèng, 甚 shén):
//   地 de after adverbs of suddenness and force (猛地, 突然地, 忽然地, 一个劲地, 拼命地), not before a
//   地 word (自然地理, 虽然地处); after those and AA before 点 of a nod or a lighting (默默地点了点头);
//   the sentence particles 啦 la, 呗 bei, 哩 li closing a clause (凉啦。问呗，多着哩。), not 啦啦队,
//   梵呗, 英哩, 哗啦; 甚 shén of 甚么; 强 qiǎng "force oneself" before 撑 / 颜欢笑 / 词夺理 …; 教 jiāo of 教教我;
//   楞 lèng "stare blankly" before 了 / 住 / 着 / 神; 捋 lǚ of stroking a beard or hair; 咧 liě of the
//   mouth (咧着嘴); 粘 zhān "stick" before 贴 / 在 / 上 / 住 …; 澄 dèng "let settle" before 过; 矫 jiáo
//   of 矫情; 鬲 lì, the tripod vessel, except the clan 有鬲氏; 埏 shān of 埏埴.
// Found on a set written for the purpose (tests/fixtures/polyphones-dev21.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import { DI_NOUN_AFTER, type Correction } from './correction-table';
import { CLAUSE_END } from './pattern-classes';

export const COLLOQUIAL_PATTERNS: readonly Correction[] = [
  // 地 de after adverbs of suddenness and force; not 自然地理, 虽然地处山区 (a 地 word follows).
  { word: '地', pinyin: 'de', before: '(?:猛|\\p{Script=Han}然|一个劲|一股劲|拼命|死命)', notAfter: DI_NOUN_AFTER, example: '他猛地推开房门冲了出去', keep: ['这里自然地理条件优越', '虽然地处山区，村里的路却修到了每家门口'] },
  // 地 de after AA or those adverbs before 点 of a nod or a lighting (默默地点了点头, 一个劲地点头);
  // not 一个个地点 (places).
  { word: '地', pinyin: 'de', before: '(?:\\1(\\p{Script=Han})|猛|\\p{Script=Han}然|一个劲|一股劲|拼命|死命)', after: '点(?:了|头|燃|亮|着|起)', example: '她默默地点了点头', keep: ['他们走遍了一个个地点，记下每处的变化'] },
  // 啦 la, 呗 bei, 哩 li closing a clause; not 啦啦队, 梵呗, 英哩.
  // Not after the sound words and names 哗啦, 呼啦, 噼里啪啦, 哆啦 (lā).
  { word: '啦', pinyin: 'la', before: '\\p{Script=Han}', notBefore: '[啦哗呼啪哆叽稀]', after: CLAUSE_END, example: '快吃吧，饭菜都凉啦。', keep: ['场边的啦啦队喊得震天响', '柜门一开，书本哗啦。', '孩子们都爱看哆啦。'] },
  { word: '呗', pinyin: 'bei', before: '\\p{Script=Han}', notBefore: '梵', after: CLAUSE_END, example: '想去就去呗，又没人拦着你。', keep: ['寺里传出阵阵梵呗。'] },
  { word: '哩', pinyin: 'li', before: '\\p{Script=Han}', notBefore: '[英公海]', after: CLAUSE_END, example: '田里的稻子还没割完哩。', keep: ['全程大约二十英哩。'] },
  // 甚 shén of 甚么 (the older spelling of 什么); not 甚至.
  { word: '甚', pinyin: 'shén', after: '么', example: '你这会儿来做甚么？', keep: ['这件事甚至连他都不知道'] },
  // 强 qiǎng "force oneself" before 撑 / 颜欢笑 / 人所难 / 词夺理; not 坚强撑起 (qiáng). 强忍 is left
  // alone: CPP labels it qiáng and the dictionary has no entry to settle it.
  { word: '强', pinyin: 'qiǎng', notBefore: '[坚顽刚富增加自图要逞好争列豪高倔]', after: '(?:撑|颜欢笑|人所难|词夺理)', example: '他发着高烧，还强撑着把货送完了', keep: ['母亲用坚强撑起了这个家'] },
  // 教 jiāo of 教教我 (teach me); not 宗教教义.
  { word: '教', pinyin: 'jiāo', after: '教(?:我|你|他|她|咱|大家)', example: '你教教我怎么包粽子吧', keep: ['他研究宗教教义多年'] },
  // 楞 lèng "stare blankly" before 了 / 住 / 着 / 神; not 楞严经 (léng).
  { word: '楞', pinyin: 'lèng', after: '[了住着神]', example: '他听完这话，一下子楞住了', keep: ['《楞严经》共十卷'] },
  // 捋 lǚ of stroking a beard or hair (捋着花白的胡子); not 捋起袖子 (luō).
  { word: '捋', pinyin: 'lǚ', after: '[^，。！？]{0,5}(?:胡|须|头发|辫)', example: '爷爷捋了捋胡须，慢慢说起往事', keep: ['他捋起袖子就干'] },
  // 咧 liě of the mouth (咧着嘴, 咧开嘴); not 大大咧咧 (liē).
  { word: '咧', pinyin: 'liě', after: '(?:着|开|了)嘴', example: '小男孩咧开嘴笑了', keep: ['她做事大大咧咧的'] },
  // 粘 zhān "stick" before 贴 / 在 / 上 / 住 / 满 / 到; not 粘稠, 粘土 (nián).
  { word: '粘', pinyin: 'zhān', after: '(?:贴|在|上|住|满|到)', example: '他把海报粘贴在公告栏上', keep: ['这种米煮出来的粥很粘稠'] },
  // 澄 dèng "let settle" before 过 (澄过的泥); not 澄澈.
  { word: '澄', pinyin: 'dèng', after: '过', example: '做砚台要用澄过的细泥', keep: ['湖水澄澈见底'] },
  // 矫 jiáo of 矫情 (fussy, contrary); not 矫正.
  { word: '矫', pinyin: 'jiáo', after: '情', example: '他这人就是太矫情了', keep: ['这所医院能做脊柱矫正手术'] },
  // 鬲 lì, the tripod vessel; not the clan 有鬲氏, the place 鬲县 / 鬲津 nor 胶鬲 (gé).
  { word: '鬲', pinyin: 'lì', notBefore: '胶', notAfter: '[氏县城津]', example: '展柜里陈列着一件商代铜鬲', keep: ['少康联合有鬲氏攻灭寒浞', '秦代在这里设置鬲县'] },
  // 埏 shān of 埏埴 (kneading clay).
  { word: '埏', pinyin: 'shān', after: '埴', example: '古人埏埴以为器', keep: [] },
];
