// Surnames inside full names in running text: news names a person by role, then surname and
// given name ("社区党委书记单晓燕带领…", "主审法官曾丽娟当庭宣判", "画家仇英的作品"), and
// colleagues call an older man 老 + surname ("大家都叫他老单，"); a family is named by surname + 家
// (曾家老宅, 解家三兄弟). There the surname reading
// applies (./names.ts lists the characters and their source, the Xiandai Hanyu Cidian's surname
// senses; 盖 Gě and 覃 Qín likewise). Applied through the correction table after the model.
//
// A surname character after a role word is as often an adverb or a verb ("法官曾多次…",
// "民警解救了…", "民警查获…"), so the name must look like a given name: its first character is
// no common verb, adverb or function character (NOT_GIVEN), the surname and the next one or two
// characters are no dictionary word (曾经, 解救, 查获 — the reader's CC-CEDICT word table), the
// role word and the surname are none either (居民区), and a one-character given name is followed
// by a particle or punctuation, not by more of a clause.

import type { Correction } from './correction-table';
import { wordTable } from './reader-data';

/** Roles, titles and words of naming after which news gives a person's full name. */
const ROLE =
  '(?:书记|主任|局长|处长|科长|所长|院长|校长|馆长|站长|镇长|乡长|村长|县长|区长|市长|省长|部长|主席|经理|董事长|厂长|队长|组长|' +
  '法官|审判长|审判员|检察官|民警|警官|交警|辅警|律师|医生|医师|护士|护士长|教师|老师|教授|院士|专家|厨师|画家|作家|书法家|' +
  '艺术家|演员|歌手|运动员|选手|教练|客商|创始人|负责人|村民|市民|居民|老人|志愿者|党员|代表|委员|工程师|技师|农户|养殖户|' +
  '店主|摊主|车主|司机|驾驶员|乘客|游客|网友|患者|嫌疑人|被告人|当事人|申请人|军人|骑手|快递员|本名|原名|名叫|化名|' +
  '文学家|诗人|词人|名将|名臣|学者|书画家|篆刻家|史学家|思想家|藏书家|文人|状元|进士|知县|知府|名医|画师|' +
  '记者|通讯员|研究员|留学生|主编|编辑|冠军|亚军|队员|球员|主教练|裁判员?|大户|承包户|' +
  '支书|社长|会长|理事长|秘书长|网格员|社工|园长|行长|主管|总监|店长|村医|班长|船长|团长|老兵|' +
  '棋手|武生|老生|花旦|青衣|航天员|宇航员|将领|武将|大将|宰相|丞相|太守|刺史|大臣|名士|收藏家|导演|作曲家|科学家)';

/**
 * Characters that do not begin a given name after a surname character but continue a clause:
 * verbs, adverbs, numerals and function characters that follow a person noun in news
 * (曾多次, 曾因, 曾荣获, 解开, 查了).
 */
const NOT_GIVEN = new Set(
  Array.from(
    '的了着过是在有和与及或并而但就也都还又再才已将把被对向从为于以由让使叫给跟同到去来上下出进回起开' +
      '经曾不没未别要会能可应需该得当每各这那其此之所某一二两三四五六七八九十百千几多数首先后' +
      '因任担获参荣夺赢指说讲称表提问答写做作办带领率主亲自专连屡仍曾均亦即便' +
      '赴到来往向前离住走跑用拿送捐救帮接收犯误签拍投拨反映见看听想学读考留任执代创出演',
  ),
);

/**
 * Characters that, right after the first character of a name, end a one-character given name
 * (仇英的, 仇英在): particles, function characters and verbs that begin the rest of the clause.
 */
const ENDS_SHORT_NAME = new Set(Array.from('的了着过是在有和与及或并而但就也都还又再才已将把被对向从为于以由让使给跟同到说讲称表曾不没未要会能可应需该等'));

/** A one-character given name may end here: a particle, a conjunction or punctuation follows it. */
const AFTER_SHORT_NAME = /^(?:[的之等和与及说称讲在是曾]|[^\p{Script=Han}])/u;

/**
 * For surnames that are also a modal or a verb after a person noun (居民应按时…, 法官任审判长):
 * further characters that begin the rest of the clause, not a given name.
 */
const NOT_GIVEN_AFTER: Readonly<Record<string, string>> = {
  应: '按照依及尽予立主严认做切注加积落确遵承全统把提先配履进妥如视根据充持当积',
  任: '审职教命期何意务性用免劳',
};

/** Whether the surname `ch` at `text[start]` (its end `end`) begins a full name, by the rules above. */
function beginsName(ch: string, text: string, start: number, end: number): boolean {
  const g1 = text[end] ?? '';
  const g2 = text[end + 1] ?? '';
  if (!/^\p{Script=Han}$/u.test(g1) || NOT_GIVEN.has(g1) || NOT_GIVEN_AFTER[ch]?.includes(g1)) return false;
  const table = wordTable();
  if (table.reading(`~${g1}`, ch) || table.reading(`~${g1}${g2}`, ch)) return false;
  const r1 = text[start - 1] ?? '';
  const r2 = text.slice(Math.max(0, start - 2), start);
  if (table.reading(`${r1}~`, ch) || table.reading(`${r2}~`, ch)) return false;
  const shortName = !/^\p{Script=Han}$/u.test(g2) || ENDS_SHORT_NAME.has(g2);
  return !shortName || AFTER_SHORT_NAME.test(text.slice(end + 1));
}

/** 老 + surname as a form of address, before punctuation or a particle (老单，老曾说). */
const OLD_AFTER = '(?:[，。、！？；：,.!?;:”」]|的|说|家)';

interface Surname {
  readonly ch: string;
  readonly pinyin: string;
  /** Sentences where the rules must not make `ch` a surname. */
  readonly keep: readonly string[];
}

const SURNAMES: readonly Surname[] = [
  { ch: '单', pinyin: 'shàn', keep: ['书记单独约谈了两名干部', '社区主任单位在城东'] },
  { ch: '曾', pinyin: 'zēng', keep: ['主审法官曾多次赴现场勘查', '村民曾因盗窃被判刑', '老人曾经营一家小店', '院士曾荣获国家科技进步奖'] },
  { ch: '解', pinyin: 'xiè', keep: ['民警解救了被困群众', '负责人解释说，工程已近尾声'] },
  { ch: '区', pinyin: 'ōu', keep: ['居民区志愿者上门服务'] },
  { ch: '仇', pinyin: 'qiú', keep: [] },
  { ch: '查', pinyin: 'zhā', keep: ['民警查获一批假酒', '律师查阅了全部案卷', '民警查了三天'] },
  { ch: '朴', pinyin: 'piáo', keep: ['老人朴实的话语打动了大家'] },
  { ch: '盖', pinyin: 'gě', keep: ['村民盖起了新房', '申请人盖章后提交'] },
  { ch: '覃', pinyin: 'qín', keep: [] },
  { ch: '缪', pinyin: 'miào', keep: [] },
  { ch: '应', pinyin: 'yīng', keep: ['参保居民应按时缴费', '书记应邀出席开幕式', '律师应当事人的请求调取证据'] },
  { ch: '任', pinyin: 'rén', keep: ['法官任审判长', '院士任职期间成果丰硕'] },
  { ch: '曲', pinyin: 'qū', keep: ['歌手曲目单已公布'] },
  { ch: '纪', pinyin: 'jǐ', keep: ['党员纪律意识明显增强'] },
  { ch: '燕', pinyin: 'yān', keep: [] },
];

/**
 * A full name opening a sentence, as encyclopedic prose and features begin (解缙是明代…, 仇英与沈周…,
 * 查良镛笔名金庸, 召公辅佐周成王): the surname, a one- or two-character given name by the rules of
 * beginsName, then a word that follows a subject name — 是, 与 / 和 / 及 another name, 率, 字 / 号 /
 * 笔名 / 原名, 生于, 等, 、 or a comma. Only at a sentence start (after a comma 解 / 查 / 单 begin
 * verb clauses), and only for the surnames whose other readings begin words the word table knows
 * (单位, 解决, 查处, 盖章, 召开, 繁荣); not 区, 应, 任, 曲, 纪, 燕 or 曾, which open sentences as a
 * district, a modal, a verb, a tune, a rule, a bird or an adverb (区里是…, 曾是…, 应与…).
 * 召 Shào and 繁 Pó are the Xiandai Hanyu Cidian's surname senses (CC-CEDICT Shao4, Po2).
 */
const OPENING_SURNAMES: readonly (readonly [string, string, string?])[] = [
  ['单', 'shàn', '单靠一家企业是不够的'], ['解', 'xiè', '解决办法是先修路'], ['仇', 'qiú', '仇恨与偏见都不可取'],
  ['查', 'zhā', '查处的是一批无证摊点'], ['盖', 'gě', '盖章后，材料即可提交'],
  ['缪', 'miào'], ['朴', 'piáo', '朴素是一种美德'], ['召', 'shào', '召开会议是为了统一思想'],
  ['繁', 'pó', '繁华与喧嚣过后'],
];
/** Characters after 繁 that make a word the word table does not hold (繁华, 繁荣, 繁多, 繁体 …). */
const NOT_GIVEN_OPENING: Readonly<Record<string, string>> = { 繁: '华荣多杂重忙琐复体衍殖茂盛星密简乱育冗' };
const SENTENCE_START = '(?:^|[。！？；\\n]|[。！？]”)';
const SUBJECT_NAME_AFTER = '\\p{Script=Han}{1,2}(?:是|与|和|及|率|字|号|笔名|原名|本名|生于|出生于|等人|[、，])';
const OPENING_NAMES: readonly Correction[] = OPENING_SURNAMES.map(([ch, pinyin, keep]) => ({
  word: ch,
  pinyin,
  before: SENTENCE_START,
  after: SUBJECT_NAME_AFTER,
  when: (text: string, start: number, end: number) => !NOT_GIVEN_OPENING[ch]?.includes(text[end] ?? '') && beginsName(ch, text, start, end),
  example: `${ch}晓明是当地有名的篆刻家`,
  keep: keep ? [keep] : [],
}));

/**
 * 召 Shào of the Zhou lords 召公 and 召伯 (召公奭, 召伯虎; Xiandai Hanyu Cidian 召 Shào, a Zhou fief
 * and surname), opening a clause or after 与 / 和 / 、 — not 召 before 公开 / 公众 / 公司 …
 */
const SHAO: Correction = {
  word: '召',
  pinyin: 'shào',
  before: '(?:^|[。！？；、，与和及“])',
  after: '(?:公|伯)(?![开众告司民共务安布平正益路园交厕约])',
  example: '召公辅佐周成王，与周公分陕而治',
  keep: ['，召公司员工开会', '、召公众代表座谈'],
};

/** Forms of address of a person (not 老师 or 医生, which follow verbs: 看过医生). */
const PERSON_ADDRESS = '(?:先生|女士|师傅|阿姨|大爷|大妈|大姐|大哥|老伯)';

/**
 * Surnames that are everyday verbs or adverbs (过 Guō, 相 Xiàng, Xiandai Hanyu Cidian's surname
 * senses): only as a form of address right after a person noun, 的, a measure word or the
 * start of a clause (修车铺的过师傅, 市民相女士), never after another verb (看过师傅, 互相先生).
 */
const SLOT_SURNAMES: readonly Correction[] = (
  [
    ['过', 'guō', '修车铺的过师傅手艺好', ['他看过师傅的手艺', '这位老人经过大姐家门口']],
    ['相', 'xiàng', '市民相女士拨打了热线', ['大家互相大哥长大哥短地叫着']],
  ] as const
).map(([word, pinyin, example, keep]) => ({ word, pinyin, before: `(?:${ROLE}|[的位名，。：、“（]|^)`, after: PERSON_ADDRESS, example, keep }));

/**
 * A clan named by its surname (单氏先祖, 区氏家族, 单姓是大姓) and a surname given alone (他姓朴，):
 * local-history and family pages name clans so. Not 氏族 (了解氏族).
 */
const CLAN_AFTER = '(?:氏(?!族(?!谱))|姓(?:是|为|人家|族人|子孙|后人|一族|家族|在当地|在本地|在村里))';
const ALONE_AFTER = '(?:[，。、；！？”]|的|$)';

/** Where a form of address may begin a name: a clause start, 的, 位 or a role word. */
const ADDRESS_BEFORE = `(?:[的位名，。：；、“（]|^|${ROLE})`;
/** Forms of address after a surname, for the surnames above (not 过/相, which are everyday verbs). */
const ADDRESS_AFTER = '(?:老先生|老太太|先生|女士|师傅|阿姨|大爷|大妈|大姐|大哥|老伯|老板|老师|医生|经理(?![解想论性念财顺清]))';
/** A family named by its surname and 家 (曾家老宅, 解家三兄弟): not 仇家 "enemy", not 单家独户. */
const FAMILY_AFTER = '家(?:老宅|老屋|大院|祠堂|后人|后代|子弟|族人|[两三四五六七八]?兄弟|[两三四五六七八]?姐妹|父子|母女)';
const FAMILY_BEFORE = '(?:[的，。：；、“（]|^|村里|镇上|当地|本地)';

/**
 * 华 Huà (the Xiandai Hanyu Cidian's surname sense): as a form of address, a clan (华姓族人) or a
 * surname given alone (姓华的), never after a role word or 老, where 华 begins words (华丽, 老华侨).
 * Not 华氏, which is Fahrenheit.
 */
const HUA: readonly Correction[] = [
  { word: '华', pinyin: 'huà', before: ADDRESS_BEFORE, after: ADDRESS_AFTER, example: '华女士是这家茶馆的老板', keep: ['中华先生报国的故事', '运动员华丽转身'] },
  { word: '华', pinyin: 'huà', after: '姓(?:是|为|人家|族人|子孙|后人|一族|家族|在当地|在本地|在村里)', example: '村里华姓族人不多', keep: ['华氏温度'] },
  { word: '华', pinyin: 'huà', before: '姓', after: ALONE_AFTER, example: '村里姓华的人家不多', keep: [] },
];

/**
 * 种 Chóng (the Xiandai Hanyu Cidian's surname sense, the Song generals 种世衡 and 种师道) only after
 * a military or official title: after 农户 or 村民 种 is the verb (村民种西瓜).
 */
const CHONG: Correction = {
  word: '种',
  pinyin: 'chóng',
  before: '(?:名将|将军|大将|名臣|宰相|元帅)',
  when: (text, start, end) => beginsName('种', text, start, end),
  example: '北宋名将种世衡在西北筑城',
  keep: ['村民种西瓜'],
};

/** Surnames after a role word (法官曾丽娟) and after 老 (老单，). Examples use names of no one in particular. */
export const PERSON_NAME_CORRECTIONS: readonly Correction[] = [...SLOT_SURNAMES, ...SURNAMES.flatMap(({ ch, pinyin, keep }) => [
  {
    word: ch,
    pinyin,
    before: ROLE,
    when: (text: string, start: number, end: number) => beginsName(ch, text, start, end),
    example: `退休医生${ch}晓明为社区老人义诊`,
    keep,
  },
  // Not 区 or 曲: 老区 is an old revolutionary base area, 老曲 an old tune.
  ...(ch === '区' || ch === '曲' ? [] : [{ word: ch, pinyin, before: '老', after: OLD_AFTER, example: `同事们都叫他老${ch}，一叫就是二十年` }]),
  // 覃氏 is read Qín already (the model learnt it); 盖 is Gě or Gài as a surname, and 盖氏 also
  // transliterates (盖氏虎尾草): no clan entry for either.
  ...(ch === '覃' || ch === '盖' ? [] : [{ word: ch, pinyin, after: CLAN_AFTER, example: `族谱记载，${ch}氏一族明代迁居于此`, keep }]),
  { word: ch, pinyin, before: '姓', after: ALONE_AFTER, example: `村里姓${ch}的人家不多`, keep },
  // A form of address at a clause start or after 的/位 (仇老板说, 经营民宿的仇老板): not after a verb (帮解老师).
  { word: ch, pinyin, before: ADDRESS_BEFORE, after: ADDRESS_AFTER, example: `经营农家乐的${ch}老板说，今年客人比往年多`, keep: [...keep, ...(ch === '曾' ? ['他说，曾经理解不了父母'] : [])] },
  ...(ch === '仇' ? [] : [{ word: ch, pinyin, before: FAMILY_BEFORE, after: FAMILY_AFTER, example: `村里的${ch}家老宅已有百年历史`, keep }]),
]), ...HUA, CHONG, ...OPENING_NAMES, SHAO];
