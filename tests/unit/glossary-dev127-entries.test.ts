// The entries and forms of the dev127 round, drawn from the economy, industry, enterprise and finance pages of
// city and county papers: a project's energy-use quota (用能指标), energy use per unit of industrial value added
// (单位工业增加值能耗), the escrow of prepaid money (预付资金存管) and the printed forms 拖欠中小企业账款 and
// 清理拖欠中小企业账款 of the older 清理拖欠企业账款; 以工代训 and 直补快办 (cards for two terms the detector read
// without one) and the printed form 千团万企拓市场 of 千团万企拓市场抢订单; and 标准地 left alone where it is an adverb before a verb
// (他标准地做完了一套操: "in the standard way"), the standard industrial land kept where it is sold or supplied.
// Each is underlined in a sentence of its own (not the development set's), and the words beside them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev127 entries: underlined as the term', [
  ['新上项目须先落实用能指标才能开工。', '用能指标', 'yongneng-zhibiao'],
  ['今年全市单位工业增加值能耗下降3%。', '单位工业增加值能耗', 'danwei-gongye-nenghao'],
  ['全省规模以上工业单位增加值能耗持续下降。', '规模以上工业单位增加值能耗', 'danwei-gongye-nenghao'],
  ['健身房和培训机构试行预付资金存管。', '预付资金存管', 'yufu-zijin-cunguan'],
  ['区里推行预收资金存管，消费者上一次课划一次钱。', '预收资金存管', 'yufu-zijin-cunguan'],
  ['全县清理拖欠中小企业账款1.2亿元。', '清理拖欠中小企业账款', 'qingli-tuoqian-zhangkuan'],
  ['严防新增拖欠中小企业账款。', '拖欠中小企业账款', 'qingli-tuoqian-zhangkuan'],
  ['新出让工业用地全部按标准地出让。', '标准地', 'biaozhun-di'],
  ['区里推行标准地供应，企业拿地即可开工。', '标准地', 'biaozhun-di'],
  ['企业吸纳失业人员开展以工代训可领补贴。', '以工代训', 'yigong-daixun'],
  ['稳岗返还资金实行直补快办，企业不用申请。', '直补快办', 'zhibu-kuaiban'],
  ['全省开展千团万企拓市场行动。', '千团万企拓市场', 'qiantuan-wanqi'],
], {
  // The older neighbours keep their own cards.
  '单位GDP能耗 and 用能权 stay their own entries': (g) => {
    expect(g.ids('单位GDP能耗下降了3%。')).toContain('danwei-gdp-nenghao');
    expect(g.ids('单位GDP能耗下降了3%。')).not.toContain('danwei-gongye-nenghao');
    expect(g.ids('企业通过用能权交易取得指标。')).not.toContain('yongneng-zhibiao');
  },
});

leftAloneByIdBlock('dev127 entries: the neighbouring words are not read as these entries', [
  ['这家健身房卷走了会员的预付资金。', 'yufu-zijin-cunguan'],
  ['券商实行客户交易结算资金第三方存管。', 'yufu-zijin-cunguan'],
  ['这台空调的能耗指标是一级。', 'yongneng-zhibiao'],
  ['他标准地做完了一套广播体操。', 'biaozhun-di'],
  ['她标准地念了一遍课文。', 'biaozhun-di'],
  ['队员们标准地敬了一个礼。', 'biaozhun-di'],
  ['他先在厂里打工，再代训新来的学徒。', 'yigong-daixun'],
]);

leftAloneBlock('dev127 entries: nothing is underlined over the everyday words', [
  ['他欠了朋友一笔账款。', '账款'],
  ['这台冰箱的能耗比旧的低。', '能耗'],
  ['他标准地写好了自己的名字。', '标准地'],
  ['新版标准地图向社会公开发布。', '标准地'],
  ['种粮补贴直补给农户，当天就到了账。', '直补'],
  ['千团万朵的菊花开满了山坡。', '千团万'],
]);
