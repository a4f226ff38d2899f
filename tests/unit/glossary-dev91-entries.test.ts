// The entries of the dev91 round, drawn from the emergency management, work safety, weather and disaster items of
// city and county papers: work safety (graded risk control, finding and fixing hidden dangers, safety assessments,
// accidents someone is at fault for, work at height, contracting out, the eight special operations of chemical
// plants, the managers' competence test), emergencies (tabletop and no-notice drills, specific plans, the disaster
// reduction committee, the warning dissemination centre, interim aid and homes lost to disaster), weather
// (thunderstorm gales, short bursts of heavy rain, nowcasts, cloud seeding, lightning-protection tests, dense fog,
// a typhoon's force-7 and force-10 circles), floods and landslides (piping in a dike, weather-based hazard warnings,
// houses cut into slopes, universal monitors, hazard-prone areas and their assessment, unstable rock), forest fire
// (the fire danger rating, firebreaks cleared and planted, rangers, no-fireworks zones, a fire at its start) and
// gas (shut-off valves, supply licences, filling stations, gas appliances), with training for all staff and the slogan 人民至上、生命至上 written into the Work Safety Law. Each is underlined in a sentence of its
// own (not the development set's), and the everyday words inside or beside them are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev91 entries: underlined as the term', [
  ['企业要落实安全风险分级管控措施。', '安全风险分级管控', 'anquan-fengxian-fenji-guankong'],
  ['镇里督促企业做好隐患排查治理。', '隐患排查治理', 'yinhuan-paicha-zhili'],
  ['新建的危化品仓库通过了安全评价。', '安全评价', 'anquan-pingjia'],
  ['调查认定该起事故为生产安全责任事故。', '生产安全责任事故', 'shengchan-anquan-zeren-shigu'],
  ['外墙施工属于高处作业。', '高处作业', 'gaochu-zuoye'],
  ['检查重点是外包外租的安全管理。', '外包外租', 'waibao-waizu'],
  ['检修中的特殊作业必须办理作业票。', '特殊作业', 'teshu-zuoye'],
  ['他通过了安全生产知识和管理能力考核。', '安全生产知识和管理能力考核', 'anquan-zhishi-guanli-nengli-kaohe'],
  ['县里开展了一次地震应急桌面推演。', '桌面推演', 'zhuomian-tuiyan'],
  ['消防大队在商场组织双盲演练。', '双盲演练', 'shuangmang-yanlian'],
  ['公司修订了危化品泄漏专项应急预案。', '专项应急预案', 'zhuanxiang-yingji-yuan'],
  ['区减灾委召开全体会议。', '减灾委', 'jianzaiwei'],
  ['预警由突发事件预警信息发布中心推送。', '突发事件预警信息发布中心', 'tufa-shijian-yujing-xinxi-fabu-zhongxin'],
  ['受灾户领到了过渡期生活救助金。', '过渡期生活救助', 'guoduqi-shenghuo-jiuzhu'],
  ['县里统计因灾倒损住房120间。', '因灾倒损住房', 'yinzai-daosun-zhufang'],
  ['午后北部山区有雷雨大风。', '雷雨大风', 'leiyu-dafeng'],
  ['傍晚可能出现短时强降水。', '短时强降水', 'duanshi-qiangjiangshui'],
  ['气象台发布了一份临近预报。', '临近预报', 'linjin-yubao'],
  ['昨晚全市开展人工增雨作业。', '人工增雨', 'rengong-zengyu'],
  ['加油站每半年进行一次防雷检测。', '防雷检测', 'fanglei-jiance'],
  ['今晨沿江出现强浓雾。', '强浓雾', 'qiangnongwu'],
  ['台风的十级风圈已经影响我市沿海。', '十级风圈', 'shiji-fengquan'],
  ['七级风圈半径为280公里。', '七级风圈', 'qiji-fengquan'],
  ['抢险队员在堤脚发现一处管涌。', '管涌', 'guanyong'],
  ['两部门联合发布地质灾害气象风险预警。', '地质灾害气象风险预警', 'dizhi-zaihai-qixiang-fengxian-yujing'],
  ['县里排查农村切坡建房风险。', '切坡建房', 'qiepo-jianfang'],
  ['全省新装普适型监测设备上千台。', '普适型监测设备', 'pushixing-jiance-shebei'],
  ['这片山区属于地质灾害高易发区。', '地质灾害高易发区', 'dizhi-zaihai-gaoyifaqu'],
  ['项目开工前须完成地质灾害危险性评估。', '地质灾害危险性评估', 'dizhi-zaihai-weixianxing-pinggu'],
  ['公路边坡上发现一处危岩体。', '危岩体', 'weiyanti'],
  ['明天森林火险等级为五级。', '森林火险等级', 'senlin-huoxian-dengji'],
  ['村民们帮忙清理防火隔离带。', '防火隔离带', 'fanghuo-gelidai'],
  ['山脊上种了一条生物防火林带。', '生物防火林带', 'shengwu-fanghuo-lindai'],
  ['护林员每天巡山两次。', '护林员', 'hulinyuan'],
  ['春节期间市区是烟花爆竹禁放区。', '禁放区', 'jinfangqu'],
  ['学会扑救初起火灾很重要。', '初起火灾', 'chuqi-huozai'],
  ['厨房的燃气管道上装了自闭阀。', '自闭阀', 'guandao-ranqi-zibifa'],
  ['这家公司没有燃气经营许可证。', '燃气经营许可证', 'ranqi-jingying-xukezheng'],
  ['镇上唯一的气瓶充装站停业整顿。', '气瓶充装站', 'qiping-chongzhuangzhan'],
  ['商场里销售的燃气具抽检合格。', '燃气具', 'ranqiju'],
  ['新进厂的工人都参加了全员安全培训。', '全员安全培训', 'quanyuan-anquan-peixun'],
  ['防汛工作要坚持人民至上、生命至上。', '人民至上、生命至上', 'renmin-zhishang-shengming-zhishang'],
  ['始终坚持人民至上，生命至上。', '人民至上，生命至上', 'renmin-zhishang-shengming-zhishang'],
], {
  'keeps the older entries around them their own': (g) => {
    expect(g.ids('构建安全风险分级管控和隐患排查治理双重预防机制。')).toContain('shuangchong-yufang-jizhi');
    expect(g.matched('构建安全风险分级管控和隐患排查治理双重预防机制。')).toContain('安全风险分级管控和隐患排查治理双重预防机制');
  },
});

leftAloneByIdBlock('dev91 entries: the everyday words inside or beside them are left alone', [
  ['小猫爬到高处下不来。', 'gaochu-zuoye'],
  ['他把桌面收拾得很干净。', 'zhuomian-tuiyan'],
  ['这部电影的推演过程很精彩。', 'zhuomian-tuiyan'],
  ['商场门口用隔离带围出排队通道。', 'fanghuo-gelidai'],
  ['她给学生的作文写了评价。', 'anquan-pingjia'],
  ['这次演练很成功。', 'shuangmang-yanlian'],
  ['今天雷雨过后风很大。', 'leiyu-dafeng'],
  ['天气预报说明天有雾。', 'qiangnongwu'],
  ['他在外面包了一家饭店。', 'waibao-waizu'],
  ['这座桥的风景特别美。', 'weiyanti'],
  ['妈妈在厨房里开着燃气灶做饭。', 'ranqiju'],
  ['手机充电站就在门口。', 'qiping-chongzhuangzhan'],
  ['森林里空气很好。', 'senlin-huoxian-dengji'],
  ['这本书讲的是特殊的经历。', 'teshu-zuoye'],
  ['他很关心身边人的安全。', 'anquan-fengxian-fenji-guankong'],
  ['顾客至上是这家店的宗旨。', 'renmin-zhishang-shengming-zhishang'],
  ['她报名参加了驾驶培训。', 'quanyuan-anquan-peixun'],
]);
