// The entries of the dev114 round, drawn from the regional cooperation items of city papers: the key counties
// for rural-revitalisation assistance, people lifted out of poverty, poverty-relief relocation, the "832"
// produce platform, cultural work in Xinjiang, Zhejiang's accelerated-development counties, split statistics of
// enclave projects, the Hongqiao opening-up hub, the cross-border areas between the delta's provinces, the delta's
// innovation community, mutual housing-fund loans, and 逆向飞地 as a form of 反向飞地. Each is underlined in a
// sentence of its own (not the development set's), and the everyday words that share their characters are left
// alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev114 entries: underlined as the term', [
  ['我市结对的三个县都是国家乡村振兴重点帮扶县。', '国家乡村振兴重点帮扶县', 'xiangcun-zhenxing-zhongdian-bangfuxian'],
  ['两地签约后，乡村振兴重点帮扶县的特色农产品进入了本地超市。', '乡村振兴重点帮扶县', 'xiangcun-zhenxing-zhongdian-bangfuxian'],
  ['全县脱贫人口人均纯收入增长12%。', '脱贫人口', 'tuopin-renkou'],
  ['该县实施易地扶贫搬迁，建成安置点15个。', '易地扶贫搬迁', 'yidi-fupin-banqian'],
  ['单位工会通过832平台采购了一批农产品。', '832平台', 'tuopin-diqu-nongfuchanpin-wangxiao-pingtai'],
  ['预算单位要在脱贫地区农副产品网络销售平台上预留采购份额。', '脱贫地区农副产品网络销售平台', 'tuopin-diqu-nongfuchanpin-wangxiao-pingtai'],
  ['援疆干部在当地开展文化润疆活动。', '文化润疆', 'wenhua-runjiang'],
  ['淳安当年是全省26个加快发展县之一。', '加快发展县', 'jiakuai-fazhanxian'],
  ['淳安等加快发展县的考核办法调整了。', '加快发展县', 'jiakuai-fazhanxian'],
  ['两地约定飞地项目实行统计分算。', '统计分算', 'tongji-fensuan'],
  ['嘉兴全域融入虹桥国际开放枢纽建设。', '虹桥国际开放枢纽', 'hongqiao-kaifang-shuniu'],
  ['平湖和金山同属省际毗邻区域。', '省际毗邻区域', 'shengji-pilin-quyu'],
  ['我省积极参与长三角科技创新共同体建设。', '长三角科技创新共同体', 'changsanjiao-kechuang-gongtongti'],
  ['两市实现住房公积金互认互贷。', '住房公积金互认互贷', 'gongjijin-huren-hudai'],
  ['杭州与湖州的公积金互认互贷已经落地。', '公积金互认互贷', 'gongjijin-huren-hudai'],
  ['县里在杭州设立了一块逆向飞地，专门孵化科技项目。', '逆向飞地', 'fanxiang-feidi'],
]);

leftAloneByIdBlock('dev114 entries: the everyday words that share their characters are left alone', [
  ['要加快发展县域经济，让农民就近就业。', 'jiakuai-fazhanxian'],
  ['要加快发展县城经济，提升县城承载能力。', 'jiakuai-fazhanxian'],
  ['全市要加快发展县级物流中心。', 'jiakuai-fazhanxian'],
  ['全市要加快发展县乡两级物流。', 'jiakuai-fazhanxian'],
  ['这个村三年前已经脱贫，人口也在增加。', 'tuopin-renkou'],
  ['她在平台上买了832元的衣服。', 'tuopin-diqu-nongfuchanpin-wangxiao-pingtai'],
  ['老街上的文化润物细无声。', 'wenhua-runjiang'],
  ['两省际毗邻地区的人口流动频繁。', 'shengji-pilin-quyu'],
  ['他在虹桥火车站换乘了地铁。', 'hongqiao-kaifang-shuniu'],
  ['老师让他负责统计分数。', 'tongji-fensuan'],
  ['他们一家易地而居，搬到了城里。', 'yidi-fupin-banqian'],
]);
