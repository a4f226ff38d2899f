// The entries of the dev53 round (the city Party committee's standing committee, the good-cadre standard,
// county media convergence centres, comprehensive internet governance, representative non-Party figures,
// cutting carbon, pollution, expanding green and growth together, and rectification after an inspection
// tour; primary responsibility, 主体责任, in its Party and work-safety senses): each is underlined in a sentence of its own (not the development set's), and the everyday words
// inside them (市委常委 as a post, 好干部 as praise, 融媒体, a guard's 巡视, 增长) are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev53 entries: underlined as the term', [
  ['昨天召开的市委常委会研究了防汛工作。', '市委常委会', 'shiwei-changweihui'],
  ['各级党组织要坚持新时代好干部标准选人用人。', '新时代好干部标准', 'hao-ganbu-biaozhun'],
  ['这次调整严格对照好干部标准。', '好干部标准', 'hao-ganbu-biaozhun'],
  ['县级融媒体中心推出了一档方言新闻节目。', '县级融媒体中心', 'xianji-rongmeiti-zhongxin'],
  ['全省加快建立网络综合治理体系。', '网络综合治理体系', 'wangluo-zonghe-zhili-tixi'],
  ['区委网信办召开网络综合治理工作推进会。', '网络综合治理', 'wangluo-zonghe-zhili-tixi'],
  ['统战部举办党外代表人士培训班。', '党外代表人士', 'dangwai-daibiao-renshi'],
  ['要协同推进降碳、减污、扩绿、增长。', '降碳、减污、扩绿、增长', 'jiangtan-jianwu-kuolv-zengzhang'],
  ['该县把降碳减污扩绿增长落到项目上。', '降碳减污扩绿增长', 'jiangtan-jianwu-kuolv-zengzhang'],
  ['区委召开巡视整改专题民主生活会。', '巡视整改', 'xunshi-zhenggai'],
  ['各乡镇党委要扛起全面从严治党主体责任。', '主体责任', 'zhuti-zeren'],
  ['渔船出海前，船东要落实安全生产主体责任。', '主体责任', 'zhuti-zeren'],
], {
  'leaves the older pair 主体责任和监督责任 its own entry': (g) => {
    expect(g.ids('党委落实主体责任和监督责任。')).toContain('liangge-zeren');
  },
});

leftAloneByIdBlock('dev53 entries: the everyday words inside them are left alone', [
  ['他当选为市委常委，分管宣传工作。', 'shiwei-changweihui'],
  ['大家都说老支书是个好干部。', 'hao-ganbu-biaozhun'],
  ['这家报社正在向融媒体转型。', 'xianji-rongmeiti-zhongxin'],
  ['晚上保安在小区里巡视了一圈，第二天物业整改了路灯。', 'xunshi-zhenggai'],
  ['今年全县农民收入增长较快，网络购物也很活跃。', 'jiangtan-jianwu-kuolv-zengzhang'],
  ['他是党外人士，也是一位代表。', 'dangwai-daibiao-renshi'],
  ['这座雕塑的主体已经完成，责任人是王师傅。', 'zhuti-zeren'],
]);
