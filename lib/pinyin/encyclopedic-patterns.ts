// Readings of the encyclopedic register (history, places, institutions: the register of the CPP
// benchmark's sentences) that follow from the words around them, where the benchmark-trained model
// reads the commoner use (Xiandai Hanyu Cidian, 7th ed.; CC-CEDICT agrees where it lists the word):
//   为 wéi "be" before what something was or is, closing the clause (这座城市曾为吴国的都城, 该组织为非营利
//   机构, 为世界上最长的河流之一; wèi of 为这座城市的发展作出了贡献, 为研究提供了资料); 得 dé of 得到 after
//   后来 / 原来 / 从来 … (后来得到了证实: the model reads 来得 de); 宁 nìng before 死 (宁死不屈, 宁死也不肯;
//   Níng of 南宁); 降 xiáng "surrender" after 死不 / 拒不 / 誓不 (宁死不降; jiàng of 拒不降价); 乘 shèng
//   counting war chariots (千乘之国, 万乘之尊, 千乘战车).
// Found by reading a set of encyclopedic sentences written for this purpose
// (tests/fixtures/polyphones-encyclopedic.json), not the benchmark's own sentences.
import type { Correction } from './correction-table';

/** What something was or is, at the end of a clause after 为: a kind of place, body or thing. */
const WHAT_IT_IS =
  /(?:之一|都城|首都|国都|省会|治所|驻地|所在地|机构|组织|团体|企业|单位|公司|银行|城市|国家|地区|品种|物种|建筑|遗址|作品)$/u;
/** Verbs that make 为 "for" (为…作出贡献, 为…提供资料, 为…服务). */
const FOR_SOMEONE =
  /(?:提供|服务|作出|做出|带来|创造|解决|办理?|发放|捐|送|培养|输送|贡献|奠定|打下|铺平|开辟|赢得|争取|保护|推动|促进|保障|付出|着想|负责|效力|设立|建立|举办|开展|修建|制作|设计|打造)/u;

/** The longest clause after 为 that may name what something is, in characters. */
const MAX_CLAUSE = 24;

/** 为 wéi when the clause after it names what the subject was or is, with no verb of doing something for someone. */
function isWhatItIs(text: string, _start: number, end: number): boolean {
  // Only the clause's first characters matter: one longer than MAX_CLAUSE is never what something is.
  const rest = text.slice(end, end + 2 * MAX_CLAUSE + 2);
  const stop = rest.search(/[，。；！？,;!?\n]/u);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  const chars = Array.from(clause).length;
  return chars >= 2 && chars <= MAX_CLAUSE && WHAT_IT_IS.test(clause) && !FOR_SOMEONE.test(clause);
}

export const ENCYCLOPEDIC_PATTERNS: readonly Correction[] = [
  // 为 wéi "be" before what the subject was or is (曾为吴国的都城); not 因为, 为了, 为何, 为此, 为之.
  {
    word: '为',
    pinyin: 'wéi',
    before: '\\p{Script=Han}',
    notBefore: '[因是专特只就都全正]',
    notAfter: '(?:了|何|什么|此|之|着|人|首|主|止|期|准|例|难|由)',
    when: isWhatItIs,
    example: '这座城市曾为三国时期吴国的都城',
    keep: ['他们为这座城市的发展作出了巨大贡献', '这些出土文物为研究商代历史提供了重要资料', '因为这里是吴国的都城'],
  },
  // 得 dé of 得到 after 后来 / 原来 / 从来 … (the model reads 来得 de, as in 来得及).
  { word: '得', pinyin: 'dé', before: '(?:后|原|将|从|近|本|历|向|素|以|年|未)来', after: '到', example: '这一理论后来得到了实验的证实', keep: [] },
  // 宁 nìng "rather" before 死 (宁死不屈); Níng of a place (南宁, 江宁, 辽宁).
  { word: '宁', pinyin: 'nìng', notBefore: '[南江辽西海安康永丰咸集普济保宣泰长晋]', after: '死', example: '城破之日，他宁死也不肯投降', keep: ['他从南宁死里逃生归来'] },
  // 降 xiáng "surrender" after 死不 / 拒不 / 誓不 / 绝不; jiàng of 拒不降价.
  { word: '降', pinyin: 'xiáng', before: '(?:死不|拒不|誓不|绝不|坚决不)', notAfter: '[价低温息费速级薪压幅雨水]', example: '他被俘后宁死不降，最终英勇就义', keep: ['商家拒不降价，被顾客投诉'] },
  // 乘 shèng counting war chariots (千乘之国, 万乘之尊).
  { word: '乘', pinyin: 'shèng', before: '[千万百]', after: '(?:之国|之尊|之君|之主|之家|战车|兵车)', example: '春秋时期，晋国是拥有千乘战车的大国', keep: [] },
];
