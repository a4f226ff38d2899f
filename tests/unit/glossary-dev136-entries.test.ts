// The entries of the dev136 round, drawn from the plan, statistics, employment and urbanisation items: the two national
// programmes named together (两重两新), GDP (国内生产总值) as city papers print it, the statistical bulletin
// (统计公报), spending from the general budget (一般公共预算支出), manufacturing investment (制造业投资), the county
// economy (县域经济), the major project bank (重大项目库), a work injury (工伤), migrants' equal treatment (同城待遇),
// the destination locality of migrants (流入地), a pre-tax deduction (税前扣除), and two short forms of older entries
// (小城市试点, 数字经济创新提质). Each is underlined in a sentence of its own (not the development set's), the
// neighbouring cards keep their own sense, and the strings that only cross word edges are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev136 entries: underlined as the term', [
  ['县里今年争取“两重两新”资金9.3亿元。', '两重两新', 'liangzhong-liangxin'],
  ['各地用好“两重两新”政策，扩大有效投资。', '两重两新', 'liangzhong-liangxin'],
  ['上半年全县GDP增长6.1%。', 'GDP', 'guonei-shengchan-zongzhi'],
  ['我国国内生产总值首次突破130万亿元。', '国内生产总值', 'guonei-shengchan-zongzhi'],
  ['市统计局近日发布2025年国民经济和社会发展统计公报。', '国民经济和社会发展统计公报', 'tongji-gongbao'],
  ['据统计公报显示，全市常住人口继续增加。', '统计公报', 'tongji-gongbao'],
  ['全县一般公共预算支出中民生支出占八成。', '一般公共预算支出', 'yiban-gonggong-yusuan-zhichu'],
  ['一季度全市制造业投资增长9.8%。', '制造业投资', 'zhizaoye-touzi'],
  ['做大做强县域经济，推进城乡融合发展。', '县域经济', 'xianyu-jingji'],
  ['今年新增入库重大项目库项目320个。', '重大项目库', 'zhongda-xiangmuku'],
  ['外卖骑手送餐途中受伤被认定为工伤。', '工伤', 'gongshang'],
  ['持居住证的新市民在子女入学上享受同城待遇。', '同城待遇', 'tongcheng-daiyu'],
  ['随迁子女在流入地参加中考的门槛进一步降低。', '流入地', 'liurudi'],
  ['企业研发费用可以在税前扣除。', '税前扣除', 'shuiqian-kouchu'],
  ['县政府工作报告提出，全年新增城镇就业1.2万人。', '政府工作报告', 'zhengfu-gongzuo-baogao'],
  ['全省首批小城市试点镇名单公布。', '小城市试点', 'xiaochengshi-peiyu-shidian'],
  ['推进数字经济创新提质，培育数字产业集群。', '数字经济创新提质', 'yihao-fazhan-gongcheng'],
]);

leftAloneByIdBlock('dev136 entries: the neighbouring cards are not read as these entries', [
  ['全市人均GDP达到15万元。', 'guonei-shengchan-zongzhi'],
  ['单位GDP能耗下降3%。', 'guonei-shengchan-zongzhi'],
  ['地区生产总值增长5.5%。', 'guonei-shengchan-zongzhi'],
  ['全年一般公共预算收入增长4%。', 'yiban-gonggong-yusuan-zhichu'],
  ['县里为企业职工办理工伤保险。', 'gongshang'],
  ['工伤认定申请应在30日内提出。', 'gongshang'],
  ['推动大规模设备更新和消费品以旧换新。', 'liangzhong-liangxin'],
  ['推动“两新”政策加力扩围。', 'liangzhong-liangxin'],
  ['发展县域富民产业。', 'xianyu-jingji'],
]);

leftAloneBlock('dev136 entries: nothing is underlined over the strings that cross word edges', [
  ['厂里严防员工伤亡事故。', '工伤'],
  ['这批手工伤透了他的脑筋。', '工伤'],
  ['雨水顺着墙缝流入地下室。', '流入地'],
  ['她喜欢海边小城市的慢节奏。', '小城市'],
  ['他到市政府门口等公交车。', '政府'],
  ['据统计，今年来湖边观鸟的人超过一万。', '统计'],
]);
