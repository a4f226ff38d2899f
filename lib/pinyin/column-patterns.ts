// Constructions of the column and briefs pages — health and medicine, opera, Party-building and
// cadre news, farm pages, family columns, police reports — in which a polyphonic character's
// reading follows from the words around it (Xiandai Hanyu Cidian, 7th ed.; the tenth news round):
//   调 tiáo (调好琴弦, 弦调好了: tuning an instrument, as 调音), 干 gàn (干中学、学中干: "learn by doing"),
//   应 yīng (应知应会: what one should know), 撒 sǎ (撒化肥: scattering grains or powder; 撒网 sā
//   stays; 把饲料撒进鱼塘), 芥蓝 gàilán (the dictionary's headword), 勒 lēi (绳子勒住: tied tight; 勒住缰绳 lè stays),
//   处 chǔ (处以罚款: the headword 处以 chǔyǐ, "impose a penalty"), 着 zháo (不着家: the headword
//   着家 zháojiā), 为 wèi (两人为了…: "for", where pinyin-pro reads 人为 rénwéi as a word),
//   台 tái outside 台州 and 天台 (舞台, 出台, 这台), 台门 táimén (Shaoxing's courtyard houses; 天台 Tiāntāi stays), 中 zhōng before 的 (工作中的问题; not 选中的).
// Applied through the correction table (./corrections.ts) after the polyphone model.

import type { Correction } from './correction-table';

/** The clause before `start`, at most `n` characters. */
function clauseBefore(text: string, start: number, n: number): string {
  const head = text.slice(Math.max(0, start - n), start);
  return head.slice(Math.max(...['，', '。', '；', '！', '？', '\n'].map((m) => head.lastIndexOf(m))) + 1);
}

/** Grains, powders and the like that are scattered (撒 sǎ): 撒化肥, 撒了一把盐. */
const SCATTERED = '(?:化肥|肥料|复合肥|尿素|种子|谷种|菜籽|草籽|石灰|盐|融雪剂|药粉|消毒粉|鱼食|饲料|鱼饵|芝麻|葱花|胡椒粉?|面粉|沙子|细沙|石子|花瓣)';
/** Ropes, straps and wires that bind tight (勒 lēi): 绳子勒住, 铁丝勒进肉里. */
const BINDING = /绳|带子|腰带|皮带|背带|铁丝|电线|鱼线|胶带|围巾|丝线|线/;
/** Penalties imposed with 处以 chǔyǐ. */
const PENALTY = '(?:罚款|罚金|拘役|拘留|行政拘留|有期徒刑|无期徒刑|死刑|管制|警告|记过|吊销|没收|[0-9０-９一二三四五六七八九十两几数]|[^，。；]{1,6}(?:罚款|罚金|拘留|拘役))';

/**
 * A verb of hitting or choosing right before 中, which is then zhòng (命中的, 选中的, 押中的, 一语中的) — but not
 * the words that only end in such a character (生命中的, 袭击中的, 辐射中的, 评选中的, 高考中的, 关押中的, 小说中的).
 */
const HIT = '(?<![生革使宿寿性天])命|(?<![冲打袭攻撞抨追狙游])击|(?<![辐注照放喷发折反])射|(?<![评竞大海初推遴筛普])选|(?<![高中参思统])考|(?<![关羁看扣])押|(?<![小传演解听])说|一语|[打看猜相投抽摇切踢砸刺戳蒙]';

export const COLUMN_PATTERNS: readonly Correction[] = [
  // 调 tiáo "tune": 调好琴弦, 调准音准, 调一下弦 (as 调音 in the dictionary), not 曲调/声调 + 弦.
  { word: '调', pinyin: 'tiáo', notBefore: '[曲声音腔格基论笔强协单小大]', after: '(?:[好准]了?|一下|了)?(?:琴弦|弦|音准)', example: '乐师先调好琴弦，再给演员定调', keep: ['这段曲调弦乐齐奏'] },
  { word: '调', pinyin: 'tiáo', before: '琴?弦', after: '(?:[好准]|一下)', example: '二胡的弦调好了没有', keep: [] },
  // 干 gàn in the slogan 干中学、学中干 "learn by doing": not 中学生 after a dry thing, not 学中干扰.
  { word: '干', pinyin: 'gàn', notBefore: '[树晒烘风饼笋菜若]', after: '中学(?![生校部教老课阶时])', example: '新同志要在干中学，尽快进入角色', keep: ['这批笋干中学生食堂用了一半'] },
  { word: '干', pinyin: 'gàn', before: '学中', notAfter: '[扰预涉净燥旱枯涸脆货]', example: '在学中干，在干中学', keep: ['数学中干扰项很多'] },
  // 应知应会 yīng: "what one should know and be able to do", 应 as in 应该.
  { word: '应知应会', pinyin: 'yīng zhī yīng huì', example: '他把安全生产应知应会手册背得滚瓜烂熟', keep: [] },
  // 撒 sǎ "scatter" before grains or powder (撒化肥, 撒了一把盐); 撒网/撒谎/撒娇 sā stay.
  { word: '撒', pinyin: 'sǎ', after: `(?:[了上下满些点遍入在到进]|一把|一层)*${SCATTERED}`, example: '下雪前，环卫工人在桥面上撒了融雪剂', keep: ['渔民撒网捕鱼', '孩子撒娇不肯走'] },
  { word: '撒', pinyin: 'sǎ', before: `把(?:一把|一些|些|点)?${SCATTERED}(?:都|均匀地|匀)?`, example: '养殖户把饲料撒进网箱', keep: [] },
  // 芥蓝 gàilán, the vegetable (the dictionary's headword).
  { word: '芥蓝', pinyin: 'gài lán', example: '清炒芥蓝是这家店的招牌菜', keep: [] },
  // 勒 lēi "bind tight" when a rope, strap or wire is named (绳子勒住, 铁丝勒进肉里); 勒住缰绳/勒马 lè stay.
  {
    word: '勒',
    pinyin: 'lēi',
    after: '(?:住|紧|死|伤|进|出|得|了)',
    when: (text, start) => BINDING.test(clauseBefore(text, start, 14)) && !/缰|马/.test(text.slice(Math.max(0, start - 14), start + 6)),
    example: '背包带子勒得他肩膀生疼',
    keep: ['他用力拉着缰绳勒住了马'],
  },
  // 处以 chǔyǐ "impose (a penalty)": 被处以罚款, 处以拘役两个月; not 此处以北.
  { word: '处', pinyin: 'chǔ', notBefore: '[此该各何某别到住远近四随等好难益长短用坏去出]', after: `以${PENALTY}`, example: '对违规经营者依法处以五千元罚款', keep: ['此处以北是保护区'] },
  // 着家 zháojiā "stay at home" after a negation (不着家, 很少着家).
  { word: '着', pinyin: 'zháo', before: '(?:不|没|很少|难得|少)', after: '家(?![里中人门具属乡庭务长电])', example: '他跑运输，一年到头不着家', keep: ['够不着家里的橱柜顶'] },
  // 为 wèi "for" in 人为了 (两人为了孩子吵架), where 人为 rénwéi would be read as a word.
  { word: '为', pinyin: 'wèi', before: '人', after: '了(?![，。！？；、”])', example: '不少年轻人为了照顾父母回到了家乡', keep: [] },
  // 中 zhōng "in, among" before 的 (工作中的问题, 报告中的数据): the model learnt 中的 as zhòng from 命中的 and the like;
  // after a verb of hitting or choosing 中 stays zhòng (命中的, 选中的, 看中的), and 一语中的 is zhòngdì.
  { word: '中', pinyin: 'zhōng', notBefore: HIT, after: '的', example: '他在工作中的表现很突出', keep: ['这次被选中的作品将参加省展'] },
  // 台 is tāi only in the place names 台州 and 天台 (the dictionary's 台 Tāi entry); the model, which met tāi in
  // those names, reads 舞台/出台/这台 as tāi when 的 or 是 is near (这个舞台是新建的). Everywhere else tái.
  { word: '台', pinyin: 'tái', notBefore: '天', notAfter: '州', example: '这个舞台是新建的', keep: ['台州湾大桥通车', '天台山的云锦杜鹃开了'] },
  // 台门 táimén, Shaoxing's courtyard houses (the 台 of 台阶); 天台 Tiāntāi stays.
  { word: '台门', pinyin: 'tái mén', notBefore: '天', example: '鲁迅故里的老台门修缮一新', keep: [] },
];
