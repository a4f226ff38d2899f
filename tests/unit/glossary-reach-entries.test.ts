// The entries of the reach round, for terms the dev68–dev79 sets still left missed: city renewal, land taking and
// city traffic (on-street parking, the straight-ahead waiting zone, trial expropriation, relocation by agreement,
// owner-led renewal, industrial remains, the housing trade-in, depot decks, the nine scenarios of a future
// community). Each is underlined in a sentence of its own (not a development set's), and the everyday words
// inside or beside them are left alone; 自主更新 and 九大场景 are everyday readings outside policy prose (an app
// that updates itself, a game's nine maps: lib/glossary/everyday.ts).
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('reach entries, city pages: underlined as the term', [
  ['老城区的路内停车泊位下月起按时段收费。', '路内停车', 'lunei-tingche'],
  ['这个路口新划了直行待行区。', '直行待行区', 'zhixing-daixingqu'],
  ['旧城改造项目先行开展模拟征收。', '模拟征收', 'moni-zhengshou'],
  ['城中村改造采取协议搬迁方式推进。', '协议搬迁', 'xieyi-banqian'],
  ['市里推进老旧小区自主更新试点。', '自主更新', 'zizhu-gengxin'],
  ['这片厂房作为工业遗存保留下来。', '工业遗存', 'gongye-yicun'],
  ['房企推出卖旧买新活动。', '卖旧买新', 'maijiu-maixin'],
  ['车辆段上盖建起了住宅小区。', '车辆段上盖', 'cheliangduan-shanggai'],
  ['社区按照九大场景建设服务设施。', '九大场景', 'weilai-shequ-jiuda-changjing'],
  ['未来社区九大场景包括邻里和教育。', '未来社区九大场景', 'weilai-shequ-jiuda-changjing'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('老旧小区改造明年完成。')).toContain('laojiu-xiaoqu-gaizao');
    expect(g.ids('全市推进未来社区建设。')).toContain('weilai-shequ');
  },
});

leftAloneByIdBlock('reach entries, city pages: the everyday words inside or beside them are left alone', [
  ['这款软件会自主更新，不用手动下载。', 'zizhu-gengxin'],
  ['这个游戏一共有九大场景可以探索。', 'weilai-shequ-jiuda-changjing'],
]);

leftAloneBlock('reach entries, city pages: words that cross their edges', [
  ['这份工业遗存档案的复印件要盖章。', '盖章'],
  ['他卖旧书的钱都用来买新书。', '卖旧书'],
]);

// Culture, sport and tourism (dev77's fields): guesthouse grading and clusters, the Song-culture listing, air
// volleyball, caged pitches, site and travelling museums, heritage wardens, resident shows, excavation open days,
// embedded cultural spaces.
underlinedBlock('reach entries, culture and tourism: underlined as the term', [
  ['今年有五家民宿参加民宿等级评定。', '民宿等级评定', 'minsu-dengji-pingding'],
  ['古镇入选宋韵文化生活体验地。', '宋韵文化生活体验地', 'songyun-wenhua-shenghuo-tiyandi'],
  ['社区老人组队参加气排球比赛。', '气排球', 'qipaiqiu'],
  ['公园里新建了两片笼式足球场。', '笼式足球场', 'longshi-qiuchang'],
  ['县里的遗址博物馆今天闭馆。', '遗址博物馆', 'yizhi-bowuguan'],
  ['每个村都有一名文保员。', '文保员', 'wenwu-baohuyuan'],
  ['这条山谷形成了民宿集群。', '民宿集群', 'minsu-jiqun'],
  ['景区推出新的驻场演出。', '驻场演出', 'zhuchang-yanchu'],
  ['流动博物馆走进了海岛小学。', '流动博物馆', 'liudong-bowuguan'],
  ['遗址周末举办考古工地开放日。', '考古工地开放日', 'kaogu-gongdi-kaifangri'],
  ['地铁站里建起嵌入式文化空间。', '嵌入式文化空间', 'qianrushi-wenhua-kongjian'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('这家民宿评上了金宿。')).toContain('jinsu');
    expect(g.ids('良渚遗址博物馆今天闭馆。')).toContain('liangzhu-yizhi');
  },
});

leftAloneByIdBlock('reach entries, culture and tourism: the same characters in other words are left alone', [
  ['他在驻场期间演出了三场。', 'zhuchang-yanchu'],
  ['人口流动，博物馆的观众也变了。', 'liudong-bowuguan'],
  ['这只笼子式样很旧，球场边没人要。', 'longshi-qiuchang'],
]);
