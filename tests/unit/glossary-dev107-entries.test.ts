// The entries of the dev107 round, drawn from the intellectual property, standards, quality and measurement items
// of city papers: invention patents per 10,000 people, utility model and design patents, prioritised examination,
// patent agencies, abnormal applications, service inventions, patent evaluation reports, pools and early warning;
// registered trademarks in force, oppositions, invalidations, licence recording, the geographical indication logo,
// marks and demonstration zones; IP mediation committees, technical investigators, punitive damages, trade fair
// protection, whole-chain protection, the procuratorate's combined IP work, IP appraisal and public service points;
// national and industry standards, the standardisation administration and its committees, adoption of
// international standards, benchmarking, TBT notifications, the standard innovation award and standardised farming
// zones; county quality awards, performance excellence, quality grading, one-stop quality infrastructure services,
// chief quality officers of the 2023 rules, QC circles, the quality competitiveness index and TQM; measuring
// instruments, honest-measurement models, energy metering, public measurement standards, the CMA mark, proficiency
// testing, national testing centres, legal units, traceability and metrology authorisation; green, organic, quality
// system, voluntary and food certification, certification bodies and the effectiveness of certification. Each is
// underlined in a sentence of its own (not the development set's), and the everyday words that share their
// characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev107 entries: underlined as the term', [
  ['全省每万人口发明专利拥有量继续增长。', '每万人口发明专利拥有量', 'meiwan-renkou-faming-zhuanli-yongyouliang'],
  ['他设计的工具获得了实用新型专利。', '实用新型专利', 'shiyong-xinxing-zhuanli'],
  ['这款茶具申请了外观设计专利。', '外观设计专利', 'waiguan-sheji-zhuanli'],
  ['这件申请已进入专利优先审查通道。', '专利优先审查', 'zhuanli-youxian-shencha'],
  ['市里新设两家专利代理机构。', '专利代理机构', 'zhuanli-daili-jigou'],
  ['一批非正常专利申请被驳回。', '非正常专利申请', 'feizhengchang-zhuanli-shenqing'],
  ['学校完善职务发明奖励办法。', '职务发明', 'zhiwu-faming'],
  ['法院要求原告提交专利权评价报告。', '专利权评价报告', 'zhuanliquan-pingjia-baogao'],
  ['行业协会牵头组建专利池。', '专利池', 'zhuanlichi'],
  ['企业出口前开展专利预警分析。', '专利预警', 'zhuanli-yujing'],
  ['全县有效注册商标超过三万件。', '有效注册商标', 'youxiao-zhuce-shangbiao'],
  ['老店依法提出商标异议。', '商标异议', 'shangbiao-yiyi'],
  ['该商标被宣告无效，这是一起商标无效宣告案件。', '商标无效宣告', 'shangbiao-wuxiao-xuangao'],
  ['包装上印有地理标志专用标志。', '地理标志专用标志', 'dili-biaozhi-zhuanyong-biaozhi'],
  ['县里获批筹建国家地理标志产品保护示范区。', '国家地理标志产品保护示范区', 'guojia-dili-biaozhi-chanpin-baohu-shifanqu'],
  ['这种柑橘注册了地理标志商标。', '地理标志商标', 'dili-biaozhi-shangbiao'],
  ['双方签约后办理了商标使用许可备案。', '商标使用许可备案', 'shangbiao-shiyong-xuke-beian'],
  ['纠纷由知识产权纠纷人民调解委员会调解。', '知识产权纠纷人民调解委员会', 'zhishi-chanquan-jiufen-renmin-tiaojie-weiyuanhui'],
  ['技术调查官出庭说明技术事实。', '技术调查官', 'jishu-diaochaguan'],
  ['法院对恶意侵权适用惩罚性赔偿。', '惩罚性赔偿', 'chengfaxing-peichang'],
  ['博览会设立展会知识产权保护工作站。', '展会知识产权保护', 'zhanhui-zhishi-chanquan-baohu'],
  ['我市构建知识产权全链条保护体系。', '知识产权全链条保护', 'zhishi-chanquan-quanliantiao-baohu'],
  ['检察院推进知识产权检察综合履职。', '知识产权检察综合履职', 'zhishi-chanquan-jiancha-zonghe-lvzhi'],
  ['法院委托开展知识产权鉴定。', '知识产权鉴定', 'zhishi-chanquan-jianding'],
  ['园区新设知识产权公共服务网点。', '知识产权公共服务网点', 'zhishi-chanquan-gonggong-fuwu-wangdian'],
  ['这项国家标准明年起实施。', '国家标准', 'guojia-biaozhun'],
  ['企业牵头起草了两项行业标准。', '行业标准', 'hangye-biaozhun'],
  ['国家标准化管理委员会批准发布新标准。', '国家标准化管理委员会', 'guojia-biaozhunhua-guanli-weiyuanhui'],
  ['国家标准委下达年度计划。', '国家标准委', 'guojia-biaozhunhua-guanli-weiyuanhui'],
  ['全县创建国家农业标准化示范区。', '农业标准化示范区', 'nongye-biaozhunhua-shifanqu'],
  ['出口企业要留意TBT通报。', 'TBT通报', 'tbt-tongbao'],
  ['两个项目获得标准创新贡献奖。', '标准创新贡献奖', 'biaozhun-chuangxin-gongxianjiang'],
  ['重点行业开展对标达标活动。', '对标达标', 'duibiao-dabiao'],
  ['企业采标率逐年提高。', '采标', 'caibiao'],
  ['全国专业标委会秘书处落户园区。', '标委会', 'biaoweihui'],
  ['三家企业获评县长质量奖。', '县长质量奖', 'xianzhang-zhiliangjiang'],
  ['区长质量奖评审工作启动。', '区长质量奖', 'xianzhang-zhiliangjiang'],
  ['企业导入卓越绩效管理模式。', '卓越绩效管理模式', 'zhuoyue-jixiao-guanli-moshi'],
  ['茶叶推行质量分级。', '质量分级', 'zhiliang-fenji'],
  ['平台提供质量基础设施“一站式”服务。', '质量基础设施“一站式”服务', 'zhiliang-jichu-sheshi-yizhanshi-fuwu'],
  ['企业配备了质量安全总监。', '质量安全总监', 'zhiliang-anquan-zongjian'],
  ['车间的QC小组获得全国优秀成果。', 'QC小组', 'qc-xiaozu'],
  ['全市制造业质量竞争力指数上升。', '质量竞争力指数', 'zhiliang-jingzhengli-zhishu'],
  ['工厂推行全面质量管理。', '全面质量管理', 'quanmian-zhiliang-guanli'],
  ['执法人员检查集贸市场的计量器具。', '计量器具', 'jiliang-qiju'],
  ['这家加油站被评为诚信计量示范单位。', '诚信计量示范单位', 'chengxin-jiliang-shifan-danwei'],
  ['重点用能单位接受能源计量审查。', '能源计量', 'nengyuan-jiliang'],
  ['该装置被批准为社会公用计量标准。', '社会公用计量标准', 'shehui-gongyong-jiliang-biaozhun'],
  ['报告上须加盖CMA标志。', 'CMA标志', 'cma-biaozhi'],
  ['实验室参加国家能力验证。', '能力验证', 'nengli-yanzheng'],
  ['国家质检中心落户开发区。', '国家质检中心', 'guojia-zhijian-zhongxin'],
  ['商家须使用法定计量单位。', '法定计量单位', 'fading-jiliang-danwei'],
  ['建立完整的计量溯源体系。', '计量溯源', 'jiliang-suyuan'],
  ['检测所获得计量授权。', '计量授权', 'jiliang-shouquan'],
  ['家具企业开展绿色产品认证。', '绿色产品认证', 'lvse-chanpin-renzheng'],
  ['茶园通过有机产品认证。', '有机产品认证', 'youji-chanpin-renzheng'],
  ['小企业获得质量管理体系认证。', '质量管理体系认证', 'zhiliang-guanli-tixi-renzheng'],
  ['加强认证认可监管。', '认证认可', 'renzheng-renke'],
  ['监管部门检查认证机构。', '认证机构', 'renzheng-jigou'],
  ['企业可申请自愿性认证。', '自愿性认证', 'ziyuanxing-renzheng'],
  ['全市食品农产品认证证书增加。', '食品农产品认证', 'shipin-nongchanpin-renzheng'],
  ['部门开展认证有效性抽查。', '认证有效性', 'renzheng-youxiaoxing'],
]);

leftAloneByIdBlock('dev107 entries: the everyday words that share their characters are left alone', [
  ['学生们周末到山上采标本。', 'caibiao'],
  ['国家标准化管理委员会批准发布新标准。', 'guojia-biaozhun'],
  ['法国达飞轮船（CMA CGM）的集装箱船靠泊码头。', 'cma-biaozhi'],
  ['这家银行行标是一只红色的鸟。', 'hangye-biaozhun'],
  ['他的普通话很标准，在国家电视台工作。', 'guojia-biaozhun'],
  ['这个小组的质量意识很强。', 'qc-xiaozu'],
  ['她是县长的秘书，负责质量工作。', 'xianzhang-zhiliangjiang'],
  ['家里的电子秤计量不准，买菜时总觉得少了。', 'jiliang-qiju'],
  ['专利池塘边种了一排柳树。', 'zhuanlichi'],
  ['这次展会很成功，知识产权也有人咨询。', 'zhanhui-zhishi-chanquan-baohu'],
  ['他的语言能力很强，验证码也看得清。', 'nengli-yanzheng'],
  ['手机登录时需要输入验证码进行认证。', 'renzheng-jigou'],
]);
