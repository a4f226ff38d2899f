// The entries of the dev82 round, drawn from the agriculture, grain, water and flood-control items of county and
// city papers: grain (reserve rotation, soybean and oilseed planting, grain-output targets, the grain chain from
// farm to sale, low-temperature storage), farmland (protection targets, controls on what it grows, reclaiming
// built-up land, farm film, fertiliser), land rights and cooperatives (the land-operating right, the supply
// cooperatives' township branches and firms, crop clinics, the cooperative fund, model cooperatives), village
// collectives (special legal persons, Zhejiang's economic cooperatives, shares in collective assets), water and
// floods (tap water at the tap, standby sources, irrigation efficiency, medium irrigation districts, river patrols,
// river zones, the water-area survey, flood storage, peak cutting and staggering, the guaranteed level),
// machinery (the mechanisation rate, machine-harvest losses), federations of cooperatives, the one-card subsidy
// account, environmental water releases and produce (Green Food, organic conversion,
// traceability, distinctive produce areas, quality-safety counties, whole industry chains, farm fairs). Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside them
// are left alone (基层社区, 冰箱合格证, 托管班, 轮换球员, 双强对决).
import { expect } from 'vitest';
import { leftAloneByIdBlock, leftAloneBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev82 entries: underlined as the term', [
  ['粮库今年完成储备粮轮换任务。', '储备粮轮换', 'chubeiliang-lunhuan'],
  ['省里下达大豆油料扩种任务。', '大豆油料扩种', 'dadou-youliao-kuozhong'],
  ['各地要扩种大豆油料。', '扩种大豆油料', 'dadou-youliao-kuozhong'],
  ['县里签订粮食生产目标责任制书。', '粮食生产目标责任制', 'liangshi-shengchan-mubiao-zerenzhi'],
  ['健全粮食产购储加销协同保障机制。', '粮食产购储加销', 'chan-gou-chu-jia-xiao'],
  ['新粮仓采用低温储粮技术。', '低温储粮', 'diwen-chuliang'],
  ['市里严格落实耕地保护目标责任制。', '耕地保护目标责任制', 'gengdi-baohu-mubiao-zerenzhi'],
  ['我省健全耕地种植用途管控机制。', '耕地种植用途管控', 'gengdi-zhongzhi-yongtu-guankong'],
  ['这个村完成农村建设用地复垦80亩。', '建设用地复垦', 'jianshe-yongdi-fuken'],
  ['乡镇设立农膜回收点。', '农膜回收', 'nongmo-huishou'],
  ['农技站推进化肥减量增效。', '化肥减量增效', 'huafei-jianliang-zengxiao'],
  ['合作社取得了土地经营权。', '土地经营权', 'tudi-jingyingquan'],
  ['农合联为会员设立农民合作基金。', '农民合作基金', 'nongmin-hezuo-jijin'],
  ['村里的庄稼医院来了专家。', '庄稼医院', 'zhuangjia-yiyuan'],
  ['供销社的社有企业利润增长。', '社有企业', 'sheyou-qiye'],
  ['县里改造薄弱基层社。', '基层社', 'jiceng-gongxiaoshe'],
  ['这家合作社评上了国家农民合作社示范社。', '农民合作社示范社', 'nongmin-hezuoshe-shifanshe'],
  ['农村集体经济组织是特别法人。', '特别法人', 'tebie-faren'],
  ['村经济合作社召开成员大会。', '经济合作社', 'jingji-hezuoshe'],
  ['村民可以继承集体资产股份。', '集体资产股份', 'jiti-zichan-guquan'],
  ['县里实施中型灌区续建配套与节水改造。', '中型灌区续建配套与节水改造', 'zhongxing-guanqu-xujian-peitao'],
  ['全县主要农作物耕种收综合机械化率达到九成。', '耕种收综合机械化率', 'gengzhongshou-zonghe-jixiehualv'],
  ['农机站开展粮食机收减损培训。', '机收减损', 'jishou-jiansun'],
  ['这家茶企新获绿色食品认证。', '绿色食品', 'lvse-shipin'],
  ['果园进入有机转换期。', '有机转换期', 'youji-zhuanhuanqi'],
  ['县里获评特色农产品优势区。', '特色农产品优势区', 'tese-nongchanpin-youshiqu'],
  ['市场开展农产品质量安全追溯。', '农产品质量安全追溯', 'nongchanpin-zhiliang-anquan-zhuisu'],
  ['我县创成国家农产品质量安全县。', '国家农产品质量安全县', 'guojia-nongchanpin-zhiliang-anquan-xian'],
  ['县里培育农业全产业链。', '农业全产业链', 'nongye-quanchanyelian'],
  ['企业组团参加农博会。', '农博会', 'nongye-bolanhui'],
  ['河长每周巡河一次。', '巡河', 'xunhe'],
  ['全市完成河湖管理范围划定。', '河湖管理范围划定', 'hehu-guanli-fanwei-huajie'],
  ['省里开展新一轮水域调查。', '水域调查', 'shuiyu-diaocha'],
  ['疾控中心抽检末梢水。', '末梢水', 'moshao-shui'],
  ['这座水库是城区的应急备用水源。', '应急备用水源', 'yingji-beiyong-shuiyuan'],
  ['全省农田灌溉水有效利用系数提高到0.6。', '农田灌溉水有效利用系数', 'guangaishui-youxiao-liyong-xishu'],
  ['上游水库拦洪削峰。', '拦洪削峰', 'lanhong-xuefeng'],
  ['几座水库联合错峰调度。', '错峰调度', 'cuofeng-diaodu'],
  ['水库预泄腾出防洪库容。', '防洪库容', 'fanghong-kurong'],
  ['江水逼近保证水位。', '保证水位', 'baozheng-shuiwei'],
  ['八家合作社组建了农民专业合作社联合社。', '农民专业合作社联合社', 'hezuoshe-lianheshe'],
  ['补贴资金通过惠民惠农一卡通发放。', '惠民惠农一卡通', 'huimin-huinong-yikatong'],
  ['水库向下游河道实施生态补水。', '生态补水', 'shengtai-bushui'],
  // 集体资产股权量化, the printed form of the older 股权量化 with the assets it divides, stays that entry's.
  ['镇里完成村集体资产股权量化。', '集体资产股权量化', 'guquan-lianghua'],
], {
  'keeps the older supply cooperative and land transfer entries': (g) => {
    expect(g.ids('县供销社为农服务。')).toContain('gongxiaoshe');
    expect(g.ids('村里推进土地经营权流转。')).toContain('tudi-liuzhuan');
  },
});

leftAloneByIdBlock('dev82 entries: the everyday words inside or beside them are left alone', [
  ['这位老师在基层社区工作了十年。', 'jiceng-gongxiaoshe'],
  ['下半场教练轮换了三名主力。', 'chubeiliang-lunhuan'],
  ['新买的冰箱里附着一张合格证。', 'nongchanpin-zhiliang-anquan-zhuisu'],
  ['她穿了一件绿色的外套去买食品。', 'lvse-shipin'],
  ['手指末梢冰凉发麻。', 'moshao-shui'],
  ['他是一名经济学家，研究合作社的历史。', 'jingji-hezuoshe'],
  // The bare 一卡通 is also a campus or transit card, 联合社 also the rural credit union federation.
  ['学生用校园一卡通在食堂吃饭。', 'huimin-huinong-yikatong'],
  ['他在县农村信用合作联合社工作。', 'hezuoshe-lianheshe'],
  ['运动后要及时补水，保护好生态。', 'shengtai-bushui'],
]);

leftAloneBlock('dev82 entries: ordinary words of fields and water stay unmarked', [
  ['放学后孩子先去托管班写作业。', '托管'],
  ['今晚的决赛是一场双强对决。', '双强'],
  ['雨太大了，小区门口的积水没过脚踝。', '积水'],
]);
