// The entries of the dev117 round, drawn from the youth, women, children, family, volunteer and charity items of
// city papers: the Young Marxists programme, Youth League and Young Pioneers congresses, lessons before joining the
// Pioneers, youth affairs social workers, the young skilled worker award and the national youth development plan;
// the Women's Federation's rural campaign, the Anti-Domestic Violence Law and its temporary shelters; migrant
// children, entrusted care, minors protection committees, the appropriate adult, orphans raised outside an
// institution and the Pioneers' outside counsellors; family courts, families whose only child died, the rural
// family-planning allowance, birth registration, five-good families and civilised-family work; volunteer hours, the
// service certificate, perks for volunteers, the Zhejiang regulations, senior volunteers and the project contest;
// charity federations and alliances, earmarked gifts, the Charity Law, personal appeals for illness, the designated
// fundraising platforms, stem cell and organ donation and first-aid training. Each is underlined in a sentence of its
// own (not the development set's), and the everyday words that share their characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev117 entries: underlined as the term', [
  ['这期青马工程培训班为期三个月。', '青马工程', 'qingma-gongcheng'],
  ['市第十七次团代会选出了新一届团市委。', '团代会', 'tuandaihui'],
  ['二年级的孩子们正在上队前教育课。', '队前教育', 'duiqian-jiaoyu'],
  ['全县少代会上，少先队员提交了提案。', '少代会', 'shaodaihui'],
  ['社区的青少年事务社工每周上门两次。', '青少年事务社工', 'qingshaonian-shiwu-shegong'],
  ['这位焊工去年被评为全国青年岗位能手。', '青年岗位能手', 'qingnian-gangwei-nengshou'],
  ['该市根据中长期青年发展规划编制了本地方案。', '中长期青年发展规划', 'zhongchangqi-qingnian-fazhan-guihua'],
  ['镇妇联深入开展乡村振兴巾帼行动。', '乡村振兴巾帼行动', 'xiangcun-zhenxing-jinguo-xingdong'],
  ['民警依据反家庭暴力法出具了告诫书。', '反家庭暴力法', 'fanjiating-baolifa'],
  ['她带着孩子住进了临时庇护场所。', '临时庇护场所', 'linshi-bihu-changsuo'],
  ['学校为随迁的流动儿童开设了衔接班。', '流动儿童', 'liudong-ertong'],
  ['外出务工的父母要落实委托照护责任。', '委托照护', 'weituo-zhaohu'],
  ['县未成年人保护委员会召开年度会议。', '未成年人保护委员会', 'weibaowei'],
  ['检察院为这名少年通知了合适成年人到场。', '合适成年人', 'heshi-chengnianren'],
  ['镇里有6名散居孤儿由祖父母抚养。', '散居孤儿', 'sanju-guer'],
  ['学校聘请了一位老战士担任校外辅导员。', '校外辅导员', 'xiaowai-fudaoyuan'],
  ['这起离婚案由家事法庭审理。', '家事法庭', 'jiashi-fating'],
  ['社区为计划生育特殊家庭配备了家庭医生。', '计划生育特殊家庭', 'jisheng-teshu-jiating'],
  ['年满60周岁的夫妇可以申请计划生育家庭奖励扶助。', '计划生育家庭奖励扶助', 'jiangli-fuzhu'],
  ['夫妻双方可以在网上办理生育登记。', '生育登记', 'shengyu-dengji'],
  ['他家上世纪九十年代就是五好家庭。', '五好家庭', 'wuhao-jiating'],
  ['全市推进家庭文明建设。', '家庭文明建设', 'jiating-wenming-jianshe'],
  ['她今年的志愿服务时长达到了200小时。', '志愿服务时长', 'zhiyuan-fuwu-shichang'],
  ['学生可以在网上打印志愿服务记录证明。', '志愿服务记录证明', 'zhiyuan-fuwu-jilu-zhengming'],
  ['各区陆续出台了志愿者礼遇措施。', '志愿者礼遇', 'zhiyuanzhe-liyu'],
  ['浙江省志愿服务条例对志愿者保险作出了规定。', '浙江省志愿服务条例', 'zhejiang-zhiyuan-fuwu-tiaoli'],
  ['小区里的银龄志愿者每天在门口值守。', '银龄志愿者', 'yinling-zhiyuanzhe'],
  ['这个助老项目在志愿服务项目大赛中获得金奖。', '志愿服务项目大赛', 'zhiyuan-fuwu-xiangmu-dasai'],
  ['企业向市慈善总会捐赠了一批物资。', '慈善总会', 'cishan-zonghui'],
  ['县慈善联合会发布了年度慈善榜。', '慈善联合会', 'cishan-lianhehui'],
  ['这笔善款属于定向捐赠，不能挪作他用。', '定向捐赠', 'dingxiang-juanzeng'],
  ['慈善法对网络募捐作出了规定。', '慈善法', 'cishan-fa'],
  ['平台对个人大病求助信息进行了核实。', '个人大病求助', 'geren-dabing-qiuzhu'],
  ['募捐信息须在互联网公开募捐信息平台上发布。', '互联网公开募捐信息平台', 'hulianwang-gongkai-mujuan-pingtai'],
  ['他完成了造血干细胞捐献，救了一名白血病患者。', '造血干细胞捐献', 'zaoxue-ganxibao-juanxian'],
  ['她在网上做了人体器官捐献志愿登记。', '人体器官捐献志愿登记', 'qiguan-juanxian-zhiyuan-dengji'],
  ['公司组织员工参加应急救护培训。', '应急救护培训', 'yingji-jiuhu-peixun'],
]);

leftAloneByIdBlock('dev117 entries: the everyday words that share their characters are left alone', [
  ['这部电影更合适成年人观看。', 'heshi-chengnianren'],
  ['这门课更合适成年人学习，孩子听不懂。', 'heshi-chengnianren'],
  ['这门手艺不知传了多少代会失传。', 'shaodaihui'],
  ['他是位慈善法律顾问。', 'cishan-fa'],
  ['这家集团代会员企业办理手续。', 'tuandaihui'],
  ['她请了位家庭教师，教育孩子很用心。', 'jiating-wenming-jianshe'],
]);
