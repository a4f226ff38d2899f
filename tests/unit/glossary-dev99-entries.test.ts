// The entries of the dev99 round, drawn from the electricity, energy and carbon items of city papers: peak shifting
// and avoidance, the security load, efficiency power plants and invited demand response; household solar, building-
// integrated solar, solar poverty relief and distributed wind; compressed-air, grid-side and paired storage; power
// retailers, the coal benchmark price, the maximum-demand charge, suspended or reduced capacity and shared meters;
// voluntary emission-reduction trading and loans on carbon allowances; feedstock energy, total energy consumption, the
// efficiency benchmark and baseline levels, area-wide energy assessment, energy-saving inspection and energy audits;
// managed charging and the charging service fee; nearly zero-energy and zero-carbon buildings; rural electrification,
// transformer capacity per household, supply reliability, average outage time, the protection zone of power lines and
// flexible DC. Each is underlined in a sentence of its own (not the development set's), and the everyday words that
// share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev99 entries: underlined as the term', [
  ['电力紧张时，全市按计划实施错避峰。', '错避峰', 'cuobifeng'],
  ['供电公司逐户核定重要用户的保安负荷。', '保安负荷', 'baoan-fuhe'],
  ['全县节能改造项目合计形成一座能效电厂。', '能效电厂', 'nengxiao-dianchang'],
  ['省里发布邀约型需求响应通知。', '邀约型需求响应', 'yaoyuexing-xuqiu-xiangying'],
  ['村里已有200户装上了户用光伏。', '户用光伏', 'huyong-guangfu'],
  ['新厂房采用BIPV技术。', 'BIPV', 'guangfu-jianzhu-yitihua'],
  ['展馆外墙采用建筑光伏一体化设计。', '建筑光伏一体化', 'guangfu-jianzhu-yitihua'],
  ['光伏扶贫电站今年收益超过百万元。', '光伏扶贫', 'guangfu-fupin'],
  ['山区建设分散式风电项目。', '分散式风电', 'fensanshi-fengdian'],
  ['压缩空气储能电站开工建设。', '压缩空气储能', 'yasuo-kongqi-chuneng'],
  ['电网侧储能参与调峰。', '电网侧储能', 'dianwangce-chuneng'],
  ['新能源配储比例有所调整。', '新能源配储', 'xinnengyuan-peichu'],
  ['这家售电公司代理了300家企业的购电。', '售电公司', 'shoudian-gongsi'],
  ['交易价格以燃煤基准价为基础上下浮动。', '燃煤基准价', 'ranmei-fadian-jizhunjia'],
  ['企业可以选择按需量电费计收基本电费。', '需量电费', 'xuliang-dianfei'],
  ['淡季企业可办理暂停减容业务。', '暂停减容', 'zanting-jianrong'],
  ['合表用户执行合表电价。', '合表用户', 'hebiao-yonghu'],
  ['林场参与温室气体自愿减排交易。', '温室气体自愿减排交易', 'wenshi-qiti-ziyuan-jianpai-jiaoyi'],
  ['银行发放首笔碳排放权质押贷款。', '碳排放权质押贷款', 'tan-paifangquan-zhiya-daikuan'],
  ['化工项目的原料用能单独核算。', '原料用能', 'yuanliao-yongneng'],
  ['全省能源消费总量增速放缓。', '能源消费总量', 'nengyuan-xiaofei-zongliang'],
  ['新建项目要达到能效标杆水平。', '能效标杆水平', 'nengxiao-biaogan-shuiping'],
  ['低于能效基准水平的产能要限期改造。', '能效基准水平', 'nengxiao-jizhun-shuiping'],
  ['开发区完成区域能评。', '区域能评', 'quyu-nengping'],
  ['市里开展年度节能监察。', '节能监察', 'jieneng-jiancha'],
  ['企业委托第三方开展能源审计。', '能源审计', 'nengyuan-shenji'],
  ['小区充电桩支持智能有序充电。', '智能有序充电', 'youxu-chongdian'],
  ['公共充电站的充电服务费下调了。', '充电服务费', 'chongdian-fuwufei'],
  ['新图书馆按近零能耗建筑标准建设。', '近零能耗建筑', 'jinling-nenghao-jianzhu'],
  ['这是全省首批零碳建筑试点。', '零碳建筑', 'lingtan-jianzhu'],
  ['推进乡村电气化提升工程。', '乡村电气化', 'xiangcun-dianqihua'],
  ['农网改造后户均配变容量明显提高。', '户均配变容量', 'hujun-peibian-rongliang'],
  ['城区供电可靠率保持全省前列。', '供电可靠率', 'gongdian-kekaolv'],
  ['用户平均停电时间进一步缩短。', '用户平均停电时间', 'hujun-tingdian-shijian'],
  ['禁止在电力设施保护区内放风筝。', '电力设施保护区', 'dianli-sheshi-baohuqu'],
  ['舟山建成多端柔直工程。', '柔直', 'rouxing-zhiliu'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('市里加强电力需求侧管理，实施需求响应。')).toContain('xuqiu-xiangying');
    expect(g.ids('项目申请CCER。')).toContain('ccer');
    expect(g.ids('企业可以出售碳排放权。')).toContain('tan-paifangquan');
    expect(g.ids('项目要通过节能审查。')).toContain('jieneng-shencha');
  },
});

leftAloneByIdBlock('dev99 entries: the everyday words that share their characters are left alone', [
  ['他把手机调到静音，避开了会议的高峰发言。', 'cuobifeng'],
  ['小区保安负责夜间巡逻。', 'baoan-fuhe'],
  ['他家在城里开了一家电器店，户用电器卖得很好。', 'huyong-guangfu'],
  ['阳光照在屋顶上，光伏板闪闪发亮。', 'guangfu-jianzhu-yitihua'],
  ['风很大，吹散了天上的云，风电塔转得飞快。', 'fensanshi-fengdian'],
  ['这款真空压缩袋能把空气抽干净。', 'yasuo-kongqi-chuneng'],
  ['这家店售电动车和配件。', 'shoudian-gongsi'],
  ['他们签了合同，表示愿意合作。', 'hebiao-yonghu'],
  ['大家自愿报名参加减肥比赛。', 'wenshi-qiti-ziyuan-jianpai-jiaoyi'],
  ['这场比赛的水平很高。', 'nengxiao-biaogan-shuiping'],
  ['这个区域能评上文明城区吗？', 'quyu-nengping'],
  ['手机充电要有序排队。', 'youxu-chongdian'],
  ['酒店前台的服务费包含在房价里。', 'chongdian-fuwufei'],
  ['停电时间从上午九点到十一点。', 'hujun-tingdian-shijian'],
  ['他为人温柔直爽，待人真诚。', 'rouxing-zhiliu'],
]);
