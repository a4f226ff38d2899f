// The entries of the dev78 round, drawn from the business-environment and market-regulation news items of city
// papers: credit (rewards for the trustworthy and the form 失信惩戒 of joint punishment, the public credit rating and
// platform, the watch list), registration (subscribed capital, self-declared names, standard business scopes,
// cluster registration, the association of individual and private businesses, false registration, an individual
// business's abnormal status, registering a move), intellectual property (administrative adjudication, rights
// assistance, fast-track pre-examination, IP insurance, registering works, adopting the IP standard, counterfeit
// and collective marks, Madrid registration), prices (warning letters, gouging, cost audits, temporary
// intervention, fair-price shops, monitoring and determination), special equipment and quality (lift liability
// insurance, pressure vessels, in-site vehicles, large rides, spot checks, recalls, rigged instruments) and the
// consumer council's mystery shopping, comparative tests and warnings, a trader's ten-for-one promise and the rule of no fees outside the list. Each is underlined in a sentence of its own
// (not the development set's), and the everyday words inside or beside them are left alone (工作压力, 用地预审,
// 体察民情, 试验比较成功, 每天监测血压, a rice 品种比较试验 …).
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev78 entries: underlined as the term', [
  ['对诚信企业落实守信激励措施。', '守信激励', 'shouxin-jili'],
  ['对失信企业依法实施失信惩戒。', '失信惩戒', 'lianhe-chengjie'],
  ['这家企业的公共信用评价为A级。', '公共信用评价', 'gonggong-xinyong-pingjia'],
  ['处罚信息已推送至公共信用信息平台。', '公共信用信息平台', 'gonggong-xinyong-xinxi-pingtai'],
  ['该公司被列入重点关注名单。', '重点关注名单', 'zhongdian-guanzhu-mingdan'],
  ['股东认缴出资额为一百万元。', '认缴出资', 'renjiao'],
  ['企业名称自主申报系统上线运行。', '企业名称自主申报', 'mingcheng-zizhu-shenbao'],
  ['全省推行经营范围规范化登记。', '经营范围规范化登记', 'jingying-fanwei-guifanhua-dengji'],
  ['创业园为小微企业提供集群注册服务。', '集群注册', 'jiqun-zhuce'],
  ['区个私协会换届选举了新一届理事会。', '个私协会', 'gesi-xiehui'],
  ['警方破获一起冒用身份虚假登记公司的案件。', '虚假登记', 'xujia-dengji'],
  ['逾期未报年报的个体户将被标记为经营异常状态。', '经营异常状态', 'jingying-yichang-zhuangtai'],
  ['公司搬到邻县后办理了迁移登记。', '迁移登记', 'qianyi-dengji'],
  ['这起专利纠纷通过行政裁决解决。', '行政裁决', 'xingzheng-caijue'],
  ['企业可向知识产权维权援助中心求助。', '知识产权维权援助', 'zhishichanquan-weiquan-yuanzhu'],
  ['备案企业可以享受专利快速预审服务。', '专利快速预审', 'zhuanli-kuaisu-yushen'],
  ['这家企业投保了知识产权保险。', '知识产权保险', 'zhishichanquan-baoxian'],
  ['他把自己的摄影作品办理了作品登记。', '作品登记', 'zuopin-dengji'],
  ['企业通过质量管理体系贯标，管理水平明显提升。', '贯标', 'guanbiao'],
  ['这批货物涉嫌假冒注册商标。', '假冒注册商标', 'jiamao-zhuce-shangbiao'],
  ['协会申请注册了集体商标。', '集体商标', 'jiti-shangbiao'],
  ['企业通过马德里国际注册进入海外市场。', '马德里国际注册', 'madeli-shangbiao-guoji-zhuce'],
  ['节前向商家发出价格提醒告诫。', '价格提醒告诫', 'jiage-tixing-gaojie'],
  ['严厉打击哄抬价格行为。', '哄抬价格', 'hongtai-jiage'],
  ['调整水价前须开展定价成本监审。', '定价成本监审', 'chengben-jianshen'],
  ['必要时将启动价格临时干预。', '价格临时干预', 'jiage-linshi-ganyu'],
  ['城东新开了一家平价商店。', '平价商店', 'pingjia-shangdian'],
  ['加强节日期间的价格监测。', '价格监测', 'jiage-jiance'],
  ['法院委托对涉案车辆进行价格认定。', '价格认定', 'jiage-rending'],
  ['全市推广电梯安全责任保险。', '电梯安全责任保险', 'dianti-anquan-zeren-baoxian'],
  ['工厂的压力容器须定期检验。', '压力容器', 'yali-rongqi'],
  ['叉车属于场（厂）内专用机动车辆。', '场（厂）内专用机动车辆', 'changnei-jidong-cheliang'],
  ['游乐园的大型游乐设施全部检验合格。', '大型游乐设施', 'daxing-youle-sheshi'],
  ['本次产品质量监督抽查共抽检200批次。', '产品质量监督抽查', 'jiandu-choucha'],
  ['这款汽车启动了缺陷产品召回。', '缺陷产品召回', 'quexian-chanpin-zhaohui'],
  ['严查电子秤计量作弊。', '计量作弊', 'jiliang-zuobi'],
  ['消保委开展了一次消费体察活动。', '消费体察', 'xiaofei-ticha'],
  ['消保委公布了洗衣液比较试验结果。', '比较试验', 'bijiao-shiyan'],
  ['消保委对十款电饭煲做了比较试验。', '比较试验', 'bijiao-shiyan'],
  ['市场监管局发布中秋消费警示。', '消费警示', 'xiaofei-jingshi'],
  ['这家店承诺假一赔十。', '假一赔十', 'jiayi-peishi'],
  ['涉企收费做到清单之外无收费。', '清单之外无收费', 'qingdan-zhiwai-wu-shoufei'],
]);

leftAloneByIdBlock('dev78 entries: the everyday words inside or beside them are left alone', [
  ['她最近工作压力很大。', 'yali-rongqi'],
  ['这个项目已通过用地预审。', 'zhuanli-kuaisu-yushen'],
  ['好干部要体察民情。', 'xiaofei-ticha'],
  ['这次试验比较成功。', 'bijiao-shiyan'],
  ['他每天在家监测血压。', 'jiage-jiance'],
  ['公园里的游乐设施很受孩子欢迎。', 'daxing-youle-sheshi'],
  ['他按时缴纳了水电费。', 'renjiao'],
  ['这篇作品登上了校报。', 'zuopin-dengji'],
  ['大家把行李搬到了新家。', 'qianyi-dengji'],
  ['孩子们在广场上哄抢气球。', 'hongtai-jiage'],
  ['厂里的机动车辆停在门外。', 'changnei-jidong-cheliang'],
  ['这张画是他的得意作品。', 'zuopin-dengji'],
  ['清单之外的东西他都没买。', 'qingdan-zhiwai-wu-shoufei'],
  ['农科所今年开展了水稻品种比较试验。', 'bijiao-shiyan'],
  ['这件衣服是假的，一看就知道。', 'jiayi-peishi'],
]);
