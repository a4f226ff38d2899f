// The entries of the dev58 round, drawn from the policy explainers and reader Q&A columns of local papers
// (transferring a pension record, flexible early retirement, the housing provident fund's voluntary payments,
// monthly offset of a mortgage, multi-child families, loans in another city and paying in full; household
// registration where one lives, joining a relative, collective registration and basic public services;
// comprehensive and business income, the annual bonus, withholding in
// advance and four items of the itemised deductions; the registrations of real estate; the scoring period,
// the full-points course and drunk driving; the electronic licence and the 12123 app; meal subsidies, the
// concession card, the third-generation disability card, care services and barrier-free adaptation; 单独施保
// as a form of the older 单人保, 康复救助 of the older entry for disabled children's rehabilitation aid and
// 居家托养服务 of 居家托养):
// each is underlined in a sentence of its own (not the development set's), and the everyday words inside or
// beside them (a wine jar's 封存, a supermarket's points, a neighbour's 代缴, a student's 实习, a building's
// 封顶, 报销 of a ticket, 挂钩 of carriages, 集体 of a class, 登记 of a hotel, 变更 of a plan …) are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev58 entries: underlined as the term', [
  ['他从广东回到宁波工作，办理了养老保险关系转移接续。', '养老保险关系转移接续', 'yanglao-guanxi-zhuanyi-jiexu'],
  ['满足最低缴费年限的职工，可以申请弹性提前退休。', '弹性提前退休', 'tanxing-tiqian-tuixiu'],
  ['开网店的小林也办理了住房公积金自愿缴存。', '自愿缴存', 'gongjijin-ziyuan-jiaocun'],
  ['办理按月冲还贷后，她每月的房贷压力小了不少。', '按月冲还贷', 'anyue-chonghuandai'],
  ['市住建局出台新政，多子女家庭购房可获得更多支持。', '多子女家庭', 'duozinv-jiating'],
  ['在苏州缴存的职工来嘉兴买房，可以申请公积金异地贷款。', '公积金异地贷款', 'gongjijin-yidi-daikuan'],
  ['职工须连续足额缴存半年以上，才能申请贷款。', '连续足额缴存', 'lianxu-zu-e-jiaocun'],
  ['我省在城市群试行以经常居住地登记户口制度。', '经常居住地登记户口', 'jingchang-juzhudi-dengji-hukou'],
  ['老人的户口可以通过投靠落户迁到女儿家。', '投靠落户', 'toukao-luohu'],
  ['毕业后他的户口一直挂在人才市场的集体户口上。', '集体户口', 'jiti-hukou'],
  ['新市民在居住地同样享受基本公共服务。', '基本公共服务', 'jiben-gonggong-fuwu'],
  ['重度残疾的小周被单独施保，每月领取低保金。', '单独施保', 'danrenbao'],
  ['工资薪金和劳务报酬都属于综合所得。', '综合所得', 'zonghe-suode'],
  ['他的年终奖按全年一次性奖金单独计税。', '全年一次性奖金', 'quannian-yicixing-jiangjin'],
  ['单位每月发工资时已经预扣预缴了个税。', '预扣预缴', 'yukou-yujiao'],
  ['开小吃店的老王每年申报经营所得个人所得税。', '经营所得', 'jingying-suode'],
  ['孩子出生后，夫妻俩填报了婴幼儿照护专项附加扣除。', '婴幼儿照护专项附加扣除', 'yingyouer-zhaohu-kouchu'],
  ['兄妹三人平均分摊赡养老人专项附加扣除。', '赡养老人专项附加扣除', 'shanyang-laoren-kouchu'],
  ['去年住院花了不少钱，年度汇算时他申报了大病医疗扣除。', '大病医疗扣除', 'dabing-yiliao-kouchu'],
  ['在杭州租房的小李每月可享受住房租金扣除1500元。', '住房租金扣除', 'zhufang-zujin-kouchu'],
  ['买二手房时，买卖双方一起到登记中心办理了转移登记。', '转移登记', 'zhuanyi-dengji'],
  ['父亲去世后，兄弟俩到不动产登记中心办理了继承登记。', '继承登记', 'jicheng-dengji'],
  ['婚后加名，可以申请办理不动产变更登记。', '变更登记', 'biangeng-dengji'],
  ['银行放款前，需要先办好房屋抵押登记。', '抵押登记', 'diya-dengji'],
  ['买期房的，签约后要及时办理预告登记。', '预告登记', 'yugao-dengji'],
  ['新的记分周期开始后，原有记分清零。', '记分周期', 'jifen-zhouqi'],
  ['记满12分的驾驶人要参加满分教育。', '满分教育', 'manfen-xuexi'],
  ['交警在夜查中查处醉驾3起。', '醉驾', 'zuijia'],
  ['他在手机上申领了电子驾驶证，出门不用带纸质证件。', '电子驾驶证', 'dianzi-jiashizheng'],
  ['罚款可以通过交管12123缴纳。', '交管12123', 'jiaoguan-12123'],
  ['社区食堂的老人每餐可享受3元助餐补贴。', '助餐补贴', 'laonian-zhucan-butie'],
  ['奶奶凭老年优待证免费游览了西湖边的景点。', '老年优待证', 'laonian-youdaizheng'],
  ['残联工作人员上门为他换发了第三代残疾人证。', '第三代残疾人证', 'disandai-canjirenzheng'],
  ['镇里的残疾人之家为12名残疾人提供托养服务。', '托养服务', 'canjiren-tuoyang-fuwu'],
  ['老小区的单元门口完成了无障碍改造，轮椅可以直接进出。', '无障碍改造', 'wuzhangai-gaizao'],
  ['听障儿童小雨通过康复救助装上了人工耳蜗。', '康复救助', 'canji-ertong-kangfu-jiuzhu'],
  ['县里为重度残疾人提供居家托养服务。', '居家托养服务', 'jujia-tuoyang'],
]);

leftAloneByIdBlock('dev58 entries: the everyday words inside or beside them are left alone', [
  ['这坛黄酒在地窖里封存了二十年。', 'lianxu-zu-e-jiaocun'],
  ['超市会员的积分可以换一盒鸡蛋。', 'jifen-zhouqi'],
  ['邻居出差前，托他帮忙代缴了这个月的水电费。', 'gongjijin-ziyuan-jiaocun'],
  ['她大三暑假在一家报社实习了两个月。', 'dianzi-jiashizheng'],
  ['班上的集体活动安排在周五下午。', 'jiti-hukou'],
  ['入住酒店时，前台给他们办理了登记。', 'zhuanyi-dengji'],
  ['因为下雨，运动会的日程有所变更。', 'biangeng-dengji'],
  ['他把房子的钥匙交给了中介，准备出租。', 'yugao-dengji'],
  ['出差的车票可以回单位报销。', 'zhufang-zujin-kouchu'],
  ['这次数学考试他考了满分，妈妈奖励他一本书。', 'manfen-xuexi'],
  ['他喝醉了，是朋友开车送他回家的。', 'zuijia'],
  ['爷爷年纪大了，吃饭需要有人照护。', 'yingyouer-zhaohu-kouchu'],
  ['周末全家去外地旅游了两天。', 'gongjijin-yidi-daikuan'],
  ['这家小店的经营很有特色，回头客很多。', 'jingying-suode'],
  ['姐姐把家里的老照片转移到了新的相册里。', 'yanglao-guanxi-zhuanyi-jiexu'],
], {
  'leaves 居家托养 to its older entry inside 居家托养服务, and 残疾儿童康复救助 to its own entry': (g) => {
    expect(g.ids('县里为重度残疾人提供居家托养服务。')).not.toContain('canjiren-tuoyang-fuwu');
    expect(g.ids('残疾儿童康复救助资金全部拨付到位。')).toContain('canji-ertong-kangfu-jiuzhu');
  },
});
