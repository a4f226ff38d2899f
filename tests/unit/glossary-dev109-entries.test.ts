// The entries of the dev109 round, drawn from the water supply, drainage, sanitation and underground utilities
// items of city papers: water in the mains, district metering, non-revenue water, remote-reading meters, boosting
// from the mains, residual chlorine; the surcharge above quota, the sewage charge, special-category water and the
// all-in price; the Grade 1-A standard, the collection rate, misconnections, infiltration, the BOD strength of
// inflow, combined sewers, CCTV inspection, overflow pollution and interceptor chambers; underpasses, low-impact
// development, sunken green space, permeable paving, drain grates and storage tanks; the family restroom, classes
// of public toilets, switchable stalls, the ratio of places, household toilets and three-chamber septic tanks;
// mechanised sweeping, same-day clearing, transfer stations, leachate, town-and-country sanitation, the safe-disposal
// rate, restaurant food waste, residual waste and mist cannons; cable tunnels, lines moved into tunnels, anti-fall
// nets, the survey of buried lines, the road-digging permit, line locating, grey cast-iron pipe, the tunnel fee and
// trenchless repair. Each is underlined in a sentence of its own (not the development set's), and the everyday
// words that share their characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev109 entries: underlined as the term', [
  ['本月管网水水质检测结果已在官网公布。', '管网水', 'guanwangshui'],
  ['水务公司推行供水管网分区计量，漏损明显下降。', '分区计量', 'fenqu-jiliang'],
  ['该县供水产销差率仍高于全省平均水平。', '产销差率', 'chanxiaocha-lv'],
  ['小区全部换装了远传水表。', '远传水表', 'yuanchuan-shuibiao'],
  ['这栋高层采用无负压供水方式。', '无负压供水', 'wufuya-gongshui'],
  ['老小区二次供水改用管网叠压供水。', '管网叠压供水', 'wufuya-gongshui'],
  ['出厂水余氯保持在每升0.5毫克左右。', '余氯', 'yulv'],
  ['县里出台了非居民用水超定额累进加价实施细则。', '超定额累进加价', 'chaodinge-leijin-jiajia'],
  ['今年起污水处理费标准有所调整。', '污水处理费', 'wushui-chulifei'],
  ['桑拿浴室属于特种用水。', '特种用水', 'tezhong-yongshui'],
  ['洗车店执行特种行业用水价格。', '特种行业用水', 'tezhong-yongshui'],
  ['本市居民综合水价低于周边城市。', '综合水价', 'zonghe-shuijia'],
  ['镇污水处理厂出水稳定达到一级A排放标准。', '一级A排放标准', 'yiji-a-biaozhun'],
  ['全县污水集中收集率逐年提高。', '污水集中收集率', 'wushui-jizhong-shoujilv'],
  ['排查组发现多处雨污混接。', '雨污混接', 'hunjie-cuojie'],
  ['老城区雨污混接错接问题突出。', '雨污混接错接', 'hunjie-cuojie'],
  ['沿河管道存在外水入渗问题。', '外水入渗', 'waishui-rushen'],
  ['该厂进水BOD浓度偏低。', '进水BOD浓度', 'jinshui-bod-nongdu'],
  ['这片老城区仍是合流制排水系统。', '合流制排水系统', 'heliuzhi'],
  ['施工前先对管道进行CCTV检测。', 'CCTV检测', 'cctv-jiance'],
  ['新建调蓄设施削减合流制溢流污染。', '合流制溢流污染', 'yiliu-wuran'],
  ['排口处改建了一座截流井。', '截流井', 'jieliujing'],
  ['暴雨过后，交警对三处下立交实施交通管制。', '下立交', 'xialijiao'],
  ['新城按照低影响开发要求建设道路。', '低影响开发', 'diyingxiang-kaifa'],
  ['广场四周设置了下沉式绿地。', '下沉式绿地', 'xiaoshi-lvdi'],
  ['停车场采用透水铺装。', '透水铺装', 'toushui-puzhuang'],
  ['雨水篦子被落叶堵住了。', '雨水篦子', 'yushui-bizi'],
  ['泵站旁新建了调蓄池。', '调蓄池', 'tiaoxuchi'],
  ['服务区厕所设有第三卫生间。', '第三卫生间', 'disan-weishengjian'],
  ['火车站广场的一类公厕已投入使用。', '一类公厕', 'yilei-gongce'],
  ['景区公厕增设潮汐厕位。', '潮汐厕位', 'chaoxi-cewei'],
  ['设计时要合理确定男女厕位比例。', '男女厕位比例', 'nannv-cewei-bili'],
  ['全村农村户厕全部完成改造。', '农村户厕', 'huce'],
  ['村民家中建起了三格化粪池。', '三格化粪池', 'sange-huafenchi'],
  ['城区道路机械化清扫率逐年提高。', '机械化清扫率', 'jixie-qingsao-lv'],
  ['镇区垃圾收运做到日产日清。', '日产日清', 'richan-riqing'],
  ['街道新建了生活垃圾转运站。', '生活垃圾转运站', 'laji-zhongzhuanzhan'],
  ['填埋场垃圾渗滤液得到有效处理。', '垃圾渗滤液', 'laji-shenlvye'],
  ['我县推进城乡环卫一体化改革。', '城乡环卫一体化', 'chengxiang-huanwei-yitihua'],
  ['去年全省生活垃圾无害化处理率达到100%。', '生活垃圾无害化处理率', 'shenghuo-laji-wuhaihua-chulilv'],
  ['饭店的餐厨垃圾由专业公司收运。', '餐厨垃圾', 'canchu-laji'],
  ['全市推行可回收物、有害垃圾、易腐垃圾和其他垃圾四分类。', '其他垃圾', 'qita-laji'],
  ['工地门口停着一辆雾炮车。', '雾炮车', 'wupaoche'],
  ['人行道下敷设了缆线管廊。', '缆线管廊', 'lanxian-guanlang'],
  ['管廊建成后同步推进管线入廊。', '管线入廊', 'guanxian-rulang'],
  ['全区井盖下方加装防坠网。', '防坠网', 'fangzhuiwang'],
  ['市里启动地下管线普查。', '地下管线普查', 'dixia-guanxian-pucha'],
  ['该工程已取得城市道路挖掘许可。', '城市道路挖掘许可', 'daolu-wajue-xuke'],
  ['施工方先请专业队伍开展地下管线探测。', '地下管线探测', 'guanxian-tance'],
  ['这段道路下的灰口铸铁管已有四十年。', '灰口铸铁管', 'huikou-zhutieguan'],
  ['入廊单位应按时缴纳综合管廊有偿使用费。', '综合管廊有偿使用费', 'guanlang-youchang-shiyongfei'],
  ['这段污水管采用非开挖修复。', '非开挖修复', 'feikaiwa-xiufu'],
  ['城区新增积水点5处。', '积水点', 'yilao-jishuidian'],
]);

leftAloneByIdBlock('dev109 entries: the everyday words that share their characters are left alone', [
  ['高峰时段管网水压偏低，高层住户用水不便。', 'guanwangshui'],
  ['这批管网水量计量表已经安装到位。', 'guanwangshui'],
  ['桌上还有其他垃圾要扔。', 'qita-laji'],
  ['这家工厂的产销差距正在缩小。', 'chanxiaocha-lv'],
  ['午饭后余下的饭菜要放进冰箱。', 'yulv'],
  ['这块手表是防水表，游泳时也可以戴着。', 'yuanchuan-shuibiao'],
  ['两条小溪在村口合流，一起流进了大河。', 'heliuzhi'],
  ['他是一类人，我是另一类人。', 'yilei-gongce'],
  ['这次考试分为一级和二级，他报了一级。', 'yiji-a-biaozhun'],
  ['每户厕所都要打扫干净。', 'huce'],
  ['傍晚，一家人坐在海边看潮汐涨落。', 'chaoxi-cewei'],
  ['餐厨用具要经常消毒。', 'canchu-laji'],
  ['外套的拉链坏了，妈妈帮他换了一条新的。', 'guanxian-rulang'],
  ['游客沿着湖边走入廊桥，欣赏雨中的荷花。', 'guanxian-rulang'],
  ['游客沿着湖边走入廊桥，欣赏雨中的荷花。', 'guanlang-youchang-shiyongfei'],
  ['考古队在遗址进行挖掘，许可证已经办好。', 'daolu-wajue-xuke'],
  ['这只铸铁锅用了二十年。', 'huikou-zhutieguan'],
  ['他的综合水平很高。', 'zonghe-shuijia'],
  ['地面上有一处积水，行人绕道而过。', 'yilao-jishuidian'],
  ['大雾天气，能见度很低。', 'wupaoche'],
  ['孩子们在小区里打雪仗。', 'laji-zhongzhuanzhan'],
]);
