// The entries of the dev81 round, drawn from the law and order items of city and county papers: courts (model
// judgments, juvenile courts, trial metrics, people's tribunals, representative suits, judicial recommendations),
// enforcement (online asset searches, judicial detention, judgments that cannot be enforced, exit bans, the drive to
// solve difficult enforcement for good), the procuratorate (minor-crime governance, cases left hanging over firms,
// the seven-day reply to letters, big-data supervision, placement bases for young offenders), police and fraud
// (non-police calls, cold homicide cases, police assistants, vice, romance-investment, impersonation and sextortion
// scams), mediation and legal services (court-referred mediation, grassroots legal workers, government lawyers,
// enforceable notarisation, the Civil Code month, law-culture venues, legal outreach), letters and visits
// (leaders' visits, first-handler responsibility, the county secretaries' reception days, review of petition
// decisions, collective and joint receptions, petition matters), correction and drug control (correction
// ceremonies, digital correction, community rehabilitation orders, drug-control social workers, special schools and
// special correctional education), administrative enforcement (fine benchmarks, rule-of-law inspections, lists of
// light penalties, review before suit) and organised crime (cutting off gangs' money, striking early, criminal
// groups, officials who shield them), with card sellers and fraud accounts. Each is underlined in a sentence of its own (not the development set's), and the everyday words inside or
// beside them are left alone: 执行不能 before a verb is "carrying out must not …" (政策执行不能打折扣), and 专门学校
// outside policy prose is a college of the early Republic, 保护伞 a sunshade and 卡农 Pachelbel's Canon
// (lib/glossary/everyday.ts).
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev81 entries: underlined as the term', [
  ['法院对这批案件作出示范判决。', '示范判决', 'shifan-panjue'],
  ['他在区法院少年法庭当法官。', '少年法庭', 'shaonian-fating'],
  ['全院审判质效指标稳中有进。', '审判质效', 'shenpan-zhixiao'],
  ['镇上的人民法庭受理了这起纠纷。', '人民法庭', 'renmin-fating'],
  ['这起证券纠纷适用代表人诉讼。', '代表人诉讼', 'daibiaoren-susong'],
  ['法院向住建部门发出司法建议。', '司法建议', 'sifa-jianyi'],
  ['执行法官通过网络查控冻结了存款。', '网络查控', 'wangluo-chakong'],
  ['他因拒不到庭被司法拘留。', '司法拘留', 'sifa-juliu'],
  ['这类案件属于执行不能。', '执行不能', 'zhixing-buneng'],
  ['法院对被执行人限制出境。', '限制出境', 'xianzhi-chujing'],
  ['全省法院推进切实解决执行难。', '切实解决执行难', 'zhixingnan'],
  ['检察院探索轻罪治理新路子。', '轻罪治理', 'qingzui-zhili'],
  ['公安机关清理涉企挂案。', '涉企挂案', 'sheqi-guaan'],
  ['群众来信做到七日内程序回复。', '七日内程序回复', 'qiri-chengxu-huifu'],
  ['检察院深化大数据法律监督。', '大数据法律监督', 'dashuju-falv-jiandu'],
  ['这家企业成了检察院的观护基地。', '观护基地', 'guanhu-jidi'],
  ['派出所分流非警务警情。', '非警务警情', 'fei-jingwu-jingqing'],
  ['警方破获一起命案积案。', '命案积案', 'mingan-jian'],
  ['村里配了一名警务助理。', '警务助理', 'jingwu-zhuli'],
  ['警方严打黄赌毒。', '黄赌毒', 'huang-du-du'],
  ['她差点掉进杀猪盘。', '杀猪盘', 'shazhupan'],
  ['接到冒充公检法的电话要挂断。', '冒充公检法', 'maochong-gongjianfa'],
  ['民警破获一起裸聊敲诈案。', '裸聊敲诈', 'luoliao-qiaozha'],
  ['法院对物业纠纷开展委派调解。', '委派调解', 'weipai-tiaojie'],
  ['他是一名基层法律服务工作者。', '基层法律服务工作者', 'jiceng-falv-fuwu-gongzuozhe'],
  ['民法典宣传月活动在广场启动。', '民法典宣传月', 'minfadian-xuanchuanyue'],
  ['村里新建了一处法治文化阵地。', '法治文化阵地', 'fazhi-wenhua-zhendi'],
  ['律师们开展送法下乡活动。', '送法下乡', 'songfa-xiaxiang'],
  ['局里配备了三名公职律师。', '公职律师', 'gongzhi-lvshi'],
  ['借款合同办理了赋强公证。', '赋强公证', 'fuqiang-gongzheng'],
  ['市领导开展领导下访。', '领导下访', 'lingdao-xiafang'],
  ['信访局落实首办责任制。', '首办责任制', 'shouban-zerenzhi'],
  ['本月的县委书记大接访安排在周五。', '县委书记大接访', 'xianwei-shuji-dajiefang'],
  ['他对处理意见不服，申请复查复核。', '复查复核', 'fucha-fuhe'],
  ['一起集体访被及时化解。', '集体访', 'jiti-fang'],
  ['信访局受理了这件信访事项。', '信访事项', 'xinfang-shixiang'],
  ['中心实行多部门联合接访。', '联合接访', 'lianhe-jiefang'],
  ['司法所为他举行了矫正宣告。', '矫正宣告', 'jiaozheng-xuangao'],
  ['县司法局建成智慧矫正中心。', '智慧矫正', 'zhihui-jiaozheng'],
  ['他被责令接受社区戒毒。', '社区戒毒', 'shequ-jiedu'],
  ['街道聘请了两名禁毒社工。', '禁毒社工', 'jindu-shegong'],
  ['公安机关决定对他进行专门矫治教育。', '专门矫治教育', 'zhuanmen-jiaozhi-jiaoyu'],
  ['县里新建一所专门学校，接收有严重不良行为的未成年人。', '专门学校', 'zhuanmen-xuexiao'],
  ['局里公布了行政处罚裁量基准。', '行政处罚裁量基准', 'xingzheng-chufa-caiyang-jizhun'],
  ['省里对三个县开展法治督察。', '法治督察', 'fazhi-ducha'],
  ['市场监管局发布减轻处罚清单。', '减轻处罚清单', 'jianqing-chufa-qingdan'],
  ['这类纠纷实行复议前置。', '复议前置', 'fuyi-qianzhi'],
  ['办案机关坚持打财断血。', '打财断血', 'dacai-duanxue'],
  ['对涉恶苗头坚持打早打小。', '打早打小', 'dazao-daxiao'],
  ['警方打掉一个恶势力犯罪集团。', '恶势力犯罪集团', 'eshili-fanzui-jituan'],
  ['他因充当黑恶势力保护伞被查处，这名干部已被开除党籍。', '保护伞', 'heie-baohusan'],
  ['查处为涉黑团伙充当“保护伞”的公职人员。', '保护伞', 'heie-baohusan'],
  ['民警抓获出售银行卡的“卡农”5名。', '卡农', 'kanong'],
  ['警方打掉一个诈骗团伙，抓获卡农12名。', '卡农', 'kanong'],
  ['银行冻结了一批涉诈账户。', '涉诈账户', 'shezha-zhanghu'],
  // Forms the pages print of older entries: 越级访 (越级上访), 普法责任制 (谁执法谁普法).
  ['今年没有发生越级访。', '越级访', 'yueji-shangfang'],
  ['各部门落实普法责任制。', '普法责任制', 'shui-zhifa-shui-pufa'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('法院开展基本解决执行难攻坚。')).toContain('zhixingnan');
    expect(g.ids('他参与了越级上访。')).toContain('yueji-shangfang');
    expect(g.ids('对有严重不良行为的未成年人实施专门教育。')).toContain('zhuanmen-jiaoyu');
  },
});

leftAloneBlock('dev81 entries: the everyday words inside or beside them are left alone', [
  ['各项政策的执行不能打折扣。', '执行不能'],
  ['制度执行不能走样，要一抓到底。', '执行不能'],
  ['他年轻时考入浙江公立医药专门学校，后来成了名医。', '专门学校'],
  ['出院以后要按时到医院复查。', '复查'],
  ['腊月里请亲戚吃杀猪饭。', '杀猪'],
  ['孩子正在做牙齿矫正。', '矫正'],
  ['县委书记到村里调研。', '县委书记'],
  ['烈日下，这把遮阳伞成了摊主的保护伞。', '保护伞'],
  ['防晒霜是皮肤的保护伞。', '保护伞'],
  ['婚礼上，乐队演奏了一首《卡农》。', '卡农'],
  ['她每天练习钢琴曲卡农。', '卡农'],
]);

leftAloneByIdBlock('dev81 entries: not read as the entries where the characters mean something else', [
  ['这些学生集体访问了敬老院。', 'jiti-fang'],
  ['老人需要社区康复服务。', 'shequ-jiedu'],
]);
