// The entries, forms and everyday readings of the dev49 round (medical-insurance inspections, Party
// inspection rounds, fire safety, farm codes, county-wide rooftop solar): each is underlined in a
// sentence of its own (not the development set's); the forms are left alone where their characters
// mean something else, and three older entries that are also everyday words (小巨人, 一老一小) or an
// aviation routine (飞行检查) are underlined only quoted or in policy prose.
import { leftAloneBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev49 entries: underlined as the term', [
  ['市场监管局对三家药品批发企业开展飞行检查。', '飞行检查'],
  ['生态环境部门对印染企业的飞行检查发现两起偷排。', '飞行检查'],
  ['市医保局的医保飞行检查查出违规费用十万元。', '医保飞行检查'],
  ['街道组织消防志愿者劝阻电动自行车进楼入户。', '电动自行车进楼入户'],
  ['小区物业安装了阻车系统，防止电瓶车进楼入户。', '电瓶车进楼入户'],
  ['这处仓库被列为重大火灾隐患后，由县政府挂牌督办。', '挂牌督办'],
  ['省生态环境厅对五起环境违法案件挂牌督办。', '挂牌督办'],
  ['市委巡察办今年对五个部门开展了机动巡察。', '机动巡察'],
  ['县委首次采用机动式巡察，十天完成进驻。', '机动式巡察'],
  ['茶农给每一批茶叶都赋了浙农码。', '浙农码'],
  ['这个县的屋顶分布式光伏整县推进工作已经验收。', '屋顶分布式光伏整县推进'],
  ['乡镇屋顶全部纳入分布式光伏整县推进范围。', '分布式光伏整县推进'],
]);

leftAloneBlock('dev49 entries: left alone where the characters are something else', [
  ['社区民警带着反诈宣传单进楼入户，一家家上门提醒。', '进楼入户'],
  ['县里整县推进农村生活污水治理，三年完成。', '整县推进'],
  ['起飞前，机长和副驾驶做了一遍飞行检查。', '飞行检查'],
  ['篮球队的中锋身高两米，大家都叫他小巨人。', '小巨人'],
  ['广场上一老一小在放风筝，笑声传得很远。', '一老一小'],
  ['去公园的路上，一老一小商量着周末的出游方向。', '一老一小'],
]);

underlinedBlock('dev49 everyday readings: still underlined quoted or in policy prose', [
  ['全市新增国家级专精特新小巨人企业八家。', '小巨人'],
  ['这家企业被评为“小巨人”。', '小巨人'],
  ['街道把一老一小服务作为今年的民生实事。', '一老一小'],
  ['社区推进一老一小服务场所建设。', '一老一小'],
  ['“一老一小”是家家户户的大事。', '一老一小'],
  // 出台 and 方案 are words of policy prose too: a plan for the old and the young, issued by a city.
  ['我市出台一老一小整体解决方案。', '一老一小'],
  ['杭州发布一老一小整体解决方案。', '一老一小'],
]);
