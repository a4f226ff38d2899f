// The entries and forms of the dev61 round, drawn from the business and finance pages of local papers: bank and
// credit terms (receivables and purchase-order financing, warehouse-receipt pledges, interest subsidies, credit
// reporting and enhancement, non-performing loans, bill discounting), insurance for firms, farms and trade (farm
// and income insurance, employer's liability, patents, loan guarantees, latent building defects, policy-backed
// financing, co-insurance pools, new materials' first batches, overseas investment), foreign trade (additional
// tariffs, tariff cuts, ordinary trade, approved exporters, anti-dumping, import subsidies, hedging and forwards),
// enterprise upgrading (smart, digital and chain-wide upgrading, 晨星工厂), capital markets (pre-IPO tutoring and
// its filing, the NEEQ's innovation tier, review meetings, the registration system, the Zhejiang equity exchange,
// private placements, convertible bonds) and enterprise services (paying out policy support, starting a business,
// cutting burdens and costs), with nine printed forms of older entries. Each is underlined in a sentence of its
// own (not the development set's), and the everyday words inside or beside them are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev61 entries: underlined as the term', [
  ['供应商凭核心企业确认的账款办理应收账款融资。', '应收账款融资', 'yingshou-zhangkuan-rongzi'],
  ['对企业购置设备的贷款给予贷款贴息。', '贷款贴息', 'daikuan-tiexi'],
  ['逾期记录会影响个人征信。', '征信', 'zhengxin'],
  ['担保公司为小微企业增信。', '增信', 'zengxin'],
  ['钢贸企业以库存钢材办理仓单质押。', '仓单质押', 'cangdan-zhiya'],
  ['银行推出订单融资产品。', '订单融资', 'dingdan-rongzi'],
  ['农商银行推出“订单贷”。', '订单贷', 'dingdan-rongzi'],
  ['该行不良贷款率比年初下降0.1个百分点。', '不良贷款率', 'buliang-daikuanlv'],
  ['企业持银行承兑汇票办理票据贴现。', '票据贴现', 'piaoju-tiexian'],
  ['出口企业凭信保保单办理保单融资。', '保单融资', 'baodan-rongzi'],
  ['由五家保险公司组成共保体承保。', '共保体', 'gongbaoti'],
  ['企业为一线员工投保雇主责任险。', '雇主责任险', 'guzhu-zerenxian'],
  ['区里对专利保险保费给予补贴。', '专利保险', 'zhuanli-baoxian'],
  ['农户可凭贷款保证保险获得贷款。', '贷款保证保险', 'daikuan-baozheng-baoxian'],
  ['该楼盘投保了工程质量潜在缺陷保险。', '工程质量潜在缺陷保险', 'gongcheng-zhiliang-qianzai-quexian-baoxian'],
  ['企业投保海外投资保险防范政治风险。', '海外投资保险', 'haiwai-touzi-baoxian'],
  ['这种新型合金获得首批次应用保险补偿。', '首批次应用保险补偿', 'shoupici-baoxian-buchang'],
  ['公司已启动上市辅导。', '上市辅导', 'shangshi-fudao'],
  ['企业已在浙江证监局辅导备案。', '辅导备案', 'fudao-bei-an'],
  ['公司进入新三板创新层。', '新三板创新层', 'xinsanban-chuangxinceng'],
  ['企业IPO申请顺利过会。', '过会', 'guohui'],
  ['公司首发上市申请“过会”。', '过会', 'guohui'],
  ['全面实行股票发行注册制。', '股票发行注册制', 'zhucezhi'],
  ['注册制改革让更多企业上市。', '注册制', 'zhucezhi'],
  ['企业在浙股交挂牌展示。', '浙股交', 'zhejiang-guquan-jiaoyi-zhongxin'],
  ['浙江股权交易中心设立服务基地。', '浙江股权交易中心', 'zhejiang-guquan-jiaoyi-zhongxin'],
  ['公司定增募资5亿元获批。', '定增', 'dingxiang-zengfa'],
  ['上市公司拟通过定向增发募资。', '定向增发', 'dingxiang-zengfa'],
  ['公司发行可转债募资。', '可转债', 'kezhuan-zhai'],
  ['企业做外汇套期保值规避风险。', '外汇套期保值', 'waihui-taoqi-baozhi'],
  ['银行为企业办理远期结售汇。', '远期结售汇', 'yuanqi-jieshouhui'],
  ['全县农险参保面积扩大。', '农险', 'nongye-baoxian'],
  ['农业保险为农户兜底。', '农业保险', 'nongye-baoxian'],
  ['县里试点生猪收入保险。', '生猪收入保险', 'shouru-baoxian'],
  ['对美出口商品被加征关税。', '加征关税', 'jiazheng-guanshui'],
  ['出口产品享受关税减让。', '关税减让', 'guanshui-jianrang'],
  ['一般贸易出口增长较快。', '一般贸易', 'yiban-maoyi'],
  ['企业取得经核准出口商资格。', '经核准出口商', 'jinghezhun-chukoushang'],
  ['企业应对反倾销调查。', '反倾销调查', 'fanqingxiao'],
  ['进口先进设备可申请进口贴息。', '进口贴息', 'jinkou-tiexi'],
  ['有进出口实绩企业数量增加。', '有进出口实绩企业', 'jinchukou-shiji'],
  ['企业实施智能化改造。', '智能化改造', 'zhinenghua-gaizao'],
  ['中小企业数字化改造全面推进。', '数字化改造', 'shuzihua-gaizao'],
  ['龙头企业带动链式改造。', '链式改造', 'lianshi-gaizao'],
  ['企业入选省级晨星工厂。', '晨星工厂', 'chenxing-gongchang'],
  ['区里缩短政策兑现时间。', '政策兑现', 'zhengce-duixian'],
  ['企业开办一日办结。', '企业开办', 'qiye-kaiban'],
  ['全年为企业减负降本100亿元。', '减负降本', 'jianfu-jiangben'],
  ['小商品以市场采购方式出口。', '市场采购方式', 'shichang-caigou-maoyi'],
  ['根据亩均评价结果配置资源。', '亩均评价', 'mujun-lun-yingxiong'],
  ['企业实施零增地技改。', '零增地技改', 'lingtudi-jigai'],
  ['企业以专用信用报告替代无违法违规证明。', '专用信用报告', 'zhuanxiang-xinyong-baogao'],
  ['县里选派驻企服务员。', '驻企服务员', 'lianqi-ganbu'],
  ['企业获得浙江制造认证。', '浙江制造认证', 'pinzibiao'],
  ['企业完成股改。', '股改', 'gufenzhi-gaizao'],
  ['政府产业基金投向新能源。', '政府产业基金', 'zhengfu-touzi-jijin'],
  ['设立信贷风险补偿基金。', '信贷风险补偿基金', 'fengxian-buchang-zijinchi'],
], {
  'leaves the older entries beside the new ones their own': (g) => {
    expect(g.ids('三大粮食作物完全成本保险扩面。')).toContain('wanquan-chengben-baoxian');
    expect(g.ids('三大粮食作物种植收入保险扩面。')).toContain('shouru-baoxian');
    expect(g.ids('企业办理应收账款质押。')).toContain('yingshou-zhangkuan-zhiya');
    expect(g.ids('企业办理应收账款质押。')).not.toContain('yingshou-zhangkuan-rongzi');
    expect(g.ids('支持首台套、首批次、首版次产品推广。')).toContain('sanshou-chanpin');
    expect(g.ids('企业在区域性股权市场挂牌。')).toContain('quyuxing-guquan-shichang');
    expect(g.ids('政策性农业保险扩面。')).toContain('zhengcexing-nongye-baoxian');
    expect(g.ids('政策性农业保险扩面。')).not.toContain('nongye-baoxian');
  },
});

leftAloneByIdBlock('dev61 entries: the everyday words inside or beside them are left alone', [
  ['你先坐一下，我过会儿就来。', 'guohui'],
  ['他们过会再商量。', 'guohui'],
  ['大家先休息，过会开始下半场。', 'guohui'],
  ['本店实行会员注册制度。', 'zhucezhi'],
  ['夫妻俩开店后家庭收入提高了。', 'shouru-baoxian'],
  ['仓库的单据被他弄丢了。', 'cangdan-zhiya'],
  ['他在网上下了订单，第二天就送到了。', 'dingdan-rongzi'],
  ['这批鸡蛋里有几个不良品。', 'buliang-daikuanlv'],
  ['车票贴在本子上。', 'piaoju-tiexian'],
  ['保单放在抽屉里。', 'baodan-rongzi'],
  ['他申请了一项发明专利。', 'zhuanli-baoxian'],
  ['这栋楼存在质量缺陷。', 'gongcheng-zhiliang-qianzai-quexian-baoxian'],
  ['他去海外投资了一家餐馆。', 'haiwai-touzi-baoxian'],
  ['小明报名参加了数学辅导班。', 'shangshi-fudao'],
  ['老师辅导作业后备案登记成绩。', 'fudao-bei-an'],
  ['这批货要交关税。', 'jiazheng-guanshui'],
  ['他的成绩一般，贸易专业也不热门。', 'yiban-maoyi'],
  ['家里的电视是智能化的。', 'zhinenghua-gaizao'],
  ['厨房改造后干净多了。', 'shuzihua-gaizao'],
  ['清晨的星空下，工厂还亮着灯。', 'chenxing-gongchang'],
  ['妈妈答应的事一定会兑现。', 'zhengce-duixian'],
  ['社区新开办了书法班。', 'qiye-kaiban'],
  ['学校为学生减负。', 'jianfu-jiangben'],
  ['食堂每天到市场采购蔬菜。', 'shichang-caigou-maoyi'],
  ['他用外汇买了一块手表。', 'waihui-taoqi-baozhi'],
  ['我们的远期目标是买房。', 'yuanqi-jieshouhui'],
  ['这份报告的信用等级说明写得很清楚。', 'zhuanxiang-xinyong-baogao'],
  ['他是一名服务员。', 'lianqi-ganbu'],
  ['妈妈把存款从银行取了出来。', 'zengxin'],
]);
