// The entries, forms and everyday readings of the dev50 round (school health checks, talent policy,
// regional medical centres, village theatre, culture-and-tourism vouchers, the minimum-allowance line,
// assigned responsibility, village flood maps, single-village waterworks): each is underlined in a
// sentence of its own (not the development set's); longer older forms keep their own mark, characters
// that mean something else are left alone, and 时间银行 is underlined only quoted or in policy prose.
import { expect } from 'vitest';
import { leftAloneBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev50 entries: underlined as the term', [
  ['开学第一周，各班班主任要做好晨午检登记。', '晨午检'],
  ['这所小学把晨午检制度落实到每个班级。', '晨午检制度'],
  ['宁波今年又出台了人才新政，博士可领生活补贴。', '人才新政'],
  ['这家医院与省城大医院合作建设区域医疗中心。', '区域医疗中心'],
  ['衢州的省级区域医疗中心今年开诊。', '省级区域医疗中心'],
  ['婺剧团今年送戏下乡一百二十场。', '送戏下乡'],
  ['端午期间全区发放文旅消费券三百万元。', '文旅消费券'],
  ['市里发放的文化和旅游消费券可在剧场使用。', '文化和旅游消费券'],
  ['民政部门公布了新的低保标准。', '低保标准'],
  ['城乡最低生活保障标准统一为每月一千元。', '最低生活保障标准'],
  ['安全生产实行包保责任制，每家企业都有包保领导。', '包保责任制'],
  ['乡镇落实防汛包保责任，干部分片包村。', '包保责任'],
  ['村委会门口张贴着村级防汛防台形势图。', '村级防汛防台形势图'],
  ['台风来临前，网格员对照防汛防台形势图逐户通知。', '防汛防台形势图'],
  ['山区的单村水站大多以山泉为水源。', '单村水站'],
  ['县里推进文化基因解码，梳理出十个文化元素。', '文化基因解码'],
  ['省里实施文化基因解码工程。', '文化基因解码工程'],
], {
  'leaves longer older forms their own mark': (g) => {
    expect(g.matched('北京的医院在河南建设国家区域医疗中心。')).toContain('国家区域医疗中心');
    expect(g.matched('县里推行食品安全包保责任制。')).toContain('食品安全包保责任制');
  },
});

leftAloneBlock('dev50 entries: left alone where the characters are something else', [
  ['下午五点下班时间银行就关门了。', '时间银行'],
  ['周末的时间银行人少，办卡不用排队。', '时间银行'],
  ['这部纪录片讲述了江南水乡的文化基因。', '文化基因'],
  ['幼儿园老师每天早上给孩子晨检，量一量体温。', '晨检'],
  ['他从镇上送戏服到剧团，又坐车下乡去了。', '送戏'],
]);

underlinedBlock('dev50 everyday reading: 时间银行 still underlined quoted or in policy prose', [
  ['社区推行“时间银行”，志愿时长可以兑换服务。', '时间银行'],
  ['街道推进养老服务时间银行建设。', '时间银行'],
  ['全市时间银行注册志愿者超过十万人。', '时间银行'],
  ['“时间银行”让年轻人存下服务时长。', '时间银行'],
]);
