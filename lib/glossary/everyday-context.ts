/**
 * The context rules of the everyday forms (./everyday.ts): for some entries, what just before or just after a
 * match makes its characters another word or phrase, so the match is not the term. Pure data.
 */

/**
 * Entries whose form opens with a verb, and what just before it makes it that verb with its object: 开放大学
 * after 向市民 / 对外 is "open the university's …" (学校向市民开放大学图书馆), no open university.
 */
export const VERB_FIRST: ReadonlyMap<string, RegExp> = new Map([['kaifang-daxue', /[向对]\p{Script=Han}{0,4}$/u]]);

/**
 * Entries whose form also begins place names, and what just after it makes it one: 山塘 before 街 / 路 / 村 /
 * 镇 / 桥 / 景区 is a street, village or sight so named (苏州山塘街, 山塘村), not a hill pond.
 */
export const PLACE_AFTER: ReadonlyMap<string, RegExp> = new Map([['shantang', /^(?:街|路|村|镇|桥|景区)/u]]);

/**
 * Entries whose form also opens another phrase (a subject and a modal verb; 管网水压 is 管网|水压), and what just after it keeps it the term: 执行不能 before
 * 的 / 案件 / 风险 / a stop is a judgment that cannot be enforced (长期执行不能的案件); before a verb it is "the carrying
 * out must not …" (政策执行不能打折扣, 执行不能走样).
 */
export const TERM_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['zhixing-buneng', /^(?:$|[的之，。、；：）”]|案|风险|情形|问题)/u],
  ['guanwangshui', /^(?![压量位流质])/u], // 管网水压 / 管网水量 / 管网水质: the mains' pressure, volume, quality (管网|水压)
  ['gaozhi-tongyi', /^(?!参加|参与|报名|加入|出席|前往)/u], // 告知同意参加的同学: tell those who agreed to take part (告知|同意参加)
  ['jiakuai-fazhanxian', /^(?![域城级乡])/u], // 加快发展县域经济 / 县城: speed up the county economy (加快发展|县域), no county so named
  ['youzheng-jusuo', /^(?!在)/u], // 邮政局所在的街道: the street where the post office is (邮政局|所在), not the post's branches
  ['pingtai-yonggong', /^(?!具(?![有备]))/u], // 站在平台用工具拧螺丝: on the platform, with a tool (平台|用|工具), no platform work; 平台用工具有… stays the term
  ['biye-qiye', /^(?!家)/u], // 名校毕业企业家: an entrepreneur who graduated from a good school (毕业|企业家), no incubator's graduate firm
  ['qianzhu', /^(?!意见)/u], // 在文件上签注意见: write one's comments on a document (签注|意见), no permit endorsement
  ['difang-baohu', /^(?!区)/u], // 这片湿地是地方保护区: a local nature reserve (地方|保护区), no local protectionism
  ['xingzheng-zhifazheng', /^(?!据)/u], // 行政执法证据: the evidence of enforcement (行政执法|证据), no certificate
  ['difang-jiaoyu-fujia', /^(?!分)/u], // 地方教育附加分: a region's bonus exam points (地方|教育|附加分), no education surcharge
  ['dianneng-tidai', /^(?![不了得])/u], // 电能替代不了柴火灶: electricity cannot replace (电能|替代不了), no electrification drive
  ['zaidanbao', /^(?![一两几个次回])/u], // 这回再担保一次: vouch once more (再|担保|一次), no re-guarantee
  ['cuncunxiang', /^(?!起)/u], // 锣鼓声在村村响起: sounds rise in every village (村村|响起), no village loudspeakers
  ['wulao', /^(?![峰山村])/u], // 庐山五老峰: the Five Old Men Peak, a place name, no five elders
  ['fenbushi-guangfu-sike', /^(?:能力|(?![以能是进]))/u], // 四可以 / 四可能: "four can …", "four may …"; 四可能力 stays the term
  ['laojia-laile', /^(?:$|[”’」』，。、；：）]|乡贤|工程|品牌|活动)/u], // 老家来了客人: guests came from home (老家|来了), no programme
  ['biaozhun-di', /^(?![做完读写念说答演操练跑站坐敬])/u], // 他标准地做完了一套操: an adverb, "in the standard way" (标准|地|做), no standard industrial land
  ['wangge', /^(?![+＋])/u], // 网格+警格: the first half of a formula, which the detector reads whole (a card on 网格 alone would cut it)
  ['zhishui-ban', /^(?!法)/u], // 大禹治水办法: the ways of taming water (治水|办法), no water-control office
  ['xuankao', /^(?!项)/u], // 体育中考的游泳选考项目: an item a pupil picks in a sports test, no elective subject of the college entrance exam
  ['jiandu-jianchashi', /^(?![内外])/u], // 加强监督检查室内场所: supervise and inspect indoor venues (监督检查|室内), no supervision office
  ['beizhixingren', /^(?!员)/u], // 他被执行人员带离: taken away by the officers (被|执行人员), no judgment debtor
]);

/**
 * Entries whose form is a modal and a verb when a result or object of rating follows: 能评 before 上 / 为 / 得 / 出 /
 * 选 / 优 / 先进 is "can be rated" (他能评上先进企业), no energy-use review; so is 区域能评 there (这个区域能评上文明城区: 区域|能评上).
 */
export const MODAL_VERB_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['jieneng-shencha', /^(?:上|为|得|出|选|优|先进)/u],
  ['quyu-nengping', /^(?:上|为|得|出|选|优|先进)/u],
]);

/**
 * Entries whose form is the end of another word when one of these characters stands just before it: 托班 after
 * 晚 / 午 is a school pupils' after-school or lunchtime care class (晚托班, 午托班), no nursery class; 物业用房 after
 * 村级 / 村 / 集体 / 经营性 is a village's or collective's buildings let for rent (村级物业用房), no property manager's rooms;
 * 诉前保全 after 起 opens with the end of 起诉 (他在起诉前保全了证据: "kept the evidence before suing"), no pre-suit order;
 * 比较试验 after 品种 is the field trial of crop varieties (水稻品种比较试验), no consumer council's comparative test.
 */
export const ENDS_OTHER_WORD: ReadonlyMap<string, RegExp> = new Map([
  ['tuoban', /[晚午]$/u],
  ['wuye-yongfang', /(?:村级?|集体|经营性)$/u],
  ['suqian-baoquan', /起$/u],
  ['bijiao-shiyan', /品种$/u],
  ['yidong-youxian', /中国$/u], // 中国移动优先为山村建基站: the telecom company China Mobile, then 优先 (中国移动|优先)
  ['shaodaihui', /多$/u], // 传了多少代会失传: the end of 多少 (多少|代|会), no Young Pioneers congress
  ['leinao-zhineng', /[人这那此该各同分]$/u], // 人类脑智能 / 这类脑智能训练: the end of 人类 / 这类 (这类|脑|智能), no brain-inspired computing
  ['changzhouqi-kaohe', /[成增延生拉漫擅特专助年兄师局校院家市县村班组部处科所事行社站馆厂团队]$/u], // 树苗的成长周期考核 / 科长周期考核: the end of 成长 / 科长, no long-cycle assessment
  ['yilei-chukou-qiye', /[这那此哪每某该同]$/u], // 对这一类出口企业: "this kind of exporter" (这一类|出口企业), no class-one exporter; 第一类 stays the class
  ['liuyongdi', /[保预存滞截扣]$/u], // 规划保留用地 / 预留用地: land kept or set aside (保留|用地), no village's retained land
  ['fenbushi-guangfu-sike', /第$/u], // 排名第四可进复赛: fourth place can go through (第四|可), no four capabilities
  ['yue-tanfang', /[个每逐]$/u], // 每个月探访一次老战友: visit an old friend once a month (个月|探访), no monthly visit of the elderly-care rule
  ['wangge', /[+＋]$/u], // 党建+网格: the end of a formula, which the detector reads whole (党建+网格治理模式)
  ['cun-jiti', /全$/u], // 全村集体出动: the whole village together (全村|集体), no village collective
  ['baimingdan', /黑[、和与]?$/u], // 培训机构“黑白名单” / 黑、白名单: the black list and the white list together, no white list alone
]);

/**
 * Entries whose bare form is also a word of another field, and the words of that field which, anywhere in the sentence and
 * with the form unquoted, make it that word: 单项冠军 in a sports report is the winner of one event (她拿下了跳远单项冠军,
 * even at a 全市 games), no manufacturing champion; 大模型 beside a craft word is a large scale model (用木片拼出一艘帆船的大模型),
 * no AI model. Keyed by entry id, with the one form the rule reads.
 */
export const OTHER_FIELD: ReadonlyMap<string, readonly [string, RegExp]> = new Map([
  ['danxiang-guanjun', ['单项冠军', /运动会|锦标赛|联赛|奥运|亚运|全运|比赛|决赛|金牌|田径|游泳|跳远|跳高|体操|射击|举重|击剑|乒乓|羽毛球|网球|跆拳道|运动员/u]],
  ['damoxing', ['大模型', /积木|乐高|木片|木条|纸板|泡沫板|船模|航模|车模|沙盘|拼出|拼成|搭出|搭成/u]],
]);
