// The entries of the dev120 round, drawn from the letters-and-visits, 12345 hotline, law enforcement, township
// empowerment, administrative review and mediation items of city papers: the review and second review of a petition
// decision, petitions about court cases, the responsibility system and joint conference
// of petition work, leaders' reception days and receiving petitioners; the hotline's non-emergency remit; the
// enforcement certificate, auxiliary staff, the list of minor violations not penalised, Zhejiang's enforcement app,
// the summary procedure, compulsory measures and penalty hearings; townships and streets given county powers, the
// lists of territorial duties, of powers and duties, of duties taken back and of duties only supported; the review
// committee, litigation and its defence, the review law and its opinion letter, the first person responsible for the
// rule of law and government legal advisers; mediation agreements, 调处, family mediation and the court's service
// centre. Each is underlined in a sentence of its own (not the development set's), and the everyday words that share
// their characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev120 entries: underlined as the term', [
  ['他对复查意见不服，又申请了信访复查。', '信访复查', 'xinfang-fucha'],
  ['省信访局受理了她的信访复核请求。', '信访复核', 'xinfang-fuhe'],
  ['这起涉法涉诉信访已转由法院依法处理。', '涉法涉诉', 'shefa-shesu'],
  ['市委专题研究落实信访工作责任制。', '信访工作责任制', 'xinfang-gongzuo-zerenzhi'],
  ['县信访工作联席会议召开全体会议。', '信访工作联席会议', 'xinfang-lianxi-huiyi'],
  ['明天是区领导的信访接待日。', '信访接待日', 'xinfang-jiedairi'],
  ['副市长上午在市民中心接访。', '接访', 'jiefang'],
  ['省行政复议委员会审议了两起案件。', '行政复议委员会', 'xingzheng-fuyi-weiyuanhui'],
  ['村民对征收决定不服，提起了行政诉讼。', '行政诉讼', 'xingzheng-susong'],
  ['各部门要做好行政应诉工作。', '行政应诉', 'xingzheng-yingsu'],
  ['司法局举办行政复议法专题讲座。', '行政复议法', 'xingzheng-fuyi-fa'],
  ['区长带头履行法治建设第一责任人职责。', '法治建设第一责任人', 'fazhi-diyi-zerenren'],
  ['市政府新聘了12名政府法律顾问。', '政府法律顾问', 'zhengfu-falv-guwen'],
  ['市政府向区市场监管局制发了行政复议意见书。', '行政复议意见书', 'xingzheng-fuyi-yijianshu'],
  ['双方在调解员见证下签了调解协议。', '调解协议', 'tiaojie-xieyi'],
  ['镇里组织相关部门联合调处这起纠纷。', '调处', 'tiaochu'],
  ['法院在妇联设立了家事调解室。', '家事调解', 'jiashi-tiaojie'],
  ['诉讼服务中心窗口可以网上立案。', '诉讼服务中心', 'susong-fuwu-zhongxin'],
  ['12345受理企业和群众的非紧急救助诉求。', '非紧急救助', 'feijinji-jiuzhu'],
  ['执法人员出示了行政执法证。', '行政执法证', 'xingzheng-zhifazheng'],
  ['全区有执法辅助人员300余名。', '执法辅助人员', 'zhifa-fuzhu-renyuan'],
  ['交通运输局更新了不予行政处罚事项清单。', '不予行政处罚事项清单', 'buyu-chufa-qingdan'],
  ['检查任务通过执法监管数字应用派发。', '执法监管数字应用', 'zhifa-jianguan-yingyong'],
  ['这起违停案件适用简易程序当场处罚。', '简易程序', 'jianyi-chengxu'],
  ['执法人员对涉案车辆采取了行政强制措施。', '行政强制措施', 'xingzheng-qiangzhi-cuoshi'],
  ['市场监管局举行了一场行政处罚听证。', '行政处罚听证', 'xingzheng-chufa-tingzheng'],
  ['今年镇街赋权的事项有63项。', '镇街赋权', 'zhenjie-fuquan'],
  ['县里修订了属地管理事项责任清单。', '属地管理事项责任清单', 'shudi-guanli-qingdan'],
  ['区政府各部门的权责清单已在网上公开。', '权责清单', 'quanze-qingdan'],
  ['这15项属于上级部门收回事项。', '上级部门收回事项', 'shangji-shouhui-shixiang'],
  ['信息报送被列为配合履职事项。', '配合履职事项', 'peihe-lvzhi-shixiang'],
  ['各乡镇要压实属地责任。', '属地责任', 'shudi-guanli'],
]);

leftAloneByIdBlock('dev120 entries: the everyday words that share their characters are left alone', [
  ['他直接访问了学校的官网。', 'jiefang'],
  ['门口站着迎接访客的礼仪人员。', 'jiefang'],
  ['空调处于待机状态时也耗电。', 'tiaochu'],
  ['两家公司协调处理了这批货物。', 'tiaochu'],
  ['这次培训讲的是行政执法证据的收集和保存。', 'xingzheng-zhifazheng'],
  ['规范执法证据的收集。', 'xingzheng-zhifazheng'],
  ['班委会对春游地点又复议了一次。', 'xingzheng-fuyi-fa'],
]);
