// Readings a neighbouring word decides in common kinds of use the model still misses
// (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word: 名单 míng dān, 单于 chán yú,
// 子弹 zǐ dàn, 弹压 tán yā, 捋 luō / lǚ, 咧嘴 liě, 闷 mēn / mèn):
//   单 dān of a list before 于 (名单于近日公布), where the word 单于 would read chán; 弹 dàn of a bullet
//   after a measure word or 把 and 子 (把子弹压进弹匣), where 弹压 would be read as a word, and tán after
//   子 before what is played (孩子弹钢琴), where 子弹 would; 累 lèi between
//   or after 又 (又累又饿, 又困又累), not 又累计; 教 jiāo of teaching a song (给孩子们教唱红歌), not 宗教 /
//   传教; 捋 luō of rolling up sleeves (捋起袖子), not 捋胡子 lǚ; 闷 mēn of covering to cook (再闷十分钟,
//   待闷软), not 郁闷; 咧 liě of the mouth (咧着嘴, 嘴咧到), not 大大咧咧.
// Found on the reader's out-of-fold CPP misses grouped by kind and on a set written for the purpose
// (tests/fixtures/polyphones-dev26.json), not on CPP's sentences.
// Spread into the everyday patterns (./daily-patterns.ts), applied after the polyphone model.
import type { Correction } from './correction-table';

/** Lists and forms whose 单 reads dān before 于 (名单, 清单, 菜单, 保单 …). */
const LIST_BEFORE = '[名清菜账榜订保报表歌书传价]';

/** What is played or plucked by 弹 tán (钢琴, 琵琶, 棉花): after 孩子 / 弟子 the 弹 is the verb. */
const PLAYED = '(?:钢琴|吉他|琵琶|古筝|三弦|月琴|冬不拉|风琴|琴|棉花|奏|唱)';

export const USAGE_SENSE_PATTERNS: readonly Correction[] = [
  // 单 dān of a list before 于 (获奖名单于周五公示); not 呼韩邪单于.
  { word: '单', pinyin: 'dān', before: LIST_BEFORE, after: '于', example: '首批试点企业名单于昨日公布', keep: ['呼韩邪单于归汉后边境安定'] },
  // 弹 dàn of a bullet after a measure word and 子 (一把子弹, 三颗子弹); not 孩子弹琴 (tán).
  { word: '弹', pinyin: 'dàn', before: '[把颗发枚些批箱盒袋]子', notAfter: PLAYED, example: '他把子弹压进弹夹', keep: ['那些孩子弹琴弹得很好'] },
  // 弹 tán after 子 before what is played (孩子弹钢琴, 弟子弹琵琶), where the word 子弹 would read dàn.
  { word: '弹', pinyin: 'tán', before: '子', after: PLAYED, example: '邻居家的孩子弹钢琴弹到深夜', keep: ['一颗子弹击中了靶心'] },
  // 累 lèi between or after 又 (又累又饿, 又困又累); not 又累计.
  { word: '累', pinyin: 'lèi', before: '又', after: '(?:又|得|了|坏|死|极|[，。；！？、”」]|$)', example: '今天真是又困又累，我先睡了', keep: ['今年又累计新增岗位三万个'] },
  // 教 jiāo of teaching a song (给孩子们教唱红歌); not 宗教 / 传教 / 佛教 before 唱.
  { word: '教', pinyin: 'jiāo', notBefore: '[宗佛道督礼政国邪传回儒请领求指家助任执文]', after: '唱(?![诗经])', example: '音乐老师给孩子们教唱童谣', keep: ['宗教唱诗班在广场演出'] },
  // 捋 luō of rolling up sleeves (捋起袖子); not 捋胡子 (lǚ).
  { word: '捋', pinyin: 'luō', after: '(?:起|上|了|着)?(?:袖|衣袖|胳膊|裤腿)', example: '老李捋起袖子跳进沟里清淤', keep: ['老先生捋着胡子笑而不语'] },
  // 闷 mēn of covering to cook (再闷十分钟, 待闷软); not 郁闷 / 沉闷.
  { word: '闷', pinyin: 'mēn', before: '(?:再|待|稍|先|盖上|加盖|盖好)', after: '(?:[软熟烂透]|上?[一两三四五六七八九十几半]+(?:分钟|会儿|小时)|一会)', example: '米饭煮好后再闷十分钟', keep: ['他心里再闷也不说'] },
  // 咧 liě of the mouth (咧着嘴笑, 嘴咧到耳根); not 大大咧咧.
  { word: '咧', pinyin: 'liě', notBefore: '咧', after: '(?:(?:着|开|了|起)?嘴|到|开)', example: '他咧着嘴笑了', keep: ['她平时大大咧咧的'] },
];
