// The entries of the dev131 round, drawn from the ecology, energy, transport, housing and fire-safety items: the chief
// river chief's order (总河长令), Zhejiang's water-control office (治水办), the share of surface water of good quality
// (水质优良率), small hazardous-waste producers (小微产废企业) and the collection of their waste (危废统一收运), a
// pollutant-discharging unit (排污单位) and discharging as the permit says (按证排污), environmental protection
// inspection (生态环境保护督察) and its routine form (例行督察), the carbon assessment of a project (碳排放评价), carbon
// efficiency (碳效), surrendering carbon allowances (配额清缴), connecting to the grid (并网) and installed capacity
// (装机容量), the multimodal transport hub (综合交通枢纽), the housing pool for resettlement vouchers (房源超市), the
// village collective (村集体) and a fire hazard (火灾隐患); and two surface forms of older cards (塑料污染全链条治理,
// 电动自行车全链条安全隐患整治). Each is underlined in a sentence of its own (not the development set's), the longer
// entries around them keep their own cards, and the everyday words beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev131 entries: underlined as the term', [
  ['区总河长签发第2号总河长令，部署河湖“清四乱”行动。', '总河长令', 'zong-hezhang-ling'],
  ['县治水办牵头开展汛前河道清淤。', '治水办', 'zhishui-ban'],
  ['全市地表水水质优良率连续三年保持100%。', '地表水水质优良率', 'shuizhi-youlianglv'],
  ['今年全县水质优良率提高了5个百分点。', '水质优良率', 'shuizhi-youlianglv'],
  ['街道为辖区86家小微产废企业建立了管理台账。', '小微产废企业', 'xiaowei-chanfei-qiye'],
  ['今年起全区实行危废统一收运，企业不再单独委托处置。', '危废统一收运', 'weifei-tongyi-shouyun'],
  ['市里印发方案，推进塑料污染全链条治理。', '塑料污染全链条治理', 'suliao-wuran-zhili'],
  ['全市共有排污单位1200余家。', '排污单位', 'paiwu-danwei'],
  ['执法人员检查企业是否按证排污。', '按证排污', 'anzheng-paiwu'],
  ['省生态环境保护督察反馈的问题已全部整改。', '生态环境保护督察', 'shengtai-huanjing-baohu-ducha'],
  ['环保督察组进驻期间公开了举报电话。', '环保督察', 'shengtai-huanjing-baohu-ducha'],
  ['这是本届以来的第三轮例行督察。', '例行督察', 'lixing-ducha'],
  ['这个化工项目在环评中同步开展碳排放评价。', '碳排放评价', 'tanpaifang-pingjia'],
  ['企业碳效提升后获得了更低的贷款利率。', '碳效', 'tanxiao'],
  ['重点排放单位须按时完成配额清缴。', '配额清缴', 'pei-e-qingjiao'],
  ['这座光伏电站上月底正式并网发电。', '并网', 'bingwang'],
  ['全县光伏装机容量达到30万千瓦。', '装机容量', 'zhuangji-rongliang'],
  ['西站片区建成综合交通枢纽。', '综合交通枢纽', 'zonghe-jiaotong-shuniu'],
  ['被征收人可在房源超市选房。', '房源超市', 'fangyuan-chaoshi'],
  ['村集体年收入超过100万元。', '村集体', 'cun-jiti'],
  ['检查中发现火灾隐患12处，已当场整改。', '火灾隐患', 'huozai-yinhuan'],
  ['全市开展电动自行车全链条安全隐患整治。', '电动自行车全链条安全隐患整治', 'diandong-zixingche-zhengzhi'],
], {
  // The longer entries around the new ones keep their own cards.
  '中央环保督察, 省级生态环境保护督察, 近岸海域水质优良率, 重点排污单位, 碳效码, 重大火灾隐患, 全国性综合交通枢纽 and 村集体经营性收入 keep their cards': (g) => {
    const own: [string, string, string][] = [
      ['中央环保督察组进驻我省。', 'zhongyang-huanbao-ducha', 'shengtai-huanjing-baohu-ducha'],
      ['省级生态环境保护督察反馈了问题。', 'shengji-huanbao-ducha', 'shengtai-huanjing-baohu-ducha'],
      ['全省近岸海域水质优良率有所提高。', 'jin-an-haiyu-shuizhi-youlianglv', 'shuizhi-youlianglv'],
      ['企业被列入重点排污单位名录。', 'zhongdian-paiwu-danwei', 'paiwu-danwei'],
      ['企业碳效码为一级。', 'tanxiaoma', 'tanxiao'],
      ['检查发现重大火灾隐患3处。', 'zhongda-huozai-yinhuan', 'huozai-yinhuan'],
      ['我市是全国性综合交通枢纽城市。', 'quanguoxing-zonghe-jiaotong-shuniu', 'zonghe-jiaotong-shuniu'],
      ['村集体经营性收入达到80万元。', 'cunjiti-jingyingxing-shouru', 'cun-jiti'],
    ];
    for (const [text, kept, not] of own) {
      expect(g.ids(text), text).toContain(kept);
      expect(g.ids(text), text).not.toContain(not);
    }
  },
});

leftAloneByIdBlock('dev131 entries: the neighbouring cards are not read as these entries', [
  ['中央环保督察组进驻我省。', 'shengtai-huanjing-baohu-ducha'],
  ['检查发现重大火灾隐患3处。', 'huozai-yinhuan'],
  ['企业碳效码为一级。', 'tanxiao'],
]);

leftAloneBlock('dev131 entries: nothing is underlined over the everyday words', [
  ['全村集体出动去抢收稻谷。', '村集体'],
  ['大禹治水办法是疏导而不是堵。', '治水办'],
  ['银行合并网点后，营业厅少了三家。', '并网'],
  ['他们两家公司合并网络业务。', '并网'],
  ['切开的萝卜断面上有一圈圈细细的花纹。', '断面'],
  ['超市的会员积分可以换一盒鸡蛋。', '积分'],
  ['他把家人的号码都加进了手机的白名单。', '白名单'],
  ['这次考试的优良率比上学期高。', '优良率'],
]);
