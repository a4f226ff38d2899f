// Constructions of the notices, announcements and questions-and-answers that fill e-paper pages
// (公告, 公示, 招聘, 出让, 政策问答), where pinyin-pro reads a polyphonic character as the
// commoner word instead (Xiandai Hanyu Cidian, 7th ed.):
//   为 wéi "be" after what a notice specifies (报名时间为五月十日, 公示期为五个工作日, 用途为住宅用地,
//   活动地点为市民中心: read wèi "for"), after a verb of appointing (任命李某为局长) and after 须 / 应
//   (作品须为原创); 率 lǜ "rate" before a figure (办结率百分之九十八, read shuài
//   "lead") and in 容积率.
// Applied through the correction table (./corrections.ts) after the polyphone model.
import type { Correction } from './correction-table';

/** What a notice's "X为Y" specifies whatever follows (never the beneficiary of 为 wèi). */
const SPEC_NOUN =
  '(?:浓度|密度|湿度|强度|幅度|长度|宽度|高度|深度|厚度|容量|总量|产量|销量|均值|平均值|比重|占比|得分|总分|年龄|身高|体重|面值|市值|产值|总值|增加值|增幅|增速|余额|标的|证号|号码|编号|账号|车牌号|代码|用途|地点|地址|对象|主题|电话|网址|邮箱|容积率|面积|金额|总额|价格|单价|总价|费用|比例|规模|名额|数量|人数|总数|上限|下限|额度|年限|期限|时限|标准|口径|起始价|起拍价|保证金|截止日期|有效期|公示期|试用期|报名费)';
/** Time words, 为 wéi only before a date, time or figure (报名时间为五月; not 利用业余时间为村民义诊). */
const TIME_NOUN = '(?:时间|日期|时段|周期|期)';
/** How a date, time or figure begins. */
const FIGURE_START = '(?:[0-9０-９一二三四五六七八九十两百千万〇零半每]|上午|下午|晚上|早上|周[一二三四五六日]|星期|次日|当日|当天|即日|本月|本周|今年|明年|农历|公历)';
/** Who 为 wèi serves (方便的费用为群众节省). */
const BENEFICIARY = '(?:了|此|之|其|自己|他|她|群众|大家|人民|他人|社会|百姓|老百姓|国家|企业|孩子|老人|村民|居民)';

/** Who 应为 / 须为 serves besides (用人单位应为职工缴纳社保, 应为每户配备). */
const SERVED = `(?:${BENEFICIARY}|每|各|所有|全体|广大|职工|员工|工人|农民|患者|病人|学生|家庭|用户|消费者|客户|市民|游客)`;

export const NOTICE_PATTERNS: readonly Correction[] = [
  { word: '为', pinyin: 'wéi', before: SPEC_NOUN, notAfter: BENEFICIARY, example: '出让宗地的规划用途为住宅用地', keep: ['节省下来的费用为群众办了实事'] },
  { word: '为', pinyin: 'wéi', before: TIME_NOUN, after: FIGURE_START, example: '报名时间为五月十日至五月十五日', keep: ['他利用业余时间为村民义诊'] },
  // 率 lǜ before a figure (办结率百分之九十八); not a leader 率 shuài (局长率100余名干部).
  { word: '率', pinyin: 'lǜ', notBefore: '[统带督表轻草坦直真长记书任委官帅]', after: '(?:百分之|[0-9０-９.]+\\s*[%％])', example: '今年以来全区信访件办结率百分之九十八', keep: ['局长率100余名干部下沉社区'] },
  { word: '率', pinyin: 'lǜ', before: '容积', example: '该地块容积率不大于二点五', keep: [] },
  // 为 wéi "as" after a verb of appointing and its person (任命李某为区教育局局长); not 聘请专家为村民讲课.
  { word: '为', pinyin: 'wéi', before: '(?:任命|推选|选举|推举|命名|追认|聘任|委任|提名|选聘|评定)[^，。；！？为]{1,12}', notAfter: BENEFICIARY, example: '经研究决定，任命李某为区教育局局长', keep: ['聘请专家为村民讲课'] },
  // 为 wéi "be" after 须 / 应 (候选人须为本小区业主, 作品须为原创); not 必须为群众办实事, 须为自己的行为负责.
  { word: '为', pinyin: 'wéi', before: '(?:须|(?<![感响对适反供相效呼答理])应|应当)', notAfter: SERVED, example: '作品须为原创，未在其他媒体发表过', keep: ['党员干部必须为群众办实事', '每个人都须为自己的行为负责', '用人单位应为职工足额缴纳社保'] },
];
