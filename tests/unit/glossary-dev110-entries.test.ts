// The entries of the dev110 round, drawn from the sport and national fitness items of city papers: sports parks,
// the county's stadium, hall and pool, outdoor fitness trails, the programme to fill gaps in fitness facilities, the
// national fitness plan and its local implementation plans; pupils' fitness standard, test and good-or-excellent
// rate, PE in the senior-high entrance exam, talent admissions, high-level school teams, the separate admission to
// sports degrees and traditional sports schools; competitive sport, the three-tier training network, part-time sports
// schools, athlete rankings, provincial teams run by a city, registered and retired athletes, anti-doping and
// discipline in competition; pacers, medical runners, race labels, the permit for large public events and the
// sports-event rules; the sport industry's value added and gross output, outdoor sports, instant lottery tickets and
// flying camps; associations for older people's sport and single sports, and the Special Olympics. Each is
// underlined in a sentence of its own (not the development set's), and the everyday words that share their
// characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev110 entries: underlined as the term', [
  ['县里的体育公园将于年底建成开放。', '体育公园', 'tiyu-gongyuan'],
  ['我县“一场两馆”项目已全部开工。', '一场两馆', 'yichang-liangguan'],
  ['村文化礼堂旁新装了一条健身路径。', '健身路径', 'jianshen-lujing'],
  ['该项目列入全民健身设施补短板工程，获中央预算内投资支持。', '全民健身设施补短板工程', 'quanmin-jianshen-sheshi-buduanban'],
  ['国务院印发新一轮全民健身计划。', '全民健身计划', 'quanmin-jianshen-jihua'],
  ['省政府出台全民健身实施计划。', '全民健身实施计划', 'quanmin-jianshen-shishi-jihua'],
  ['街道老年人体育协会换届选举。', '老年人体育协会', 'laonianren-tiyu-xiehui'],
  ['县老体协组织了一场门球赛。', '老体协', 'laonianren-tiyu-xiehui'],
  ['市里新成立了匹克球等三个单项体育协会。', '单项体育协会', 'danxiang-tiyu-xiehui'],
  ['省特奥会在我市开幕。', '特奥会', 'teaohui'],
  ['市体育局召开竞技体育工作会议。', '竞技体育', 'jingji-tiyu'],
  ['要健全三级训练网，扩大选材面。', '三级训练网', 'sanji-xunlianwang'],
  ['他八岁进入县业余体校练习举重。', '业余体校', 'yeyu-tixiao'],
  ['全市推进工作，今年共有3人获得运动健将称号。', '运动健将', 'yundong-jianjiang'],
  ['她去年达到国家一级运动员标准。', '国家一级运动员', 'yiji-yundongyuan'],
  ['射击项目继续实行省队市办。', '省队市办', 'shengdui-shiban'],
  ['本次比赛只接受注册运动员报名。', '注册运动员', 'zhuce-yundongyuan'],
  ['省运会期间开展反兴奋剂检查。', '反兴奋剂', 'fan-xingfenji'],
  ['组委会召开赛风赛纪教育会。', '赛风赛纪', 'saifeng-saiji'],
  ['县里为退役运动员安排了教练岗位。', '退役运动员', 'tuiyi-yundongyuan'],
  ['赛事招募配速员30名。', '配速员', 'peisuyuan'],
  ['今年的赛事配备医疗跑者80名。', '医疗跑者', 'yiliao-paozhe'],
  ['这场马拉松连续三年获评世界田联金标赛事。', '金标赛事', 'jinbiao-saishi'],
  ['主办方已向公安机关申请大型群众性活动安全许可。', '大型群众性活动安全许可', 'daxing-qunzhongxing-huodong-anquan-xuke'],
  ['新修订的体育赛事活动管理办法明确了备案要求。', '体育赛事活动管理办法', 'tiyu-saishi-huodong-guanli-banfa'],
  ['去年全省体育产业增加值增长8%。', '体育产业增加值', 'tiyu-chanye-zengjiazhi'],
  ['全县体育产业总规模达到50亿元。', '体育产业总规模', 'tiyu-chanye-zongguimo'],
  ['我市推动户外运动产业发展。', '户外运动', 'huwai-yundong'],
  ['体彩即开型彩票销量稳步增长。', '即开型彩票', 'jikaixing-caipiao'],
  ['景区内的航空飞行营地正式开营。', '航空飞行营地', 'hangkong-feixing-yingdi'],
  ['全市中小学生体质健康优良率逐年提高。', '体质健康优良率', 'tizhi-jiankang-youlianglv'],
  ['学校严格执行国家学生体质健康标准。', '国家学生体质健康标准', 'guojia-xuesheng-tizhi-jiankang-biaozhun'],
  ['下周全校学生参加体测。', '体测', 'tizhi-jiankang-ceshi'],
  ['今年起体育中考总分提高到50分。', '体育中考', 'tiyu-zhongkao'],
  ['今年中考体育新增游泳项目。', '中考体育', 'tiyu-zhongkao'],
  ['这所高中今年招收体育特长生40名。', '体育特长生', 'tiyu-techangsheng'],
  ['该校女排是教育部批准的高水平运动队。', '高水平运动队', 'gaoshuiping-yundongdui'],
  ['他通过体育单招考入体育学院。', '体育单招', 'tiyu-danzhao'],
  ['学校被命名为省级体育传统项目学校。', '体育传统项目学校', 'tiyu-chuantong-xiangmu-xuexiao'],
  ['全市体育场馆全面落实低免开放。', '低免开放', 'mianfei-dishoufei-kaifang'],
]);

leftAloneByIdBlock('dev110 entries: the everyday words that share their characters are left alone', [
  ['公园里有不少人在做体育运动。', 'tiyu-gongyuan'],
  ['他在竞技场上表现出色。', 'jingji-tiyu'],
  ['孩子们兴奋得睡不着觉。', 'fan-xingfenji'],
  ['这套方法是业内公认的金标准。', 'jinbiao-saishi'],
  ['顾客付款后店员立即开票。', 'jikaixing-caipiao'],
  ['他今天跑步的配速比昨天快。', 'peisuyuan'],
  ['他是我们班上的运动健将，跑得特别快。', 'yundong-jianjiang'],
  ['周末他喜欢户外运动，常去爬山。', 'huwai-yundong'],
  ['这家店的营业执照已经注册。', 'zhuce-yundongyuan'],
  ['他在省队待了三年，后来去市里办了一家公司。', 'shengdui-shiban'],
  ['我们一起去看了一场篮球比赛。', 'jingji-tiyu'],
]);
