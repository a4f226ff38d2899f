// The entries and forms of the dev76 round, drawn from the education and health items of city papers: the national
// platform for out-of-school tutoring, pupils' sleep management (held back outside policy prose), the co-building
// and cooperating types of school community, kindergarten quality assessment, hourly childcare, the open regional
// industry-education practice centres, WorldSkills and the national vocational skills competition, order-based
// training, combining study with work, county vocational centres; personalised family-doctor contracts, the
// hospital director under the Party committee, key clinical specialties, residency training, hospital care
// aides, medical service prices, the patients' experience campaign; the enrolment period, lapsed cover,
// billing one item as another, smart fund monitoring, the global budget, volume-based procurement of supplies,
// online prescription drugs, pharmacy filling of prescriptions, originator drugs, payment standards; the electronic
// health card, smart hospitals, disease vectors, fissure sealing, early-pregnancy registration, smoke-free
// workplaces, healthy counties; and forms of older entries (公办中心园, 出生缺陷三级防治, 国家组织药品集采, 特殊病种).
// Each is underlined in a sentence of its own (not the development set's), and the everyday words inside or beside
// them are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev76 entries: underlined as the term', [
  ['请在全国校外教育培训监管与服务综合平台上核实机构。', '全国校外教育培训监管与服务综合平台', 'quanguo-xiaowai-peixun-jianguan-pingtai'],
  ['全市中小学推进睡眠管理，保证学生睡足。', '睡眠管理', 'shuimian-guanli'],
  ['教育局落实中小学生睡眠管理要求。', '中小学生睡眠管理', 'shuimian-guanli'],
  ['两校组建共建型教共体已满三年。', '共建型教共体', 'gongjianxing-jiaogongti'],
  ['这所村小加入了协作型教共体。', '协作型教共体', 'xiezuoxing-jiaogongti'],
  ['区里公布幼儿园保育教育质量评估结果。', '保育教育质量评估', 'baoyu-jiaoyu-zhiliang-pinggu'],
  ['小区托育点新开了计时托服务。', '计时托', 'jishi-tuo'],
  ['该市入选开放型区域产教融合实践中心项目。', '开放型区域产教融合实践中心', 'kaifangxing-chanjiao-ronghe-shijian-zhongxin'],
  ['他在世界技能大赛上拿了金牌。', '世界技能大赛', 'shijie-jineng-dasai'],
  ['这位选手正在备战世赛。', '世赛', 'shijie-jineng-dasai'],
  ['学校在全国职业院校技能大赛中获奖。', '全国职业院校技能大赛', 'quanguo-zhiye-yuanxiao-jineng-dasai'],
  ['学院与车企开展订单式培养。', '订单式培养', 'dingdanshi-peiyang'],
  ['护理专业推行工学结合的教学模式。', '工学结合', 'gongxue-jiehe'],
  ['县职教中心今年招生800人。', '职教中心', 'zhijiao-zhongxin'],
  ['签约居民可以选择个性化签约服务。', '个性化签约', 'gexinghua-qianyue'],
  // Before 服务包 the older package entry keeps its card: 个性化|签约服务包.
  ['家庭医生推出个性化签约服务包。', '签约服务包', 'qianyue-fuwubao'],
  ['医院实行党委领导下的院长负责制。', '党委领导下的院长负责制', 'dangwei-lingdao-xia-yuanzhang-fuzezhi'],
  ['该院儿科是国家临床重点专科。', '临床重点专科', 'linchuang-zhongdian-zhuanke'],
  ['她在省人民医院参加住院医师规范化培训。', '住院医师规范化培训', 'zhuyuan-yishi-guifanhua-peixun'],
  ['他规培结束后回到县医院工作。', '规培', 'zhuyuan-yishi-guifanhua-peixun'],
  ['医院新招了一批医疗护理员。', '医疗护理员', 'yiliao-huliyuan'],
  ['省里启动新一轮医疗服务价格改革。', '医疗服务价格改革', 'yiliao-fuwu-jiage'],
  ['医院开展改善就医感受提升患者体验主题活动。', '改善就医感受提升患者体验主题活动', 'gaishan-jiuyi-ganshou-huodong'],
  ['居民医保集中征缴期即将结束，请及时缴费。', '集中征缴期', 'jizhong-zhengjiao-qi'],
  ['断保之后再参保要等一段时间才能报销。', '断保', 'duanbao'],
  ['这家药店串换药品被追回医保基金。', '串换药品', 'chuanhuan-xiangmu'],
  ['医保智能监管系统发现一批异常结算。', '医保智能监管', 'yibao-jijin-zhineng-jianguan'],
  ['医共体实行医保总额预算管理。', '总额预算管理', 'zonge-yusuan-guanli'],
  ['骨科耗材集采让人工关节降了价。', '耗材集采', 'yiyong-haocai-jicai'],
  ['平台网售处方药要先审方。', '网售处方药', 'wangshou-chufangyao'],
  ['病人拿着医院的外配处方去药店买药。', '外配处方', 'chufang-waipei'],
  ['这种降压药的原研药价格较高。', '原研药', 'yuanyanyao'],
  ['该药按医保支付标准报销。', '医保支付标准', 'yibao-zhifu-biaozhun'],
  ['看病前先在手机上领取电子健康卡。', '电子健康卡', 'dianzi-jiankangka'],
  ['市中医院正在建设智慧医院。', '智慧医院', 'zhihui-yiyuan'],
  ['夏季要加强病媒生物监测。', '病媒生物', 'bingmei-shengwu'],
  ['学校组织二年级学生做窝沟封闭。', '窝沟封闭', 'wogou-fengbi'],
  ['社区卫生服务中心为孕妇办理早孕建册。', '早孕建册', 'zaoyun-jiance'],
  ['这家企业被评为市级无烟单位。', '无烟单位', 'wuyan-danwei'],
  ['我县顺利通过省级健康县复评。', '健康县', 'jiankang-xian'],
  // Forms the pages print of older entries.
  ['这个乡镇的公办中心园今年扩建。', '公办中心园', 'xiangzhen-zhongxin-youeryuan'],
  ['医院开展出生缺陷三级防治宣传。', '出生缺陷三级防治', 'chusheng-quexian-sanji-yufang'],
  ['国家组织药品集采已开展十批。', '国家组织药品集采', 'jizhong-dailiang-caigou'],
  ['透析属于医保特殊病种。', '特殊病种', 'menzhen-manteping'],
  // 点数法 of the older DRGs点数法, underlined in policy prose only.
  ['全市住院费用推行点数法付费。', '点数法', 'drgs-dianshufa'],
]);

leftAloneByIdBlock('dev76 entries: the everyday words inside or beside them are left alone', [
  // 睡眠管理 outside policy prose is anyone's sleep tracking, not the schools' rule.
  ['他下载了一个睡眠管理软件，每晚记录打鼾。', 'shuimian-guanli'],
  ['学员们今晚入住培训基地。', 'zhuyuan-yishi-guifanhua-peixun'],
  ['电工换了一根烧断保险丝。', 'duanbao'],
  ['这张单子计时托运，按小时收费。', 'jishi-tuo'],
  ['他出席了世界杯赛后的庆典。', 'shijie-jineng-dasai'],
  ['县里打造健康县城，新修了绿道。', 'jiankang-xian'],
  ['这家店的订单式样很多。', 'dingdanshi-peiyang'],
  ['这位医疗专家是护理员出身。', 'yiliao-huliyuan'],
  ['他在医院的服务价格表前看了很久。', 'yiliao-fuwu-jiage'],
  ['药店把处方外面的药也配齐了。', 'chufang-waipei'],
  ['爷爷的病种类很多，医生很头疼。', 'menzhen-manteping'],
  ['幼儿园老师教孩子用点数法数苹果。', 'drgs-dianshufa'],
]);
