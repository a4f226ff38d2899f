// The entries of the dev69 round, drawn from the economy pages of local papers: project approval (mock approval
// before land is acquired, parallel approval, the social stability risk assessment), investment promotion (Ningbo's
// business people), land and parks (the protected industrial land boundary, Zhejiang's top-tier strategic
// platforms, integrating parks with city life), digital industry (industrial apps, robot density, smart
// manufacturing demonstration factories, and the printed forms 上云用云 of 企业上云 and 5G工厂 of 5G全连接工厂),
// trade (the EU carbon border adjustment, bonded e-commerce imports, LCL shipping), finance (medium- and long-term
// loans to manufacturing, patent pledges, unsecured loans, and 转贷资金 of 应急转贷资金), research (technology
// markets, doctoral innovation stations) and talent (high-level talent, its top class and its classification).
// Each is underlined in a sentence of its own (not the development set's), and the everyday words inside or
// beside them are left alone (拼|箱子, 高层|次, 信用|贷款 of a person's word, 一路上|云雾).
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev69 entries: underlined as the term', [
  ['开发区对这个项目实行模拟审批。', '模拟审批', 'moni-shenpi'],
  ['各部门实行并联审批，审批时间减半。', '并联审批', 'binglian-shenpi'],
  ['重大项目开工前要做社会稳定风险评估。', '社会稳定风险评估', 'shehui-wending-fengxian-pinggu'],
  ['这个变电站项目已经通过稳评。', '稳评', 'shehui-wending-fengxian-pinggu'],
  ['在外甬商纷纷回乡投资。', '甬商', 'yongshang'],
  ['新区坚持产城融合发展。', '产城融合', 'chancheng-ronghe'],
  ['平台上线了50个工业APP。', '工业APP', 'gongye-app'],
  ['企业可以调用工业互联网APP。', '工业互联网APP', 'gongye-app'],
  ['全省工业机器人密度继续提高。', '工业机器人密度', 'gongye-jiqiren-midu'],
  ['我国制造业机器人密度已超过德国。', '制造业机器人密度', 'gongye-jiqiren-midu'],
  ['这家企业入选智能制造示范工厂。', '智能制造示范工厂', 'zhineng-zhizao-shifan-gongchang'],
  ['出口企业要应对欧盟碳边境调节机制。', '欧盟碳边境调节机制', 'tan-bianjing-tiaojie-jizhi'],
  ['钢铁企业要按CBAM要求申报排放。', 'CBAM', 'tan-bianjing-tiaojie-jizhi'],
  ['综保区的网购保税进口业务增长很快。', '网购保税进口', 'wanggou-baoshui-jinkou'],
  ['这批奶粉是保税备货，下单后两天就到。', '保税备货', 'wanggou-baoshui-jinkou'],
  ['小批量的货物可以走拼箱。', '拼箱', 'pinxiang'],
  ['全市划定工业用地控制线。', '工业用地控制线', 'gongye-yongdi-kongzhixian'],
  ['省级新区是高能级战略平台。', '高能级战略平台', 'gaonengji-zhanlue-pingtai'],
  ['今年制造业中长期贷款增长两成。', '制造业中长期贷款', 'zhizaoye-zhongchangqi-daikuan'],
  ['公司办理了专利权质押。', '专利权质押', 'zhuanliquan-zhiya'],
  ['银行向小微企业发放信用贷款。', '信用贷款', 'xinyong-daikuan'],
  ['这笔纯信用贷款不用抵押。', '纯信用贷款', 'xinyong-daikuan'],
  ['成果在科技大市场挂牌转让。', '科技大市场', 'keji-dashichang'],
  ['公司建了一家博士创新站。', '博士创新站', 'boshi-chuangxinzhan'],
  ['县里今年引进高层次人才50名。', '高层次人才', 'gaocengci-rencai'],
  ['对顶尖人才实行一人一议。', '顶尖人才', 'dingjian-rencai'],
  ['他通过了高层次人才分类认定。', '高层次人才分类认定', 'rencai-fenlei-rending'],
  ['人才分类认定可在网上申请。', '人才分类认定', 'rencai-fenlei-rending'],
  // The printed forms of older entries.
  ['全县推动中小企业上云用云。', '上云用云', 'qiye-shangyun'],
  ['企业可以申请使用转贷资金。', '转贷资金', 'yingji-zhuandai'],
  ['这家企业入选5G工厂名录。', '5G工厂', '5g-quanlianjie-gongchang'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('企业可申请应急转贷资金。')).toContain('yingji-zhuandai');
    expect(g.ids('全县新增上云企业，推进企业上云。')).toContain('qiye-shangyun');
    expect(g.ids('知识产权质押融资规模扩大。')).toContain('zhishi-chanquan-zhiya');
  },
});

leftAloneByIdBlock('dev69 entries: the everyday words inside or beside them are left alone', [
  ['兄弟俩用纸板拼箱子，给小猫搭了个窝。', 'pinxiang'],
  ['缆车一路上云雾缭绕。', 'qiye-shangyun'],
  ['这栋楼的高层次第亮起了灯。', 'gaocengci-rencai'],
  ['他说话算数，很讲信用，贷款从不逾期。', 'xinyong-daikuan'],
  ['这家店的甬式点心很地道。', 'yongshang'],
  ['他是班里的顶尖高手。', 'dingjian-rencai'],
]);

leftAloneBlock('dev69: a modal 能 before 评 is no card (the short form 能评 of 节能审查 is not stored)', [
  ['他能评上三好学生，全靠平时的努力。', '能评'],
  ['这个项目能评上省重点吗？', '能评'],
]);
