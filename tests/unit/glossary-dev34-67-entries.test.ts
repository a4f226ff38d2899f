// The entries of the round on what the dev34–dev67 sets still missed with nothing close in the glossary: the
// strong-energy-nation goal, pilot cities for new consumption formats, the China consumer brand list, AI-native
// firms, ports of registry and container feeder lines, mixed-use industrial land, data brokers, returns at another
// branch, the cap on prepaid cards, one licence for several shops, takeaway seals, special bonds used as project
// capital, carbon-efficiency loans, first-loan centres, and the forms 无缝续贷, 银龄计划 and 农村职业经理人 of older
// entries. Each is underlined in a sentence of its own (not the development set's), and the everyday words that
// share their characters are left alone.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../helpers/reading-of';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev34–dev67 entries: underlined as the term', [
  ['风电装备产业要为建设能源强国出力。', '能源强国', 'nengyuan-qiangguo'],
  ['这座城市申报消费新业态新模式新场景试点城市。', '消费新业态新模式新场景试点城市', 'xiaofei-xinchangjing-shidian'],
  ['两家本地企业的产品入选中国消费名品。', '中国消费名品', 'zhongguo-xiaofei-mingpin'],
  ['园区要引进一批智能原生企业。', '智能原生', 'zhineng-yuansheng'],
  ['这艘货船的船籍港在舟山。', '船籍港', 'chuanji-gang'],
  ['温州港新开一条外贸内支线。', '内支线', 'neizhixian'],
  ['开发区出让了第一宗混合产业用地。', '混合产业用地', 'hunhe-chanye-yongdi'],
  ['省里认定了第二批数据经纪人。', '数据经纪人', 'shuju-jingjiren'],
  ['景区商户承诺异地异店退换货。', '异地异店退换货', 'yidi-yidian-tuihuanhuo'],
  ['健身房没有按规定限额发卡，被责令整改。', '限额发卡', 'xiane-fa-ka'],
  ['这家连锁药店办理了一证多址。', '一证多址', 'yizheng-duozhi'],
  ['骑手送来的饭盒上贴着外卖封签。', '外卖封签', 'shian-fengqian'], // a form of 食安封签, the same seal,
  ['两个新能源项目用上了专项债券用作资本金的政策。', '专项债券用作资本金', 'zhuanxiangzhai-zibenjin'],
  ['这家印染厂拿到了碳效贷。', '碳效贷', 'tanxiao-dai'],
  ['区政务服务中心的首贷中心今天开门。', '首贷中心', 'shoudai-zhongxin'],
  ['银行为这家企业办了无缝续贷。', '无缝续贷', 'wuhuanben-xudai'],
  ['退休的老校长报名参加了银龄计划。', '银龄计划', 'yinling-jiangxue'],
  ['镇里聘请了三名农村职业经理人。', '农村职业经理人', 'xiangcun-ceo'],
]);

leftAloneByIdBlock('dev34–dev67 entries: the everyday words that share their characters are left alone', [
  ['他是一名能源工程师，祖国强大让他自豪。', 'nengyuan-qiangguo'],
  ['这条船的船籍是巴拿马。', 'chuanji-gang'],
  ['这家店是中国名品一条街上最老的店。', 'zhongguo-xiaofei-mingpin'],
  ['我们小区的快递封签很结实。', 'shian-fengqian'],
  ['他申请了一张信用卡，额度限额五千元。', 'xiane-fa-ka'],
  ['这份证明上写了多个地址。', 'yizheng-duozhi'],
  ['他在外地的一家店里退货了。', 'yidi-yidian-tuihuanhuo'],
  ['他是房地产经纪人，也懂一些数据分析。', 'shuju-jingjiren'],
  ['这家公司的资本金有一千万元。', 'zhuanxiangzhai-zibenjin'],
  ['这是他首次贷款买车。', 'shoudai-zhongxin'],
  ['他在大学读的是智能制造专业，原生家庭很普通。', 'zhineng-yuansheng'],
]);

leftAloneBlock('dev34–dev67 entries: nothing is underlined over the everyday words', [
  ['这条线路在国内支线航班中很繁忙。', '内支线'],
  ['这个房间混合了多种风格。', '混合'],
  ['两块布料无缝拼接在一起。', '无缝'],
]);

// Second part: seawalls and reservoirs, county-run rural water, projects led by the governor, mayors and county heads,
// the Zhoushan oil and gas exchange, complaint listings, lying-down naps at school, engineers'
// innovation centres, teams of science commissioners, incubator clusters, sports-tradition schools, five-year
// vocational colleges, stronger county hospitals, easy hospital visits, launch prices of new drugs, special drugs,
// health huts, the three documents served together, household survey diaries, village and community cadres, joint
// Party branches, youth-friendly cities, sports-modernised counties, Blue Sky Rescue, building new
// homes by pulling down old ones, contract grain; and the forms 工业用地保障线, 三服务2.0版, 飞地园区 and
// 信用报告代替无违法记录证明 of older entries.
underlinedBlock('dev34–dev67 entries, second part: underlined as the term', [
  ['沿海各县当年实施强塘固房，台风损失明显减少。', '强塘固房', 'qiangtang-gufang'],
  ['千库保安工程加固了一批山塘水库。', '千库保安', 'qianku-baoan'],
  ['山区县全面完成农村供水县域统管。', '农村供水县域统管', 'nongcun-gongshui-xianyu-tongguan'],
  ['市里公布了今年的省市县长项目清单。', '省市县长项目', 'shengshixianzhang-xiangmu'],
  ['浙江国际油气交易中心今年交易额创新高。', '浙江国际油气交易中心', 'zhejiang-guoji-youqi-jiaoyi-zhongxin'],
  ['这家商场的投诉量在消费投诉公示中排第一。', '消费投诉公示', 'xiaofei-tousu-gongshi'],
  ['学校买了新课桌，孩子们可以午休躺睡了。', '午休躺睡', 'wuxiu-tangshui'],
  ['区里新建了一家工程师协同创新中心。', '工程师协同创新中心', 'gongchengshi-xietong-chuangxin-zhongxin'],
  ['省科技特派团到茶园指导采摘。', '科技特派团', 'keji-tepaituan'],
  ['高新区打造大孵化器集群。', '大孵化器集群', 'da-fuhuaqi-jiqun'],
  ['这所中学是市级体育传统特色学校。', '体育传统特色学校', 'tiyu-chuantong-tese-xuexiao'],
  ['她初中毕业后读了五年制高职。', '五年制高职', 'wunian-yiguanzhi'],
  ['县人民医院通过了县级强院评估。', '县级强院', 'xianji-qiangyuan'],
  ['舒心就医让病人少排了很多队。', '舒心就医', 'shuxin-jiuyi'],
  ['这款新药的首发价格由企业自主申报。', '首发价格', 'shoufa-jiage'],
  ['医保局新增了两家特药定点药店。', '特药', 'teyao'],
  ['街道办在菜场旁边建了健康小屋。', '健康小屋', 'jiankang-xiaowu'],
  ['执法部门送达处罚决定时做到三书同达。', '三书同达', 'san-shu-tongda'],
  ['统计局给住户调查记账户发放了补贴。', '记账户', 'jizhanghu'],
  ['全市村社干部参加了集中培训。', '村社干部', 'cunshe-ganbu'],
  ['园区成立了兼合式党支部。', '兼合式党支部', 'jianheshi-dangzhibu'],
  ['这座城市正在建设青年友好型城市。', '青年友好型城市', 'qingnian-youhao-chengshi'],
  ['我县被命名为体育现代化县。', '体育现代化县', 'tiyu-xiandaihua-xian'],
  ['蓝天救援队连夜上山搜救走失的驴友。', '蓝天救援队', 'lantian-jiuyuandui'],
  ['村里按照建新拆旧的规定拆掉了老房子。', '建新拆旧', 'jianxin-chaijiu'],
  ['今年全县落实订单粮食5万吨。', '订单粮食', 'dingdan-liangshi'],
  ['市里划定了工业用地保障线。', '工业用地保障线', 'gongye-yongdi-kongzhixian'],
  ['县里深化三服务2.0版。', '三服务2.0版', 'san-fuwu'],
  ['山区县在宁波设立了飞地园区。', '飞地园区', 'chanye-feidi'],
  ['企业办理上市不用再开证明，实行信用报告代替无违法记录证明。', '信用报告代替无违法记录证明', 'zhuanxiang-xinyong-baogao'],
]);

leftAloneByIdBlock('dev34–dev67 entries, second part: the everyday words that share their characters are left alone', [
  ['请先登记账户信息，再去窗口办理。', 'jizhanghu'],
  ['他在工地上做饭，也管仓库保安。', 'qianku-baoan'],
  ['他上午休息，下午上班。', 'wuxiu-tangshui'],
  ['县长项目很多，每周都要开会。', 'shengshixianzhang-xiangmu'],
  ['这种特效药很贵。', 'teyao'],
  // 特殊药品 is not a form of 特药: it names the narcotic and psychotropic drugs kept under special control.
  ['医院对麻醉药品等特殊药品实行专柜加锁管理。', 'teyao'],
  ['山脚下有一座健康步道，旁边是一间小屋。', 'jiankang-xiaowu'],
  ['他接到了一份订单，粮食要在月底前送到。', 'dingdan-liangshi'],
  ['全市落实粮食订单收购，农民售粮无忧。', 'dingdan-liangshi'],
  ['这顿饭钱先记账户上，下个月一起算。', 'jizhanghu'],
]);

leftAloneBlock('dev34–dev67 entries, second part: nothing is underlined over the everyday words', [
  ['蓝天白云下，救援队员正在训练。', '蓝天'],
  ['他觉得这家医院就医很舒心。', '就医'],
  ['这本书同时送达了三个城市。', '送达'],
]);

// Third part: the 2024 housing package of four removals, four cuts and two increases (and 以人定房 as a form of the
// people–housing–land–money mechanism), provincial sports towns, science e-stations, the clean-up of listed drug
// prices, cadres assigned to a place (包联) and the multiple-cropping index, read zhòng; and 供而未用土地 and 收回收购闲置存量土地, forms of the idle-land entries.
underlinedBlock('dev34–dev67 entries, third part: underlined as the term', [
  ['会上介绍了四个取消、四个降低、两个增加的政策。', '四个取消、四个降低、两个增加', 'sige-quxiao-sige-jiangdi-liangge-zengjia'],
  ['住房发展计划坚持以人定房。', '以人定房', 'renfangdiqian-yaosu-liandong'],
  ['这个镇被评为省级体育强镇。', '体育强镇', 'tiyu-qiangzhen'],
  ['社区的科普e站每天播放科普视频。', '科普e站', 'kepu-ezhan'],
  ['医保局开展挂网药品价格治理。', '挂网药品价格治理', 'guawang-yaopin-jiage-zhili'],
  ['每名县领导包联一个村。', '包联', 'baolian'],
  ['这个县的耕地复种指数达到2.0。', '复种指数', 'fuzhong-zhishu'],
  ['国土部门清理了一批供而未用土地。', '供而未用土地', 'xianzhi-tudi'],
  ['专项债可以用于收回收购闲置存量土地。', '收回收购闲置存量土地', 'shouhui-shougou-xianzhi-tudi'],
], {
  'the housing package lists its ten measures in three groups': (g) => {
    const e = g.matcher.match('四个取消、四个降低、两个增加')[0];
    expect(e?.id).toBe('sige-quxiao-sige-jiangdi-liangge-zengjia');
  },
});

leftAloneByIdBlock('dev34–dev67 entries, third part: the everyday words that share their characters are left alone', [
  ['他把书包联同衣服一起放进了柜子。', 'baolian'],
  ['这场比赛取消了，四个队都很遗憾。', 'sige-quxiao-sige-jiangdi-liangge-zengjia'],
  ['这个镇的体育强项是游泳。', 'tiyu-qiangzhen'],
  ['这种药品在网上价格便宜。', 'guawang-yaopin-jiage-zhili'],
  // 供而未用 alone is not a form: 这批物资供而未用的部分要退回仓库 is goods supplied and not used.
  ['这批物资供而未用的部分要退回仓库。', 'xianzhi-tudi'],
]);

describe('dev34–dev67 entries: 复种 is read zhòng "sow" before 指数 / 面积', () => {
  it('reads 复种指数 fù zhòng in the article and on the card', () => {
    expect(readingOf('全县耕地复种指数提高到2.1', '复种')).toBe('fù zhòng');
  });
  it('leaves 种子 after 恢复 as zhǒng', () => {
    expect(readingOf('科研人员设法恢复种子的活力', '种子')).toBe('zhǒng zi');
  });
});
