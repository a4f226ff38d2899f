// The entries of the dev94 round, drawn from the digital economy, AI and new industries items of city papers:
// data rules (the free trade zones' negative lists for data leaving the country, the standard contract for
// personal information sent abroad, catalogues of important data, the right to hold data resources, 数商 as a
// short form of 数据商), small firms (入规, a firm entering the above-designated-size count, as a form of 小升规), computing (the national computing hubs), flying (airworthiness certification, type
// certificates, general aviation, controlled airspace, 电动垂直起降飞行器 as a form of the eVTOL entry), cars
// (Level 2 driver assistance, 无人驾驶出租车 as a form of the self-driving taxi entry) and industry (secondary
// nodes of identifier resolution, national advanced manufacturing clusters, the IT–industry integration
// management standard, SME public service platforms, the share of key processes under numerical control). Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside them
// are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev94 entries: underlined as the term', [
  ['上海自贸试验区发布了数据出境负面清单。', '数据出境负面清单', 'shuju-chujing-fumian-qingdan'],
  ['公司与境外总部签订了个人信息出境标准合同。', '个人信息出境标准合同', 'geren-xinxi-chujing-biaozhun-hetong'],
  ['省里正在编制交通行业重要数据目录。', '重要数据目录', 'zhongyao-shuju-mulu'],
  ['企业拿到了全省首张数据资源持有权证书。', '数据资源持有权', 'shuju-ziyuan-chiyouquan'],
  ['交易所已吸引数商300多家入驻。', '数商', 'shujushang'],
  ['长三角国家枢纽节点的数据中心集群正在建设。', '国家枢纽节点', 'guojia-suanli-shuniu-jiedian'],
  ['这里是全国8个算力枢纽节点之一。', '算力枢纽节点', 'guojia-suanli-shuniu-jiedian'],
  ['该机型已进入适航审定阶段。', '适航审定', 'shihang-shending'],
  ['这款无人机拿到了型号合格证。', '型号合格证', 'xinghao-hegezheng'],
  ['全省通用航空飞行小时数创历史新高。', '通用航空', 'tongyong-hangkong'],
  ['无人机进入管制空域飞行须提前申请。', '管制空域', 'guanzhi-kongyu'],
  ['展会上一架电动垂直起降飞行器吸引了不少观众。', '电动垂直起降飞行器', 'diandong-chuizhi-qijiang-hangkongqi'],
  ['新车标配L2级辅助驾驶。', 'L2级辅助驾驶', 'l2-ji-fuzhu-jiashi'],
  ['按国家标准，2级驾驶自动化即组合驾驶辅助。', '组合驾驶辅助', 'l2-ji-fuzhu-jiashi'],
  ['开发区开通了无人驾驶出租车。', '无人驾驶出租车', 'zidong-jiashi-chuzuche'],
  ['模具行业标识解析二级节点正式上线。', '标识解析二级节点', 'biaoshi-jiexi-erji-jiedian'],
  ['宁波磁性材料集群入选国家先进制造业集群。', '国家先进制造业集群', 'guojia-xianjin-zhizaoye-jiqun'],
  ['今年新增国家级先进制造业集群2个。', '国家级先进制造业集群', 'guojia-xianjin-zhizaoye-jiqun'],
  ['企业通过了两化融合管理体系评定。', '两化融合管理体系', 'lianghua-ronghe-guanli-tixi'],
  ['区里的创业服务中心是国家中小企业公共服务示范平台。', '中小企业公共服务示范平台', 'zhongxiao-qiye-gonggong-fuwu-shifan-pingtai'],
  ['全省关键工序数控化率达到70%。', '关键工序数控化率', 'guanjian-gongxu-shukonghualv'],
  ['今年全县新增入规企业120家。', '入规', 'xiaoshenggui'],
  ['推动更多小微企业入规。', '入规', 'xiaoshenggui'],
]);

leftAloneByIdBlock('dev94 entries: the everyday words inside or beside them are left alone', [
  ['县里推进数商兴农，农产品卖上好价钱。', 'shujushang'],
  ['这份数据很重要，目录要先整理好。', 'zhongyao-shuju-mulu'],
  ['他签了一份租房合同。', 'geren-xinxi-chujing-biaozhun-hetong'],
  ['火车站是城市的交通枢纽。', 'guojia-suanli-shuniu-jiedian'],
  ['这条河段通航已经恢复。', 'tongyong-hangkong'],
  ['航空公司推出了特价机票。', 'tongyong-hangkong'],
  ['他开车时打开了辅助驾驶。', 'l2-ji-fuzhu-jiashi'],
  ['这道工序要三个人配合完成。', 'guanjian-gongxu-shukonghualv'],
  ['他买了一台数控机床。', 'guanjian-gongxu-shukonghualv'],
  ['他的驾驶证审定通过了。', 'shihang-shending'],
  ['新店的营业执照和合格证都挂在墙上。', 'xinghao-hegezheng'],
  ['出租车司机把我们送到了车站。', 'zidong-jiashi-chuzuche'],
  ['小区里的标识牌换新了。', 'biaoshi-jiexi-erji-jiedian'],
  ['公司管理体系越来越完善。', 'lianghua-ronghe-guanli-tixi'],
  ['这家工厂是当地的制造业龙头。', 'guojia-xianjin-zhizaoye-jiqun'],
  ['把这件事纳入规划。', 'xiaoshenggui'],
  ['把乡村道路列入规范管理。', 'xiaoshenggui'],
  ['他们加入规划编制组。', 'xiaoshenggui'],
], {
  'the older entries keep their own forms': (g) => {
    expect(g.ids('跨境数据流动要依法开展数据出境安全评估。')).not.toContain('shuju-chujing-fumian-qingdan');
    expect(g.ids('企业推进两化融合。')).toContain('lianghua-ronghe');
    expect(g.ids('企业推进两化融合。')).not.toContain('lianghua-ronghe-guanli-tixi');
    expect(g.ids('这台eVTOL完成首飞。')).toContain('diandong-chuizhi-qijiang-hangkongqi');
  },
});
