// The entries of the dev73 round, drawn from the city pages of local papers: old-estate renewal (worn-out lifts, the
// improvement class of works, flats without their own kitchen), Zhejiang's two tiers of future community, the
// estate's own rules and money (the maintenance fund's emergency use and top-up, the preparatory group, the covenant,
// the owner's own part, the manager's premises), the housing market (down payment, existing-mortgage rates, deed tax,
// months of stock, city-by-city policy, usable-area ratio, floor price, workers' dormitories), the decision to
// expropriate, driving by plate digit, channelised junctions and two-stage crossings, a metro line's trial run,
// first operation, safety assessment and driverless running, tunnels through, fatigued driving, coach permits and
// relay driving, and the province's transport programmes. Each is underlined in a sentence of its own (not the
// development set's), and the everyday words inside or beside them are left alone (手电筒|应急使用, 完善|类似,
// 山洞|通向, 整治|超市, 村级物业用房 of a village's rented buildings).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev73 entries: underlined as the term', [
  ['今年全区完成老旧电梯更新56台。', '老旧电梯更新', 'laojiu-dianti-gengxin'],
  ['增设停车位属于完善类改造内容。', '完善类', 'laojiu-xiaoqu-wanshanlei'],
  ['片区内还有不少非成套住宅。', '非成套住宅', 'feichengtao-zhuzhai'],
  ['这个社区今年创成引领型未来社区。', '引领型未来社区', 'yinlingxing-weilai-shequ'],
  ['老城区的小区将按普惠型未来社区标准改造。', '普惠型未来社区', 'puhuixing-weilai-shequ'],
  ['电梯坏了，业委会申请了维修资金应急使用。', '维修资金应急使用', 'weixiu-zijin-yingji-shiyong'],
  ['街道指导小区成立业主大会筹备组。', '业主大会筹备组', 'yezhu-dahui-choubeizu'],
  ['养犬规则写进了小区管理规约。', '管理规约', 'guanli-guiyue'],
  ['业主装修专有部分也要遵守安全规定。', '专有部分', 'zhuanyou-bufen'],
  ['小区维修资金余额不足，启动了维修资金续筹。', '维修资金续筹', 'weixiu-zijin-xuchou'],
  ['这个小区率先完成续筹。', '续筹', 'weixiu-zijin-xuchou'],
  ['开发商要无偿配置物业用房。', '物业用房', 'wuye-yongfang'],
  ['小区的物业管理用房被挪作他用。', '物业管理用房', 'wuye-yongfang'],
  ['首套房最低首付比例降到15%。', '首付比例', 'shoufu-bili'],
  ['银行下调了存量房贷利率。', '存量房贷利率', 'cunliang-fangdai-lilv'],
  ['买首套房契税减半征收。', '契税', 'qishui'],
  ['全市商品住宅去化周期缩短到12个月。', '去化周期', 'quhua-zhouqi'],
  ['楼市调控坚持因城施策。', '因城施策', 'yincheng-shice'],
  ['这个户型的得房率比较高。', '得房率', 'defanglv'],
  ['这宗地块楼面价每平方米1.8万元。', '楼面价', 'loumianjia'],
  ['园区新建一栋蓝领公寓。', '蓝领公寓', 'lanling-gongyu'],
  ['区政府昨天公告了房屋征收决定。', '房屋征收决定', 'fangwu-zhengshou-jueding'],
  ['节假日景区周边实行尾号限行。', '尾号限行', 'weihao-xianxing'],
  ['交警对这个路口进行了渠化改造。', '渠化', 'jiaotong-quhua'],
  ['宽马路中间设了安全岛，方便行人二次过街。', '二次过街', 'erci-guojie'],
  ['地铁新线今天起开通初期运营。', '初期运营', 'chuqi-yunying'],
  ['新线路开始空载试运行。', '空载试运行', 'kongzai-shiyunxing'],
  ['新线通过了初期运营前安全评估。', '运营前安全评估', 'yunying-qian-anquan-pinggu'],
  ['这条线采用全自动运行系统。', '全自动运行', 'quanzidong-yunxing'],
  ['地铁5号线实现全线洞通。', '洞通', 'dongtong'],
  ['连续开车四小时属于疲劳驾驶。', '疲劳驾驶', 'pilao-jiashi'],
  ['包车出发前要申领电子客运标志牌。', '电子客运标志牌', 'dianzi-keyun-biaozhipai'],
  ['长途客车夜间实行接驳运输。', '接驳运输', 'jiebo-yunshu'],
  ['我省陆域县县通高速目标已经实现。', '县县通高速', 'xianxian-tong-gaosu'],
  ['规划提出构建综合立体交通网。', '综合立体交通网', 'zonghe-liti-jiaotongwang'],
  ['两市加快同城化发展。', '同城化', 'tongchenghua'],
  ['机场推出旅客联程运输服务。', '联程运输', 'liancheng-yunshu'],
  ['县里开通了空铁联运班车。', '空铁联运', 'kongtie-lianyun'],
  ['这条路将建成智慧高速。', '智慧高速', 'zhihui-gaosu'],
  ['高铁新城建设综合客运枢纽。', '综合客运枢纽', 'zonghe-keyun-shuniu'],
  ['萧山的公路港每天进出货车上千辆。', '公路港', 'gonglu-gang'],
  ['全省推进交通物流降本提质增效。', '交通物流降本提质增效', 'jiaotong-wuliu-jiangben'],
  // Forms of older entries the pages print: 完整居住社区, 前期物业, 错时停车, 过渡费.
  ['新小区按完整居住社区标准配建设施。', '完整居住社区', 'wanzheng-shequ'],
  ['交房后先由前期物业管理小区。', '前期物业', 'qianqi-wuye-fuwu'],
  ['机关大院向居民开放车位错时停车。', '错时停车', 'cuoshi-gongxiang-tingche'],
  ['征收户每月可领取过渡费。', '过渡费', 'linshi-anzhi-fei'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('小区召开了首次业主大会。')).toContain('yezhu-dahui');
    expect(g.ids('这个小区是未来社区。')).toContain('weilai-shequ');
  },
  'reads a level word the match took in as the text before the form only for the guarded entries': (g) => {
    // 村级 before 物业用房 guards it; the level word before other entries is still taken in (县级托班, 省级托班).
    expect(g.ids('县里新建了一批县级托班。')).toContain('tuoban');
    expect(g.matched('全市认定省级托班12个。').join(' ')).toContain('省级托班');
    expect(g.ids('村级物业用房出租给企业。')).not.toContain('wuye-yongfang');
  },
});

leftAloneByIdBlock('dev73 entries: the everyday words inside or beside them are left alone', [
  ['家里常备一只手电筒，停电时应急使用。', 'weixiu-zijin-yingji-shiyong'],
  ['十年同学会的筹备组已经建了微信群。', 'yezhu-dahui-choubeizu'],
  ['各地正在完善类似的做法。', 'laojiu-xiaoqu-wanshanlei'],
  ['这个山洞通向后山的竹林。', 'dongtong'],
  ['城管队员正在整治超市门口的摊位。', 'jiaotong-quhua'],
  ['天暖了，村口的水渠化冻了。', 'jiaotong-quhua'],
  ['这笔过渡费用由公司承担。', 'linshi-anzhi-fei'],
  ['他把试运行的新系统介绍给大家。', 'kongzai-shiyunxing'],
  ['爸爸开车时间长了有点疲劳，驾驶座换给了妈妈。', 'pilao-jiashi'],
  ['他们同城化妆品店开了三家。', 'tongchenghua'],
  // 村级物业用房: a village's buildings let for rent, no property manager's rooms.
  ['新建的村级物业用房全部出租后，村集体每年增加收入。', 'wuye-yongfang'],
  ['村集体经营性物业用房出租给企业。', 'wuye-yongfang'],
]);
