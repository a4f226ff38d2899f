// The entries of the dev71 round, drawn from city and county news on digital government and provincial
// programmes: government services (no trip at all, any counter for any matter, cross-department scenarios,
// services at bank branches), the city's operations centre and its screens (the operations centre, the city
// dashboard, one screen for everything, digital city management), data (the basic data rules, the Zhejiang
// public data regulations, a data centre's PUE), safety (the Skynet cameras, smart-security estates, the "safe
// county" title), power (moving production and load out of the peak, live-line work, power resold by landlords,
// guaranteed supply for events, peak regulation, flexibility retrofits, multi-energy complementarity, the
// distribution grid, PV-storage-DC-flexible buildings) and provincial programmes (high-level opening-up
// platforms, the common prosperity zone's best practices, the Zhejiang entrepreneurs' chamber, the seven areas
// of leading by example). Each is underlined in a sentence of its own (not the development set's), 绿电直供 reads
// the older 绿电直连 entry, and the everyday words that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev71 entries: underlined as the term', [
  ['办理不动产登记已经可以跑零次。', '跑零次', 'pao-lingci'],
  ['县政务服务中心实现无差别全科受理。', '无差别全科受理', 'wuchabie-quanke-shouli'],
  ['这个应用是一个典型的多跨场景。', '多跨场景', 'duokua-changjing'],
  ['我区新增政银合作网点15个。', '政银合作', 'zhengyin-hezuo'],
  ['市城市运行管理中心24小时有人值守。', '城市运行管理中心', 'chengyun-zhongxin'],
  ['记者走进区城运中心。', '城运中心', 'chengyun-zhongxin'],
  ['领导在城市驾驶舱前察看全市交通情况。', '城市驾驶舱', 'chengshi-jiashicang'],
  ['全县应急资源实现一屏统览。', '一屏统览', 'yipingtonglan'],
  ['区里升级了智慧城管平台。', '智慧城管', 'zhihui-chengguan'],
  ['要加快完善数据基础制度。', '数据基础制度', 'shuju-jichu-zhidu'],
  ['《浙江省公共数据条例》明确了公共数据的范围。', '浙江省公共数据条例', 'gonggong-shuju-tiaoli'],
  ['这家数据中心的PUE降到了1.2。', 'PUE', 'dianneng-liyong-xiaolv'],
  ['数据中心电能利用效率持续下降。', '电能利用效率', 'dianneng-liyong-xiaolv'],
  ['全市天网工程新增摄像头2000个。', '天网工程', 'tianwang-gongcheng'],
  ['该小区通过改造成为智慧安防小区。', '智慧安防小区', 'zhihui-anfang-xiaoqu'],
  ['我县连续十年获评平安县。', '平安县', 'pingan-xian'],
  ['部分企业被要求错峰生产。', '错峰生产', 'cuofeng-shengchan'],
  ['商场用蓄冰空调移峰填谷。', '移峰填谷', 'yifeng-tiangu'],
  ['供电公司开展不停电作业。', '不停电作业', 'butingdian-zuoye'],
  ['商铺反映转供电加价问题。', '转供电', 'zhuangongdian'],
  ['中考期间做好保供电工作。', '保供电', 'baogongdian'],
  ['这座电站主要承担调峰任务。', '调峰', 'tiaofeng'],
  ['电厂完成了机组灵活性改造。', '灵活性改造', 'linghuoxing-gaizao'],
  ['海岛建成多能互补示范项目。', '多能互补', 'duoneng-hubu'],
  ['今年加快农村配电网建设。', '配电网', 'peidianwang'],
  ['今年将改造老旧配电网络。', '配电网络', 'peidianwang'],
  ['这家工厂用上了绿电直供。', '绿电直供', 'lvdian-zhilian'],
  ['新建办公楼试点光储直柔。', '光储直柔', 'guangchu-zhirou'],
  ['我市加快建设高能级开放平台。', '高能级开放平台', 'gaonengji-kaifang-pingtai'],
  ['该案例入选共同富裕示范区建设最佳实践。', '共同富裕示范区建设最佳实践', 'gongfu-zuijia-shijian'],
  ['浙商总会年会在杭州举行。', '浙商总会', 'zheshang-zonghui'],
  ['全省推进七大先行示范。', '七大先行示范', 'qida-xianxing-shifan'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('这家工厂用上了绿电直连。')).toContain('lvdian-zhilian');
    expect(g.ids('试点园区建设增量配电网。')).toContain('zengliang-peidianwang');
    expect(g.ids('用户侧储能可以削峰填谷。')).toContain('xiaofeng-tiangu');
    expect(g.ids('该县捧回了平安金鼎。')).toContain('pingan-jinding');
  },
});

leftAloneByIdBlock('dev71 entries: the everyday words inside or beside them are left alone', [
  ['全力确保供电安全。', 'baogongdian'],
  ['夏季空调峰值负荷创新高。', 'tiaofeng'],
  ['祝大家一路平安县城里张灯结彩。', 'pingan-xian'],
  ['这个城市的驾驶员很守规矩。', 'chengshi-jiashicang'],
  ['他跑了零次马拉松。', 'pao-lingci'],
  ['这份工作的灵活性改变了他的生活。', 'linghuoxing-gaizao'],
  ['这里是观看日出的最佳实践地点之一。', 'gongfu-zuijia-shijian'],
  ['他是浙商，也是总会计师。', 'zheshang-zonghui'],
]);

leftAloneBlock('dev71 entries: the everyday words of the set\'s traps stay plain', [
  ['这家面馆味道一般，网上差评不少。', '差评'],
  ['孩子们在航空馆里参观了飞机驾驶舱。', '驾驶舱'],
  ['老房子门前有几级石头阶梯。', '阶梯'],
  ['昨晚小区突然停电，大家只好点起了蜡烛。', '停电'],
]);
