// The entries of the dev102 round, drawn from the ports, shipping, ocean economy and fisheries items of city
// papers: distant-water catch landed at home, the national distant-water fishing bases, the high-seas moratorium,
// squid jigging, fishing in other countries' waters, regional fisheries management organisations, vessel position
// monitoring and fisheries observers; special licences of the closed season, banned gear, fishing logbooks, the
// renewal of fishing boats, recreational fisheries and recirculating aquaculture; the gross ocean product, emerging
// marine industries, global ocean centre cities, the Zhoushan petrochemical base, bonded bunkering, coastal
// piggyback, domestic and foreign-trade boxes on one ship, the Maritime Silk Road Index, shipbuilding completions and
// order books, offshore engineering equipment, seafarers' certificates, ship-generated water pollutants, the maritime
// search and rescue centre, the automatic identification system (AIS); the natural-coastline share, coastline restoration and the coastal zone's protection and
// restoration; and 船舶交通管理 as a form of the older vessel traffic service entry. Each is underlined in a sentence of
// its own (not the development set's), and the everyday words that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev102 entries: underlined as the term', [
  ['这批远洋自捕鱼已运抵码头。', '远洋自捕鱼', 'yuanyang-zibuyu'],
  ['企业运回的自捕水产品按规定不征进口税。', '自捕水产品', 'yuanyang-zibuyu'],
  ['省里支持建设国家远洋渔业基地。', '国家远洋渔业基地', 'guojia-yuanyang-yuye-jidi'],
  ['今年的公海自主休渔7月1日开始。', '公海自主休渔', 'gonghai-zizhu-xiuyu'],
  ['全市有30艘鱿钓船在外作业。', '鱿钓', 'youdiao'],
  ['公司在毛里塔尼亚从事过洋性渔业。', '过洋性渔业', 'guoyangxing-yuye'],
  ['我国已加入多个区域渔业管理组织。', '区域渔业管理组织', 'quyu-yuye-guanli-zuzhi'],
  ['主管部门通过船位监测掌握渔船动态。', '船位监测', 'chuanwei-jiance'],
  ['这位远洋渔业观察员在船上待了半年。', '远洋渔业观察员', 'yuanyang-yuye-guanchayuan'],
  ['今年共发放专项捕捞许可120张。', '专项捕捞许可', 'zhuanxiang-bulao-xuke'],
  ['执法船查获一批禁用渔具。', '禁用渔具', 'jinyong-yuju'],
  ['船长每天都要填写渔捞日志。', '渔捞日志', 'yulao-rizhi'],
  ['大中型渔船已安装电子捕捞日志终端。', '电子捕捞日志', 'yulao-rizhi'],
  ['今年全县完成渔船更新改造50艘。', '渔船更新改造', 'yuchuan-gengxin-gaizao'],
  ['镇里大力发展休闲渔业。', '休闲渔业', 'xiuxian-yuye'],
  ['这个基地采用循环水养殖南美白对虾。', '循环水养殖', 'xunhuanshui-yangzhi'],
  ['全省海洋生产总值保持增长。', '海洋生产总值', 'haiyang-shengchan-zongzhi'],
  ['我市着力培育海洋新兴产业。', '海洋新兴产业', 'haiyang-xinxing-chanye'],
  ['宁波提出建设全球海洋中心城市。', '全球海洋中心城市', 'quanqiu-haiyang-zhongxin-chengshi'],
  ['舟山绿色石化基地二期项目投产。', '舟山绿色石化基地', 'lvse-shihua-jidi'],
  ['舟山港的保税加油量再创新高。', '保税加油', 'baoshui-jiayou'],
  ['两家中资航运公司获准开展沿海捎带业务。', '沿海捎带', 'yanhai-shaodai'],
  ['海关支持企业开展内外贸同船运输。', '内外贸同船', 'neiwaimao-tongchuan'],
  ['本周海上丝路指数小幅回落。', '海上丝路指数', 'haishang-silu-zhishu'],
  ['全国造船完工量同比增长。', '造船完工量', 'zaochuan-wangongliang'],
  ['船企的手持订单量创历史新高。', '手持订单', 'shouchi-dingdan'],
  ['这家企业专注海工装备制造。', '海工装备', 'haiyang-gongcheng-zhuangbei'],
  ['他考取了三副适任证书。', '适任证书', 'shiren-zhengshu'],
  ['港口配备了船舶水污染物接收设施。', '船舶水污染物', 'chuanbo-shuiwuranwu'],
  ['省海上搜救中心启动应急响应。', '海上搜救中心', 'haishang-soujiu-zhongxin'],
  ['全省大陆自然岸线保有率不低于35%。', '自然岸线保有率', 'ziran-anxian-baoyoulv'],
  ['今年完成海岸线整治修复10公里。', '海岸线整治修复', 'haianxian-zhengzhi-xiufu'],
  ['县里推进海岸带保护修复工程。', '海岸带保护修复', 'haiandai-shengtai-baohu-xiufu'],
  ['船舶交通管理中心提醒船舶注意避让。', '船舶交通管理', 'chuanbo-jiaotong-guanli'],
  ['AIS信号显示该船正在返航。', 'AIS', 'chuanbo-zidong-shibie-xitong'],
  ['船舶自动识别系统显示该船偏离航道。', '船舶自动识别系统', 'chuanbo-zidong-shibie-xitong'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('这片海域的自然岸线保存完好。')).toContain('ziran-anxian');
    expect(g.ids('船舶交通管理系统覆盖了整个港区。')).toContain('chuanbo-jiaotong-guanli');
    expect(g.ids('舟山口岸保税燃料油供应量增长。')).toContain('baoshui-ranliaoyou');
  },
});

leftAloneByIdBlock('dev102 entries: the everyday words that share their characters are left alone', [
  ['他在港口边买了一串烤鱿鱼。', 'youdiao'],
  ['爷爷周末去水库钓鱼。', 'youdiao'],
  ['她手持鲜花走上舞台。', 'shouchi-dingdan'],
  ['网店的订单今天全部发出。', 'shouchi-dingdan'],
  ['他每天下班前写工作日志。', 'yulao-rizhi'],
  ['车子开到加油站加满了油。', 'baoshui-jiayou'],
  ['他完全适任这份工作。', 'shiren-zhengshu'],
  ['这段海岸线风景优美。', 'haianxian-zhengzhi-xiufu'],
  ['这段海岸线风景优美。', 'ziran-anxian-baoyoulv'],
  ['周末一家人去渔村休闲，吃了一顿渔家菜。', 'xiuxian-yuye'],
  ['他自己钓的鱼都送给了邻居。', 'yuanyang-zibuyu'],
  ['船上的座位已经坐满了。', 'chuanwei-jiance'],
  ['公司新买了一批工程装备。', 'haiyang-gongcheng-zhuangbei'],
  ['我们明天去岛上看日出。', 'haishang-soujiu-zhongxin'],
  ['这家花店叫DAISY。', 'chuanbo-zidong-shibie-xitong'],
  ['识别系统升级后，门禁刷脸更快了。', 'chuanbo-zidong-shibie-xitong'],
]);
