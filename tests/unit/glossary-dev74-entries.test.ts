// The entries and forms of the dev74 round, drawn from the grassroots governance and safety items of local papers:
// court-invited mediators, family-case investigators, online handling of road-accident disputes, medical dispute
// mediation committees, pre-suit preservation, one-stop dispute resolution, non-litigation channels, leaders taking
// charge of petition cases, city-level social governance; small fire stations, smart fire safety, the fire safety
// manager, the fire control room, fire technical service companies, fire public liability insurance, the fire
// safety register; the person primarily responsible for work safety, three-level safety training, flame-failure
// devices, special equipment, the accident grade 较大事故; CCC certification and the
// e-bike battery standard; the social worker qualification, assistant social workers, the community workers'
// career system, government purchase of services; and the form 社区专职工作者 of the older 社区工作者. Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside them
// are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev74 entries: underlined as the term', [
  ['这起物业纠纷由特邀调解员在诉前调解成功。', '特邀调解员', 'teyao-tiaojieyuan'],
  ['法院把这起案件委派给特邀调解组织。', '特邀调解组织', 'teyao-tiaojieyuan'],
  ['抚养权案件中，家事调查员走访了孩子的学校。', '家事调查员', 'jiashi-diaochayuan'],
  ['这起车祸赔偿纠纷通过网上数据一体化处理结案。', '网上数据一体化处理', 'wangshang-shuju-yitihua-chuli'],
  ['患者家属向医调委申请了调解。', '医调委', 'yiliao-jiufen-renmin-tiaojie-weiyuanhui'],
  ['市医疗纠纷人民调解委员会今年受理纠纷80件。', '医疗纠纷人民调解委员会', 'yiliao-jiufen-renmin-tiaojie-weiyuanhui'],
  ['债权人向法院申请了诉前保全。', '诉前保全', 'suqian-baoquan'],
  ['法院构建一站式多元解纷机制。', '一站式多元解纷', 'yizhanshi-duoyuan-jiefen'],
  ['要把非诉讼纠纷解决机制挺在前面。', '非诉讼纠纷解决机制', 'feisusong-jiufen-jiejue-jizhi'],
  ['这件信访积案实行领导包案。', '领导包案', 'lingdao-baoan'],
  ['我市推进市域社会治理现代化。', '市域社会治理现代化', 'shiyu-shehui-zhili-xiandaihua'],
  ['新区建成了一座小型消防站。', '小型消防站', 'xiaoxing-xiaofangzhan'],
  ['全市推进智慧消防建设。', '智慧消防', 'zhihui-xiaofang'],
  ['他是这家商场的消防安全管理人。', '消防安全管理人', 'xiaofang-anquan-guanliren'],
  ['消防控制室的值班员要持证上岗。', '消防控制室', 'xiaofang-kongzhishi'],
  ['这家消防技术服务机构被责令整改。', '消防技术服务机构', 'xiaofang-jishu-fuwu-jigou'],
  ['商场投保了火灾公众责任险。', '火灾公众责任险', 'huozai-gongzhong-zeren-baoxian'],
  ['宾馆投保了火灾公众责任保险。', '火灾公众责任保险', 'huozai-gongzhong-zeren-baoxian'],
  ['高层住宅实行消防安全户籍化管理。', '消防安全户籍化管理', 'xiaofang-anquan-hujihua-guanli'],
  ['厂长是本厂安全生产第一责任人。', '安全生产第一责任人', 'anquan-shengchan-diyi-zerenren'],
  ['新工人上岗前要接受三级安全教育。', '三级安全教育', 'sanji-anquan-jiaoyu'],
  ['饭店的灶具加装了熄火保护装置。', '熄火保护装置', 'xihuo-baohu-zhuangzhi'],
  ['工地上的塔吊属于特种设备。', '特种设备', 'tezhong-shebei'],
  ['去年全省发生较大事故3起。', '较大事故', 'jiaoda-shigu'],
  ['这款充电器通过了3C认证。', '3C认证', 'qiangzhixing-chanpin-renzheng'],
  ['电动自行车已纳入强制性产品认证。', '强制性产品认证', 'qiangzhixing-chanpin-renzheng'],
  ['新电池要符合电动自行车用锂离子蓄电池安全技术规范。', '电动自行车用锂离子蓄电池安全技术规范', 'diandong-zixingche-lidianchi-guifan'],
  ['她考取了社会工作者职业资格。', '社会工作者职业资格', 'shehui-gongzuozhe-zhiye-zige'],
  ['他去年考出了助理社会工作师。', '助理社会工作师', 'zhuli-shehui-gongzuoshi'],
  ['全省建立社区工作者职业体系。', '社区工作者职业体系', 'shequ-gongzuozhe-zhiye-tixi'],
  ['街道通过政府购买服务引入社工机构。', '政府购买服务', 'zhengfu-goumai-fuwu'],
  // The form the pages print of an older entry.
  ['区里招聘了20名社区专职工作者。', '社区专职工作者', 'shequ-gongzuozhe'],
]);

leftAloneByIdBlock('dev74 entries: the everyday words inside or beside them are left alone', [
  ['他受邀担任婚礼的特邀嘉宾，调解员小李也来了。', 'teyao-tiaojieyuan'],
  ['妈妈忙完家事，调查员就上门登记了。', 'jiashi-diaochayuan'],
  ['公司把网上数据统一整理，一体化处理订单。', 'wangshang-shuju-yitihua-chuli'],
  ['医生调委托书的时候发现写错了日期。', 'yiliao-jiufen-renmin-tiaojie-weiyuanhui'],
  // 起 before 诉前保全 makes 起诉 "to sue": the evidence kept before suing is no pre-suit order.
  ['他在起诉前保全了证据照片。', 'suqian-baoquan'],
  ['商场提供一站式购物，纠纷很少。', 'yizhanshi-duoyuan-jiefen'],
  ['他找领导包了个红包。', 'lingdao-baoan'],
  ['这是一辆小型消防车，停在消防站门口。', 'xiaoxing-xiaofangzhan'],
  ['这套房子的智慧门锁很方便，消防通道也很宽。', 'zhihui-xiaofang'],
  ['仓库管理人查看了消防器材。', 'xiaofang-anquan-guanliren'],
  ['他在控制室里盯着屏幕。', 'xiaofang-kongzhishi'],
  ['这家技术服务机构做软件开发。', 'xiaofang-jishu-fuwu-jigou'],
  ['他买了一份意外险，公众号上就能理赔。', 'huozai-gongzhong-zeren-baoxian'],
  ['他是家里的第一责任人，什么事都要管。', 'anquan-shengchan-diyi-zerenren'],
  ['这次台风是三级，学校加强了安全教育。', 'sanji-anquan-jiaoyu'],
  ['这辆车的保护装置坏了，熄火后打不着。', 'xihuo-baohu-zhuangzhi'],
  ['特种兵带着设备进山训练。', 'tezhong-shebei'],
  ['他的事故车损失较大，事后去了修理厂。', 'jiaoda-shigu'],
  ['他考取了教师资格，又做了两年社会工作。', 'shehui-gongzuozhe-zhiye-zige'],
  ['他在社区做工作，职业体系的事不太懂。', 'shequ-gongzuozhe-zhiye-tixi'],
  ['政府采购的办公用品已经送到。', 'zhengfu-goumai-fuwu'],
]);
