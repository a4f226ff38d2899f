// The entries of the dev135 round, drawn from the law-and-order items: the party a judgment is enforced against
// (被执行人), the short name of the dishonest lists (失信名单), the procuratorate's review for prosecution (审查起诉),
// the probation period (考验期), enforcing judgments with restraint (善意文明执行), the police anti-fraud centres
// (反诈中心), the administrative penalty (行政处罚), false advertising (虚假宣传), the school food-safety campaign
// (校园食品安全守护行动), cross-border gambling (跨境赌博), a minor suspected of a crime (涉罪未成年人), the dispute
// centres' rule 一站式接收、一揽子调处、全链条解决 and the full name 轻微违法行为免罚清单 of the list of offences not punished. Each is underlined
// in a sentence of its own (not the development set's), the neighbouring cards keep their own sense, and the
// strings that only cross word edges are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev135 entries: underlined as the term', [
  ['法院查封了被执行人名下的一辆轿车。', '被执行人', 'beizhixingren'],
  ['他因拖欠货款拒不还钱，被法院纳入失信名单。', '失信名单', 'shixin-mingdan'],
  ['案件侦查终结后移送检察院审查起诉。', '审查起诉', 'shencha-qisu'],
  ['他在考验期内表现良好，检察院依法作出不起诉决定。', '考验期', 'kaoyanqi'],
  ['法院坚持善意文明执行，对企业生产设备只查封不停用。', '善意文明执行', 'shanyi-wenming-zhixing'],
  ['市反诈中心提醒市民警惕冒充客服的诈骗电话。', '反诈中心', 'fanzha-zhongxin'],
  ['执法部门依法对这家企业作出行政处罚。', '行政处罚', 'xingzheng-chufa'],
  ['这家直播间因虚假宣传被罚款5万元。', '虚假宣传', 'xujia-xuanchuan'],
  ['县里深入开展校园食品安全守护行动。', '校园食品安全守护行动', 'xiaoyuan-shipin-anquan-shouhu-xingdong'],
  ['区司法局公布了新修订的轻微违法行为免罚清单。', '轻微违法行为免罚清单', 'mianfa-qingdan'],
  ['警方打掉一个组织跨境赌博的犯罪团伙。', '跨境赌博', 'kuajing-dubo'],
  ['检察院为涉罪未成年人安排社工开展帮教。', '涉罪未成年人', 'shezui-weichengnianren'],
  ['县矛调中心做到“一站式接收、一揽子调处、全链条解决”。', '一站式接收、一揽子调处、全链条解决', 'yizhanshi-jieshou-yilanzi-tiaochu'],
]);

leftAloneByIdBlock('dev135 entries: the neighbouring cards are not read as these entries', [
  ['法院将其纳入失信被执行人名单，限制乘坐高铁。', 'beizhixingren'],
  ['法院将其纳入失信被执行人名单，限制乘坐高铁。', 'shixin-mingdan'],
  ['企业被列入严重违法失信名单后不得参与政府采购。', 'shixin-mingdan'],
  ['下载国家反诈中心App，守护好自己的钱袋子。', 'fanzha-zhongxin'],
  ['市场监管局公布不予行政处罚事项清单。', 'xingzheng-chufa'],
  ['学校食堂全面推行明厨亮灶。', 'xiaoyuan-shipin-anquan-shouhu-xingdong'],
  ['他在网上赌博输光了积蓄。', 'kuajing-dubo'],
  ['学校开展未成年人保护法宣传。', 'shezui-weichengnianren'],
  ['县矛调中心让群众化解纠纷“最多跑一地”。', 'yizhanshi-jieshou-yilanzi-tiaochu'],
]);

leftAloneBlock('dev135 entries: nothing is underlined over the strings that cross word edges', [
  ['他被执行人员带离了现场。', '被执行人'],
  ['这次考试考验期中复习的成果。', '考验期'],
]);
