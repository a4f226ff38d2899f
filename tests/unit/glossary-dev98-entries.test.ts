// The entries of the dev98 round, drawn from the united front, ethnic and religious affairs, overseas Chinese,
// Taiwan affairs and city diplomacy items of city papers: non-Party figures and cadres, representative online
// figures and new-media workers, the association of non-Party intellectuals, the Western Returned Scholars
// Association, the democratic parties (民革, 民进), consultation between the parties, the participating parties and
// the new type of party system, institutes of socialism; ethnic and religious affairs bureaus, the national common
// language, paired kinship visits, religious bodies, illegal religious activity, folk-belief temples and 寺观教堂;
// hometowns of emigrants, the overseas-Chinese community and associations, Chinese-language education abroad, the
// Overseas Friendship Association; Taiwan affairs offices, young people from Taiwan, the travel permit, Taiwan-invested
// firms and the measures for them; sister and friendship-exchange cities, the registration of foreigners'
// accommodation, people-to-people diplomacy and the Asian Games Village. Each is underlined in a sentence of its own
// (not the development set's), and the everyday words that share their characters are left alone (站台|办理,
// 农民|进城, 人民|革命, 平台|青少年, 好友|城里, 平台企业).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev98 entries: underlined as the term', [
  ['区委邀请党外人士参加经济形势通报会。', '党外人士', 'dangwai-renshi'],
  ['这位副局长是一名党外干部。', '党外干部', 'dangwai-ganbu'],
  ['统战部举办网络代表人士培训班。', '网络代表人士', 'wangluo-daibiao-renshi'],
  ['街道召开新媒体从业人员座谈会。', '新媒体从业人员', 'xinmeiti-congye-renyuan'],
  ['县知联会换届选出新一届会长。', '知联会', 'zhilianhui'],
  ['市党外知识分子联谊会组织专家下乡。', '党外知识分子联谊会', 'zhilianhui'],
  ['欧美同学会组织归国留学人员考察。', '欧美同学会', 'oumei-tongxuehui'],
  ['市委就年度计划开展政党协商。', '政党协商', 'zhengdang-xieshang'],
  ['民主党派是参政党。', '参政党', 'canzhengdang'],
  ['专家解读新型政党制度的优势。', '新型政党制度', 'xinxing-zhengdang-zhidu'],
  ['民革党员参加对台交流活动。', '民革', 'minge'],
  ['民进会员走进乡村学校。', '民进', 'minjin'],
  ['他在省社会主义学院参加培训。', '社会主义学院', 'shehuizhuyi-xueyuan'],
  ['县民宗局开展安全检查。', '民宗局', 'minzongju'],
  ['学校推广国家通用语言文字。', '国家通用语言文字', 'guojia-tongyong-yuyan-wenzi'],
  ['两家人通过结对认亲成了亲戚。', '结对认亲', 'jiedui-renqin'],
  ['佛教协会等宗教团体参加了座谈。', '宗教团体', 'zongjiao-tuanti'],
  ['警方依法查处一起非法宗教活动。', '非法宗教活动', 'feifa-zongjiao-huodong'],
  ['村里的民间信仰活动场所挂上了编号牌。', '民间信仰活动场所', 'minjian-xinyang-changsuo'],
  ['全市寺观教堂完成消防改造。', '寺观教堂', 'siguan-jiaotang'],
  ['文成是有名的侨乡。', '侨乡', 'qiaoxiang'],
  ['侨界代表为家乡发展建言。', '侨界', 'qiaojie'],
  ['海外侨团负责人回乡考察。', '侨团', 'qiaotuan'],
  ['市里支持海外华文教育。', '华文教育', 'huawen-jiaoyu'],
  ['市海外联谊会举办中秋联谊活动。', '海外联谊会', 'haiwai-lianyihui'],
  ['县台办组织台胞参观。', '台办', 'taiban'],
  ['台青来杭参加文创比赛。', '台青', 'taiqing'],
  ['台胞凭台胞证可以办理银行卡。', '台胞证', 'taibaozheng'],
  ['今年新增台资企业15家。', '台资企业', 'taizi-qiye'],
  ['这家台企在本市设厂。', '台企', 'taizi-qiye'],
  ['各项惠台措施落地见效。', '惠台措施', 'huitai-cuoshi'],
  ['本市与日本一座城市结为国际友好城市。', '国际友好城市', 'guoji-youhao-chengshi'],
  ['两市缔结友城关系二十周年。', '友城', 'guoji-youhao-chengshi'],
  ['区里新增一对友好交流城市。', '友好交流城市', 'youhao-jiaoliu-chengshi'],
  ['外籍人员要办理境外人员住宿登记。', '境外人员住宿登记', 'jingwai-renyuan-zhusu-dengji'],
  ['友协积极开展民间外交。', '民间外交', 'minjian-waijiao'],
  ['这所学校被命名为市级民族团结进步示范单位。', '民族团结进步示范单位', 'minzu-tuanjie-shifan-danwei'],
  ['亚运村的运动员公寓已交付使用。', '亚运村', 'yayuncun'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('市里正在创建儿童友好城市。')).toContain('ertong-youhao');
    expect(g.ids('平台企业要依法纳税。')).toContain('pingtai-jingji');
    expect(g.ids('这个区获评全国民族团结进步示范区。')).toContain('minzu-tuanjie-shifan');
    expect(g.ids('这个区获评全国民族团结进步示范区。')).not.toContain('minzu-tuanjie-shifan-danwei');
  },
});

leftAloneByIdBlock('dev98 entries: the everyday words that share their characters are left alone', [
  ['旅客可在站台办理补票手续。', 'taiban'],
  ['前台办理入住很快。', 'taiban'],
  ['越来越多农民进城务工。', 'minjin'],
  ['小区居民进出要刷卡。', 'minjin'],
  ['这是一部反映人民革命历史的电影。', 'minge'],
  ['这个平台青少年用户很多。', 'taiqing'],
  ['他的好友城里买了房。', 'guoji-youhao-chengshi'],
  ['平台企业要依法纳税。', 'taizi-qiye'],
  ['市里正在创建儿童友好城市。', 'guoji-youhao-chengshi'],
  ['两国是友好国家。', 'guoji-youhao-chengshi'],
  // 友好城市 alone is not a form: 婚育友好城市, 青年友好型城市 and the like are cities friendly to a group.
  ['我市出台建设婚育友好城市的措施。', 'guoji-youhao-chengshi'],
  ['这座城市是青年友好城市。', 'guoji-youhao-chengshi'],
]);
