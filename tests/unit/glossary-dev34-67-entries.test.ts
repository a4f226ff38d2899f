// The entries of the round on what the dev34–dev67 sets still missed with nothing close in the glossary: the
// strong-energy-nation goal, pilot cities for new consumption formats, the China consumer brand list, AI-native
// firms, ports of registry and container feeder lines, mixed-use industrial land, data brokers, returns at another
// branch, the cap on prepaid cards, one licence for several shops, takeaway seals, special bonds used as project
// capital, carbon-efficiency loans, first-loan centres, and the forms 无缝续贷, 银龄计划 and 农村职业经理人 of older
// entries. Each is underlined in a sentence of its own (not the development set's), and the everyday words that
// share their characters are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev34–dev67 entries: underlined as the term', [
  ['风电装备产业要为建设能源强国出力。', '能源强国', 'nengyuan-qiangguo'],
  ['这座城市申报消费新业态新模式新场景试点城市。', '消费新业态新模式新场景试点城市', 'xiaofei-xinchangjing-shidian'],
  ['两家本地企业的产品入选中国消费名品。', '中国消费名品', 'zhongguo-xiaofei-mingpin'],
  ['园区要引进一批智能原生企业。', '智能原生', 'zhineng-yuansheng'],
  ['这艘货船的船籍港在舟山。', '船籍港', 'chuanji-gang'],
  ['温州港新开一条外贸内支线。', '内支线', 'neizhixian'],
  ['开发区出让了第一宗混合产业用地。', '混合产业用地', 'hunhe-chanye-yongdi'],
  ['省里认定了第二批数据经纪人。', '数据经纪人', 'shuju-jingjiren'],
  ['景区商户承诺异地异店退换货。', '异地异店退换货', 'yidi-yidian-tuihuanhuo'],
  ['健身房没有按规定限额发卡，被责令整改。', '限额发卡', 'xiane-fa-ka'],
  ['这家连锁药店办理了一证多址。', '一证多址', 'yizheng-duozhi'],
  ['骑手送来的饭盒上贴着外卖封签。', '外卖封签', 'waimai-fengqian'],
  ['两个新能源项目用上了专项债券用作资本金的政策。', '专项债券用作资本金', 'zhuanxiangzhai-zibenjin'],
  ['这家印染厂拿到了碳效贷。', '碳效贷', 'tanxiao-dai'],
  ['区政务服务中心的首贷中心今天开门。', '首贷中心', 'shoudai-zhongxin'],
  ['银行为这家企业办了无缝续贷。', '无缝续贷', 'wuhuanben-xudai'],
  ['退休的老校长报名参加了银龄计划。', '银龄计划', 'yinling-jiangxue'],
  ['镇里聘请了三名农村职业经理人。', '农村职业经理人', 'xiangcun-ceo'],
]);

leftAloneByIdBlock('dev34–dev67 entries: the everyday words that share their characters are left alone', [
  ['他是一名能源工程师，祖国强大让他自豪。', 'nengyuan-qiangguo'],
  ['这条船的船籍是巴拿马。', 'chuanji-gang'],
  ['这家店是中国名品一条街上最老的店。', 'zhongguo-xiaofei-mingpin'],
  ['我们小区的快递封签很结实。', 'waimai-fengqian'],
  ['他申请了一张信用卡，额度限额五千元。', 'xiane-fa-ka'],
  ['这份证明上写了多个地址。', 'yizheng-duozhi'],
  ['他在外地的一家店里退货了。', 'yidi-yidian-tuihuanhuo'],
  ['他是房地产经纪人，也懂一些数据分析。', 'shuju-jingjiren'],
  ['这家公司的资本金有一千万元。', 'zhuanxiangzhai-zibenjin'],
  ['这是他首次贷款买车。', 'shoudai-zhongxin'],
  ['他在大学读的是智能制造专业，原生家庭很普通。', 'zhineng-yuansheng'],
]);

leftAloneBlock('dev34–dev67 entries: nothing is underlined over the everyday words', [
  ['这条线路在国内支线航班中很繁忙。', '内支线'],
  ['这个房间混合了多种风格。', '混合'],
  ['两块布料无缝拼接在一起。', '无缝'],
]);
