// The entries of the dev118 round, drawn from the national planning news of city papers (the 15th five-year plan
// proposals and the 2026 government work report as local items quote them): the green transition of the whole
// economy, local protectionism, market fragmentation and disorderly low-price competition, the Price Law, the
// unified national electricity market, grade-1 energy efficiency, 6G and brain-inspired intelligence, long-cycle
// assessment of insurance money, the winter-sport strategy 北冰南展西扩东进 and long-term balanced population
// development; and the forms papers print of older entries (the full venture-capital slogan, 科创板成长层,
// 技术改造再贷款, 固定等待期 / 变动等待期, 康复辅助器具租赁). Each is underlined in a sentence of its own (not the
// development set's), and the words that share their characters are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev118 entries: underlined as the term', [
  ['全市加快推进经济社会发展全面绿色转型。', '经济社会发展全面绿色转型', 'quanmian-lvse-zhuanxing'],
  ['园区以全面绿色转型为方向，关停了两家高耗能企业。', '全面绿色转型', 'quanmian-lvse-zhuanxing'],
  ['人大代表建议坚决破除地方保护。', '地方保护', 'difang-baohu'],
  ['新出台的文件要防止地方保护主义抬头。', '地方保护', 'difang-baohu'],
  ['这份文件含有指定交易的条款，容易造成市场分割。', '市场分割', 'shichang-fenge'],
  ['行业协会倡议企业抵制低价无序竞争。', '低价无序竞争', 'dijia-wuxu-jingzheng'],
  ['这种低于成本的倾销行为违反了价格法。', '价格法', 'jiage-fa'],
  ['执法人员依据《中华人民共和国价格法》作出处罚。', '中华人民共和国价格法', 'jiage-fa'],
  ['购买一级能效冰箱可以多补贴一些。', '一级能效', 'yiji-nengxiao'],
  ['全国统一电力市场体系建设提速，跨省交易电量大幅增长。', '全国统一电力市场体系', 'quanguo-tongyi-dianli-shichang'],
  ['企业通过全国统一电力市场买到了西部的绿电。', '全国统一电力市场', 'quanguo-tongyi-dianli-shichang'],
  ['研究院正在开展第六代移动通信技术的试验。', '第六代移动通信', 'diliudai-yidong-tongxin'],
  ['实验室主攻类脑智能芯片。', '类脑智能', 'leinao-zhineng'],
  ['我市将发展类脑智能产业。', '类脑智能', 'leinao-zhineng'],
  ['国有保险公司的长周期考核拉长到了五年。', '长周期考核', 'changzhouqi-kaohe'],
  ['冰雪运动“北冰南展西扩东进”，南方的孩子也能上冰了。', '北冰南展西扩东进', 'beibing-nanzhan'],
  ['规划提出促进人口长期均衡发展。', '人口长期均衡发展', 'renkou-changqi-junheng'],
  ['报告提出以人口均衡发展支撑现代化建设。', '人口均衡发展', 'renkou-changqi-junheng'],
  ['这只基金坚持投早投小投长期投硬科技。', '投早投小投长期投硬科技', 'touzao-touxiao'],
  ['引导基金要“投早、投小、投长期、投硬科技”。', '投早、投小、投长期、投硬科技', 'touzao-touxiao'],
  ['这家企业登陆了科创板成长层。', '科创板成长层', 'kechuang-chengzhangceng'],
  ['企业用技术改造再贷款买了新设备。', '技术改造再贷款', 'kechuang-zaidaikuan'],
  ['断保的人员重新参保后要经过固定等待期。', '固定等待期', 'daiyu-dengdaiqi'],
  ['每多断保一年，变动等待期增加一个月。', '变动等待期', 'daiyu-dengdaiqi'],
  ['社区开展康复辅助器具租赁，轮椅每月只收十元。', '康复辅助器具租赁', 'kangfu-fuju-zulin'],
]);

leftAloneBlock('dev118 entries: nothing is underlined over the words that share their characters', [
  ['这片湿地是地方保护区，禁止捕鱼。', '地方保护'],
  ['这个菜市场分割成了三个区域。', '市场分割'],
  ['店里新到了一批低价格法国红酒。', '价格法'],
  ['这类脑智能训练游戏宣称能提高记忆力。', '类脑智能'],
  ['科学家一直在研究人类脑智能的奥秘。', '类脑智能'],
  ['树苗的成长周期考核要看三年。', '长周期考核'],
]);

leftAloneByIdBlock('dev118 entries: near terms are not read as these entries', [
  ['这家企业完成了绿色转型。', 'quanmian-lvse-zhuanxing'],
  ['省电力市场交易中心开展了月度交易。', 'quanguo-tongyi-dianli-shichang'],
  ['这款手机支持第五代移动通信。', 'diliudai-yidong-tongxin'],
  ['他是厂里的一级能工巧匠。', 'yiji-nengxiao'],
  ['全市推进城乡均衡发展。', 'renkou-changqi-junheng'],
  ['商场搞低价促销，顾客排起了长队。', 'dijia-wuxu-jingzheng'],
  ['他刚从北冰洋科考回来。', 'beibing-nanzhan'],
]);
