// The entries of the dev86 round, drawn from the consumption, commerce and open-economy items of city papers:
// the figures (contracted foreign investment, infrastructure investment, service-sector value added, online retail
// sales), spending (the holiday economy), streets (national model pedestrian streets), trade (domestic trade credit
// insurance, trade adjustment assistance, trade in services, Yiwu's trade reform pilot, airport ports of entry,
// inland ports), private firms (sole traders, young-generation entrepreneurs, the entrepreneurial spirit, the top
// 500 private firms, chambers of people from another place, the Guangcai programme, property-rights protection),
// investment (online signing, investment intensity) and opening up (replicable reform experience, pre-establishment
// national treatment, high-standard opening up, the open economy); and 首店品牌, a form of the older 品牌首店. Each
// is underlined in a sentence of its own (not the development set's), and the everyday words inside or beside
// them are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev86 entries: underlined as the term', [
  ['今年前三季度，全市新批合同外资12亿美元。', '合同外资', 'hetong-waizi'],
  ['全县基础设施投资增长9%。', '基础设施投资', 'jichusheshi-touzi'],
  ['服务业增加值首次超过工业。', '服务业增加值', 'fuwuye-zengjiazhi'],
  ['第三产业增加值增长6.1%。', '第三产业增加值', 'fuwuye-zengjiazhi'],
  ['上半年全省网上零售额增长8%。', '网上零售额', 'wangshang-lingshoue'],
  ['全区网络零售额突破千亿元。', '网络零售额', 'wangshang-lingshoue'],
  ['春节长假带旺了假日经济。', '假日经济', 'jiari-jingji'],
  ['这条街被评为全国示范步行街。', '全国示范步行街', 'shifan-buxingjie'],
  ['老街正在创建省级示范步行街。', '示范步行街', 'shifan-buxingjie'],
  ['外贸企业可以投保内贸险。', '内贸险', 'neimao-xian'],
  ['保险公司推出国内贸易信用保险。', '国内贸易信用保险', 'neimao-xian'],
  ['受影响的企业可以申请贸易调整援助。', '贸易调整援助', 'maoyi-tiaozheng-yuanzhu'],
  ['全市服务贸易进出口额增长15%。', '服务贸易', 'fuwu-maoyi'],
  ['全县新登记个体工商户3000户。', '个体工商户', 'geti-gongshanghu'],
  ['街上的个体户大多经营小吃。', '个体户', 'geti-gongshanghu'],
  ['市工商联组织新生代企业家赴外地考察。', '新生代企业家', 'xinshengdai-qiyejia'],
  ['座谈会上，大家谈到要弘扬企业家精神。', '企业家精神', 'qiyejia-jingshen'],
  ['这家公司连续五年入围中国民营企业500强。', '民营企业500强', 'minying-qiye-500qiang'],
  ['在杭的温州商会等异地商会积极牵线。', '异地商会', 'yidi-shanghui'],
  ['他多年来热心光彩事业。', '光彩事业', 'guangcai-shiye'],
  ['法院依法加强产权保护。', '产权保护', 'chanquan-baohu'],
  ['因路途遥远，两家企业采用云签约。', '云签约', 'yun-qianyue'],
  ['工业用地出让时明确投资强度和亩均税收。', '投资强度', 'touzi-qiangdu'],
  ['这项改革形成了可复制可推广的经验。', '可复制可推广', 'kefuzhi-ketuiguang'],
  ['我国对外商投资实行准入前国民待遇。', '准入前国民待遇', 'zhunruqian-guomin-daiyu'],
  ['全会要求推进高水平对外开放。', '高水平对外开放', 'gaoshuiping-duiwai-kaifang'],
  ['全市开放型经济稳中有进。', '开放型经济', 'kaifangxing-jingji'],
  ['义乌国际贸易综合改革试点已满十年。', '义乌国际贸易综合改革试点', 'yiwu-guomao-zonggai'],
  ['宁波航空口岸新开一条国际货运航线。', '航空口岸', 'hangkong-kouan'],
  ['金华国际陆港的班列一周开行十列。', '国际陆港', 'wushuigang'],
  ['今年新增首店品牌30个。', '首店品牌', 'pinpai-shoudian'],
], {
  'keeps 名特优新个体工商户 and 个体工商户分型分类 their own older entries': (g) => {
    expect(g.ids('今年新认定名特优新个体工商户50户。')).not.toContain('geti-gongshanghu');
    expect(g.ids('县里推进个体工商户分型分类精准帮扶。')).not.toContain('geti-gongshanghu');
  },
});

leftAloneByIdBlock('dev86 entries: the everyday words inside or beside them are left alone', [
  ['陆港两地的游客越来越多。', 'wushuigang'],
  ['他从罗湖口岸过关去香港。', 'hangkong-kouan'],
  ['她在网上做零售生意。', 'wangshang-lingshoue'],
  ['公司今年转做内贸。', 'neimao-xian'],
  ['周末一家人去步行街逛街。', 'shifan-buxingjie'],
  ['这次锻炼的运动强度不大。', 'touzi-qiangdu'],
  ['新娘穿着婚纱，光彩照人。', 'guangcai-shiye'],
  ['他办理了异地就医备案。', 'yidi-shanghui'],
  ['每个个体都有自己的性格。', 'geti-gongshanghu'],
  ['假日里经济实惠的套餐卖得最好。', 'jiari-jingji'],
  ['市民可在云上签约家庭医生。', 'yun-qianyue'],
  ['这个亿元楼盘下月开盘。', 'louyu-jingji'],
  ['他们在商会里推选了新会长。', 'yidi-shanghui'],
  ['大学生创业要有吃苦精神。', 'qiyejia-jingshen'],
  ['这份合同已经签好了。', 'hetong-waizi'],
  ['商场暑假推出了促销活动。', 'jiari-jingji'],
]);
