// The entries of the dev126 round, drawn from the working words beside the headline terms of the inside news pages:
// the medical insurance funds (医保基金), graded premium help (分类资助), data products (数据产品), services done on
// an application (依申请政务服务事项), networked sensors (物联感知), rural roads (农村公路) and the marketised upkeep of them (养护市场化改革), and the
// enclave parks (飞地). Each is underlined in a sentence of its own (not the development set's), the longer entries
// around them keep their own cards, and the everyday words beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev126 entries: underlined as the term', [
  ['去年全市追回违规使用的医保基金1800万元。', '医保基金', 'yibao-jijin'],
  ['医疗保障基金是人民群众的“看病钱”“救命钱”。', '医疗保障基金', 'yibao-jijin'],
  ['对低保对象参加居民医保实行分类资助。', '分类资助', 'fenlei-zizhu'],
  ['首批8个数据产品已在数据交易所挂牌。', '数据产品', 'shuju-chanpin'],
  ['县里梳理依申请政务服务事项1260项。', '依申请政务服务事项', 'yishenqing-zhengwu-fuwu-shixiang'],
  ['小区井盖和消防通道都装上了物联感知设备。', '物联感知', 'wulian-ganzhi'],
  ['水库大坝布设了物联网感知终端。', '物联网感知', 'wulian-ganzhi'],
  ['全县农村公路总里程达到3100公里。', '农村公路', 'nongcun-gonglu'],
  ['市里深化农村公路养护市场化改革。', '农村公路养护市场化改革', 'yanghu-shichanghua'],
  ['山区县在宁波设立的飞地已引进项目11个。', '飞地', 'feidi'],
], {
  // The longer entries around the new ones keep their own cards.
  '医保基金监管, 数据产品登记, 四好农村路 and 产业飞地 keep their cards': (g) => {
    expect(g.ids('全面加强医保基金监管。')).toContain('yibao-jijin-jianguan');
    expect(g.ids('全面加强医保基金监管。')).not.toContain('yibao-jijin');
    expect(g.ids('企业办理数据产品登记。')).toContain('shuju-chanpin-dengji');
    expect(g.ids('企业办理数据产品登记。')).not.toContain('shuju-chanpin');
    expect(g.ids('全县推进四好农村路建设。')).not.toContain('nongcun-gonglu');
    expect(g.ids('山区县在沿海设立产业飞地。')).toContain('chanye-feidi');
    expect(g.ids('山区县在沿海设立产业飞地。')).not.toContain('feidi');
  },
});

leftAloneByIdBlock('dev126 entries: the neighbouring cards are not read as these entries', [
  ['全面加强医保基金监管。', 'yibao-jijin'],
  ['全县推进四好农村路建设。', 'nongcun-gonglu'],
  ['山区县在沿海设立产业飞地。', 'feidi'],
  ['楼道里装了物联网烟感。', 'wulian-ganzhi'],
]);

leftAloneBlock('dev126 entries: nothing is underlined over the everyday words', [
  ['他买的这只基金今年亏了两成。', '基金'],
  ['这家店的产品分类摆放，一目了然。', '分类'],
  ['这款数据线的产品质量不错。', '产品'],
  ['村口的公路边开满了油菜花。', '公路'],
  ['他在城里租房，周末才回农村老家。', '农村'],
  ['孩子们在草地上飞快地跑来跑去。', '飞'],
  ['天凉了，她的感知比别人更敏锐。', '感知'],
]);
