// The entries of the dev133 round, drawn from the industry, data and company-finance items of city and county papers:
// computing power (算力), data circulation (数据流通), the innovation points of technology firms (企业创新积分制), a
// bank's credit line (授信), the guarantee fee rate (担保费率), loans for technical upgrading (技改贷款), firms preparing
// to list (拟上市企业), the white list of a policy (白名单: not a phone's, nor half of 黑白名单), and 上云企业 as a form of 企业上云. Each is underlined in a sentence of its own (not the
// development set's), the longer entries around them keep their own cards, and the everyday words beside them are
// left alone; 单项冠军 in a sports report and 大模型 beside a craft word (the set's traps) are left alone too, while
// the manufacturing champion and the AI model in policy prose are still underlined.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev133 entries: underlined as the term', [
  ['新建的数据中心可向高校和企业出租算力。', '算力', 'suanli'],
  ['省数据局推动医疗数据流通，首批打通三家医院。', '数据流通', 'shuju-liutong'],
  ['这份方案提出完善数据要素流通规则。', '数据要素流通', 'shuju-liutong'],
  ['高新区推行企业创新积分制，200家企业参与评价。', '企业创新积分制', 'qiye-chuangxin-jifen'],
  ['创新积分排名前100的企业可获得专项贷款。', '创新积分', 'qiye-chuangxin-jifen'],
  ['农商银行与园区签约，向入园企业授信50亿元。', '授信', 'shouxin'],
  ['融资担保公司对首贷企业的担保费率减半收取。', '担保费率', 'danbao-feilv'],
  ['这家纺织厂申请了2000万元技改贷款更新织机。', '技改贷款', 'jigai-daikuan'],
  ['银行推出技术改造贷款专项产品。', '技术改造贷款', 'jigai-daikuan'],
  ['县金融办走访辖区内拟上市企业，了解辅导进展。', '拟上市企业', 'nishangshi-qiye'],
  ['全县上云企业已超过3000家。', '上云企业', 'qiye-shangyun'],
  ['全市培育制造业单项冠军企业30家。', '单项冠军', 'danxiang-guanjun'],
  ['本次评选新增国家级单项冠军12家。', '单项冠军', 'danxiang-guanjun'],
  ['区里支持企业开展大模型应用。', '大模型', 'damoxing'],
  ['市场监管局把信用好的120家企业列入涉企检查白名单。', '白名单', 'baimingdan'],
  ['两个楼盘项目列入“白名单”，获得银行贷款。', '白名单', 'baimingdan'],
], {
  // The longer entries around the new ones keep their own cards.
  '智能算力, 算力券, 全国一体化算力网, 整村授信, 科技创新和技术改造再贷款 and 企业上云 keep their cards': (g) => {
    const own: [string, string, string][] = [
      ['城市智能算力规模达到2000P。', 'zhineng-suanli', 'suanli'],
      ['区里向中小企业发放算力券。', 'suanli-quan', 'suanli'],
      ['我省加快融入全国一体化算力网。', 'quanguo-suanliwang', 'suanli'],
      ['农商银行开展整村授信。', 'zhengcun-shouxin', 'shouxin'],
      ['用好科技创新和技术改造再贷款。', 'kechuang-zaidaikuan', 'jigai-daikuan'],
      ['我市深入推进企业上云。', 'qiye-shangyun', 'suanli'],
    ];
    for (const [text, kept, not] of own) {
      expect(g.ids(text), text).toContain(kept);
      expect(g.ids(text), text).not.toContain(not);
    }
  },
});

leftAloneByIdBlock('dev133 entries: the neighbouring cards are not read as these entries', [
  ['区里向中小企业发放算力券。', 'suanli'],
  ['农商银行开展整村授信。', 'shouxin'],
  ['用好科技创新和技术改造再贷款。', 'jigai-daikuan'],
]);

leftAloneBlock('dev133 entries: nothing is underlined over the everyday words', [
  ['她在全市中学生运动会上拿下了跳远单项冠军。', '单项冠军'],
  ['他在全省游泳锦标赛上一人夺得三个单项冠军。', '单项冠军'],
  ['爷爷用木片拼出一艘帆船的大模型。', '大模型'],
  ['孩子们用积木搭出一座城堡的大模型。', '大模型'],
  ['超市会员积分可以兑换鸡蛋。', '积分'],
  ['他把家人的号码加进了手机的白名单。', '白名单'],
  ['她在手机上设置了来电白名单，陌生号码打不进来。', '白名单'],
  ['市教育局公布校外培训机构黑白名单。', '白名单'],
  ['市教育局公布校外培训机构黑、白名单。', '白名单'],
  ['他每天上班都要过桥。', '过桥'],
  ['今年他家的水稻亩均产量达到650公斤。', '亩均'],
  ['这台电脑的计算速度很快。', '计算'],
  ['河水缓缓流通到下游的池塘。', '流通'],
  ['信用卡按时还款很重要。', '信用'],
  ['担保人要在合同上签字。', '担保'],
]);
