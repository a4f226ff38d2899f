// The entries of the dev96 round, drawn from the health and hospital items of city papers: grassroots care
// (the share of visits made at local clinics, the rate of chronic patients managed to the standard, appointment
// slots handed down to local clinics), hospitals (grade-four surgery, the electronic medical record rating, online
// repeat prescriptions), public health (influenza-like illness, national hygienic towns, health-supporting
// environments, life expectancy), mothers and children (the maternal and child health handbook, the five-colour
// grading of pregnancy risk, newborn screening for metabolic disorders, early childhood development, the health
// management of children up to six, infant mortality), Chinese medicine (constitution assessment, tonic paste,
// integrated Chinese and Western medicine, conditions where Chinese medicine is strongest) and emergency care
// (door-to-balloon time, the ambulance service radius, the five emergency centres), with the monitoring of
// occupational hazards, the medical birth certificate and 村卫生室规范化建设 as a form of the standard village clinic. Each is underlined in a
// sentence of its own (not the development set's), and the everyday words inside or beside them are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev96 entries: underlined as the term', [
  ['去年全区基层就诊率提高了3个百分点。', '基层就诊率', 'jiceng-jiuzhenlv'],
  ['糖尿病患者规范管理率达到70%。', '糖尿病患者规范管理率', 'guifan-guanlilv'],
  ['慢病患者可以在网上复诊续方。', '复诊续方', 'fuzhen-xufang'],
  ['孕妇建档后会领到一本母子健康手册。', '母子健康手册', 'muzi-jiankang-shouce'],
  ['该院通过电子病历系统应用水平分级评价六级。', '电子病历系统应用水平分级评价', 'dianzi-bingli-fenji-pingjia'],
  ['这家医院去年电子病历评级达到五级。', '电子病历评级', 'dianzi-bingli-fenji-pingjia'],
  ['本周哨点医院报告的流感样病例比例有所上升。', '流感样病例', 'liuganyang-bingli'],
  ['医院对孕妇实行妊娠风险五色分级管理。', '妊娠风险五色分级管理', 'wuse-fenji-guanli'],
  ['新生儿出生后三天内要做遗传代谢病筛查。', '遗传代谢病筛查', 'yichuan-daixiebing-shaicha'],
  ['妇保院建成儿童早期发展示范基地。', '儿童早期发展', 'ertong-zaoqi-fazhan'],
  ['社区医生上门开展儿童健康管理。', '儿童健康管理', 'ertong-jiankang-guanli'],
  ['去年全省婴儿死亡率为1.8‰。', '婴儿死亡率', 'ying-er-siwanglv'],
  ['老人们排队做中医体质辨识。', '中医体质辨识', 'tizhi-bianshi'],
  ['一到冬天，来开膏方的人就多了。', '膏方', 'gaofang'],
  ['医院创建中西医协同旗舰医院。', '中西医协同', 'zhongxiyi-xietong'],
  ['骨折等中医优势病种试行按病种付费。', '中医优势病种', 'zhongyi-youshi-bingzhong'],
  ['胸痛中心把D2B时间缩短到了70分钟。', 'D2B时间', 'd2b-shijian'],
  ['农村地区急救服务半径为10至20公里。', '急救服务半径', 'jijiu-banjing'],
  ['县医院急诊急救五大中心全部建成。', '急诊急救五大中心', 'jizhen-jijiu-wuda-zhongxin'],
  ['这个镇去年被命名为国家卫生乡镇。', '国家卫生乡镇', 'guojia-weisheng-xiangzhen'],
  ['我市人均预期寿命达到83岁。', '人均预期寿命', 'renjun-yuqi-shouming'],
  ['医院的四级手术占比逐年提高。', '四级手术', 'siji-shoushu'],
  ['市级医院推进号源下沉，方便居民转诊。', '号源下沉', 'haoyuan-xiachen'],
  ['公园里建起了健康支持性环境。', '健康支持性环境', 'jiankang-zhichixing-huanjing'],
  ['疾控中心今年开展职业病危害因素监测。', '职业病危害因素监测', 'zhiyebing-weihai-yinsu-jiance'],
  ['家长凭出生医学证明给孩子上户口。', '出生医学证明', 'chusheng-yixue-zhengming'],
  ['全县推进村卫生室规范化建设。', '村卫生室规范化建设', 'guifanhua-cunweishengshi'],
]);

leftAloneByIdBlock('dev96 entries: the everyday words inside or beside them are left alone', [
  ['他每天早上去基层单位走访。', 'jiceng-jiuzhenlv'],
  ['小区停车要规范管理。', 'guifan-guanlilv'],
  ['明天上午去医院复诊。', 'fuzhen-xufang'],
  ['这本手册讲的是健康饮食。', 'muzi-jiankang-shouce'],
  ['他的病历写了整整三页。', 'dianzi-bingli-fenji-pingjia'],
  ['最近流感病人很多。', 'liuganyang-bingli'],
  ['商场里挂满了五颜六色的气球。', 'wuse-fenji-guanli'],
  ['他的新陈代谢比较快。', 'yichuan-daixiebing-shaicha'],
  ['孩子早期的教育很重要。', 'ertong-zaoqi-fazhan'],
  ['儿童节那天公园里人很多。', 'ertong-jiankang-guanli'],
  ['婴儿车停在门口。', 'ying-er-siwanglv'],
  ['他的体质很好，很少生病。', 'tizhi-bianshi'],
  ['牙膏放在洗手台上。', 'gaofang'],
  ['这款牙膏方便携带。', 'gaofang'],
  ['石膏方块堆在墙角。', 'gaofang'],
  ['他把编号源文件发给我。', 'haoyuan-xiachen'],
  ['两个部门协同作战。', 'zhongxiyi-xietong'],
  ['这家店的优势是价格便宜。', 'zhongyi-youshi-bingzhong'],
  ['他进门时间晚了十分钟。', 'd2b-shijian'],
  ['这个圆的半径是五厘米。', 'jijiu-banjing'],
  ['市中心有五大商圈。', 'jizhen-jijiu-wuda-zhongxin'],
  ['乡镇的卫生院离家不远。', 'guojia-weisheng-xiangzhen'],
  ['他对这次考试的预期很高。', 'renjun-yuqi-shouming'],
  ['他做完手术已经出院了。', 'siji-shoushu'],
  ['地下水源要保护好。', 'haoyuan-xiachen'],
  ['家里的环境很安静。', 'jiankang-zhichixing-huanjing'],
  ['工厂里噪声很大，工人都戴着耳塞。', 'zhiyebing-weihai-yinsu-jiance'],
  ['他出生在一个医学世家。', 'chusheng-yixue-zhengming'],
  ['村里的卫生室换了新招牌。', 'guifanhua-cunweishengshi'],
]);
