// The entries and forms of the dev57 round, drawn from the notices and reports local papers print in full: the
// budgets of a budget report (government funds, state capital, social insurance funds, the reserve, treasury cash
// coverage), a statistical bulletin's resident population and R&D, land sales and planning (state construction land
// use rights, listing, bidding deposits, floor area and green space ratios, notice before approval), environmental
// impact assessment, its full report, inspection on completion, listed polluters, good-air days and hearings,
// tendering and government procurement (agencies, post-qualification, the scoring method, the small-firm share, bid
// bonds, framework agreements, shortlisted winners, competitive consultation, EPC, the ceiling price), real estate
// registration, court notices and enforcement (service by notice, deemed service, court auctions, a failed auction,
// pre-emption, closing the current round of enforcement, cases with assets), housing (purchase limits, money paid
// off-plan, old estates) and school admission (catchments, 施教区, 学区); and four forms joined to older entries
// (规模以上工业, 限制消费措施, 公共租赁住房, 招生名额分配). Each is underlined in a sentence of its own (not the development
// set's), and the everyday words inside or beside them are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev57 entries: underlined as the term', [
  ['县人大常委会审查了政府性基金预算调整方案。', '政府性基金预算', 'zhengfuxing-jijin-yusuan'],
  ['市国有资本经营预算支出主要用于国企改革。', '国有资本经营预算', 'guoyou-ziben-jingying-yusuan'],
  ['社会保险基金预算按险种分别编制。', '社会保险基金预算', 'shehui-baoxian-jijin-yusuan'],
  ['今年本级预算安排预备费5000万元。', '预备费', 'yubeifei'],
  ['财政部门密切关注各县的库款保障水平。', '库款保障水平', 'kukuan-baozhang-shuiping'],
  ['全市常住人口比上年增加8万人。', '常住人口', 'changzhu-renkou'],
  ['全省研究与试验发展经费投入突破3000亿元。', '研究与试验发展经费', 'yanjiu-yu-shiyan-fazhan'],
  ['该地块以挂牌方式出让国有建设用地使用权。', '国有建设用地使用权', 'guoyou-jianshe-yongdi-shiyongquan'],
  ['市自然资源局挂牌出让三宗商业用地。', '挂牌出让', 'guapai-churang'],
  ['竞得人交纳的竞买保证金转作土地出让价款。', '竞买保证金', 'jingmai-baozhengjin'],
  ['规划条件要求住宅容积率不大于2.0。', '容积率', 'rongjilv'],
  ['项目绿地率不低于35%。', '绿地率', 'lvdilv'],
  ['该规划方案批前公示时间为30天。', '批前公示', 'piqian-gongshi'],
  ['该化工项目的环评报告已经受理。', '环评', 'huanjing-yingxiang-pingjia'],
  ['企业编制的环境影响报告书已通过技术评审。', '环境影响报告书', 'huanjing-yingxiang-baogaoshu'],
  ['污水处理厂扩建工程完成竣工环保验收。', '竣工环保验收', 'jungong-huanbao-yanshou'],
  ['这家印染厂被列入环境监管重点单位名录。', '环境监管重点单位', 'huanjing-jianguan-zhongdian-danwei'],
  ['今年全市空气质量优良率为92%。', '空气质量优良率', 'youliang-tianshu-bili'],
  ['市发改委就水价调整方案举行听证。', '听证', 'tingzheng'],
  ['该市宣布取消住房限购。', '住房限购', 'zhufang-xiangou'],
  ['开发商挪用商品房预售资金被查处。', '商品房预售资金', 'shangpinfang-yushou-zijin'],
  ['城镇老旧小区多建于上世纪九十年代。', '城镇老旧小区', 'chengzhen-laojiu-xiaoqu'],
  ['学校添置设备须按政府采购程序办理。', '政府采购', 'zhengfu-caigou'],
  ['全市全面推行电子招投标。', '招投标', 'zhaobiao-toubiao'],
  ['该项目委托招标代理机构组织招标。', '招标代理机构', 'zhaobiao-daili'],
  ['本次招标采用资格后审。', '资格后审', 'zige-houshen'],
  ['评标采用综合评分法。', '综合评分法', 'zonghe-pingfenfa'],
  ['投标人须交纳投标保证金20万元。', '投标保证金', 'toubiao-baozhengjin'],
  ['该项目预留份额为预算总额的40%。', '预留份额', 'yuliu-fene'],
  ['框架协议采购适用于多频次小额采购。', '框架协议采购', 'kuangjia-xieyi-caigou'],
  ['中标候选人公示期满无异议。', '中标候选人', 'zhongbiao-houxuanren'],
  ['采用竞争性磋商方式确定成交供应商。', '竞争性磋商', 'jingzhengxing-cuoshang'],
  ['医院新院区采用工程总承包模式建设。', '工程总承包', 'gongcheng-zongchengbao'],
  ['本项目招标控制价为980万元。', '招标控制价', 'zuigao-toubiao-xianjia'],
  ['本项目最高投标限价为420万元。', '最高投标限价', 'zuigao-toubiao-xianjia'],
  ['市民可在网上办理不动产登记。', '不动产登记', 'budongchan-dengji'],
  ['法院决定对其公告送达判决书。', '公告送达', 'gonggao-songda'],
  ['公告期满即视为送达。', '视为送达', 'shiwei-songda'],
  ['这套房产将进行司法拍卖。', '司法拍卖', 'sifa-paimai'],
  ['二拍再次流拍后，法院依法以物抵债。', '流拍', 'liupai'],
  ['承租人在同等条件下享有优先购买权。', '优先购买权', 'youxian-goumaiquan'],
  ['法院依法裁定终结本次执行程序。', '终结本次执行程序', 'zhongjie-benci-zhixing-chengxu'],
  ['有财产可供执行案件实际执结率达到95%。', '有财产可供执行案件', 'youcaichan-kegong-zhixing-anjian'],
  ['今年我区各学区范围保持稳定。', '学区', 'xuequ'],
  ['公办小学实行划片招生。', '划片招生', 'huapian-zhaosheng'],
  ['学校的施教区范围有所调整。', '施教区', 'shijiaoqu'],
  ['全市规模以上工业利润增长5%。', '规模以上工业', 'guishang-qiye'],
  ['被执行人被采取限制消费措施。', '限制消费措施', 'xianzhi-gaoxiaofei'],
  ['符合条件的新市民可以申请公共租赁住房。', '公共租赁住房', 'baozhangxing-zhufang'],
  ['今年优质高中招生名额分配比例提高到65%。', '招生名额分配', 'zhibiao-daoxiao'],
], {
  'leaves the cases of closed enforcement their older entry': (g) => {
    expect(g.ids('终结本次执行程序案件要定期排查。')).toContain('zhongben-anjian');
    expect(g.ids('终结本次执行程序案件要定期排查。')).not.toContain('zhongjie-benci-zhixing-chengxu');
  },
  'leaves online court auctions their older entry': (g) => {
    expect(g.ids('这套房子在网络司法拍卖平台成交。')).toContain('wangluo-sifa-paimai');
  },
});

leftAloneByIdBlock('dev57 entries: the everyday words inside or beside them are left alone', [
  ['演唱会门票明天开始预售。', 'shangpinfang-yushou-zijin'],
  ['运动员们做好了起跑的预备动作。', 'yubeifei'],
  ['河水流拍打着岸边的石头。', 'liupai'],
  ['这台老旧的洗衣机该换了。', 'chengzhen-laojiu-xiaoqu'],
  ['他在政府工作，负责采购办公用品。', 'zhengfu-caigou'],
  ['这个水箱的容积是两百升。', 'rongjilv'],
  ['小区里有一大片绿地。', 'lvdilv'],
  ['我们要评价一下这里的环境。', 'huanjing-yingxiang-pingjia'],
  ['学校在公告栏贴出了运动会的通知。', 'gonggao-songda'],
  ['诊所门口挂牌营业了。', 'guapai-churang'],
  ['租车要先交两千元保证金。', 'jingmai-baozhengjin'],
  ['租车要先交两千元保证金。', 'toubiao-baozhengjin'],
  ['我们家没有什么不动产。', 'budongchan-dengji'],
  ['这项规定不会限制消费者的选择。', 'xianzhi-gaoxiaofei'],
  ['公共自行车租赁点就在地铁口。', 'baozhangxing-zhufang'],
  ['他常住在上海，偶尔回老家。', 'changzhu-renkou'],
  ['老人和孕妇可以优先购买车票。', 'youxian-goumaiquan'],
  ['他大学学的是司法，毕业后去拍卖行工作。', 'sifa-paimai'],
  ['超市里的鸡蛋每人限购两盒。', 'zhufang-xiangou'],
  ['我省不再出台新的汽车限购政策。', 'zhufang-xiangou'],
  ['这些数据的分配比例需要重新计算。', 'zhibiao-daoxiao'],
  ['他们为了孩子在城东买了一套学区房。', 'xuequ'],
  ['双方经过多轮磋商达成一致。', 'jingzhengxing-cuoshang'],
  ['这份框架协议明年到期。', 'kuangjia-xieyi-caigou'],
  ['他射中了标靶，成了候选人之一。', 'zhongbiao-houxuanren'],
  ['他在银行做保证金业务。', 'toubiao-baozhengjin'],
  ['老师因材施教区别对待每个学生。', 'shijiaoqu'],
  ['这批产品经检验被视为合格，已送达客户。', 'shiwei-songda'],
]);
