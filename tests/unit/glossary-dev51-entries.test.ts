// The entries, forms and everyday readings of the dev51 round (land consolidation, small water bodies,
// trading beyond the shop door, townscape showcase areas, trusted food markets, whole-of-government smart
// governance, the ideological-work responsibility system, private project investment, high-tech value
// added; the bulletin's 居民消费价格, 燃气管道更新改造 and 停车位错时共享 as forms of older entries): each is
// underlined in a sentence of its own (not the development set's); longer older forms keep their own
// mark, characters that mean something else are left alone, and 单项冠军 is underlined only quoted or in
// policy prose.
import { expect } from 'vitest';
import { leftAloneBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev51 entries: underlined as the term', [
  ['乡里的土地综合整治项目完成验收，新增水田九十亩。', '土地综合整治'],
  ['治水办对全区的小微水体逐一建档。', '小微水体'],
  ['城管队员劝导沿街商户不要出店经营。', '出店经营'],
  ['这条老街的跨门经营问题由来已久。', '跨门经营'],
  ['市里公布了第三批城乡风貌样板区名单。', '城乡风貌样板区'],
  ['城北菜场改造后通过了放心农贸市场验收。', '放心农贸市场'],
  ['区里推进整体智治，把各部门的数据打通。', '整体智治'],
  ['市委全会部署构建党建统领整体智治体系。', '党建统领整体智治'],
  ['各级党委要落实意识形态工作责任制。', '意识形态工作责任制'],
  ['一季度全市民间项目投资增长百分之六。', '民间项目投资'],
  ['高新技术产业增加值增长百分之九。', '高新技术产业增加值'],
  ['上半年全市居民消费价格同比上涨百分之零点二。', '居民消费价格'],
  ['今年完成燃气管道更新改造八十公里。', '燃气管道更新改造'],
  ['机关大院的停车位错时共享给周边居民。', '停车位错时共享'],
  ['医院推行车位错时共享，夜间向小区开放。', '车位错时共享'],
], {
  'leaves longer older forms their own mark (it may run on over a programme noun: …试点)': (g) => {
    expect(g.matched('省里推进全域土地综合整治试点。').some((m) => m.startsWith('全域土地综合整治'))).toBe(true);
    expect(g.matched('全年居民消费价格指数上涨百分之零点三。').some((m) => m.startsWith('居民消费价格指数'))).toBe(true);
    expect(g.matched('县里实施城市燃气管道老化更新改造。').some((m) => m.startsWith('城市燃气管道老化更新改造'))).toBe(true);
    expect(g.matched('县城有两个县域风貌样板区通过评定。').some((m) => m.startsWith('县域风貌样板区'))).toBe(true);
    expect(g.matched('新增制造业单项冠军企业两家。').some((m) => m.includes('单项冠军'))).toBe(true);
  },
});

leftAloneBlock('dev51 entries: left alone where the characters are something else', [
  ['他在市运会游泳比赛中拿了两个单项冠军。', '单项冠军'],
  ['她是这次田径赛的单项冠军，跳远跳了五米多。', '单项冠军'],
  ['菜场门口新开了一家水果店，出店门就能买到。', '出店'],
  ['这家小店经营了二十年，老顾客很多。', '店经营'],
  ['他说水体很小，微风一吹就起波纹。', '水体'],
  ['超市的消费价格比菜场贵一点。', '消费价格'],
]);

underlinedBlock('dev51 everyday reading: 单项冠军 still underlined quoted or in policy prose', [
  ['全市新增“单项冠军”企业三家。', '单项冠军'],
  ['工信部公布了新一批单项冠军名单，我市企业入选。', '单项冠军'],
  ['县里推进单项冠军培育工作。', '单项冠军'],
]);
