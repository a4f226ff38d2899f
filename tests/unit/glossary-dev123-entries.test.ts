// The entries of the dev123 round, drawn from the capital market and listing items of city papers: the IPO and
// its prospectus, sponsor, review inquiries, listing committee, strategic placement and the completion check of
// tutoring by the CSRC's regional office; major asset restructuring, buying assets with new shares, rights issues
// and profit guarantees; the STAR Market's innovation credentials and fifth listing standard, ChiNext and its
// “three innovations, four new”; the NEEQ's basic tier, moving up a tier, transfer of listing, private placements
// and market makers; nominee shareholding, loans on equity and qualified investors; medium-term notes, super
// short-term paper, sci-tech notes, credit risk mitigation warrants and lead underwriters; joined-up innovation of
// large and small firms and the industrial foundation project; and 向特定对象发行 as a form of 定向增发. Each is
// underlined in a sentence of its own (not the development set's), and the words that share their characters are
// left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev123 entries: underlined as the term', [
  ['这家企业的首次公开发行申请已获受理。', '首次公开发行', 'shouci-gongkai-faxing'],
  ['公司计划明年启动IPO。', 'IPO', 'shouci-gongkai-faxing'],
  ['一家头部券商担任这家企业的保荐机构。', '保荐机构', 'baojian-jigou'],
  ['投资者可以在交易所网站查阅招股说明书。', '招股说明书', 'zhaogu-shuomingshu'],
  ['公司已经回复了交易所的第二轮审核问询。', '审核问询', 'shenhe-wenxun'],
  ['上市审核委员会下周召开审议会议。', '上市审核委员会', 'shangshi-shenhe-weiyuanhui'],
  ['保荐机构的子公司按规定参与战略配售。', '战略配售', 'zhanlue-peishou'],
  ['企业通过了辅导验收，下个月申报。', '辅导验收', 'fudao-yanshou'],
  ['这笔收购构成重大资产重组，需要股东大会表决。', '重大资产重组', 'zhongda-zichan-chongzu'],
  ['上市公司拟通过发行股份购买资产收购一家材料企业。', '发行股份购买资产', 'faxing-gufen-goumai-zichan'],
  ['公司董事会审议通过了配股方案。', '配股', 'peigu'],
  ['标的公司三年的业绩承诺全部完成。', '业绩承诺', 'yeji-chengnuo'],
  ['申报科创板要先过科创属性这一关。', '科创属性', 'kechuang-shuxing'],
  ['这家芯片企业按第五套上市标准申报。', '第五套上市标准', 'diwutao-shangshi-biaozhun'],
  ['全省又有两家企业在创业板上市。', '创业板', 'chuangyeban'],
  ['这家企业符合创业板“三创四新”的定位。', '三创四新', 'sanchuang-sixin'],
  ['新挂牌的公司大多进入基础层。', '基础层', 'jichuceng'],
  ['今年有5家挂牌公司晋层成功。', '晋层', 'jinceng'],
  ['北交所上市公司可以申请转板到科创板。', '转板', 'zhuanban'],
  ['这家挂牌公司完成了第三次定向发行。', '定向发行', 'dingxiang-faxing'],
  ['这只股票有3家做市商提供报价。', '做市商', 'zuoshishang'],
  ['企业已在宁波证监局办理辅导备案。', '证监局', 'zhengjianju'],
  ['申报前，公司清理了全部股权代持。', '股权代持', 'guquan-daichi'],
  ['银行为这家科技企业办理了股权质押融资。', '股权质押融资', 'guquan-zhiya-rongzi'],
  ['私募基金只能向合格投资者募集。', '合格投资者', 'hege-touzizhe'],
  ['集团注册了20亿元中期票据。', '中期票据', 'zhongqi-piaoju'],
  ['这家国企发行了一期超短期融资券。', '超短期融资券', 'chaoduanqi-rongziquan'],
  ['公司本月完成了首期科创票据发行。', '科创票据', 'kechuang-piaoju'],
  ['银行为民企债券创设了信用风险缓释凭证。', '信用风险缓释凭证', 'xinyong-fengxian-huanshi-pingzheng'],
  ['这只债券的主承销商是一家国有银行。', '主承销商', 'zhuchengxiaoshang'],
  ['市里推动大中小企业融通创新。', '大中小企业融通创新', 'dazhongxiao-qiye-rongtong-chuangxin'],
  ['这个项目列入了工业强基工程。', '工业强基工程', 'gongye-qiangji-gongcheng'],
  ['公司向特定对象发行股票募集资金8亿元。', '向特定对象发行', 'dingxiang-zengfa'],
]);

leftAloneByIdBlock('dev123 entries: the everyday words that share their characters are left alone', [
  ['公司按持股比例分配股息。', 'peigu'],
  ['报纸新开了一个创业板块，讲年轻人开店的故事。', 'chuangyeban'],
  ['他到县城上市委党校参加培训。', 'shangshi-shenhe-weiyuanhui'],
  ['这家店今年的业绩不错，老板承诺给员工加薪。', 'yeji-chengnuo'],
  ['奶奶把旧股票和存折都交给了孙子保管。', 'zhuanban'],
]);

leftAloneBlock('dev123 entries: nothing is underlined over the everyday words', [
  ['新产品首次公开亮相就受到关注。', '首次公开'],
  ['小区门口的超市做市场调研。', '做市'],
  ['他说话一向很有分寸，从不轻易承诺。', '承诺'],
]);
