// The entries of the dev116 round, drawn from the labour, wages, trade union, pension and insurance items of city
// papers: real-name union membership, grassroots unions, the union set-up rate, industry union federations and the
// special protection of women workers; the compliance rating of employers and the publication of serious labour
// violations, paid annual leave and the averaged and non-fixed working-hour schemes; labour disputes, the time
// limit for arbitration, awards final for the employer, mediation first, collective disputes, de facto employment
// and case handling by key facts; platform work, crowdsourced riders, work short of full employment and part-time
// employment; special pension savings, commercial pensions, target retirement funds and paying on past retirement
// age; severe disability, pre-existing conditions and deductibles; the work-injury benefits (leave with pay,
// disability allowance, rehabilitation, cases treated as injuries, the death grant, disability grades, the
// employment grant); and the words of moving social insurance records. Each is underlined in a sentence of its own
// (not the development set's), and the everyday words that share their characters are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev116 entries: underlined as the term', [
  ['镇总工会完成了工会会员实名制数据核对。', '工会会员实名制', 'gonghui-huiyuan-shimingzhi'],
  ['这家民营企业上个月成立了基层工会。', '基层工会', 'jiceng-gonghui'],
  ['开发区百人以上企业建会率达到95%。', '建会率', 'jianhuilv'],
  ['货运行业工会联合会为司机送去了防暑用品。', '行业工会联合会', 'hangye-gonghui-lianhehui'],
  ['劳动监察大队检查了女职工特殊劳动保护落实情况。', '女职工特殊劳动保护', 'nvzhigong-teshu-laodong-baohu'],
  ['今年的劳动保障守法诚信等级评价结果已经公示。', '劳动保障守法诚信等级评价', 'laodong-baozhang-shoufa-chengxin-pingjia'],
  ['省人社厅公布了一批重大劳动保障违法行为。', '重大劳动保障违法行为', 'zhongda-laodong-baozhang-weifa'],
  ['她今年的带薪年休假还剩三天。', '带薪年休假', 'daixin-nianxiujia'],
  ['工作满十年的职工，年休假为十天。', '年休假', 'daixin-nianxiujia'],
  ['公交公司的驾驶员岗位实行综合计算工时工作制。', '综合计算工时工作制', 'zonghe-jisuan-gongshi'],
  ['长途货运司机可以实行不定时工作制。', '不定时工作制', 'buding-shi-gongzuozhi'],
  ['这起劳动争议经调解后双方握手言和。', '劳动争议', 'laodong-zhengyi'],
  ['他的申请已经超过了仲裁时效。', '仲裁时效', 'zhongcai-shixiao'],
  ['这类小额追索工资案件实行一裁终局。', '一裁终局', 'yicai-zhongju'],
  ['仲裁委对该案作出终局裁决。', '终局裁决', 'yicai-zhongju'],
  ['仲裁庭开庭前先行调解，双方当场达成协议。', '先行调解', 'xianxing-tiaojie'],
  ['二十多名工人提起的集体劳动争议已经化解。', '集体劳动争议', 'jiti-laodong-zhengyi'],
  ['法院认定他与饭店之间形成事实劳动关系。', '事实劳动关系', 'shishi-laodong-guanxi'],
  ['仲裁院推行要素式办案，庭审时间缩短一半。', '要素式办案', 'yaosushi-banan'],
  ['座谈会上，几家企业谈了平台用工的新变化。', '平台用工', 'pingtai-yonggong'],
  ['平台用工具有灵活、多样的特点。', '平台用工', 'pingtai-yonggong'],
  ['他白天上班，晚上当众包骑手送外卖。', '众包骑手', 'zhongbao-qishou'],
  ['对不完全符合确立劳动关系情形的，平台应当订立书面协议。', '不完全符合确立劳动关系情形', 'bu-wanquan-laodong-guanxi'],
  ['超市的理货员多为非全日制用工。', '非全日制用工', 'fei-quanrizhi-yonggong'],
  ['她在银行存了一笔特定养老储蓄。', '特定养老储蓄', 'tedingyanglao-chuxu'],
  ['养老保险公司的商业养老金业务扩大到全国。', '商业养老金', 'shangye-yanglaojin'],
  ['他每月定投一只养老目标基金。', '养老目标基金', 'yanglao-mubiao-jijin'],
  ['缴费不满十五年的，可以申请延缴。', '延缴', 'yanjiao'],
  ['经评估为重度失能的老人可以申请护理补贴。', '重度失能', 'zhongdu-shineng'],
  ['有既往症的市民也能参保。', '既往症', 'jiwangzheng'],
  ['这款保险的免赔额是一万元。', '免赔额', 'mianpeie'],
  ['他在停工留薪期内工资照发。', '停工留薪期', 'tinggong-liuxinqi'],
  ['老张被鉴定为四级伤残，按月领取伤残津贴。', '伤残津贴', 'shangcan-jintie'],
  ['市里新设了一家工伤康复协议机构。', '工伤康复', 'gongshang-kangfu'],
  ['他在值班时突发心脏病去世，被认定为视同工伤。', '视同工伤', 'shitong-gongshang'],
  ['家属领到了一次性工亡补助金。', '一次性工亡补助金', 'yicixing-gongwang-buzhujin'],
  ['鉴定结论出来了，他的伤残等级为九级。', '伤残等级', 'shangcan-dengji'],
  ['离职时，单位支付了一次性伤残就业补助金。', '一次性伤残就业补助金', 'yicixing-shangcan-jiuye-buzhujin'],
  ['社保部门为她建立了临时缴费账户。', '临时缴费账户', 'linshi-jiaofei-zhanghu'],
  ['他打印了一份社会保险个人权益记录。', '个人权益记录', 'geren-quanyi-jilu'],
  ['办理转移前要先开具参保凭证。', '参保凭证', 'canbao-pingzheng'],
  ['失业保险基金今年起实行省级统筹。', '省级统筹', 'shengji-tongchou'],
  ['多地参保的人员，由待遇领取地发放养老金。', '待遇领取地', 'daiyu-linqudi'],
  ['跨统筹区就医的，需要先办理备案。', '统筹区', 'tongchouqu'],
  ['在国家社会保险公共服务平台上可以查到缴费记录。', '国家社会保险公共服务平台', 'guojia-shehui-baoxian-pingtai'],
  // 职业年金, the public institutions' scheme, is an entry of its own, no longer a form of 企业年金 (no synonym).
  ['事业单位工作人员的职业年金由单位代扣缴费。', '职业年金', 'zhiye-nianjin'],
  ['这家民营企业今年为职工建立了企业年金。', '企业年金', 'qiye-nianjin'],
]);

leftAloneByIdBlock('dev116 entries: the everyday words that share their characters are left alone', [
  ['春节新年休假七天，大家都回了老家。', 'daixin-nianxiujia'],
  ['推动城乡统筹区域协调发展。', 'tongchouqu'],
  ['工人站在平台用工具拧紧螺丝。', 'pingtai-yonggong'],
  ['单位新建会议室三间。', 'jianhuilv'],
  ['两人为谁先洗碗发生了争议。', 'laodong-zhengyi'],
  ['这张优惠券的时效只有三天。', 'zhongcai-shixiao'],
  ['两位棋手的对局进入终局。', 'yicai-zhongju'],
  ['请大家先行离开会场。', 'xianxing-tiaojie'],
  ['他在基层工作了十年。', 'jiceng-gonghui'],
  ['会议时间延长了半小时。', 'yanjiao'],
  ['他在手机银行上查了查个人账户的余额。', 'geren-quanyi-jilu'],
  // 职业年金 is not explained by the 企业年金 card.
  ['事业单位工作人员的职业年金由单位代扣缴费。', 'qiye-nianjin'],
]);

leftAloneBlock('dev116 entries: nothing is underlined over the everyday words', [
  ['这件事情说的是事实。', '事实'],
  ['他视同己出地照顾侄子。', '视同'],
  ['他的脚踝扭伤了，在家休养了一周。', '扭伤'],
]);
