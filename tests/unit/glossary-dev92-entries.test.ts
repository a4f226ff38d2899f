// The entries of the dev92 round, drawn from the housing and property items of city and county papers: the market
// (a first home, destocking), selling new homes (the pre-sale permit), government-backed housing
// (non-residential buildings converted to rental housing, the project certificate), the housing provident fund (the contribution rate, moving an account to another city), renewal and house
// taking (demolish-and-rebuild, the State Council regulations on taking houses on state land, taking collective
// land, shantytown redevelopment), property management (government-guided prices, an estate's common income, the
// owners' common parts, property management companies), house safety (termite control, Zhejiang's regulations on
// urban housing safety), renting (long-term rentals, lease registration, supervision of rental money) and land
// sales (land auctions, developer-held rental housing and bidding by it). Each is underlined in a sentence of its
// own (not the development set's), and the everyday words inside or beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev92 entries: underlined as the term', [
  ['年轻夫妻买首套房可以少付首付。', '首套房', 'shoutaofang'],
  ['购买首套住房的家庭可享受契税优惠。', '首套住房', 'shoutaofang'],
  ['三四线城市仍面临去库存压力。', '去库存', 'qu-kucun'],
  ['该楼盘已取得商品房预售许可证。', '商品房预售许可证', 'shangpinfang-yushou-xukezheng'],
  ['没有预售许可证的楼盘不能卖。', '预售许可证', 'shangpinfang-yushou-xukezheng'],
  ['这幢旧厂房通过非居住存量房屋改建成了租赁公寓。', '非居住存量房屋改建', 'feijuzhu-cunliang-fangwu-gaijian'],
  ['5个项目拿到了保障性租赁住房项目认定书。', '保障性租赁住房项目认定书', 'baozu-xiangmu-rendingshu'],
  ['今年起单位住房公积金缴存比例可在5%至12%之间自主确定。', '住房公积金缴存比例', 'zhufang-gongjijin-jiaocun-bili'],
  ['她在新单位办了住房公积金异地转移接续。', '住房公积金异地转移接续', 'gongjijin-yidi-zhuanyi-jiexu'],
  ['这个城中村将采用拆除新建方式改造。', '拆除新建', 'chaichu-xinjian'],
  ['《国有土地上房屋征收与补偿条例》施行已十多年。', '国有土地上房屋征收与补偿条例', 'guoyou-tudi-fangwu-zhengshou-tiaoli'],
  ['集体土地征收须先发布征收土地预公告。', '集体土地征收', 'jiti-tudi-zhengshou'],
  ['该片区纳入今年棚户区改造计划。', '棚户区改造', 'penghuqu-gaizao'],
  ['前期物业服务费实行政府指导价。', '政府指导价', 'zhengfu-zhidaojia'],
  ['业委会每季度公布一次小区公共收益。', '小区公共收益', 'xiaoqu-gonggong-shouyi'],
  ['楼道和屋顶都是业主共有部分。', '业主共有部分', 'yezhu-gongyou-bufen'],
  ['业主大会决定更换物业服务企业。', '物业服务企业', 'wuye-fuwu-qiye'],
  ['新建房屋须在施工时做好白蚁防治。', '白蚁防治', 'baiyi-fangzhi'],
  ['区里今年新筹集长租房800套。', '长租房', 'changzufang'],
  ['租赁合同签订后要办理房屋租赁登记备案。', '房屋租赁登记备案', 'fangwu-zulin-dengji-bei-an'],
  ['押金和预收租金纳入住房租赁资金监管。', '住房租赁资金监管', 'zhufang-zulin-zijin-jianguan'],
  ['《浙江省城镇房屋安全管理条例》规定了业主的责任。', '浙江省城镇房屋安全管理条例', 'zhejiang-chengzhen-fangwu-anquan-tiaoli'],
  ['本月第二场土拍有三宗宅地成交。', '土拍', 'tupai'],
  ['地块须配建10%的自持租赁住房。', '自持租赁住房', 'zichi-zulin-zhufang'],
  ['这宗地触及最高限价后进入竞自持环节。', '竞自持', 'jing-zichi'],
  // forms of older entries
  ['小区交付当天实现交付即交证。', '交付即交证', 'jiaofang-jijiaozheng'],
  ['职工可以申请公积金直付房租。', '公积金直付房租', 'zhifu-fangzu'],
  ['今年全区完成老旧小区加梯50台。', '加梯', 'jiazhuang-dianti'],
]);

leftAloneByIdBlock('dev92 entries: the everyday words inside or beside them are left alone', [
  ['这家店的首套餐很受欢迎。', 'shoutaofang'],
  ['他去库房存放了几箱旧书。', 'qu-kucun'],
  ['旧沙发拆除后新建了一个书架。', 'chaichu-xinjian'],
  ['这家门店的指导价格比网上贵。', 'zhengfu-zhidaojia'],
  ['这部分内容两个人共有。', 'yezhu-gongyou-bufen'],
  ['他在一家物业公司上班。', 'wuye-fuwu-qiye'],
  ['白蚁把木头柜子蛀空了。', 'baiyi-fangzhi'],
  ['他把租来的房子长租给了朋友。', 'changzufang'],
  ['下雨后他把鞋上的泥土拍干净再进屋。', 'tupai'],
  ['志愿者坚持自持一份信念。', 'zichi-zulin-zhufang'],
  ['他在梯子上再加梯级有危险。', 'jiazhuang-dianti'],
]);

leftAloneBlock('dev92 entries: nothing underlined over everyday words beside them', [
  ['演出前，小演员们要先去化妆间做准备。', '去化'],
  ['店员给出了几套衣服的搭配建议。', '配建'],
], {
  'keeps the older entries around them their own': (g) => {
    expect(g.ids('首套房认定标准放宽了。')).toContain('shoutaofang-rending');
    expect(g.ids('征收拆迁工作顺利推进。')).toContain('zhengqian');
    expect(g.ids('老旧小区加装电梯补助提高。')).toContain('jiazhuang-dianti');
  },
});
