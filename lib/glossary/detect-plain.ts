/**
 * Guards of the jargon detector (`./detect.ts`) against the shapes of everyday prose that look
 * like its coinages and formulas. Pure.
 *
 * - A quoted phrase that is a sign, a shout or a title, not a coinage: right after 写着 / 挂着 /
 *   印着 / 贴着 / 写下 / 写上 (a shop's sign, “好吃不贵”; a line put on a blackboard, “春眠不觉晓”), 喊 / 喊着 / 高喊 / 唱着 (a chant, “再来一个”), 电影 /
 *   影片 / 歌曲 / 电视剧 / 动画片 / 综艺 (a title, “流浪地球”), 主打 (a shop's selling point) or
 *   招牌菜 / 特色菜 / 名菜 / 小吃 (a dish, “片儿川”); holding a price offer (半价, 五折, 折起, 包邮,
 *   特价, 免单, 买一送一) or being a price or sum of two characters and 价 / 钱 (“骨折价”, “养老钱”); a doubled phrase (“加油加油”); followed by N个(大)字, which counts its
 *   characters, or by 摄影展 / 画展 / 书画展 / 书法展 (the title of a show of pictures); or a list
 *   of sights (“西湖十景”, “钱塘八景”: a place and N景); an outing or a try after 来(了)一场 / 一次 /
 *   一回 / 一趟 (来了一场“特种兵式旅游”, 来了一次“城市漫步”).
 * - 一X一Y where X and Y together are a dictionary word: an idiom built on that word (一针一线 on
 *   针线, 一草一木 on 草木, 一言一行 on 言行), while the formulas (一村一品, 一事一议, 一户一策) join two
 *   things that are no word together; and 一X一Y handing out a bowl, cup or portion (一人一碗) or pricing
 *   goods by the piece or weight (一元一本, 一块一斤; 一元一票, the flat bus fare, stays a formula).
 * - NUM X NUM Y counting the rooms of a flat or the dishes of a meal (三室一厅, 两菜一汤), a score or
 *   a tally of tries (三对三, 三投三中) or sights (两桥一塔).
 * - A quoted phrase given as an example (“9+6”这样的题, “…”之类), a discount (满100减20), a set
 *   phrase of the shape XX之Y (“镇店之宝”), a reduplicated adverb and its verb (“慢慢来”), a verb doubled before its object (“充充电”), a verb, 个 and a complement of degree (“拍个够”), a shop's
 *   sign (招牌是“三鲜面”); a quoted number that is a day (“双十一”, “520”当天, “三伏天”) or a rank (“第一名”); and a count
 *   of quoted words after a verb of saying (连说了三个“不知道”).
 * - A half of a change told as 从“X”到“Y” that is an everyday action (从“各自种”到“统一管”,
 *   从“卖得出”向“卖得好”, 从“要我干”到“我要干”).
 * - Quotation marks of emphasis or irony around an everyday predicate (让教师“减负担”, 橘子“甜到了心里”,
 *   二十四小时“不打烊”, 机器“比我年纪还大”) or an everyday quality (“文化味”, “松弛感”), and a nickname: a
 *   role after 是 / 成了 (… 的) that ends the clause (是小区里的“包打听”，): see {@link emphasisQuote}.
 */

/** Just before an opening quote: a sign, a shout, a title or a shop's selling point follows. */
const SIGN_OR_TITLE_BEFORE = /(?:写下|写上|写着|挂着|印着|贴着|写有|印有|喊|喊着|高喊|唱着|电影|影片|歌曲|电视剧|动画片|综艺|主打|招牌菜|招牌是|特色菜|名菜|小吃)[\s]*$/u;
/** Just before an opening quote: 来(了)一场 / 一次 / 一回 / 一趟, so the quotes hold an outing or a try of everyday life (来了一场“特种兵式旅游”, 来了一次“城市漫步”). */
const OUTING_BEFORE = /来了?一[场次回趟]$/u;
/** A price offer inside the quotes. */
const PRICE_OFFER = /半价|[一二三四五六七八九]折|折起|包邮|特价|免单|买一送一|第二[杯件份]|满\d+减\d+|满减/u;
/** A price or a sum of money named by a figure of speech, two characters and 价 / 钱 (“骨折价”, “白菜价”, “养老钱”). */
const MONEY_WORD = /^\p{Script=Han}{2}[价钱]$/u;
/** Right after the closing quote: the quoted stretch is counted in characters (“好吃不贵”四个大字). */
const CHARACTERS_AFTER = /^[一两二三四五六七八九十\d]+个大?字/u;
/** Right after the closing quote: a show of pictures the quoted phrase is the title of. */
const PICTURE_SHOW_AFTER = /^(?:摄影展|画展|书画展|书法展)/u;
/** A list of sights: a place and N景 (西湖十景, 钱塘八景). */
const SIGHTS = /^[\u4e00-\u9fff]{2,}[一二三四五六七八九十]景$/u;
/** A date or a clock time in quotes, as a correction quotes the wrong one (“12月22日”应为…), is no coinage. */
const DATE_OR_TIME = /^(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}[日号时点]$|^\d{1,4}年(?:\d{1,2}月)?$|^\d{1,2}月$/u;

/** Just before the opening quote: a person online, so the quotes hold a screen name (网友“甬城小陈”). */
const HANDLE_BEFORE = /(?:网友|网名|昵称|博主|主播)$/u;
/**
 * After the quotes (and any quoted stretches right after them): what they are called — figures of
 * speech, sayings, a pretext (用“小灯笼”“胖娃娃”等比喻, 轻信“内部票”“代抢票”等说法, 以“内部渠道”为名).
 */
const CALLED_AFTER = /^(?:等|之类的?)?(?:比喻|说法|字眼|词语|词汇|说辞|话术|谎言|名义)|^为(?:名|由|借口)/u;
/** The text after the quotes closing at `close` and any quoted stretches that follow them, 、 or none between. */
function afterQuoteChain(text: string, close: number): string {
  const chain = /^(?:[、，,]?[“"‘「][^”"’」]{1,16}[”"’」])*/u.exec(text.slice(close));
  return text.slice(close + (chain?.[0].length ?? 0));
}

/**
 * Whether the quoted stretch `inner`, whose quotes run from `open` to `close` (exclusive) in
 * `text`, is a sign, a shout, a title, a price offer or a date rather than a coinage.
 */
export function plainQuote(text: string, open: number, close: number, inner: string, isWord: (w: string) => boolean = () => false): boolean {
  if (emphasisQuote(text, open, close, inner, isWord)) return true;
  const before = text.slice(Math.max(0, open - 4), open);
  if (SIGN_OR_TITLE_BEFORE.test(before) || OUTING_BEFORE.test(before)) return true;
  if (PRICE_OFFER.test(inner) || MONEY_WORD.test(inner) || CHARACTERS_AFTER.test(text.slice(close))) return true;
  if (HANDLE_BEFORE.test(text.slice(Math.max(0, open - 3), open)) || CALLED_AFTER.test(afterQuoteChain(text, close))) return true;
  if (PICTURE_SHOW_AFTER.test(text.slice(close)) || SIGHTS.test(inner) || DATE_OR_TIME.test(inner)) return true;
  if (EXAMPLE_AFTER.test(text.slice(close)) || SET_PHRASE.test(inner) || REDUPLICATED_ADVERB.test(inner) || reduplicatedVerb(inner, isWord) || verbToDegree(text, close, inner) || (NUMERALS_ONLY.test(inner) && !planPeriod(text, close, inner)) || RANK.test(inner)) return true;
  if (SAID_BEFORE.test(text.slice(Math.max(0, open - 6), open)) || WISHED_BEFORE.test(text.slice(Math.max(0, open - 4), open))) return true;
  if (contrastOfActions(text, open, close, inner)) return true;
  const half = inner.length / 2;
  return inner.length >= 4 && Number.isInteger(half) && inner.slice(0, half) === inner.slice(half);
}

/** A quoted half of a change told as 从“X”到“Y” / 由“X”向“Y”: before the first half, and after it; before the second. */
const CONTRAST_FIRST_BEFORE = /[从由]$/u;
const CONTRAST_FIRST_AFTER = /^[^“”"，。；！？]{0,2}(?:到|向|变为|转向|转为)[“"]/u;
const CONTRAST_SECOND_BEFORE = /[从由][“"][^”"]{1,12}[”"][^“”"，。；！？]{0,2}(?:到|向|变为|转向|转为)$/u;
/**
 * An action told in everyday words: a person doing it (要我干, 我要干), a verb's complement with 得
 * (卖得出, 卖得好), a one-character verb of work or trade before what it acts on (卖原料, 看天吃饭,
 * 看数据出海), or a way of doing it before a one-character verb (各自种, 统一管).
 */
const EVERYDAY_ACTION = /[我你他她咱]|^\p{Script=Han}得|^[卖买看种养管要做干跑吃靠等送找守盼拼抢抓收捕挖砍晒]\p{Script=Han}{1,4}$|^(?:各自|自己|统一|分散|集中|单独|一起|共同|各家)\p{Script=Han}$/u;

/**
 * Whether the quotes from `open` to `close` hold one half of a change told as 从“X”到“Y” or
 * 由“X”向“Y” and that half is an everyday action (从“各自种”到“统一管”, 从“卖原料”到“卖产品”), not a
 * coinage (从“最多跑一次”到“一次不用跑” keeps its marks: neither half is such an action).
 */
function contrastOfActions(text: string, open: number, close: number, inner: string): boolean {
  const first = CONTRAST_FIRST_BEFORE.test(text.slice(Math.max(0, open - 1), open)) && CONTRAST_FIRST_AFTER.test(text.slice(close));
  const second = CONTRAST_SECOND_BEFORE.test(text.slice(Math.max(0, open - 20), open));
  return (first || second) && EVERYDAY_ACTION.test(inner);
}

/** Right after a quoted stretch or a sum: it is given as an example or worked out (“9+6”这样的题, 3+4等于7). */
const EXAMPLE_AFTER = /^[”"’」]?(?:这样|这类|之类|等于|[=＝])/u;
/** A set phrase XX之Y (镇店之宝, 无价之宝), which policy coinages do not take, unless it is a home for a group (骑手之家, 职工之家). */
const SET_PHRASE = /^\p{Script=Han}{2}之[^\P{Script=Han}家]$/u;
/** A reduplicated adverb and the verb it goes with (慢慢来, 好好学, 早早睡). */
const REDUPLICATED_ADVERB = /^([慢好快常渐悄轻刚早多])\1\p{Script=Han}$/u;
/**
 * A verb doubled before its object, AAB where AB is a dictionary word (“充充电” of 充电, “散散步”,
 * “歇歇脚”): the easy spoken form of an everyday action, which no policy coinage takes.
 */
const reduplicatedVerb = (inner: string, isWord: (w: string) => boolean): boolean =>
  /^(\p{Script=Han})\1\p{Script=Han}$/u.test(inner) && isWord(inner.slice(1));
/**
 * A verb, 个 and a complement of degree that ends the clause (前来“拍个够”。, “玩个痛快”，): a spoken
 * everyday action; a count (“三个够”) and a name before a noun (“吃个饱”爱心餐) keep their marks.
 */
const VERB_GE_COMPLEMENT = /^[^一二三四五六七八九十两几每\d]\p{Script=Han}?个(?:够|饱|遍|痛快|尽兴|过瘾|明白|清楚|不停)$/u;
const CLAUSE_END_AFTER = /^[”"’」]?(?:[，。！？；、…,.!?;]|$)/u;
const verbToDegree = (text: string, close: number, inner: string): boolean => VERB_GE_COMPLEMENT.test(inner) && CLAUSE_END_AFTER.test(text.slice(close));
/** A quoted stretch of numerals only (双十一, 五一): a day or a festival. */
const NUMERALS_ONLY = /^[一二三四五六七八九十两双]+$/u;
/** A five-year plan counted in numerals, “十五五”, before the plan or its years (“十五五”规划, “十四五”时期, “十五五”开局之年): a coinage, not a day. */
const FIVE_YEAR = /^[一二三四五六七八九十]{1,2}五$/u;
const PLAN_AFTER = /^[”"’」]?(?:规划|时期|期间|开局|收官|计划|末|初)/u;
const planPeriod = (text: string, close: number, inner: string): boolean => FIVE_YEAR.test(inner) && PLAN_AFTER.test(text.slice(close));
/** A quoted rank or turn, 第 + a number + a measure (考了“第一名”, 拿了“第三次”): a place in a list, no coinage. */
const RANK = /^第[一二三四五六七八九十百\d]{1,3}[名次位个]$/u;
/** A quoted number ending in a word of time (三伏天, 三八节), or followed by one (“520”当天). */
const TIME_TAIL = /[天日夜节伏]$/u;
const TIME_AFTER = /^[”"’」]?(?:当天|这天|那天|当日|前夕|期间|前后|节)/u;
/** Just before the opening quote: a verb of saying and the count of what was said (说了三个“不知道”, 连喊两声“好”). */
const SAID_BEFORE = /(?:说|喊|问|答|讲|道)了?[一两二三四五六七八九十]*[个句声遍]?$/u;
/**
 * Just before the opening quote: a verb of wishing or of saying outright, so the quotes hold what
 * people wish for or said (老人希望“离家近、价格实惠、少油少盐”, 直呼“太方便”), not a name.
 */
const WISHED_BEFORE = /(?:希望|盼望|期盼|觉得|直呼|直言|坦言|笑言|笑称|感叹|感慨)[：:，,]?$/u;
/** Just before a count: a verb of saying, so the count is of words said (连说了三个“不知道”). */
const SAYING_BEFORE = /(?:说|喊|问|答|讲|道|念|写)了?$/u;

/**
 * Whether a quoted number or code `inner` (a formula by its shape), whose quotes close at `close`,
 * is a day, a festival or an example (“双十一”, “520”当天, “三伏天”, “9+6”这样的题).
 */
export function plainNumberQuote(text: string, close: number, inner: string): boolean {
  const after = text.slice(close);
  return NUMERALS_ONLY.test(inner) || TIME_TAIL.test(inner) || TIME_AFTER.test(after) || EXAMPLE_AFTER.test(after);
}

/** Whether the formula matched from `start` to `end` is a sum worked out or a count of words said (3+4等于7, 说了三个“不知道”). */
export function plainFormulaAt(text: string, start: number, end: number): boolean {
  return EXAMPLE_AFTER.test(text.slice(end)) || SAYING_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/** What 一X一Y hands out when it is a portion, not a formula (一人一碗). */
const PORTION = /^[碗杯份盘]$/u;
/** A price per item, 一元一本 / 一块一斤: a unit of money, then a measure of goods (not 一元一票, the flat bus fare). */
const MONEY_UNIT = /^[元块]$/u;
const GOODS_MEASURE = /^[本斤两个件只张把支袋瓶包盒串根双条颗枚]$/u;

/** Whether 一`x`一`y` is an idiom on the word `x``y` (一针一线, 一草一木), hands out a portion (一人一碗) or prices goods (一元一本). */
export function plainPairOfOnes(x: string, y: string, isWord: (w: string) => boolean): boolean {
  return PORTION.test(y) || (MONEY_UNIT.test(x) && GOODS_MEASURE.test(y)) || isWord(`${x}${y}`);
}

/** The rooms of a flat and the dishes of a meal, counted in NUM X NUM Y (三室一厅, 两菜一汤, 三菜一汤). */
const HOME_OR_MEAL = /^[室厅卫厨菜汤荤素饭粥]$/u;
/** Sights counted in NUM X NUM Y (两桥一塔, 三山一湖). */
const SIGHT = /^[桥塔楼亭阁寺庙殿山峰湖池井泉]$/u;
/** A score or a tally of tries (三对三, 三投三中, 五战四胜): one of the items is a try or its result. */
const TALLY = /^[对比投中射进战胜负败平]$/u;

/** Whether NUM `x` NUM `y` counts rooms, dishes or sights, or tallies tries (both items of {@link HOME_OR_MEAL} or {@link SIGHT}, or either of {@link TALLY}). */
export function countedThings(x: string, y: string): boolean {
  return (HOME_OR_MEAL.test(x) && HOME_OR_MEAL.test(y)) || (SIGHT.test(x) && SIGHT.test(y)) || TALLY.test(x) || TALLY.test(y);
}

/** A morpheme of policy prose: a quoted phrase holding one is a coinage, not everyday words (“降成本”, “掌上办”, “多跑路”). */
const POLICY_MORPHEME = /[办跑码链网企税党政智治创]|改革|服务|工程|行动|机制|体系|共富|振兴|建设|发展|数字|数据|平台|监管|审批|中心|基地|示范|成本|产能|库存|短板|杠杆|效能|实事/u;
/** The shape of a number slogan (“零跑腿”, “两进两回”, 一X一Y): a numeral other than a lone 一, or 一 twice. */
const NUMBER_SHAPE = /[\d二三四五六七八九十两双百千万零]|一.*一/u;
/** A particle of aspect, complement or degree, or 就 of "as soon as", that makes a quoted stretch a predicate (吃过苦, 甜得很, 一口就爱上). */
const PARTICLE = /[了过得就很着]/u;
/**
 * Just before the opening quote, a frame that makes what follows a predicate: a cause and the
 * person it acts on (让教师“减负担”), a complement of degree (来得“正是时候”; not 获得 / 取得 /
 * 赢得 …, which take a title), or a one-character adverb (比上学还“忙”, 更“踏实”; not the 才 of 引才 / 育才 / 招才 …,
 * talent, before an award's or a programme's name: 引才“伯乐奖”).
 */
const PREDICATE_BEFORE = /(?:让\p{Script=Han}{1,4}|(?<![获取赢记值懂觉显使])得|[还更也都又真太很越]|(?<![引育招揽聚英])才)$/u;
/** 让 and a pronoun right before the quote (让她“重新认识”, 真让人“堵心”); a longer stretch after 让 must end in a word, the person (让教师, 让不少市民; not 让农民卖“放心粮”, where a verb takes the quote as its object). */
/** An adverb of degree or of persistence opening a quoted stretch before a dictionary word (表现“仍然抢眼”, “非常满意”); not 最, which opens titles (“最美庭院”). */
const ADVERB_START = /^(?:仍然|依然|依旧|还是|非常|十分|特别|更加|越来越|有点|有些|格外|相当|挺|很|太|真)/u;
/** 让 within the last two characters before the quote: they are no person's name. */
const CAUSE_BEFORE = /让\p{Script=Han}?$/u;
const PRONOUN_BEFORE = /让(?:[我你他她它]们?|大家|人们?)$/u;
/** A feast in quotes after a verb of setting or eating it (摆起了“长桌宴”, 吃上“团圆席”): a meal, no coinage. */
const FEAST = /^\p{Script=Han}{1,3}[宴席]$/u;
const SET_TABLE_BEFORE = /[摆办吃](?:起了|上了|起|上|了)?$/u;
/** A noun of flavour, feel or company made on a dictionary word (“文化味”, “仪式感”, “饭搭子”): an everyday quality, no coinage. */
const QUALITY_NOUN = /^(\p{Script=Han}{1,3}?)(?:味|感|搭子)$/u;
/** Before the opening quote, a copula and who the person is to (是整条街的“和事佬”, up to eight characters before 的 as in 成了独居老人们吃饭的“好帮手”, 在家里是“大管家”, 成了家里的“小老师”, 当了一回孩子们的“孩子王”, 是一名“老黄牛”, 是一头“老黄牛”, 是一匹“黑马”, 是个“大嗓门”, 是小区里出了名的“运动达人”, with a word of warmth after 的 as in 是她的贴心“小棉袄”; and 有 with a measure word, what a person keeps or is known by, 修鞋师傅有个“小账本”，), or a verb of calling and whose the person is (被同学们称为班里的“最强大脑”, 称作小区的“大管家”, 叫做村里的 / 誉为全镇的; a bare 称为“…” still gives a name), or a simile's 像 and a measure word (像个甩不掉的“小尾巴”, 活像一个“小大人”, 如同一位“老黄牛”; a bare 像“…” still gives a name), or a thing taken as one's own companion (把刨子当成自己的“老伙计”): the quotes name a role, as a nickname, when they end the clause. */
const ROLE_BEFORE = /(?:(?:是|成了|成为|当起了?|当上了?|当了|堪称)(?:\p{Script=Han}{1,8}?的(?:贴心|暖心|知心)?|一?[名位个头只匹])?|有一?[个位本]|(?:[称叫][为作做]|誉为)\p{Script=Han}{1,6}?的|(?:当成|当作|看作|视作|视为)(?:自己|自家)的|(?:像|如同|宛如|犹如)是?一?[个只位名头](?:\p{Script=Han}{1,6}?的)?)$/u;
/** After the closing quote, how neighbours address a person — a surname or 老 and a word of kinship or courtesy (楼下的“包打听”张阿姨, 巷口的“百事通”李大爷): after 的, the quotes are the person's nickname. */
const ADDRESS_AFTER = /^\p{Script=Han}?(?:阿姨|阿婆|阿公|大爷|大妈|大伯|大叔|大婶|大姐|大哥|大嫂|师傅|奶奶|爷爷|婆婆)/u;
/** A comparison in quotes (“比我年纪还大”, “比过年还热闹”): 比, what is compared, 还 / 更 and the quality — a predicate. */
/** A kind of people named by a label in 族 (“低头族”, “路怒族”, “月光族”): an everyday label, no policy term. */
const PEOPLE_LABEL = /^\p{Script=Han}{1,3}族$/u;
/** A fan named by what he is fond of and 控 (“海鲜控”, “细节控”, “颜值控”): an everyday label when the stem is a dictionary word of two or three characters (not 双控, 联防联控, 闭环管控). */
const FAN_LABEL = /^(\p{Script=Han}{2,3})控$/u;
/** A beginner named by what he is new to and 小白 / 菜鸟 (“跑步小白”, “理财菜鸟”): an everyday label when the stem is a dictionary word of two or three characters. */
const NOVICE_LABEL = /^(\p{Script=Han}{2,3})(?:小白|菜鸟)$/u;
/** A person praised for a skill, a dictionary word and 小能手 / 达人 / 高手 (“修车小能手”王师傅, 请来“厨艺达人”。, “钓鱼高手”，): an everyday label where the clause ends or how the person is addressed follows (not 能手 alone, as in the title 技术能手, nor before a noun, “运动达人”团队). */
const SKILL_LABEL = /^(\p{Script=Han}{2,3})(?:小能手|达人|高手)$/u;
const COMPARISON = /^比\p{Script=Han}{1,4}[还更]\p{Script=Han}{1,2}$/u;
/** A simile around the quotes (像“娘家人”一样, 如同“自家兄弟”一般, 就像“老朋友”似的): the quoted words are what someone is likened to, no coinage; not a model to follow (像“枫桥经验”那样). */
const SIMILE_BEFORE = /(?:像|如同|犹如|宛如)$/u;
const SIMILE_AFTER = /^(?:一样|一般|似的|那样)/u;
const MODEL_END = /(?:经验|模式|做法|精神|样板|标杆)$/u;

/**
 * Whether a particle of `inner` is free, not the start of a word (就业, 过程, 着力, 了解). Every
 * particle's questions are asked whatever the answers (`wordQuestions` in ./detect.ts lists them ahead of time).
 */
function freeParticle(inner: string, isWord: (w: string) => boolean): boolean {
  let free = false;
  for (let i = 1; i < inner.length; i++) {
    if (!PARTICLE.test(inner[i] as string)) continue;
    const bound = [isWord(inner.slice(i, i + 2)), isWord(inner.slice(i, i + 3))].some(Boolean);
    if (i === inner.length - 1 || !bound) free = true;
  }
  return free;
}

/**
 * Whether the quotes from `open` to `close` around `inner` mark emphasis or irony on everyday
 * words, not a coinage: a stretch of Han characters with no policy morpheme and no number-slogan
 * shape that reads as a predicate — it holds a free particle (“甜到了心里”, “吃过苦”, “一口就爱上”) or
 * opens with an adverb of degree before a word (表现“仍然抢眼”), or is a comparison (“比我年纪还大”), or
 * stands in a predicate's frame (让教师“减负担”, 来得“正是时候”, “重新认识”了家乡), or negates a
 * dictionary word at the end of a clause (二十四小时“不打烊”，), or is a noun of flavour, feel or company
 * made on a dictionary word (让老街更有“文化味”, 难得的“松弛感”, 找“饭搭子”), or names a role after a copula at the
 * end of a clause (是全村的“包打听”，, 成了家里的“小老师”。), or after 的 is the nickname before how a person is
 * addressed (楼下的“包打听”张阿姨), or is a label in 族 for a kind of people (这位“路怒族”) or in 控 for a fan (不少“海鲜控”) or in 小白 / 菜鸟 for a beginner (不是“跑步小白”了) or in 小能手 / 达人 / 高手 for a person praised for a skill (“修车小能手”王师傅). Quoted coinages keep their marks:
 * 推行“县中崛起”, “不见面”审批 (a noun follows), “降成本” (a policy morpheme), “零跑腿” (a number).
 */
export function emphasisQuote(text: string, open: number, close: number, inner: string, isWord: (w: string) => boolean): boolean {
  const novice = NOVICE_LABEL.exec(inner);
  if (novice !== null && isWord(novice[1] as string)) return true;
  if (!/^\p{Script=Han}{2,6}$/u.test(inner) || POLICY_MORPHEME.test(inner) || NUMBER_SHAPE.test(inner)) return false;
  if (PEOPLE_LABEL.test(inner)) return true;
  if (FEAST.test(inner) && SET_TABLE_BEFORE.test(text.slice(Math.max(0, open - 3), open))) return true;
  const skill = SKILL_LABEL.exec(inner);
  const skillEnd = /^(?:$|[，。；！？、,;!?])/u.test(text.slice(close)) || ADDRESS_AFTER.test(text.slice(close));
  if (skill !== null && isWord(skill[1] as string) && skillEnd) return true;
  const fan = FAN_LABEL.exec(inner);
  if (fan !== null && isWord(fan[1] as string)) return true;
  const quality = QUALITY_NOUN.exec(inner);
  if (quality !== null && isWord(quality[1] as string)) return true;
  const negatedWord = inner.startsWith('不') && isWord(inner.slice(1));
  const adverb = ADVERB_START.exec(inner);
  const qualified = adverb !== null && isWord(inner.slice(adverb[0].length));
  const person = isWord(text.slice(Math.max(0, open - 2), open));
  if (freeParticle(inner, isWord) || qualified || COMPARISON.test(inner)) return true;
  const after = text.slice(close);
  const before = text.slice(Math.max(0, open - 5), open);
  const cause = !/让\p{Script=Han}{1,4}$/u.test(before) || PRONOUN_BEFORE.test(before) || (person && !CAUSE_BEFORE.test(before));
  if (inner.length <= 5 && ((PREDICATE_BEFORE.test(before) && cause) || /^了(?!解)/u.test(after))) return true;
  if (inner.length <= 4 && ROLE_BEFORE.test(text.slice(Math.max(0, open - 12), open)) && /^(?:$|[，。；！？,;!?])/u.test(after)) return true;
  if (inner.length <= 4 && text[open - 1] === '的' && ADDRESS_AFTER.test(after.slice(1))) return true;
  if (inner.length <= 4 && SIMILE_BEFORE.test(before) && SIMILE_AFTER.test(after) && !MODEL_END.test(inner)) return true;
  return negatedWord && /^(?:$|[，。；！？、,;!?])/u.test(after);
}
