// The entries of the dev83 round, drawn from the public finance, tax, state assets, social security and
// common-prosperity items of city papers: the budget (the revenue squeeze, treasury single-account payment, the
// adjustment plan, the review of project costs, shared spending duties, the stabilisation fund), debt (the
// outstanding balance and its ratio, bonds repaid from project income, high-risk regions, the no-hidden-debt
// pilot, special refinancing bonds, firms' commercial debt, non-standard financing), tax (small low-profit firms,
// taxable income, the one-off deduction, accelerated depreciation, false invoices, land appreciation tax, stamp
// duty, direct links), state firms (investment and operating companies, one profit and five ratios, trading on an
// exchange, appraisal filing, employee shares, state capital income), pensions and work injury, medical insurance
// (category B drugs, city pooling, the large-bill top-up, citizen monitors, fee-for-service, the national
// negotiation, years of contributions), common prosperity and the mountain-and-sea pairing (shared public
// services, tax and statistics sharing, two-way enclaves, the eco-tourism park, chain pairing), household
// income (the four parts, the median, the Gini coefficient) and help for the poorest (large-scale return to
// poverty, relief project assets). Each is underlined in a sentence of its own (not the development set's), and
// the everyday words inside or beside them are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev83 entries: underlined as the term', [
  ['区里今年的财政收支矛盾更加突出。', '财政收支矛盾', 'caizheng-shouzhi-maodun'],
  ['工资通过国库集中支付发放到个人账户。', '国库集中支付', 'guoku-jizhong-zhifu'],
  ['县人大常委会批准了县本级预算调整方案。', '预算调整方案', 'yusuan-tiaozheng-fangan'],
  ['这个项目经过财政投资评审，审减了两成。', '财政投资评审', 'caizheng-touzi-pingshen'],
  ['道路改造项目送财政评审。', '财政评审', 'caizheng-touzi-pingshen'],
  ['养老保险属于共同财政事权。', '共同财政事权', 'gongtong-caizheng-shiquan'],
  ['去年超收的钱补充了预算稳定调节基金。', '预算稳定调节基金', 'yusuan-wending-tiaojie-jijin'],
  ['到年底，地方政府债务余额为多少？', '地方政府债务余额', 'zhengfu-zhaiwu-yue'],
  ['这只专项债券要求项目收益与融资自求平衡。', '项目收益与融资自求平衡', 'shouyi-rongzi-ziqiu-pingheng'],
  ['全省政府债务率处于合理区间。', '政府债务率', 'zhengfu-zhaiwulv'],
  ['债务高风险省份要严控新建项目。', '债务高风险省份', 'zhaiwu-gaofengxian-diqu'],
  ['该区开展全域无隐性债务试点。', '全域无隐性债务', 'quanyu-wu-yinxing-zhaiwu'],
  ['省里去年发行了特殊再融资债券。', '特殊再融资债券', 'teshu-zairongzi-zhaiquan'],
  ['国企要压降经营性金融债务。', '经营性金融债务', 'jingyingxing-jinrong-zhaiwu'],
  ['公司逐步退出高成本的非标融资。', '非标融资', 'feibiao-rongzi'],
  ['这家公司属于小型微利企业。', '小型微利企业', 'xiaoxing-weili-qiye'],
  ['企业今年的应纳税所得额为80万元。', '应纳税所得额', 'yingnashui-suodee'],
  ['新买的机床可以一次性税前扣除。', '一次性税前扣除', 'yicixing-shuiqian-kouchu'],
  ['企业申请了固定资产加速折旧。', '固定资产加速折旧', 'guding-zichan-jiasu-zhejiu'],
  ['制造业企业可以享受加速折旧政策。', '加速折旧', 'guding-zichan-jiasu-zhejiu'],
  ['警方破获一起虚开发票案。', '虚开发票', 'xukai-fapiao'],
  ['开发商缴纳了土地增值税。', '土地增值税', 'tudi-zengzhishui'],
  ['签合同要交印花税。', '印花税', 'yinhuashui'],
  ['公司开通了税企直连。', '税企直连', 'shuiqi-zhilian'],
  ['市里成立国有资本投资运营公司。', '国有资本投资运营公司', 'guoyou-ziben-touzi-yunying-gongsi'],
  ['国企考核采用一利五率。', '一利五率', 'yili-wulv'],
  ['这批闲置厂房将进场交易。', '进场交易', 'jinchang-jiaoyi'],
  ['股权转让前要办理资产评估备案。', '资产评估备案', 'pinggu-beian'],
  ['公司推出员工持股计划。', '员工持股', 'yuangong-chigu'],
  ['市属企业上缴国有资本收益。', '国有资本收益', 'guoyou-ziben-shouyi'],
  ['对“中人”发放过渡性养老金。', '过渡性养老金', 'guoduxing-yanglaojin'],
  ['快递小哥投保了专属商业养老保险。', '专属商业养老保险', 'zhuanshu-shangye-yanglao-baoxian'],
  ['他拿到了一次性伤残补助金。', '一次性伤残补助金', 'yicixing-shangcan-buzhujin'],
  ['这种药是乙类药品。', '乙类药品', 'yilei-yaopin'],
  ['全市医保实现市级统筹。', '市级统筹', 'shiji-tongchou'],
  ['超出部分由职工大额医疗费用补助支付。', '大额医疗费用补助', 'dae-yiliao-feiyong-buzhu'],
  ['她当上了医保基金社会监督员。', '医保基金社会监督员', 'yibao-shehui-jianduyuan'],
  ['这类康复治疗按项目付费。', '按项目付费', 'an-xiangmu-fufei'],
  ['这种抗癌药通过国家医保谈判进了目录。', '国家医保谈判', 'guojia-yibao-tanpan'],
  ['退休前要缴满医保缴费年限。', '医保缴费年限', 'yibao-jiaofei-nianxian'],
  ['推进公共服务优质共享。', '公共服务优质共享', 'gonggong-fuwu-youzhi-gongxiang'],
  ['飞地项目实行税收分成。', '税收分成', 'shuiyou-fencheng'],
  ['产值实行GDP统计分成。', '统计分成', 'tongji-fencheng'],
  ['两县共建双向飞地。', '双向飞地', 'shuangxiang-feidi'],
  ['山海协作生态旅游文化产业园开园。', '生态旅游文化产业园', 'shengtai-lvyou-wenhua-chanyeyuan'],
  ['省里部署产业链山海协作。', '产业链山海协作', 'chanyelian-shanhai-xiezuo'],
  ['农民的工资性收入增长较快。', '工资性收入', 'gongzixing-shouru'],
  ['开民宿让经营净收入翻了一番。', '经营净收入', 'jingying-jingshouru'],
  ['村民的财产性收入来自分红和租金。', '财产性收入', 'caichan-jingshouru'],
  ['养老金提高后转移净收入增加。', '转移净收入', 'zhuanyi-jingshouru'],
  ['居民人均可支配收入中位数增长5%。', '人均可支配收入中位数', 'shouru-zhongweishu'],
  ['基尼系数反映收入差距。', '基尼系数', 'jinixishu'],
  ['坚决防止规模性返贫。', '规模性返贫', 'guimoxing-fanpin'],
  ['县里清理扶贫项目资产。', '扶贫项目资产', 'bangfu-xiangmu-zichan'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('他们购买了国家医保谈判药品。')).toContain('guotan-yao');
    expect(g.ids('用于置换债券的发行。')).toContain('zhihuan-zhaiquan');
    expect(g.ids('城乡居民人均可支配收入稳步提高。')).not.toContain('shouru-zhongweishu');
  },
});

leftAloneByIdBlock('dev83 entries: the everyday words inside or beside them are left alone', [
  ['家里的窗户是非标尺寸。', 'feibiao-rongzi'],
  ['他一次性付清了房款。', 'yicixing-shuiqian-kouchu'],
  ['这部手机折旧得很快。', 'guding-zichan-jiasu-zhejiu'],
  ['饭店给他开了发票。', 'xukai-fapiao'],
  ['裙子上的印花很好看。', 'yinhuashui'],
  ['球迷们排队进场看比赛。', 'jinchang-jiaoyi'],
  ['公司员工都去团建了。', 'yuangong-chigu'],
  ['这次考试他得了乙等。', 'yilei-yaopin'],
  ['他在市级比赛中得了奖。', 'shiji-tongchou'],
  ['药费按人头分摊。', 'an-xiangmu-fufei'],
  ['两家公司谈判了三轮。', 'guojia-yibao-tanpan'],
  ['姐妹俩共享一个衣柜。', 'gonggong-fuwu-youzhi-gongxiang'],
  ['兄弟俩按比例分成。', 'shuiyou-fencheng'],
  ['班长统计了全班的分数。', 'tongji-fencheng'],
  ['这个小村是邻县的一块飞地。', 'shuangxiang-feidi'],
  ['他的工资涨了。', 'gongzixing-shouru'],
  ['这个月家里收入不少。', 'caichan-jingshouru'],
  ['期末成绩的中位数是85分。', 'shouru-zhongweishu'],
  ['这家店的规模不大。', 'guimoxing-fanpin'],
  ['这笔钱是他的个人资产。', 'bangfu-xiangmu-zichan'],
  ['他向朋友借了一笔钱，债务不多。', 'zhengfu-zhaiwu-yue'],
  ['这个项目收支平衡。', 'shouyi-rongzi-ziqiu-pingheng'],
  ['母子俩的矛盾化解了。', 'caizheng-shouzhi-maodun'],
]);
