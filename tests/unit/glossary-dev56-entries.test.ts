// The entries of the dev56 round (a provincial Party standing committee, an enlarged plenum, the inspection
// leading group, the county-and-division rank, disciplinary review and supervisory investigation, turning
// oneself in, a government's executive meeting, the government work report, leading the way to modernisation
// as a province, Zhejiang's social development commission, and 礼品礼金 as a short form of the older entry for
// taking gifts against the rules): each is underlined in a sentence of its own (not the development set's), and
// the everyday words inside or beside them (常委 of a club, 全体 of a class meeting, 领导小组 of a school fair,
// 处级 alone, 调查 of a survey, 投案 of a fugitive in a film, 会议 of a firm, 报告 of a pupil, 现代化 of a
// factory, 礼金 at a wedding) are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev56 entries: underlined as the term', [
  ['上周五，省委常委会专题研究了防汛救灾工作。', '省委常委会', 'shengwei-changweihui'],
  ['市委十三届九次全体（扩大）会议昨天召开。', '全体（扩大）会议', 'quanti-kuoda-huiyi'],
  ['县委全体扩大会议审议通过了全会决议。', '全体扩大会议', 'quanti-kuoda-huiyi'],
  ['中央巡视工作领导小组听取了第二轮巡视情况汇报。', '巡视工作领导小组', 'xunshi-gongzuo-lingdao-xiaozu'],
  ['全市共有县处级领导干部1200余名参加轮训。', '县处级', 'xianchuji'],
  ['某某涉嫌严重违纪违法，目前正接受纪律审查和监察调查。', '纪律审查和监察调查', 'jilv-shencha-jiancha-diaocha'],
  ['前三季度全省纪检监察机关立案审查调查县处级干部86人。', '审查调查', 'jilv-shencha-jiancha-diaocha'],
  ['今年以来，全省有37名党员干部向纪检监察机关主动投案。', '主动投案', 'zhudong-tou-an'],
  ['市政府召开第45次常务会议，研究部署秋冬季安全生产工作。', '常务会议', 'zhengfu-changwu-huiyi'],
  ['县长在政府工作报告中提出，今年将新建幼儿园5所。', '政府工作报告', 'zhengfu-gongzuo-baogao'],
  ['全会要求，以更高标准推进省域现代化先行。', '省域现代化先行', 'shengyu-xiandaihua-xianxing'],
  ['省委社建委牵头制定了共富工坊建设指引。', '社建委', 'shengwei-shejianwei'],
  ['通报指出，某某多次收受管理服务对象所送礼品礼金。', '礼品礼金', 'weigui-shousong-lipin-lijin'],
]);

leftAloneByIdBlock('dev56 entries: the everyday words inside or beside them are left alone', [
  ['他被选为学校书法社的常委，负责组织活动。', 'shengwei-changweihui'],
  ['班会上全体同学举手表决，通过了春游方案。', 'quanti-kuoda-huiyi'],
  ['为办好校园义卖，学校成立了一个领导小组。', 'xunshi-gongzuo-lingdao-xiaozu'],
  ['他在处里干了十年，还是个副处级。', 'xianchuji'],
  ['学生们做了一份关于家乡河流的调查，审查了几遍才交上去。', 'jilv-shencha-jiancha-diaocha'],
  ['电影的最后，逃犯终于走进派出所投案自首。', 'zhudong-tou-an'],
  ['公司每周一上午召开部门例会，讨论本周的工作。', 'zhengfu-changwu-huiyi'],
  ['小明在班会上作了读书报告，讲了他最喜欢的童话。', 'zhengfu-gongzuo-baogao'],
  ['这座工厂的生产线已经实现了现代化，请客人先行参观。', 'shengyu-xiandaihua-xianxing'],
  ['婚礼上，亲友们送来的礼金都记在了一个红本子上。', 'weigui-shousong-lipin-lijin'],
], {
  'leaves 市委常委会 to its own older entry': (g) => {
    expect(g.ids('市委常委会召开会议，研究部署防汛工作。')).toContain('shiwei-changweihui');
    expect(g.ids('市委常委会召开会议，研究部署防汛工作。')).not.toContain('shengwei-changweihui');
  },
});
