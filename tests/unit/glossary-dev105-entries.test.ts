// The entries of the dev105 round, drawn from the national defence, military affairs and veterans items of city
// papers: the first checks and political vetting of recruits, directly recruited and college-trained NCOs, the
// military service office, conscripts; defence mobilisation, its offices (国动办) and surveys, the militia's yearly
// reorganisation, emergency companies, full-time armed forces officers and the maritime militia; the army's half of
// 双拥 (拥政爱民), joint civic work and model supporters of the army; the three air-raid signals, civil air defence
// works (early ones too), air-defence basements and the fee in their lieu, dual use in peace and war, evacuation
// bases; veterans affairs workers and reporting after discharge; the honouring of martyrs, their certificates,
// families and honour payments, regular allowances, veterans of wars and nuclear tests, demobilised soldiers in the
// countryside, hospitals for entitled groups, military spouses without work; military-civil fusion, arms research
// licences, border and coastal defence, defence education, students' military training, defence-education schools
// and youth military schools. Each is underlined in a sentence of its own (not the development set's), and the
// everyday words that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev105 entries: underlined as the term', [
  ['报名青年下周到镇卫生院参加初检初考。', '初检初考', 'chujian-chukao'],
  ['县征兵办会同公安部门完成政治考核。', '政治考核', 'zhengzhi-kaohe'],
  ['他从职业技术学院毕业后成为一名直招士官。', '直招士官', 'zhizhao-shiguan'],
  ['学院今年的定向培养士官招生计划已经公布。', '定向培养士官', 'dingxiang-peiyang-shiguan'],
  ['适龄男青年应按时到兵役机关办理登记。', '兵役机关', 'bingyi-jiguan'],
  ['这批义务兵明天入营。', '义务兵', 'yiwubing'],
  ['全市召开国防动员工作会议。', '国防动员', 'guofang-dongyuan'],
  ['市国防动员办公室组织防空演练。', '国防动员办公室', 'guofang-dongyuan-bangongshi'],
  ['市国动办召开年度工作会议。', '国动办', 'guofang-dongyuan-bangongshi'],
  ['各区县按要求完成国防动员潜力调查。', '国防动员潜力调查', 'guofang-dongyuan-qianli-diaocha'],
  ['全镇民兵整组工作顺利结束。', '民兵整组', 'minbing-zhengzu'],
  ['镇民兵应急连开展防汛训练。', '民兵应急连', 'minbing-yingjilian'],
  ['他是驻地街道的专武干部。', '专武干部', 'zhuanwu-ganbu'],
  ['渔村的海上民兵参加了搜救行动。', '海上民兵', 'haishang-minbing'],
  ['驻军部队深入开展拥政爱民活动。', '拥政爱民', 'yongzheng-aimin'],
  ['部队和社区开展军民共建已有十年。', '军民共建', 'junmin-gongjian'],
  ['这位老人被评为全省爱国拥军模范。', '爱国拥军模范', 'aiguo-yongjun-mofan'],
  ['防空警报鸣响的第一种信号是预先警报。', '预先警报', 'yuxian-jingbao'],
  ['听到空袭警报后，学生们有序撤离到地下室。', '空袭警报', 'kongxi-jingbao'],
  ['三分钟后，全城响起解除警报。', '解除警报', 'jiechu-jingbao'],
  ['这处人防工程平时作为地下停车场。', '人防工程', 'renfang-gongcheng'],
  ['这处人民防空工程已向市民开放。', '人民防空工程', 'renfang-gongcheng'],
  ['老城区的早期人防工程将全部完成整治。', '早期人防工程', 'zaoqi-renfang-gongcheng'],
  ['这幢楼按规定修建了防空地下室。', '防空地下室', 'fangkong-dixiashi'],
  ['该项目缴纳了人防易地建设费。', '人防易地建设费', 'renfang-yidi-jianshefei'],
  ['项目无法修建时可缴纳防空地下室易地建设费。', '防空地下室易地建设费', 'renfang-yidi-jianshefei'],
  ['这座地下商场坚持平战结合。', '平战结合', 'pingzhan-jiehe'],
  ['山区的人口疏散基地今年完成了改造。', '人口疏散基地', 'shusan-jidi'],
  ['她考取了退役军人事务员证书。', '退役军人事务员', 'tuiyi-junren-shiwuyuan'],
  ['退役士兵应按时办理退役报到。', '退役报到', 'tuiyi-baodao'],
  ['我市认真落实烈士褒扬各项政策。', '烈士褒扬', 'lieshi-baoyang'],
  ['民政部门向家属颁发了烈士证明书。', '烈士证明书', 'lieshi-zhengmingshu'],
  ['社区志愿者定期看望烈士遗属。', '烈士遗属', 'lieshi-yishu'],
  ['烈士褒扬金已足额发放到位。', '烈士褒扬金', 'lieshi-baoyangjin'],
  ['优抚对象的定期生活补助标准再次提高。', '定期生活补助', 'dingqi-shenghuo-buzhu'],
  ['区里为参战参试人员送去慰问金。', '参战参试', 'canzhan-canshi'],
  ['全县参战参试退役人员都建立了档案。', '参战参试退役人员', 'canzhan-canshi'],
  ['村里还有两位在乡复员军人。', '在乡复员军人', 'zaixiang-fuyuan-junren'],
  ['他在省优抚医院接受康复治疗。', '优抚医院', 'youfu-yiyuan'],
  ['她随军未就业期间领取了生活补贴。', '随军未就业', 'suijun-weijiuye'],
  ['我市积极推进军民融合。', '军民融合', 'junmin-ronghe'],
  ['本市出台军民融合发展规划。', '军民融合发展', 'junmin-ronghe'],
  ['这家企业取得了武器装备科研生产许可。', '武器装备科研生产许可', 'wuqi-zhuangbei-keyan-shengchan-xuke'],
  ['沿海县召开边海防工作会议。', '边海防', 'bianhaifang'],
  ['渔民群防队伍是强边固防的重要力量。', '强边固防', 'qiangbian-gufang'],
  ['学校把国防教育纳入课程。', '国防教育', 'guofang-jiaoyu'],
  ['高一新生参加学生军训。', '学生军训', 'xuesheng-junxun'],
  ['这所中学获评国防教育特色学校。', '国防教育特色学校', 'guofang-jiaoyu-tese-xuexiao'],
  ['少年军校的学员参观了军营。', '少年军校', 'shaonian-junxiao'],
  ['大学生入伍可享受学费补偿国家助学贷款代偿。', '学费补偿国家助学贷款代偿', 'xuefei-buchang'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('区退役军人事务局召开会议。')).toContain('tuiyi-junren-shiwu-ju');
    expect(g.ids('区退役军人事务局召开会议。')).not.toContain('tuiyi-junren-shiwuyuan');
    expect(g.ids('县里开展乡村教师定向培养。')).toContain('xiangcun-jiaoshi-dingxiang-peiyang');
    expect(g.ids('今年的防空警报试鸣定在9月。')).toContain('fangkong-jingbao-shiming');
    expect(g.ids('全县基干民兵参加训练。')).toContain('jigan-minbing');
  },
});

leftAloneByIdBlock('dev105 entries: the everyday words that share their characters are left alone', [
  ['他每年都参加义务献血。', 'yiwubing'],
  ['学校召开运动会动员大会。', 'guofang-dongyuan'],
  ['她在家具城挑了一整组沙发。', 'minbing-zhengzu'],
  ['两座水厂之间建成应急连通管道。', 'minbing-yingjilian'],
  ['手机没电时可用应急连接线充电。', 'minbing-yingjilian'],
  ['老人一辈子爱民如子。', 'yongzheng-aimin'],
  ['共建共享美好家园。', 'junmin-gongjian'],
  ['军民鱼水情深。', 'junmin-ronghe'],
  ['他们都是爱国华侨。', 'aiguo-yongjun-mofan'],
  ['地下室里不要堆放杂物。', 'fangkong-dixiashi'],
  ['平时战时结合起来考虑。', 'pingzhan-jiehe'],
  ['火警响起后，大家有序疏散到操场。', 'shusan-jidi'],
  ['村民在海边海防林里散步。', 'bianhaifang'],
  ['困难家庭每月可领生活补助。', 'dingqi-shenghuo-buzhu'],
  ['他参加了学校的军训动员会。', 'xuesheng-junxun'],
  ['这支少年足球队训练刻苦。', 'shaonian-junxiao'],
  ['工人们把零件逐一点验入库。', 'haishang-minbing'],
  ['区政府安排工作人员到现场处置。', 'tuiyi-baodao'],
]);
