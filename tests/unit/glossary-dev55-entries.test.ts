// The entries of the dev55 round (the 2035 goal of basically achieving socialist modernisation, the level
// of a moderately developed country, a province's sub-centre city, AI computing power, a province's, city's or county's data bureau
// (the national one keeps its older entry),
// 5G-Advanced and private capital): each is underlined in a sentence of its own (not the development set's),
// and the everyday words inside or beside them (现代化 alone, 发达国家, 副中心 of a building, 计算能力, 数据
// and 局部, 5G alone, 资本 alone) are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev55 entries: underlined as the term', [
  ['到二〇三五年，我国将基本实现社会主义现代化。', '基本实现社会主义现代化', 'jiben-shixian-shehuizhuyi-xiandaihua'],
  ['到那时，人均国内生产总值将达到中等发达国家水平。', '中等发达国家水平', 'zhongdeng-fada-guojia-shuiping'],
  ['襄阳和宜昌是湖北的省域副中心城市。', '省域副中心城市', 'shengyu-fuzhongxin-chengshi'],
  ['新建的智算中心可提供智能算力500P。', '智能算力', 'zhineng-suanli'],
  ['县数据局牵头开展公共数据普查。', '数据局', 'shuju-ju'],
  ['区数据局和区大数据中心合署办公。', '数据局', 'shuju-ju'],
  ['运营商在高铁站开通了5G-A网络。', '5G-A', '5g-a'],
  ['新标准被称作5G-Advanced。', '5G-Advanced', '5g-a'],
  ['会议鼓励民间资本参与养老服务设施建设。', '民间资本', 'minjian-ziben'],
]);

leftAloneByIdBlock('dev55 entries: the everyday words inside them are left alone', [
  ['这座工厂的生产线已经实现了现代化。', 'jiben-shixian-shehuizhuyi-xiandaihua'],
  ['他在一个发达国家留学，毕业后回国工作。', 'zhongdeng-fada-guojia-shuiping'],
  ['商场的副中心广场周末有演出。', 'shengyu-fuzhongxin-chengshi'],
  ['这台电脑的计算能力很强，算得很快。', 'zhineng-suanli'],
  ['表格里这些数据局部有误，需要重新核对。', 'shuju-ju'],
  ['他的新手机支持5G网络，信号很好。', '5g-a'],
  ['路由器的型号是5G-AB，放在客厅里。', '5g-a'],
  ['这家面馆靠的是手艺，不是资本。', 'minjian-ziben'],
  ['民间艺人在庙会上表演皮影戏。', 'minjian-ziben'],
], {
  'leaves 国家数据局 to its own older entry': (g) => {
    expect(g.ids('国家数据局发布了数据产权登记的指引。')).toContain('guojia-shujuju');
    expect(g.ids('国家数据局发布了数据产权登记的指引。')).not.toContain('shuju-ju');
  },
});
