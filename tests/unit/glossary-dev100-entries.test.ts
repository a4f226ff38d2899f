// The entries of the dev100 round, drawn from the excerpts of a city or county government work report that city
// papers print: the registered urban unemployment rate, Zhejiang's total fiscal revenue, water use per 10,000 yuan
// of GDP, the share of water function zones meeting their targets, work-safety deaths per 100 million yuan of GDP,
// the local 尊老金 allowance, government-funded investment projects, major administrative decisions, general
// spending, innovative cities, engineering technology research centres, offshore service outsourcing, Shaoxing's
// 越商, the provincial aid teams of the mountain counties, the county, township and village Party-building drive,
// the urbanisation of people and urbanisation in place; and forms of older entries (低边对象 / 低边户 of 低保边缘家庭,
// 燃气管网更新改造 of the gas-pipe renewal, 单位GDP二氧化碳排放 of 碳排放强度, 外汇套保 of 外汇套期保值). Each is
// underlined in a sentence of its own (not the development set's), and the everyday words that share their
// characters are left alone (越来越商业化, 卓越商务, 降低边际, 尊老爱幼, 旅行团组团, 支出一般性).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev100 entries: underlined as the term', [
  ['去年城镇登记失业率为2.3%。', '城镇登记失业率', 'chengzhen-dengji-shiyelv'],
  ['全县财政总收入突破百亿元。', '财政总收入', 'caizheng-zongshouru'],
  ['全市万元GDP用水量持续下降。', '万元GDP用水量', 'wanyuan-gdp-yongshuiliang'],
  ['重要江河湖泊水功能区水质达标率达到95%。', '水功能区水质达标率', 'shuigongnengqu-dabiaolv'],
  ['功能区水质达标率保持100%。', '功能区水质达标率', 'shuigongnengqu-dabiaolv'],
  ['亿元GDP生产安全事故死亡率明显下降。', '亿元GDP生产安全事故死亡率', 'yiyuan-gdp-shigu-siwanglv'],
  ['村里90岁以上的老人每月能领尊老金。', '尊老金', 'zunlaojin'],
  ['这是今年最大的政府投资项目。', '政府投资项目', 'zhengfu-touzi-xiangmu'],
  ['这项重大行政决策经过了风险评估。', '重大行政决策', 'zhongda-xingzheng-juece'],
  ['部门一般性支出压减5%。', '一般性支出', 'yibanxing-zhichu'],
  ['我市获批国家创新型城市。', '创新型城市', 'chuangxinxing-chengshi'],
  ['该企业建成省级工程技术研究中心。', '工程技术研究中心', 'gongcheng-jishu-yanjiu-zhongxin'],
  ['离岸服务外包执行额增长两成。', '离岸服务外包', 'lian-fuwu-waibao'],
  ['越商大会在绍兴开幕。', '越商', 'yueshang'],
  ['省级帮扶团组到县里调研。', '帮扶团组', 'bangfu-tuanzu'],
  ['全省推进“百县争创、千乡晋级、万村过硬”工程。', '百县争创、千乡晋级、万村过硬', 'baixian-zhengchuang'],
  ['城镇化的核心是人的城镇化。', '人的城镇化', 'ren-de-chengzhenhua'],
  ['推进以人为核心的新型城镇化。', '以人为核心的新型城镇化', 'ren-de-chengzhenhua'],
  ['中心镇推动农民就地城镇化。', '就地城镇化', 'jiudi-chengzhenhua'],
  ['县城是就地就近城镇化的重要载体。', '就地就近城镇化', 'jiudi-chengzhenhua'],
  ['街道走访低边对象。', '低边对象', 'dibao-bianyuan'],
  ['全区有低边户300多户。', '低边户', 'dibao-bianyuan'],
  ['今年完成燃气管网更新改造50公里。', '燃气管网更新改造', 'ranqi-guandao-gengxin'],
  ['单位GDP二氧化碳排放下降4%。', '单位GDP二氧化碳排放', 'tan-paifang-qiangdu'],
  ['银行为企业办理外汇套保。', '外汇套保', 'waihui-taoqi-baozhi'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('城镇调查失业率为5.1%。')).toContain('chengzhen-diaocha-shiyelv');
    expect(g.ids('城镇调查失业率为5.1%。')).not.toContain('chengzhen-dengji-shiyelv');
    expect(g.ids('全年一般公共预算收入增长5%。')).not.toContain('caizheng-zongshouru');
    expect(g.ids('80岁以上老人享受高龄津贴。')).toContain('gaoling-jintie');
    expect(g.ids('区里成立政府投资基金。')).not.toContain('zhengfu-touzi-xiangmu');
    expect(g.ids('学校获批一家省工程研究中心。')).toContain('gongcheng-yanjiu-zhongxin');
    expect(g.ids('推进新型城镇化。')).not.toContain('ren-de-chengzhenhua');
    expect(g.ids('水功能区划定后要严格管理。')).toContain('shuigongnengqu');
  },
});

leftAloneByIdBlock('dev100 entries: the everyday words that share their characters are left alone', [
  ['这里的服务越来越商业化。', 'yueshang'],
  ['他在卓越商务中心上班。', 'yueshang'],
  ['这家店越做越商品化。', 'yueshang'],
  ['为了降低边际成本，工厂换了新设备。', 'dibao-bianyuan'],
  ['她从小就懂得尊老爱幼。', 'zunlaojin'],
  ['我们跟着旅行团组团出游。', 'bangfu-tuanzu'],
  ['他家的支出一般性都不大。', 'yibanxing-zhichu'],
  ['这几年城里人的生活变化很大。', 'ren-de-chengzhenhua'],
  ['工人们就地取材修好了小桥。', 'jiudi-chengzhenhua'],
  ['老旧小区的燃气表换成了智能表。', 'ranqi-guandao-gengxin'],
  ['这家公司的创新型产品卖得很好。', 'chuangxinxing-chengshi'],
]);
