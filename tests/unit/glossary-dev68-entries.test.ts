// The entries of the dev68 round, drawn from the township and village items of county papers: money and
// accounts of villages (competitive allocation of funds, village accounts kept by the township, adopt-a-farm
// sales), land and building (paid choice of house plot, the floating construction-land quota of village plans,
// hollowed-out villages, approval with drawings, the rural construction assessment, resident township planners,
// hill ponds), farming and rural talent (local rural talent, full-service farm trusteeship, model family farms,
// professional titles for farmers), e-commerce villages (Taobao villages, Zhejiang's e-commerce specialist
// villages), village governance (petition proxies, moral review councils, the premises of village organisations,
// joint village Party committees, fraud-free villages), power (the rural grid upgrade, dual power supply) and the
// framework of Zhejiang's future villages; and the forms the pages print of older entries (乡村振兴衔接资金,
// 村级事务准入, 村级法律顾问, 民主法治村, “我们的村晚”, 预约响应式公交, 转移安置点, 重特大疾病医疗救助). Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside
// them are left alone (苏州山塘街, 托管班, 电源, 空心砖 …).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev68 entries: underlined as the term', [
  ['今年的产业项目资金实行竞争性分配。', '竞争性分配', 'jingzhengxing-fenpei'],
  ['这片果园搞起了认养农业，一棵桃树一年认养费300元。', '认养农业', 'renyang-nongye'],
  ['全县各村都已实行村账镇代管。', '村账镇代管', 'cunzhang-zhendaiguan'],
  ['这个乡早就推行村账乡管了。', '村账乡管', 'cunzhang-zhendaiguan'],
  ['县里全面推行村级会计委托代理制。', '村级会计委托代理制', 'cunzhang-zhendaiguan'],
  ['集聚区的宅基地实行有偿选位，收益归村集体。', '有偿选位', 'youchang-xuanwei'],
  ['村庄规划可以预留建设用地机动指标。', '建设用地机动指标', 'jianshe-yongdi-jidong-zhibiao'],
  ['这几年山里的空心村越来越多。', '空心村', 'kongxincun'],
  ['县里给乡土人才发了证书。', '乡土人才', 'xiangtu-rencai'],
  ['合作社为200户农户提供全程托管服务。', '全程托管', 'quancheng-tuoguan'],
  ['他家的农场是省级示范性家庭农场。', '示范性家庭农场', 'shifanxing-jiating-nongchang'],
  ['全市新认定市级示范家庭农场30家。', '示范家庭农场', 'shifanxing-jiating-nongchang'],
  ['她通过了农民职称评审。', '农民职称', 'nongmin-zhicheng'],
  ['村民建房一律实行带图审批。', '带图审批', 'daitu-shenpi'],
  ['县里完成了今年的乡村建设评价。', '乡村建设评价', 'xiangcun-jianshe-pingjia'],
  ['每个乡镇都有一名驻镇规划师。', '驻镇规划师', 'zhuzhen-guihuashi'],
  ['汛期前要把全村的山塘巡查一遍。', '山塘', 'shantang'],
  ['这个村是远近闻名的淘宝村。', '淘宝村', 'taobaocun'],
  ['县里新增省级电子商务专业村5个。', '电子商务专业村', 'dianshang-zhuanyecun'],
  ['全镇有电商专业村3个。', '电商专业村', 'dianshang-zhuanyecun'],
  ['镇里推行信访代理制，群众少跑腿。', '信访代理制', 'xinfang-daili'],
  ['村道德评议会点评了几户不赡养老人的人家。', '道德评议会', 'daode-pingyihui'],
  ['新建的村级组织活动场所面积800平方米。', '村级组织活动场所', 'cunji-zuzhi-huodong-changsuo'],
  ['五个村组建了联村党委。', '联村党委', 'lianchun-dangwei'],
  ['他们村评上了无诈村。', '无诈村', 'wuzhacun'],
  ['县供电公司推进农村电网改造升级。', '农村电网改造升级', 'nongcun-dianwang-gaizao'],
  ['山区乡镇今年完成农网改造。', '农网改造', 'nongcun-dianwang-gaizao'],
  ['医院的手术室采用双电源供电。', '双电源', 'shuangdianyuan'],
  ['重要负荷应由双重电源供电。', '双重电源', 'shuangdianyuan'],
  ['未来乡村建设要落实一统三化九场景。', '一统三化九场景', 'yitong-sanhua-jiuchangjing'],
  // The forms the pages print of older entries.
  ['今年的乡村振兴衔接资金已全部下达。', '乡村振兴衔接资金', 'xianjie-zijin'],
  ['县里公布了村级事务准入清单。', '村级事务准入', 'cunji-shiwu-zhunru'],
  ['村级法律顾问每月到村坐班一天。', '村级法律顾问', 'cun-falv-guwen'],
  ['该村被评为市级民主法治村。', '民主法治村', 'minzhu-fazhi-shifancun'],
  ['村里的“我们的村晚”年年办。', '我们的村晚', 'cunwan'],
  ['山区开通了预约响应式公交。', '预约响应式公交', 'xuqiu-xiangying-gongjiao'],
  ['各村提前备好转移安置点。', '转移安置点', 'yingji-binan-changsuo'],
  ['她家申请到了重特大疾病医疗救助。', '重特大疾病医疗救助', 'yiliao-jiuzhu'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('他家办的是家庭农场。')).toContain('jiating-nongchang');
    expect(g.ids('县里推进农业生产托管。')).toContain('nongye-shehuihua-fuwu');
    expect(g.ids('该村入选省级未来乡村名单。')).toContain('weilai-xiangcun');
    expect(g.ids('村里有一村一法律顾问。')).toContain('cun-falv-guwen');
  },
});

leftAloneByIdBlock('dev68 entries: the everyday words inside or beside them are left alone', [
  ['周末一家人去苏州的山塘街逛了逛。', 'shantang'],
  ['她在山塘村的外婆家过暑假。', 'shantang'],
  ['山塘路上新开了一家面馆。', 'shantang'],
  ['他把孩子送到了楼下的托管班。', 'quancheng-tuoguan'],
  ['手机的电源键坏了。', 'shuangdianyuan'],
  ['这堵墙用的是空心砖。', 'kongxincun'],
  ['他在淘宝上买了一双鞋。', 'taobaocun'],
  ['这只小狗被一户人家认养了。', 'renyang-nongye'],
  ['比赛的奖金实行平均分配。', 'jingzhengxing-fenpei'],
  ['这家公司的账由会计代管。', 'cunzhang-zhendaiguan'],
  ['他带着图纸去找师傅审一审。', 'daitu-shenpi'],
  ['车上的座位可以自由选位。', 'youchang-xuanwei'],
  ['他的职称是高级工程师。', 'nongmin-zhicheng'],
  ['这部电影的场景很美。', 'yitong-sanhua-jiuchangjing'],
  ['他在法律顾问公司上班。', 'cun-falv-guwen'],
]);
