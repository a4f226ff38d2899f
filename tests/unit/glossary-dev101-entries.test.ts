// The entries of the dev101 round, drawn from the fire, gas, building and community safety and property
// management items of city papers: high fire-risk premises, special construction projects and their fire approval,
// fatal fires, steel sandwich panels, temporary sealing-off, the fire safety commission (消安委); cylinders overdue
// for inspection, flueless gas water heaters, the gas facility protection zone, pressure-regulating boxes (调压 read
// tiáo yā), LPG supply stations; thermal runaway and battery management systems; estate pipe networks, super
// high-rise buildings, rural building craftsmen, civil air defence parking, owners' self-management, level-entry
// lifts, community planners; property dispute mediation committees, residence registration and public-security
// video systems. Each is underlined in a sentence of its own (not the development set's), and the everyday words
// that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev101 entries: underlined as the term', [
  ['消防部门对全区火灾高危单位逐一开展评估。', '火灾高危单位', 'huozai-gaowei-danwei'],
  ['这座体育馆属于特殊建设工程，须经消防验收。', '特殊建设工程', 'teshu-jianshe-gongcheng'],
  ['全县连续三年没有发生亡人火灾。', '亡人火灾', 'wangren-huozai'],
  ['这排仓库用彩钢夹芯板搭建，存在火灾隐患。', '彩钢夹芯板', 'caigang-jiaxinban'],
  ['厂房顶棚采用可燃夹芯彩钢板，被要求限期整改。', '夹芯彩钢板', 'caigang-jiaxinban'],
  ['消防救援机构对这家歌厅实施临时查封。', '临时查封', 'linshi-chafeng'],
  ['县消防安全委员会召开全体会议。', '消防安全委员会', 'xiaofang-anquan-weiyuanhui'],
  ['区消安委组织开展夏季消防检查。', '消安委', 'xiaofang-anquan-weiyuanhui'],
  ['充装站不得为超期未检气瓶充装。', '超期未检气瓶', 'chaoqi-weijian-qiping'],
  ['执法人员查获两只超期未检钢瓶。', '超期未检钢瓶', 'chaoqi-weijian-qiping'],
  ['志愿者上门劝居民更换直排式燃气热水器。', '直排式燃气热水器', 'zhipaishi-ranqi-reshuiqi'],
  ['在燃气设施保护范围内施工须制定保护方案。', '燃气设施保护范围', 'ranqi-sheshi-baohu-fanwei'],
  ['燃气调压箱周围不得堆放杂物。', '调压箱', 'tiaoyaxiang'],
  ['市民应到正规的瓶装液化石油气供应站购气。', '瓶装液化石油气供应站', 'pingzhuang-yehuaqi-gongyingzhan'],
  ['镇上的液化气供应站今年搬进了新站房。', '液化气供应站', 'pingzhuang-yehuaqi-gongyingzhan'],
  ['电池过充容易引发热失控。', '热失控', 're-shikong'],
  ['合格的锂电池都配有电池管理系统。', '电池管理系统', 'dianchi-guanli-xitong'],
  ['老旧小区的庭院管网将统一更新。', '庭院管网', 'tingyuan-guanwang'],
  ['全市超高层建筑都配备了避难层。', '超高层建筑', 'chaogaoceng-jianzhu'],
  ['这批农村建筑工匠通过了技能考核。', '农村建筑工匠', 'nongcun-jianzhu-gongjiang'],
  ['业主可以承租小区的人防车位。', '人防车位', 'renfang-chewei'],
  ['这个小区多年来实行业主自管。', '业主自管', 'yezhu-ziguan'],
  ['新装的电梯可以平层入户。', '平层入户', 'pingceng-ruhu'],
  ['社区规划师带着图纸走进小区听取意见。', '社区规划师', 'shequ-guihuashi'],
  ['街道物业纠纷人民调解委员会成功化解一起漏水纠纷。', '物业纠纷人民调解委员会', 'wuye-jiufen-renmin-tiaojie-weiyuanhui'],
  ['租客应及时到派出所办理居住登记。', '居住登记', 'juzhu-dengji'],
  ['他在本市办理了流动人口居住登记。', '流动人口居住登记', 'juzhu-dengji'],
  ['商场的公共安全视频图像信息系统接入了平台。', '公共安全视频图像信息系统', 'gonggong-anquan-shipin-xitong'],
], {
  'reads 消安委办公室 as the fire safety commission, not 安委办 across 消 | 安委办': (g) => {
    expect(g.ids('市消安委办公室通报一季度考核结果。')).toContain('xiaofang-anquan-weiyuanhui');
    expect(g.ids('市消安委办公室通报一季度考核结果。')).not.toContain('anweiban');
    expect(g.ids('区安委办组织开展安全生产检查。')).toContain('anweiban');
  },
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('村人民调解委员会调处了一起邻里纠纷。')).toContain('renmin-tiaojie');
    expect(g.ids('这幢楼今年加装电梯。')).toContain('jiazhuang-dianti');
  },
});

leftAloneByIdBlock('dev101 entries: the everyday words that share their characters are left alone', [
  ['这起火灾没有造成人员伤亡。', 'wangren-huozai'],
  ['高危行业要加强安全培训。', 'huozai-gaowei-danwei'],
  ['特殊教育学校的建设工程已经开工。', 'teshu-jianshe-gongcheng'],
  ['孩子早餐吃了一块夹心饼干。', 'caigang-jiaxinban'],
  ['他临时查了一下地图。', 'linshi-chafeng'],
  ['区安委办组织开展安全生产检查。', 'xiaofang-anquan-weiyuanhui'],
  ['家里的液化气用完了，得去换一瓶。', 'pingzhuang-yehuaqi-gongyingzhan'],
  ['这家厂把污水直排入河，被依法处罚。', 'zhipaishi-ranqi-reshuiqi'],
  ['燃气设施要定期检查。', 'ranqi-sheshi-baohu-fanwei'],
  ['奶奶翻出了压箱底的老照片。', 'tiaoyaxiang'],
  ['比赛现场一度失控。', 're-shikong'],
  ['学校的管理系统升级了。', 'dianchi-guanli-xitong'],
  ['庭院里种满了月季。', 'tingyuan-guanwang'],
  ['这栋楼的高层住户视野很好。', 'chaogaoceng-jianzhu'],
  ['他身上有一股工匠精神。', 'nongcun-jianzhu-gongjiang'],
  ['小区车位很紧张。', 'renfang-chewei'],
  ['业主自己动手清理了楼道。', 'yezhu-ziguan'],
  ['民警入户走访独居老人。', 'pingceng-ruhu'],
  ['社区规划了一片停车场。', 'shequ-guihuashi'],
  ['村人民调解委员会调处了一起邻里纠纷。', 'wuye-jiufen-renmin-tiaojie-weiyuanhui'],
  ['入住酒店要办理住宿登记。', 'juzhu-dengji'],
  ['外籍人员要办理境外人员住宿登记。', 'juzhu-dengji'],
  ['维护公共安全是每个人的责任。', 'gonggong-anquan-shipin-xitong'],
  ['执法人员检查了店里的液化气钢瓶。', 'chaoqi-weijian-qiping'],
]);
