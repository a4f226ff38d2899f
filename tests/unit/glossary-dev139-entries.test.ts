// The entries of the dev139 round, drawn from the early-2026 county work reports, 新春走基层 reports, first working
// meetings and 民生实事 lists: the Spring Festival reporting campaign (新春走基层), Zhejiang's provincial major projects
// (省重大项目, also 省重大建设项目) and the childcare place (托位) beside the older 普惠托位 and 每千人口托位数. Each is
// underlined in a sentence of its own (not the development set's), the neighbouring cards keep their own sense, and
// the strings that only cross word edges are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev139 entries: underlined as the term', [
  ['本报今起推出“新春走基层”专栏。', '新春走基层', 'xinchun-zou-jiceng'],
  ['记者新春走基层，来到海岛派出所。', '新春走基层', 'xinchun-zou-jiceng'],
  ['今年我市共有48个项目列入省重大项目。', '省重大项目', 'sheng-zhongda-xiangmu'],
  ['该项目已列入省重大建设项目实施计划。', '省重大建设项目', 'sheng-zhongda-xiangmu'],
  ['街道新建的托育园可提供托位120个。', '托位', 'tuowei'],
]);

leftAloneByIdBlock('dev139 entries: the neighbouring cards are not read as these entries', [
  ['全区普惠托位占比达到七成。', 'tuowei'],
  ['每千人口托位数达到4.5个。', 'tuowei'],
  ['全市重大项目集中开工。', 'sheng-zhongda-xiangmu'],
]);

leftAloneBlock('dev139 entries: nothing is underlined over the strings that cross word edges', [
  ['这家公司受委托位于城东的仓库管理。', '托位'],
  ['节省重大开支是今年家里的目标。', '省重大'],
]);
