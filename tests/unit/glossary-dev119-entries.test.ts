// The entries of the dev119 round, drawn from the household registration, population and new-citizen items of city
// papers: hukou reform, settling with no conditions or as a graduate, the community collective household, the
// permit to move in, living away from one's registration, households registered where no one lives, the old change
// from an agricultural hukou, the temporary identity card; the residence permit's regulations and annual
// endorsement and Cixi's harmony promoters; the urbanisation rate by registration, the migrants' reward fund,
// urbanisation close to home and places where incomers outnumber locals; the seventh census, census takers and
// supervisors, the reference moment, the registered population, natural increase and the dependency ratio; the
// 2021 population decision, the talent dividend, women of childbearing age, the total fertility rate, the aged
// society, population decline, the sex ratio at birth, the Family Planning Association,
// the one-child certificate; one-off birth grants, birth-friendly hospitals, postnatal visits, the maternal care
// rate, the childcare enrolment rate; the return of a bride price and the new marriage culture. Each is underlined
// in a sentence of its own (not the development set's), and the everyday words that share their characters are
// left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev119 entries: underlined as the term', [
  ['深化户籍制度改革，让有意愿的人落户城镇。', '户籍制度改革', 'huji-zhidu-gaige'],
  ['这个县去年起实行零门槛落户。', '零门槛落户', 'lingmenkan-luohu'],
  ['应届毕业生可以先办理人才落户再找工作。', '人才落户', 'rencai-luohu'],
  ['没有房子的可以落户到社区公共户。', '社区公共户', 'shequ-gonggonghu'],
  ['迁入地派出所出具了准予迁入证明。', '准予迁入证明', 'zhunyu-qianru-zhengming'],
  ['这个小区人户分离现象比较普遍。', '人户分离', 'renhu-fenli'],
  ['派出所对空挂户逐一上门核实。', '空挂户', 'kongguahu'],
  ['他父亲当年是靠招工农转非的。', '农转非', 'nongzhuanfei'],
  ['旅客在车站派出所办了一张临时居民身份证。', '临时居民身份证', 'linshi-jumin-shenfenzheng'],
  ['居住证到期前要去社区办理签注。', '签注', 'qianzhu'],
  ['居住证暂行条例规定了持证人享有的基本公共服务。', '居住证暂行条例', 'juzhuzheng-zanxing-tiaoli'],
  ['村里的和谐促进员上门调解了这起纠纷。', '和谐促进员', 'hexie-cujinyuan'],
  ['全省户籍人口城镇化率比五年前提高了4个百分点。', '户籍人口城镇化率', 'huji-renkou-chengzhenhualv'],
  ['这笔农业转移人口市民化奖励资金已经下达。', '农业转移人口市民化奖励资金', 'shiminhua-jiangli-zijin'],
  ['今年的市民化奖励资金比去年多了两千万元。', '市民化奖励资金', 'shiminhua-jiangli-zijin'],
  ['县城的工业园区带动了农民就近城镇化。', '就近城镇化', 'jiujin-chengzhenhua'],
  ['这个镇人口倒挂严重，外来人口是本地人口的两倍。', '人口倒挂', 'renkou-daogua'],
  ['第七次全国人口普查的登记工作已经结束。', '第七次全国人口普查', 'diqici-renkou-pucha'],
  ['和七普时相比，全市常住人口增加了不少。', '七普', 'diqici-renkou-pucha'],
  ['普查员上门登记时会出示证件。', '普查员', 'pucha-yuan'],
  ['每名普查指导员负责指导四到五名普查员。', '普查指导员', 'pucha-zhidaoyuan'],
  ['这次普查的标准时点为11月1日零时。', '标准时点', 'biaozhun-shidian'],
  ['全县户籍人口比去年减少了两千人。', '户籍人口', 'huji-renkou'],
  ['去年全省人口自然增长率为负数。', '人口自然增长率', 'renkou-ziran-zengzhanglv'],
  ['全市老年抚养比逐年上升。', '抚养比', 'fuyangbi'],
  ['促进人口长期均衡发展，需要完善生育支持政策。', '人口长期均衡发展', 'renkou-changqi-junheng'],
  ['这座城市正在释放人才红利。', '人才红利', 'rencai-hongli'],
  ['全市育龄妇女人数持续减少。', '育龄妇女', 'yuling-funv'],
  ['总和生育率低于更替水平。', '总和生育率', 'zonghe-shengyulv'],
  ['这个县已经进入深度老龄化社会。', '深度老龄化', 'shendu-laolinghua'],
  ['全国人口连续三年人口负增长。', '人口负增长', 'renkou-fuzengzhang'],
  ['全市出生人口性别比回落到正常范围。', '出生人口性别比', 'chusheng-renkou-xingbiebi'],
  ['县计划生育协会成立了志愿服务队。', '计划生育协会', 'jisheng-xiehui'],
  ['镇计生协走访了辖区内的困难家庭。', '计生协', 'jisheng-xiehui'],
  ['退休时他拿出了珍藏的独生子女父母光荣证。', '独生子女父母光荣证', 'dushengzinv-fumu-guangrongzheng'],
  ['生育三孩的家庭可以申领一次性生育补助。', '一次性生育补助', 'yicixing-shengyu-buzhu'],
  ['市人民医院被评为生育友好医院。', '生育友好医院', 'shengyu-youhao-yiyuan'],
  ['社区医生完成了产后访视。', '产后访视', 'chanhou-fangshi'],
  ['全县孕产妇系统管理率保持在95%以上。', '孕产妇系统管理率', 'yunchanfu-xitong-guanlilv'],
  ['全市婴幼儿入托率明显提高。', '入托率', 'rutuolv'],
  ['法院依法判决彩礼返还六成。', '彩礼返还', 'caili-fanhuan'],
  ['各村通过文艺演出宣传新型婚育文化。', '新型婚育文化', 'xinxing-hunyu-wenhua'],
]);

leftAloneByIdBlock('dev119 entries: the everyday words that share their characters are left alone', [
  ['单亲妈妈独自抚养比较吃力。', 'fuyangbi'],
  ['这次安全隐患大普查员工全员参与。', 'pucha-yuan'],
  ['比赛的标准时间是九十分钟。', 'biaozhun-shidian'],
  ['他在冰箱上贴了一张长表，写满了作息安排。', 'pucha-yuan'],
  ['这家人口味偏甜，做菜总爱放糖。', 'huji-renkou'],
  // 签注 before 意见 is writing one's comments on a document (签注|意见), no permit endorsement.
  ['局长在请示件上签注意见后转给了办公室。', 'qianzhu'],
]);
