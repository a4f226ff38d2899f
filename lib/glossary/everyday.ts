/**
 * Glossary forms that are also plain everyday words, underlined only in a policy sense.
 *
 * 一盘棋 is a game of chess, 组合拳 a boxer's combination, 抓手 a handle, 堵点 a blocked pipe,
 * 兜底 "to cover what is left", 闭环 a control loop, 头雁 a lead goose, 土特产 a family's local
 * produce, 一肩挑 a carrying pole on one shoulder; 三大球 three scoops of ice cream, 新三样 three new
 * dishes, 六小龙 six young dragon dancers, 阳光厨房 a sunny kitchen, 第一议题 a residents' meeting's
 * first item, 能上能下 a chair that goes up and down, 腾笼换鸟 a bird-keeper's new birds, 不变价格 a
 * cobbler's unchanged prices, 先租后让 a shop let before it is sold, 限额以上 a bank fee above a limit,
 * 隐形冠军 an unsung player, 过紧日子 a household's tight budget, 瘦身健体 a yoga class, 三重保障 three
 * layers of estate security, 单一窗口 one open counter, 就近办 a wedding banquet held near home, 秒办
 * a check-in done in seconds (几秒|办完), 当年账户 an account back then (当年|账户), 投资于人 and 投资于物
 * money put into AI shares or a logistics park (投资于|人工智能, 投资于|物流), 高企 prices that stay
 * high (猪肉价格高企), not high-tech enterprises; 发展对象 a possible boyfriend; 睡眠管理 an adult's sleep-tracking app; 点数法 a child's way of counting; 小巨人 a tall player's
 * nickname, 一老一小 an old man and a child at chess, 飞行检查 a pilot's check before take-off, 时间银行 a
 * bank at closing time (下班时间|银行), 单项冠军 a swimmer's win in one event, 选区 a photo editor's selection, 征兵 a medieval
 * king's levy, 跑分 a phone's benchmark score (新手机的跑分), 自首 a hit-and-run driver giving himself up in a plain report (the
 * card's legal test of surrender is for crime reports), 专门教育 a teacher who 专门教育学生 (teaches them in particular), 专门学校 a
 * college of the early Republic (考入法政专门学校), 保护伞 a sunshade that shelters a stall, 卡农 Pachelbel's Canon; 过会 “in
 * a while” (他们过会再商量), not a listing application passing review, 健康细胞 the healthy cells a tumour attacks (not the
 * healthy units of the healthy-cities drive, 首考 a driving test passed at the first try, 一段线 a line drawn with a ruler,
 * 分层作业 builders working floor by floor on scaffolding, 教师减负 where the quote opened inside it runs on (让教师“减负担”), 充电桩
 * the charger at a housing estate's gate that has broken down (the card is for the charging network a city builds; 街巷长
 * a lane's length (这条街巷长约三百米), 禁酒令 a doctor's order to a patient, 层层加码 a grandmother piling clothes on a child, 马上就办 a
 * boy's "right away", 亮身份 a masked guest unmasking and 平时考核 a course's coursework mark (the cards are for the thrift
 * rules' alcohol ban, tasks raised at each level, the Fuzhou work style, a Party member's badge and civil servants'
 * routine appraisal); 销号 an old phone number given up (把旧号码销号了), not an item struck off a list of fixes; 就地保护 a pupil
 * protecting his head where he stands in an earthquake (要就地保护好头部), not in situ conservation; 地方标准 a place's standard
 * room (这个地方标准间), not a province's standard; 合成生物 a chemist synthesising an alkaloid (化学合成生物碱), not synthetic biology;
 * 自主更新 an app that updates itself (这款软件会自主更新), not owners rebuilding an old estate; 九大场景 a game's nine maps;
 * 能评 "can be rated" (他能评上三好学生), not the energy-use review of a project; 考察对象 what a field trip studies (这次的考察对象是一片
 * 红树林), not a cadre under vetting; 异地交流 pupils of two towns sharing notes by video, not a cadre moved to another place; 约谈 a reporter
 * meeting experts (记者约谈了几位专家), not a summons by a superior; 组织处理 friends who organise and handle a trip themselves
 * (由他们自己组织处理), not measures against an official; 一般债务 an ordinary debt between neighbours (邻居之间的一般债务纠纷), not
 * a local government's general debt; 合适成年人 a film fitter for adults (更合适成年人观看), not the appropriate adult at a minor's questioning;
 * M2 is also a chip and a screw size, DIP a switch and a chip package. Their cards explain the policy sense (the whole-province chess game, the
 * grip of a campaign, the closed loop of handling a complaint, money supply, payment by disease
 * points), which is wrong in a sports report, a recipe or a repair story. Such a form is kept
 * only where it is set in quotation marks (the article names the term; not after a verb of calling,
 * 大家都叫他“小巨人”, a nickname) or where its sentence holds a word of policy prose ({@link POLICY_CUE}: 工作, 推进, 机制, 企业, 群众, 全市, 书记,
 * 财政, 货币, and of crime reports and the protection of minors: 涉案, 诈骗, 洗钱, 犯罪, 未成年人, 检察, 讯问). A five-year plan's number (十四五) is not underlined inside a larger number or an
 * age (二十四五岁). Pure.
 */
import { ENDS_OTHER_WORD, MODAL_VERB_AFTER, OTHER_FIELD, PLACE_AFTER, TERM_AFTER, VERB_FIRST } from './everyday-context';

/**
 * The entries (by id) whose forms (as stored, quotes stripped; Latin lower-cased) read as everyday
 * words unless the sentence is policy prose. Keyed by entry, so another glossary (a reader's own
 * terms, a test's) with the same characters is matched as always; the entry's other forms
 * (广义货币 of M2, 按病种分值付费 of DIP) are never held back.
 */
export const EVERYDAY_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['yipanqi', ['一盘棋']],
  ['zuhequan', ['组合拳']],
  ['qita-laji', ['其他垃圾']], // 还有其他垃圾要扔: any other rubbish, not the fourth class of Zhejiang's sorting
  ['zhuashou', ['抓手']],
  ['heshi-chengnianren', ['合适成年人']], // 这部电影更合适成年人观看: fitter for adults, not the adult who attends a minor's questioning
  ['shuimian-guanli', ['睡眠管理']],
  ['drgs-dianshufa', ['点数法']],
  ['dudian', ['堵点']],
  ['doudi', ['兜底']],
  ['bihuan', ['闭环']],
  ['touyan-xiaoying', ['头雁', '领头雁']],
  ['tutechan', ['土特产']],
  ['yijianta', ['一肩挑']],
  ['dingdingzi-jingshen', ['钉钉子']],
  ['qiabozi', ['卡脖子']],
  ['hao-fangzi', ['好房子']],
  ['shuangkai', ['双开']],
  ['haochaping', ['好差评']],
  ['qixuansan', ['七选三']],
  ['hongchuan', ['红船']],
  ['xin-fazhan-geju', ['双循环']],
  ['xiehuierba', ['歇会儿吧']],
  ['zuihou-yigongli', ['最后一米']],
  ['wandao-chaoche', ['弯道超车', '换道超车']],
  ['bajie-yunsui', ['拔节孕穗', '拔节孕穗期']],
  ['mengxiang-xiaozhen', ['梦想小镇']],
  ['weilai-gongchang', ['未来工厂']],
  ['sandaqiu', ['三大球']],
  ['xin-sanyang', ['新三样']],
  ['hangzhou-liuxiaolong', ['六小龙']],
  ['yangguang-chufang', ['阳光厨房']],
  ['diyi-yiti', ['第一议题']],
  ['nengshang-nengxia', ['能上能下']],
  ['tenglong-huanniao', ['腾笼换鸟']],
  ['bubian-jiage', ['不变价格']],
  ['xianzu-hourang', ['先租后让']],
  ['xiane-yishang', ['限额以上']],
  ['yinxing-guanjun', ['隐形冠军']],
  ['guojinrizi', ['过紧日子']],
  ['shoushen-jianti', ['瘦身健体']],
  ['sanzhong-baozhang', ['三重保障']],
  ['danyi-chuangkou', ['单一窗口']],
  ['jiujin-ban', ['就近办']],
  ['miaopi', ['秒办']],
  ['dangnian-zhanghu', ['当年账户']],
  ['touzi-yu-ren', ['投资于人']],
  ['touzi-yu-wu', ['投资于物']],
  ['guangyi-huobi', ['m2']],
  ['dip-fufei', ['dip']],
  ['gaoxin-jishu-qiye', ['高企']],
  ['fazhan-duixiang', ['发展对象']],
  ['xiao-juren', ['小巨人']],
  ['yilao-yixiao', ['一老一小']],
  ['feixing-jiancha', ['飞行检查']],
  ['shijian-yinhang', ['时间银行']],
  ['danxiang-guanjun', ['单项冠军']],
  ['xuanqu', ['选区']],
  ['zhengbing', ['征兵']],
  ['paofen', ['跑分']],
  ['zishou', ['自首']],
  ['zhuanmen-jiaoyu', ['专门教育']],
  ['zhuanmen-xuexiao', ['专门学校']],
  ['heie-baohusan', ['保护伞']],
  ['kanong', ['卡农']],
  ['guohui', ['过会']],
  ['jiankang-xibao', ['健康细胞']],
  ['gaokao-shoukao', ['首考']],
  ['yiduanxian', ['一段线']],
  ['fenceng-zuoye', ['分层作业']],
  ['jiaoshi-jianfu', ['教师减负']],
  ['chongdianzhuang', ['充电桩']],
  ['lvdao', ['绿道']], // 沿着绿道骑行: a family's ride on a riverside path; the card is for the greenways a city builds (全市新建绿道120公里)
  ['shenghuo-laji-fenlei', ['垃圾分类']], // 她从小就学会了垃圾分类: a habit; the card is for the sorting system (全县推进垃圾分类工作)
  ['jiexiangzhang', ['街巷长']],
  ['jinjiuling', ['禁酒令']],
  ['cengceng-jiama', ['层层加码']],
  ['mashang-jiuban', ['马上就办']],
  ['liang-shenfen', ['亮身份']],
  ['pingshi-kaohe', ['平时考核']],
  ['xiaohao-guanli', ['销号']],
  ['wangge', ['网格']], // a sweater's or a notebook's grid pattern (网格图案, 网格本), not the governance grid
  ['jiudi-baohu', ['就地保护']],
  ['difang-biaozhun', ['地方标准']],
  ['hecheng-shengwu', ['合成生物']],
  ['zizhu-gengxin', ['自主更新']],
  ['weilai-shequ-jiuda-changjing', ['九大场景']],
  ['yian', ['议案']], // 小儿子提了一个议案：周末去爬山: a family's proposal, no motion before a congress
  ['zhengxie-tian', ['提案']], // 他在例会上的提案被采纳了: an idea put at a meeting, no proposal to a consultative conference
  ['jieneng-shencha', ['能评']],
  ['kaocha-duixiang', ['考察对象']],
  ['yidi-jiaoliu', ['异地交流']],
  ['yuetan', ['约谈']],
  ['zuzhi-chuli', ['组织处理']],
  ['yiban-zhaiwu', ['一般债务']],
  ['yundong-jianjiang', ['运动健将']],
  ['huwai-yundong', ['户外运动']],
  ['jingyingxing-shouru', ['经营性收入']], // 这家公司的经营性收入: a firm's operating income, not a village collective's measure
  ['zhongren', ['中人']], // 请了个中人说和: a go-between, not the middle cohort of a pension reform
  ['diliudai-yidong-tongxin', ['6g']], // 6G运行内存: a phone's six gigabytes, not sixth-generation mobile
  ['baimingdan', ['白名单']], // 他把家人的号码加进了手机的白名单: a phone's list of callers let through, no list of a policy
]);

/** Words of policy prose: one of them in the sentence makes an everyday form read in its policy sense. */
export const POLICY_CUE =
  /工作|推进|推动|试行|原则上|发展|建设|改革|治理|政策|部门|政府|党|机制|体系|服务|全[市省县区国镇]|群众|民生|企业|项目|经济|落实|监管|基层|干部|书记|组织部|提拔|任用|纪委|财政|预算|货币|医保|付费|推行|我[省市县区]|产业|振兴|问题|整改|保障|市场|统筹|政务|集体|共富|文章|效应|实施|开展|打造|提升|聚焦|强化|破解|办事|诉求|增速|余额|同比|销售额|零售|批发|出台|方案|[省市县]级|涉案|诈骗|洗钱|犯罪|未成年人|检察|讯问|审讯/u;

const SENTENCE_END = /[。！？!?\n]/u;
const OPENING_QUOTES = '“‘「『"\'＂＇〝';
const CLOSING_QUOTES = '”’」』"\'＂＇〞';

/** Strips quotation marks and folds Latin letters to lower case (how {@link EVERYDAY_FORMS} holds them). */
const bare = (s: string): string => s.replace(/[“”‘’「」『』"'＂＇〝〞]/gu, '').toLowerCase();

/** A five-year plan by its number (十二五 … 十五五). */
const PLAN_NUMBER = /^十[一二三四五六七八九]五$/u;
/** Just before: a digit of the same number (二十四五岁 is 24 or 25 years). */
const DIGIT_BEFORE = /[一二两三四五六七八九]$/u;
/** A form that begins with a Chinese numeral of ten or more (千万工程, 万人计划, 百县千碗). */
const LARGE_NUMERAL_START = /^[十百千万亿]/u;
/** Just before such a form: a digit or a word of amount, so the form's numeral is a sum (上千万工程款, 两万人计划出游). */
const AMOUNT_BEFORE = /[一二两三四五六七八九十百千万上近超数几]$/u;

/**
 * Whether a numbered form is a stretch of a larger number, an amount or an age instead: a plan
 * number (十四五) with a Chinese digit right before it (二十四五岁, 三十四五个) or 岁 right after it
 * (十四五岁的孩子: fourteen or fifteen); a form opening with 十/百/千/万/亿 with a digit or a word
 * of amount right before it (上千万工程款 holds no 千万工程, 两万人计划 no 万人计划).
 */
function inCountedNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const form = text.slice(start, end);
  if (LARGE_NUMERAL_START.test(form) && AMOUNT_BEFORE.test(before)) return true;
  if (!PLAN_NUMBER.test(form)) return false;
  return DIGIT_BEFORE.test(before) || text[end] === '岁';
}

/** Just after a form ending in 比: the period or object of a comparison (比上年, 比去年同期, 比全省). */
const COMPARED_AFTER = /^(?:上年|去年|前年|上一年|往年|同期|上月|上季|上半年|年初|全省|全国|全市)/u;

/**
 * Whether a ratio form (城乡居民收入比, 普职比) is a noun and the preposition 比 "compared with"
 * instead: 城乡居民收入比上年增长 is "residents' income rose over last year", not the ratio.
 */
function inComparison(text: string, start: number, end: number): boolean {
  return text[end - 1] === '比' && COMPARED_AFTER.test(text.slice(end, end + 3));
}

/**
 * A counted formula: a Chinese numeral, a counter (个 种 方 位) and two or more characters (四个意识, 四种形态, 五位一体).
 * 方 before 面 is not a counter: 方面 "aspects" is one word, so 十方面民生实事 reads only as the named list.
 */
const COUNTED_FORMULA = /^[一二两三四五六七八九十]+(?:[个种位]|方(?!面))\p{Script=Han}{2,}$/u;
/** Just before a counted formula: an ordinal or demonstrative, so the count belongs to a noun phrase (第四个意识到, 这两个结合起来). */
const DETERMINER_BEFORE = /[第这那哪每]$/u;

/** Just before an opening quote: a verb of calling someone something (叫他, 称她为, 外号, 昵称), so the quote is a nickname. */
const NAMING_BEFORE = /(?:[叫喊管](?:他|她|它|我|你)们?|称(?:他|她|它)们?为?|叫[作做]|称[作为]|人称|(?:外号|绰号|昵称|戏称|爱称|美称|雅号)[叫是为]?)$/u;

/** Whether the quotation marks around the match at `start` follow a verb of calling: 大家都叫他“小巨人” is a nickname, not the term named. */
function afterNaming(text: string, start: number): boolean {
  const q = OPENING_QUOTES.includes(text[start] ?? '') ? start : start - 1;
  return OPENING_QUOTES.includes(text[q] ?? '') && NAMING_BEFORE.test(text.slice(Math.max(0, q - 5), q));
}

/** The text just before a match's form, past a level word the match took in before it (村级 of 村级物业用房). */
function beforeForm(text: string, start: number, end: number): string {
  const level = /^\p{Script=Han}{1,3}级/u.exec(text.slice(start, end))?.[0].length ?? 0;
  return text.slice(Math.max(0, start - 3), start + level);
}

/** Whether the last quotation mark inside a match opens one that the match does not close (教师“减负 of 教师“减负担”). */
function quoteRunsOn(match: string): boolean {
  const chars = [...match];
  // A straight quote (" ' ＂ ＇) both opens and closes: an even count of one kind is closed pairs (三个"一号工程").
  const straight = [...'"\'＂＇'].some((q) => chars.filter((c) => c === q).length % 2 === 1);
  if (chars.some((c) => '"\'＂＇'.includes(c))) return straight;
  const lastOpen = chars.map((c) => OPENING_QUOTES.includes(c)).lastIndexOf(true);
  return lastOpen >= 0 && !chars.slice(lastOpen + 1).some((c) => CLOSING_QUOTES.includes(c));
}

/**
 * Whether the match `start`–`end` of `text`, of the entry `id`, may be underlined: always, unless
 * it is one of {@link EVERYDAY_FORMS} or a counted formula ({@link COUNTED_FORMULA}: 四个意识,
 * 两个责任 read as "four who realise", "two people responsible" in plain prose) neither quoted nor in
 * a sentence of policy prose (quotes after a verb of calling — 叫他“小巨人” — name a nickname and count
 * as no quotes), a counted formula after 第/这/那/哪/每 and unquoted, or a numbered
 * form inside a larger number, an amount or an age, or a ratio form whose 比 compares (城乡居民收入比上年), or a
 * form that begins a place name ({@link PLACE_AFTER}: 山塘街), or a form that ends another word there
 * (晚托班: {@link ENDS_OTHER_WORD}). Besides a word of policy prose, another match of `others` in the
 * sentence that is itself no everyday form (the matcher passes those of the same category) makes the sentence
 * policy prose (其他垃圾 beside 厨余垃圾).
 */
export function inPolicySense(text: string, start: number, end: number, id: string, others: readonly Placed[] = []): boolean {
  if (inCountedNumber(text, start, end) || inComparison(text, start, end)) return false;
  if (VERB_FIRST.get(id)?.test(text.slice(Math.max(0, start - 5), start))) return false;
  if (PLACE_AFTER.get(id)?.test(text.slice(end, end + 2))) return false;
  if (TERM_AFTER.get(id)?.test(text.slice(end, end + 2)) === false) return false;
  if (MODAL_VERB_AFTER.get(id)?.test(text.slice(end, end + 2))) return false;
  if (ENDS_OTHER_WORD.get(id)?.test(beforeForm(text, start, end))) return false;
  const form = bare(text.slice(start, end));
  // (A text's own start and end are no quotation marks: '' is in every string.)
  const isIn = (marks: string, i: number): boolean => i >= 0 && i < text.length && marks.includes(text[i] as string);
  const field = OTHER_FIELD.get(id);
  if (field?.[0] === form && !isIn(OPENING_QUOTES, start - 1) && field[1].test(text.slice(...sentenceBounds(text, start, end)))) return false;
  const counted = COUNTED_FORMULA.test(form);
  if (!counted && !(EVERYDAY_FORMS.get(id)?.includes(form) ?? false)) return true;
  const quoted = isIn(OPENING_QUOTES, start - 1) || isIn(CLOSING_QUOTES, end) || isIn(OPENING_QUOTES, start);
  if (quoted && !afterNaming(text, start)) return true;
  // A quoted part inside the match names the term (三个“一号工程”), unless the quote runs on past the match
  // (教师“减负担”: the quoted word is longer than the form's part of it).
  if (!quoted && [...text.slice(start, end)].some((c) => OPENING_QUOTES.includes(c)) && !quoteRunsOn(text.slice(start, end))) return true;
  if (counted && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return false;
  const [s, e] = sentenceBounds(text, start, end);
  if (POLICY_CUE.test(text.slice(s, start)) || POLICY_CUE.test(text.slice(end, e))) return true;
  // Another term of the glossary in the sentence, itself no everyday form (分出厨余垃圾和可回收物后，其他垃圾…).
  return others.some((o) => o.start >= s && o.end <= e && (o.end <= start || o.start >= end) && !needsPolicySense(text, o.start, o.end, o.id));
}

/** The bounds [s, e) of the sentence around `start`–`end` (between sentence ends or the text's edges). */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e] ?? '')) e++;
  return [s, e];
}

/** A match by its place and entry. */
type Placed = { readonly start: number; readonly end: number; readonly id: string };

/** Whether a match reads as the term only in a policy sense: one of {@link EVERYDAY_FORMS} or a counted formula. */
function needsPolicySense(text: string, start: number, end: number, id: string): boolean {
  const form = bare(text.slice(start, end));
  return COUNTED_FORMULA.test(form) || (EVERYDAY_FORMS.get(id)?.includes(form) ?? false);
}
