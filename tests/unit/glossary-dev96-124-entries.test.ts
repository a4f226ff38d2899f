// The entries of the gloss126 round, drawn from what the dev96–dev124 sets still missed with nothing close in the
// glossary: master TCM doctors' workshops and 国医堂 as a form of 中医馆, school sickness-absence surveillance, Red
// Cross first-aiders, direct registration of social organisations, state-assigned jobs for discharged soldiers,
// deadweight tonnage, rolling debt over (借新还旧), the M grade of taxpayer credit, firms with R&D units and R&D
// activity, provincial postdoctoral bases, the ratio of cars to chargers and shared private chargers, farm
// irrigation power, trees in power lines, visible construction progress, fishermen's locator beacons and fleet
// fishing, the Daiqu croaker, the She woven sash, the religious charity week, audit opening meetings, discipline and
// audit working together, case-file reviews, the public-service phone-in, cross-border buses, A+H listings,
// international ship registration, pools of staff posts, the gig economy, assembled e-bike batteries and lifted speed
// limits, lifelong accountability and Hangzhou's graduate living grant; then the census long form, on-site bulk gas
// supply, the valve-hose-cooker safety set, the follow-up on failed spot checks, methanol dual-fuel ships, domestic
// investment received, fast-track IP protection, the administrative review correction rate and pooled bonds of small
// firms, with the forms 财政承受能力评估, 内陆港, 农民工市民化, 赋权事项 and 飞地孵化器 of older entries. Each is underlined in a sentence of its own (not the development set's), and the everyday
// words that share their characters are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev96–dev124 entries: underlined as the term', [
  ['这位老专家在镇卫生院设了名中医工作室。', '名中医工作室', 'mingzhongyi-gongzuoshi'],
  ['社区卫生服务中心新开的国医堂有针灸和推拿。', '国医堂', 'zhongyiguan'],
  ['卫生院改造了中医综合服务区。', '中医综合服务区', 'zhongyiguan'],
  ['疾控中心每天汇总各校的因病缺课监测数据。', '因病缺课监测', 'yinbing-queke-jiance'],
  ['这家商场的保安都是持证救护员。', '持证救护员', 'hongshizi-jiuhuyuan'],
  ['她参加培训后拿到了红十字救护员证。', '红十字救护员', 'hongshizi-jiuhuyuan'],
  ['这家公益慈善类社会组织可以直接登记。', '直接登记', 'shehui-zuzhi-zhijie-dengji'],
  ['今年有12名退役士官由政府安排工作。', '政府安排工作', 'zhengfu-anpai-gongzuo'],
  ['这艘新船有30万载重吨。', '载重吨', 'zaizhongdun'],
  ['有的平台公司长期借新还旧。', '借新还旧', 'jiexin-huanjiu'],
  ['新办的企业纳税信用被评为M级。', 'M级', 'm-ji-nashuiren'],
  ['全市规上工业企业研发机构设置率达到60%。', '研发机构设置率', 'yanfa-jigou-shezhilv'],
  ['有研发活动的企业占比逐年提高。', '有研发活动的企业', 'you-yanfa-huodong-qiye'],
  ['这家药企获批省博士后创新实践基地。', '博士后创新实践基地', 'boshihou-chuangxin-shijian-jidi'],
  ['小区的车桩比降到了3比1。', '车桩比', 'chezhuangbi'],
  ['物业鼓励业主参与私桩共享。', '私桩共享', 'sizhuang-gongxiang'],
  ['供电所抢修了一条农排线路。', '农排', 'nongpai'],
  ['电力工人上山处理树线矛盾。', '树线矛盾', 'shuxian-maodun'],
  ['这栋大楼的形象进度已经过半。', '形象进度', 'xingxiang-jindu'],
  ['出海的船员都配了个人示位标。', '个人示位标', 'geren-shiweibiao'],
  ['台风过后，渔船恢复编队生产。', '编队生产', 'biandui-shengchan'],
  ['今年放流了一批岱衢族大黄鱼苗。', '岱衢族大黄鱼', 'daiquzu-dahuangyu'],
  ['老人在家门口教孩子织畲族彩带。', '畲族彩带', 'shezu-caidai'],
  ['全市宗教界开展宗教慈善周活动。', '宗教慈善周', 'zongjiao-cishan-zhou'],
  ['审计组昨天召开了进点会。', '进点会', 'jindianhui'],
  ['区里建立了纪审联动机制。', '纪审联动', 'jishen-liandong'],
  ['司法局开展行政执法案卷评查。', '案卷评查', 'anjuan-pingcha'],
  ['交通局长走进政风行风热线直播间。', '政风行风热线', 'zhengfeng-hangfeng-rexian'],
  ['嘉善到青浦的毗邻公交又开了一条线。', '毗邻公交', 'pilin-gongjiao'],
  ['这家公司将成为又一家A+H上市公司。', 'A+H', 'a-jia-h'],
  ['舟山开展国际船舶登记业务。', '国际船舶登记', 'guoji-chuanbo-dengji'],
  ['县里用人才编制池引进了三名博士。', '人才编制池', 'rencai-bianzhichi'],
  ['零工经济让不少人有了灵活收入。', '零工经济', 'linggong-jingji'],
  ['民警查获一批拼装电池。', '拼装电池', 'pinzhuang-dianchi'],
  ['这辆电动车被解码提速，车主被处罚。', '解码提速', 'jiema-tisu'],
  ['对违规举债的责任人终身问责。', '终身问责', 'zhongshen-wenze'],
  ['应届毕业生可以申领来杭工作生活补贴。', '来杭工作生活补贴', 'laihang-gongzuo-shenghuo-butie'],
  ['项目入库前要做财政承受能力评估。', '财政承受能力评估', 'caizheng-chengshou-nengli-lunzheng'],
  ['义乌内陆港的集装箱直接运到宁波港装船。', '内陆港', 'wushuigang'],
], {
  'the M grade is read as the taxpayer grade in its full form too': (g) => {
    expect(g.ids('这家企业的纳税信用M级已经修复。')).toContain('m-ji-nashuiren');
  },
});

leftAloneByIdBlock('dev96–dev124 entries: the everyday words that share their characters are left alone', [
  ['他把旧书还给了图书馆，又借新书。', 'jiexin-huanjiu'],
  ['学校安排工作人员在门口测体温。', 'zhengfu-anpai-gongzuo'],
  ['这批货车的载重都超过了十吨。', 'zaizhongdun'],
  ['孩子因病缺课三天，老师上门补课。', 'yinbing-queke-jiance'],
  ['大家排好队，农民排在前面。', 'nongpai'],
  ['邻居家的桩基打得很深。', 'sizhuang-gongxiang'],
  ['他搭积木很有耐心，拼装了一座城堡。', 'pinzhuang-dianchi'],
  ['这部电影的形象宣传做得很好。', 'xingxiang-jindu'],
  ['他想找一份零工，周末去做。', 'linggong-jingji'],
  ['这件衣服是M码的。', 'm-ji-nashuiren'],
  ['两个村子毗邻，公交站就在村口。', 'pilin-gongjiao'],
]);

leftAloneBlock('dev96–dev124 entries: nothing is underlined over the everyday words', [
  ['这棵树线条很好看。', '树线'],
  ['他们一起去看了船舶展。', '船舶'],
  ['他终身难忘这次旅行。', '终身'],
]);

underlinedBlock('dev96–dev124 entries, second part: underlined as the term', [
  ['普查员说，抽中的住户要填普查长表。', '普查长表', 'renkou-pucha-changbiao'],
  ['这次人口普查长表有四十多个问题。', '人口普查长表', 'renkou-pucha-changbiao'],
  ['管道通到以后，这家饭店拆掉了点供设施。', '点供', 'ranqi-diangong'],
  ['社区为独居老人免费更换阀管器。', '阀管器', 'fa-guan-qi'],
  ['市场监管局通报了不合格产品后处理情况。', '不合格产品后处理', 'buhege-chanpin-houchuli'],
  ['这艘集装箱船采用甲醇双燃料动力。', '甲醇双燃料', 'jiachun-shuangranliao'],
  ['今年前三季度到位内资120亿元。', '到位内资', 'daowei-neizi'],
  ['企业申请知识产权快保护，专利很快就批下来了。', '知识产权快保护', 'zhishi-chanquan-kuaibaohu'],
  ['全市行政复议纠错率比上年下降。', '行政复议纠错率', 'xingzheng-fuyi-jiucuolv'],
  ['去年复议案件的直接纠错率为10%。', '直接纠错率', 'xingzheng-fuyi-jiucuolv'],
  ['五家企业联合发行了集合债券。', '集合债券', 'jihe-zhaiquan'],
  ['推进农民工市民化，让他们在城里安家。', '农民工市民化', 'nongye-zhuanyi-renkou-shiminhua'],
  ['第三批赋权事项下放到中心镇。', '赋权事项', 'zhenjie-fuquan'],
  ['这个山区县在杭州设了一家飞地孵化器。', '飞地孵化器', 'rencai-feidi'],
]);

leftAloneByIdBlock('dev96–dev124 entries, second part: the everyday words that share their characters are left alone', [
  ['队长表示，比赛还没有结束。', 'renkou-pucha-changbiao'],
  ['剧团延长表演时间，观众很满意。', 'renkou-pucha-changbiao'],
  // 长表 alone is left out: 他在冰箱门上贴了一张长表 is a long chart (the dev119 boundary trap).
  ['妈妈在墙上贴了一张长表，写着全家的值日安排。', 'renkou-pucha-changbiao'],
  ['今年重点供应蔬菜和猪肉。', 'ranqi-diangong'],
  ['这个地点供电不稳定。', 'ranqi-diangong'],
  ['资金到位以后，内资企业开始动工。', 'daowei-neizi'],
  ['老师帮他纠错，他的正确率提高了。', 'xingzheng-fuyi-jiucuolv'],
  ['学生们集合以后出发去春游。', 'jihe-zhaiquan'],
]);
