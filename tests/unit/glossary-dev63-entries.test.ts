// The entries and forms of the dev63 round, drawn from the farm and rural technical pages of local papers:
// farmland (high-efficiency irrigation, the farmland red line, the farmland occupation tax, paddy for paddy, safe use
// of polluted land, farmland reserves), land and property rights (registering contracted land, land shareholding
// cooperatives, house-secured loans, paid use of homesteads, the village development boundary, the right to
// collective income), farm support (farm credit guarantees, major grain counties, income insurance, which takes
// 种植收入保险 from the full-cost insurance entry), farming methods (GIAHS, green pest control, organic fertiliser in
// place of chemical, safe disposal of dead livestock, the pre-harvest interval), village collectives (the collective
// economic organisation, its representative assembly, village clusters), fisheries and forestry (closed seasons, dual
// control of boats, the minimum catch size, the fuel subsidy, the aquaculture plan, mutual insurance, the logging
// quota, forest wellness, Zhejiang's pine forest conversion, small wetlands) and rural living (sanitary toilets,
// banquet kitchens, village doctors); 土地经营权抵押贷款, 集体经营性收入 and 危旧房治理 as forms of older entries. Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside them are
// left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev63 entries: underlined as the term', [
  ['茶园新装了高效节水灌溉设备。', '高效节水灌溉', 'gaoxiao-jieshui-guangai'],
  ['我省严守耕地保护红线。', '耕地保护红线', 'gengdi-baohu-hongxian'],
  ['违法占地触碰耕地红线。', '耕地红线', 'gengdi-baohu-hongxian'],
  ['这家企业补缴了耕地占用税。', '耕地占用税', 'gengdi-zhanyong-shui'],
  ['公路项目落实占水田补水田要求。', '占水田补水田', 'zhan-shuitian-bu-shuitian'],
  ['今年全市受污染耕地安全利用率达到93%。', '受污染耕地安全利用', 'shouwuran-gengdi-anquan-liyong'],
  ['该县开展土地承包经营权确权登记颁证。', '土地承包经营权确权登记颁证', 'chengbaodi-quequan'],
  ['全镇承包地确权工作全面完成。', '承包地确权', 'chengbaodi-quequan'],
  ['农户以土地入股土地股份合作社。', '土地股份合作社', 'tudi-gufen-hezuoshe'],
  ['银行推出农民住房财产权抵押贷款。', '农民住房财产权抵押贷款', 'nongmin-zhufang-caichanquan-diya'],
  ['该县试点宅基地有偿使用。', '宅基地有偿使用', 'zhaijidi-youchang-shiyong'],
  ['新建农房应在村庄建设边界内选址。', '村庄建设边界', 'cunzhuang-jianshe-bianjie'],
  ['农民的集体收益分配权受法律保护。', '集体收益分配权', 'jiti-shouyi-fenpeiquan'],
  ['省农业信贷担保公司今年新增担保20亿元。', '农业信贷担保', 'nongye-xindai-danbao'],
  ['该县获得产粮大县奖励资金。', '产粮大县', 'chanliang-daxian'],
  ['湖州桑基鱼塘系统入选全球重要农业文化遗产。', '全球重要农业文化遗产', 'quanqiu-zhongyao-nongye-wenhua-yichan'],
  ['茶园推广绿色防控技术。', '绿色防控', 'lvse-fangkong'],
  ['果园开展有机肥替代化肥试点。', '有机肥替代化肥', 'youjifei-tidai-huafei'],
  ['镇里建立病死畜禽无害化处理收集点。', '病死畜禽无害化处理', 'bingsi-chuqin-wuhaihua-chuli'],
  ['菜农要严格遵守农药安全间隔期。', '安全间隔期', 'anquan-jiangeqi'],
  ['农村集体经济组织依法登记，取得统一社会信用代码。', '农村集体经济组织', 'nongcun-jiti-jingji-zuzhi'],
  ['经济合作社召开成员代表大会。', '成员代表大会', 'chengyuan-daibiao-dahui'],
  ['禁渔期内严禁非法捕捞。', '禁渔期', 'jinyuqi'],
  ['该县严格落实渔船双控制度。', '渔船双控', 'yuchuan-shuangkong'],
  ['小黄鱼的最小可捕标准为15厘米。', '最小可捕标准', 'zuixiao-kebu-biaozhun'],
  ['渔业油价补贴资金用于渔船更新改造。', '渔业油价补贴', 'yuye-youjia-butie'],
  ['县政府批准发布养殖水域滩涂规划。', '养殖水域滩涂规划', 'yangzhi-shuiyu-tantu-guihua'],
  ['船东为船员办理了渔业互保。', '渔业互保', 'yuye-hubao'],
  ['今年的森林采伐限额已经下达到各乡镇。', '采伐限额', 'caifa-xiane'],
  ['该县评出省级森林康养基地两个。', '森林康养', 'senlin-kangyang'],
  ['农户改用无害化卫生厕所。', '无害化卫生厕所', 'wuhaihua-weisheng-cesuo'],
  ['村里新建了农村家宴放心厨房。', '农村家宴放心厨房', 'nongcun-jiayan-fangxin-chufang'],
  ['县里为乡村医生缴纳养老保险。', '乡村医生', 'xiangcun-yisheng'],
  ['农户用土地经营权抵押贷款买了烘干机。', '土地经营权抵押贷款', 'chengbao-tudi-jingyingquan-diya'],
  ['该村集体经营性收入突破百万元。', '集体经营性收入', 'cunjiti-jingyingxing-shouru'],
  ['全市完成危旧房治理1200户。', '危旧房治理', 'weijiufang-gaizao'],
  ['该县完成耕地后备资源调查。', '耕地后备资源', 'gengdi-houbei-ziyuan'],
  ['林场今年完成松林改造提升8000亩。', '松林改造提升', 'songlin-gaizao-tisheng'],
  ['五个村抱团开展片区组团发展。', '片区组团', 'pianqu-zutuan'],
  ['公园里新建了三处小微湿地。', '小微湿地', 'xiaowei-shidi'],
  ['今年试点杨梅收入保险。', '收入保险', 'shouru-baoxian'],
  ['全省推开水稻种植收入保险。', '种植收入保险', 'shouru-baoxian'],
  ['水稻完全成本保险由财政补贴保费。', '完全成本保险', 'wanquan-chengben-baoxian'],
]);

leftAloneByIdBlock('dev63 entries: the everyday words inside or beside them are left alone', [
  ['爷爷用水管灌溉菜地。', 'gaoxiao-jieshui-guangai'],
  ['地图上画着一条红线。', 'gengdi-baohu-hongxian'],
  ['这张大床占用了不少空间。', 'gengdi-zhanyong-shui'],
  ['水田里插满了秧苗。', 'zhan-shuitian-bu-shuitian'],
  ['河水受污染后，鱼都死了。', 'shouwuran-gengdi-anquan-liyong'],
  ['村里的供销合作社卖种子和农具。', 'tudi-gufen-hezuoshe'],
  ['他用房子抵押贷款开了一家店。', 'nongmin-zhufang-caichanquan-diya'],
  ['这个村庄风景优美。', 'cunzhuang-jianshe-bianjie'],
  ['公司年底按业绩分配收益。', 'jiti-shouyi-fenpeiquan'],
  ['朋友为他的贷款做了担保。', 'nongye-xindai-danbao'],
  ['这个县是人口大县。', 'chanliang-daxian'],
  ['这座古城是世界文化遗产。', 'quanqiu-zhongyao-nongye-wenhua-yichan'],
  ['她穿了一件绿色的外套。', 'lvse-fangkong'],
  ['今年化肥价格上涨。', 'youjifei-tidai-huafei'],
  ['小狗生病了，主人很着急。', 'bingsi-chuqin-wuhaihua-chuli'],
  ['两次考试间隔一周。', 'anquan-jiangeqi'],
  ['班里组织集体活动。', 'nongcun-jiti-jingji-zuzhi'],
  ['学生代表在开学大会上发言。', 'chengyuan-daibiao-dahui'],
  ['这片水域禁止游泳。', 'jinyuqi'],
  ['渔船回港避风。', 'yuchuan-shuangkong'],
  ['这条鱼太小了，放回河里吧。', 'zuixiao-kebu-biaozhun'],
  ['油价下周上调。', 'yuye-youjia-butie'],
  ['邻里之间互帮互助。', 'yuye-hubao'],
  ['这次活动报名人数有限额。', 'caifa-xiane'],
  ['周末去森林公园散步。', 'senlin-kangyang'],
  ['商场的卫生间很干净。', 'wuhaihua-weisheng-cesuo'],
  ['家里的厨房刚装修好。', 'nongcun-jiayan-fangxin-chufang'],
  ['他是一名医生，在乡村长大。', 'xiangcun-yisheng'],
  ['他把闲置的房子租了出去。', 'weijiufang-gaizao'],
  ['球队的后备力量很充足。', 'gengdi-houbei-ziyuan'],
  ['他家的老房子经过改造提升，住得更舒服了。', 'songlin-gaizao-tisheng'],
  ['同学们分成三个小组，组团参加比赛。', 'pianqu-zutuan'],
  ['雨后的草地十分湿润。', 'xiaowei-shidi'],
  ['他的工资收入保持稳定，还给孩子买了一份意外保险。', 'shouru-baoxian'],
  ['全省推开水稻种植收入保险。', 'wanquan-chengben-baoxian'],
]);
