// The entries of the dev65 round, drawn from the transport, construction and city-management pages of local papers:
// roads and junctions (traffic organisation, smart parking, stop-before-right-turn, far-side U-turns, contraflow left
// turns, variable lanes, signal timing, separated bicycle lanes, parking spaces, the congestion index), buses and rail
// (flat fares, demand-responsive buses, intercity railways, park and ride, bus bays, the metro protection zone),
// building sites (tidy construction, deep excavations, high formwork, works of great danger, prefabricated building,
// the six hundred-percents, flat-by-flat inspection, sample first, witnessed sampling, intelligent construction), estates
// (basic property service, the owners' joint decisions and their double majorities, the management area, the
// assembly's rules of procedure), the city (outdoor advertising, overhead lines underground, cleanliness by the gram, street and lane chiefs — 街巷长 underlined
// only in quotes or policy prose, not a lane's length),
// gas and water (leak alarms, metal hoses, home safety checks, the loss rate, same water same price, dual-quality
// supply, drainage and flood prevention, one meter per household) and buildings (dangerous-house assessment, glass curtain walls, safe use).
// Each is underlined in a sentence of its own (not the development set's), and the everyday words inside or beside
// them are left alone.
import { expect } from 'vitest';
import { leftAloneBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev65 entries: underlined as the term', [
  ['亚运会期间，场馆周边实行临时交通组织。', '交通组织', 'jiaotong-zuzhi'],
  ['县城的智慧停车系统上线了。', '智慧停车', 'zhihui-tingche'],
  ['渣土车在路口必须右转必停。', '右转必停', 'youzhuan-bi-ting'],
  ['这个路口改成了远端掉头。', '远端掉头', 'yuanduan-diaotou'],
  ['交警在中山路口设置了借道左转车道。', '借道左转车道', 'jiedao-zuozhuan'],
  ['这条路新设了两条可变车道。', '可变车道', 'kebian-chedao'],
  ['工程师正在优化路口的信号配时。', '信号配时', 'xinhao-peishi'],
  ['人民路全线设置了机非隔离带。', '机非隔离带', 'jifei-geli'],
  ['医院周边新增停车泊位200个。', '停车泊位', 'tingche-bowei'],
  ['国庆期间全市交通拥堵指数有所上升。', '交通拥堵指数', 'jiaotong-yongdu-zhishu'],
  ['城区公交实行一票制。', '一票制', 'yipiaozhi'],
  ['山区乡镇开通了需求响应式公交。', '需求响应式公交', 'xuqiu-xiangying-gongjiao'],
  ['杭德城际铁路预计明年通车。', '城际铁路', 'chengji-tielu'],
  ['车主可以把车停在P+R停车场再坐地铁。', 'P+R停车场', 'tingche-huancheng'],
  ['市区鼓励停车换乘。', '停车换乘', 'tingche-huancheng'],
  ['新建道路同步建设港湾式公交站。', '港湾式公交站', 'gangwanshi-gongjiaozhan'],
  ['这块地位于轨道交通保护区内。', '轨道交通保护区', 'ditie-baohuqu'],
  ['工地门口挂出了文明施工的标牌。', '文明施工', 'wenming-shigong'],
  ['全区开展扬尘防控专项行动。', '扬尘防控', 'yangchen-zhili'],
  ['深基坑作业必须有专人监护。', '深基坑', 'shenjikeng'],
  ['高支模搭设前须经专家论证。', '高支模', 'gaozhimo'],
  ['项目部建立了危大工程清单。', '危大工程', 'weida-gongcheng'],
  ['这幢楼是全县第一个装配式建筑。', '装配式建筑', 'zhuangpeishi-jianzhu'],
  ['工地落实“六个百分百”。', '六个百分百', 'liuge-baifenbai'],
  ['新房交付前进行了分户验收。', '分户验收', 'fenhu-yanshou'],
  ['质监站推行样板引路制度。', '样板引路', 'yangban-yinlu'],
  ['这批钢筋已经见证取样送检。', '见证取样', 'jianzheng-quyang'],
  ['本市推进智能建造与建筑工业化协同发展。', '智能建造', 'zhineng-jianzao'],
  ['街道为老小区提供准物业服务。', '准物业', 'zhunwuye'],
  ['选聘物业公司属于业主共同决定事项。', '业主共同决定事项', 'yezhu-gongtong-jueding-shixiang'],
  ['这项决定已经获得“双过半”业主同意。', '双过半', 'shuangguoban'],
  ['动用维修资金须经“双四分之三”同意。', '双四分之三', 'shuang-sifenzhisan'],
  ['两个小区合并为一个物业管理区域。', '物业管理区域', 'wuye-guanli-quyu'],
  ['筹备组起草了业主大会议事规则。', '业主大会议事规则', 'yezhu-dahui-yishi-guize'],
  ['城管部门清理了一批违规户外广告。', '户外广告', 'huwai-guanggao'],
  ['老城区启动架空线上改下工程。', '架空线上改下', 'shang-gai-xia'],
  ['环卫部门推行以克论净。', '以克论净', 'yi-ke-lun-jing'],
  ['街道推行街巷长制，每条街巷都有人负责。', '街巷长制', 'jiexiangzhang'],
  ['“街巷长”每天都来走一走。', '街巷长', 'jiexiangzhang'],
  ['餐馆厨房里装了燃气报警器。', '燃气报警器', 'ranqi-baojingqi'],
  ['燃气灶的软管换成了金属波纹管。', '金属波纹管', 'jinshu-bowenguan'],
  ['燃气公司本月开展入户安检。', '入户安检', 'ruhu-anjian'],
  ['今年供水管网漏损率下降了一个百分点。', '供水管网漏损率', 'gongshui-guanwang-lousunlv'],
  ['全县实现城乡供水同质同价。', '城乡供水同质同价', 'gongshui-tongzhi-tongjia'],
  ['这个小区是全市第一个分质供水小区。', '分质供水', 'fenzhi-gongshui'],
  ['市里完成了城市排水防涝设施改造。', '排水防涝', 'paishui-fanglao'],
  ['老小区的电表改成了一户一表。', '一户一表', 'yihu-yibiao'],
  ['镇里请来专家做危房鉴定。', '危房鉴定', 'weifang-jianding'],
  ['这栋写字楼的玻璃幕墙每年检查一次。', '玻璃幕墙', 'boli-muqiang'],
  ['房屋所有人是房屋使用安全责任人。', '房屋使用安全责任人', 'fangwu-shiyong-anquan'],
  ['车辆不得占用消防通道。', '消防通道', 'xiaofangche-tongdao'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('小区召开业主大会。')).toContain('yezhu-dahui');
    expect(g.ids('要加强扬尘治理。')).toContain('yangchen-zhili');
    expect(g.ids('电网企业开展需求响应。')).not.toContain('xuqiu-xiangying-gongjiao');
  },
});

leftAloneBlock('dev65 entries: the everyday words inside or beside them are left alone', [
  ['这家公司按照标准物业费收取，每平方米两元。', '准物业'],
  ['这次体检共有部分同学没有参加。', '共有部分'],
  ['他走到一半又掉头回家拿伞。', '掉头'],
  ['码头新建了两个万吨级泊位。', '泊位'],
  ['一块蛋糕切成四份，他一个人吃了四分之三。', '四分之三'],
  ['售楼处的样板间装修得很漂亮。', '样板'],
  ['他的组织能力很强。', '组织'],
  ['天气多变，出门带把伞。', '变'],
  ['手机信号不太好。', '信号'],
  ['两人隔离了十四天。', '隔离'],
  ['这部电影是一票难求。', '一票'],
  ['铁路部门增开了临时列车。', '铁路'],
  ['他在地铁站换乘了公交。', '换乘'],
  ['港湾里停满了渔船。', '港湾'],
  ['他小时候很爱踢球，基本功很扎实。', '基本'],
  ['小孩在坑边玩耍很危险。', '坑'],
  ['他说话文明，待人礼貌。', '文明'],
  ['这件事有百分之百的把握。', '百分之百'],
  ['他去医院取样化验。', '取样'],
  ['班长说这事由大家共同决定。', '共同决定'],
  ['投票结果过半数同意。', '过半'],
  ['小区里新开了一家快餐店。', '小区'],
  ['她在户外拍了一组照片。', '户外'],
  ['工作人员上门安装了宽带。', '上门'],
  ['水管漏了，地上全是水。', '漏'],
  ['这款饮料的质量和价格都不错。', '质'],
  ['大雨过后，低洼处有积水。', '积水'],
  ['他在表格里填了一户一人的信息。', '一户'],
  ['这座老房子有一百年了。', '房子'],
  ['他透过玻璃看着窗外的雨。', '玻璃'],
  ['他在这条街巷长大，对每户人家都很熟。', '街巷长'],
  ['我们这条街巷长约三百米。', '街巷长'],
  ['舞台的幕布缓缓拉开。', '幕'],
]);

