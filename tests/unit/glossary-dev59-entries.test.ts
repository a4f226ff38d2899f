// The entries of the dev59 round, drawn from more of the notices and announcements local papers print: public
// recruitment (the second eligibility check, filling a vacancy from the list, proposed hires of civil servants and
// of public institutions, the staffing quota and staff outside it, the opening ratio, the minimum years of
// service), cadre appointment notices (proposed for, probation in post, the 12380 line, the researcher and
// principal staff member ranks, full section-chief level, secondment, promotion out of turn, Party group members),
// commendation shortlists (proposed for commendation, model workers, exemplary grass-roots Party organisations),
// food safety and market supervision (official sampling, follow-up, the penalty decision, the national standards,
// products without maker or address, marked prices, re-tests), tax notices (non-compliant taxpayers, arrears
// notices, the late surcharge, the online tax bureau), traffic (control, half-closure, Hangzhou's peak-hour
// restriction, enforcement cameras, China III, works on the road, the 12123 app, the emergency lane), power cuts
// (planned outages, 10 kV, live-line work, transformer areas, 95598), house expropriation (appraisal firms, cash
// compensation, the owners, the compensation scheme, review of an appraisal), conscription (the call-up,
// its website, applicants, the medical and vetting, pre-service training, final selection, tuition refunds),
// people's congress elections (voter registration, constituencies, elections at the end of a term, voter lists,
// proxies, mobile ballot boxes, final candidates, more candidates than seats, voter cards), company notices
// (liquidation committees, lodging claims, the unified code, capital reduction, the abolished account licence,
// the enterprise credit system) and drafts for comment (drafts, local regulations, first readings, normative
// documents). Each is underlined in a sentence of its own (not the development set's), and the everyday words
// inside or beside them are left alone; 选区 and 征兵 only in a sentence of policy prose (lib/glossary/everyday.ts).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev59 entries: underlined as the term', [
  ['进入面试的考生须按时参加资格复审。', '资格复审', 'zige-fushen'],
  ['放弃录用的岗位将按成绩依次递补。', '递补', 'dibu'],
  ['市级机关拟录用人员名单公示如下。', '拟录用人员', 'ni-luyong-renyuan'],
  ['市人民医院拟聘用人员公示期为7天。', '拟聘用人员', 'ni-pinyong-renyuan'],
  ['这批岗位均为事业编制。', '事业编制', 'shiye-bianzhi'],
  ['该岗位因报名人数未达开考比例被取消。', '开考比例', 'kaikao-bili'],
  ['录用后在本市最低服务年限为五年。', '最低服务年限', 'zuidi-fuwu-nianxian'],
  ['区城管局招聘编外用工20名。', '编外用工', 'bianwai-yonggong'],
  ['张某拟任区教育局局长。', '拟任', 'niren'],
  ['新提拔干部实行任职试用期。', '任职试用期', 'renzhi-shiyongqi'],
  ['群众可拨打12380举报电话反映情况。', '12380举报电话', 'jubao-12380'],
  ['他今年晋升为二级调研员。', '二级调研员', 'diaoyanyuan'],
  ['她现任三级主任科员。', '三级主任科员', 'zhuren-keyuan'],
  ['该同志拟任正科级领导职务。', '正科级', 'zhengkeji'],
  ['她曾到西部某县挂职两年。', '挂职', 'guazhi'],
  ['对特别优秀的年轻干部可以破格提拔。', '破格提拔', 'poge-tiba'],
  ['他被任命为区卫健局党组成员。', '党组成员', 'dangzu-chengyuan'],
  ['区妇联公示了拟表彰名单。', '拟表彰', 'ni-biaozhang'],
  ['今年全市评出市级劳动模范100名。', '劳动模范', 'laodong-mofan'],
  ['该村党支部被评为先进基层党组织。', '先进基层党组织', 'xianjin-jiceng-dangzuzhi'],
  ['市市场监管局完成第二季度食品安全监督抽检。', '食品安全监督抽检', 'shipin-anquan-jiandu-choujian'],
  ['不合格产品的核查处置已全部完成。', '核查处置', 'hecha-chuzhi'],
  ['该公司已领取行政处罚决定书。', '行政处罚决定书', 'xingzheng-chufa-jueding-shu'],
  ['这批大米的镉含量超出食品安全国家标准。', '食品安全国家标准', 'shipin-anquan-guojia-biaozhun'],
  ['执法人员查扣了一批三无产品。', '三无产品', 'sanwu-chanpin'],
  ['景区内的商店必须明码标价。', '明码标价', 'mingma-biaojia'],
  ['企业对抽检结果有异议，申请了复检。', '复检', 'fujian'],
  ['这家企业已被认定为非正常户。', '非正常户', 'feizhengchanghu'],
  ['市税务局发布了第三季度欠税公告。', '欠税公告', 'qianshui-gonggao'],
  ['逾期缴税将按日加收滞纳金。', '滞纳金', 'zhinajin'],
  ['企业可登录电子税务局开具发票。', '电子税务局', 'dianzi-shuiwuju'],
  ['烟花晚会期间江边道路实施交通管制。', '交通管制', 'jiaotong-guanzhi'],
  ['该路段半幅封闭施工两个月。', '半幅封闭', 'banfu-fengbi'],
  ['外地车辆也须遵守错峰限行规定。', '错峰限行', 'cuofeng-xianxing'],
  ['这个路口的电子警察抓拍了大量违法行为。', '电子警察', 'dianzi-jingcha'],
  ['全市已淘汰国三柴油货车3000辆。', '国三', 'guosan'],
  ['占道施工须经审批并设置围挡。', '占道施工', 'zhandao-shigong'],
  ['车主可通过交管12123办理年检预约。', '交管12123', 'jiaoguan-12123'],
  ['车主可在交管12123APP上缴纳罚款。', '交管12123APP', 'jiaoguan-12123'],
  ['高速公路上占用应急车道将被罚款。', '应急车道', 'yingji-chedao'],
  ['本周六某某街道计划停电。', '计划停电', 'jihua-tingdian'],
  ['新建一条10千伏线路。', '10千伏', 'shi-qianfu'],
  ['施工人员在高空开展带电作业。', '带电作业', 'daidian-zuoye'],
  ['该台区的变压器已经增容。', '台区', 'taiqu'],
  ['停电请拨打95598报修。', '95598', 'dianli-95598'],
  ['被征收人协商选定了房地产价格评估机构。', '房地产价格评估机构', 'fangdichan-jiage-pinggu-jigou'],
  ['多数住户选择了货币补偿。', '货币补偿', 'huobi-buchang'],
  ['被征收人应在规定期限内搬迁。', '被征收人', 'bei-zhengshouren'],
  ['区政府公布了征收补偿方案。', '征收补偿方案', 'zhengshou-buchang-fangan'],
  ['住户对评估结果不满意，申请了复核评估。', '复核评估', 'fuhe-pinggu'],
  ['今年征兵工作已经开始。', '征兵', 'zhengbing'],
  ['适龄青年可登录全国征兵网报名。', '全国征兵网', 'quanguo-zhengbingwang'],
  ['全镇应征青年参加了初检。', '应征青年', 'yingzheng-qingnian'],
  ['他通过了体检政审，即将入伍。', '体检政审', 'tijian-zhengshen'],
  ['新兵起运前参加役前训练。', '役前训练', 'yiqian-xunlian'],
  ['全县定兵工作将于下周完成。', '定兵', 'dingbing'],
  ['入伍大学生可享受学费补偿。', '学费补偿', 'xuefei-buchang'],
  ['社区工作人员上门为老人办理选民登记。', '选民登记', 'xuanmin-dengji'],
  ['全区共划分选区120个。', '选区', 'xuanqu'],
  ['村委会换届选举将于明年初进行。', '换届选举', 'huanjie-xuanju'],
  ['社区张贴了选民名单。', '选民名单', 'xuanmin-mingdan'],
  ['外出务工的选民可以委托投票。', '委托投票', 'weituo-toupiao'],
  ['工作人员带着流动票箱来到病房。', '流动票箱', 'liudong-piaoxiang'],
  ['选区公布了正式代表候选人名单。', '正式代表候选人', 'zhengshi-daibiao-houxuanren'],
  ['这次选举实行差额选举。', '差额选举', 'cha-e-xuanju'],
  ['选民凭选民证领取选票。', '选民证', 'xuanminzheng'],
  ['公司股东会决定解散并成立清算组。', '清算组', 'qingsuanzu'],
  ['债权人应在45日内申报债权。', '申报债权', 'shenbao-zhaiquan'],
  ['营业执照上印有统一社会信用代码。', '统一社会信用代码', 'tongyi-shehui-xinyong-daima'],
  ['本公司决定减少注册资本。', '减少注册资本', 'jianshao-zhuce-ziben'],
  ['本公司拟减资500万元。', '减资', 'jianshao-zhuce-ziben'],
  ['公司遗失开户许可证一份。', '开户许可证', 'kaihu-xukezheng'],
  ['企业年报在国家企业信用信息公示系统上填报。', '国家企业信用信息公示系统', 'guojia-qiye-xinyong-xinxi-gongshi-xitong'],
  ['市政府发布了管理办法的征求意见稿。', '征求意见稿', 'zhengqiu-yijian-gao'],
  ['这部地方性法规明年施行。', '地方性法规', 'difangxing-fagui'],
  ['条例草案提请常委会会议初次审议。', '初次审议', 'chuci-shenyi'],
  ['县政府清理了一批行政规范性文件。', '行政规范性文件', 'xingzheng-guifanxing-wenjian'],
], {
  'leaves the national model workers their older entry': (g) => {
    expect(g.ids('他是全国劳动模范。')).toContain('quanguo-laomo');
    expect(g.ids('他是全国劳动模范。')).not.toContain('laodong-mofan');
  },
  'leaves the conscription medical its older entry': (g) => {
    expect(g.ids('应征青年参加征兵体检。')).toContain('zhengbing-tijian');
  },
  'reads a number or code around a numbered form as no match': (g) => {
    expect(g.ids('新建110千伏变电站一座。')).not.toContain('shi-qianfu');
    expect(g.ids('交管12123A5号')).not.toContain('jiaoguan-12123');
    expect(g.ids('拨打0571-955981')).not.toContain('dianli-95598');
  },
});

leftAloneByIdBlock('dev59 entries: the everyday words inside or beside them are left alone', [
  ['修图时先用魔棒工具建立选区。', 'xuanqu'],
  ['这本小说写的是古代国王强制征兵的故事。', 'zhengbing'],
  ['他在电脑上做模拟任务。', 'niren'],
  ['全国三好学生名单公布了。', 'guosan'],
  ['中国三大运营商都推出了新套餐。', 'guosan'],
  ['他的体检报告需要复查。', 'tijian-zhengshen'],
  ['周末去乡下考察了几处民宿。', 'zige-fushen'],
  ['奶奶用竹篾编制了一只篮子。', 'shiye-bianzhi'],
  ['这顿饭算是对他的补偿。', 'huobi-buchang'],
  ['她注销了不用的购物网站账号。', 'jianyi-zhuxiao'],
  ['这家店的奶茶标价十八元。', 'mingma-biaojia'],
  ['明天小区停水，记得提前接水。', 'jihua-tingdian'],
  ['电视台区域新闻节目改版了。', 'taiqu'],
  ['舞台区的灯光已经调试好。', 'taiqu'],
  ['他的货币收藏有上千枚。', 'huobi-buchang'],
  ['这份计划停在了讨论阶段。', 'jihua-tingdian'],
  ['他是班上的劳动委员。', 'laodong-mofan'],
  ['大家的选择各不相同。', 'xuanqu'],
  ['公司正在做电子商务。', 'dianzi-shuiwuju'],
  ['她有一份兼职，周末做清算工作。', 'qingsuanzu'],
  ['这些都是国家标准件。', 'shipin-anquan-guojia-biaozhun'],
  ['他开户时带了身份证。', 'kaihu-xukezheng'],
]);
