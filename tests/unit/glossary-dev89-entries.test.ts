// The entries of the dev89 round, drawn from the employment, skills, elderly-care and childcare items of city papers:
// jobs (keeping employment stable, the employment subsidy fund, vocational training subsidies, business incubation
// bases, starting a business back home), flexible work (work-injury insurance alone, flexible staffing), skills (skilled workers, the bridge between
// the skilled-worker and engineer ladders, pay guidelines for skilled workers, technician colleges), wages (wilful
// wage arrears, the wage-payment monitoring platform, labour-dispute mediation, the winter drive against unpaid wages,
// site payroll officers, guarantees of payment for works), elderly care (affordable care, rural mutual-aid homes,
// group self-help retirement), care (designated long-term-care providers, the health assessment of
// disabled older people) and families (paternity leave); and two printed forms of older entries, 托小班 of 幼儿园托班
// and 人工费用与其他工程款分账管理 of 工资分账管理. Each is underlined in a sentence of its own (not the development
// set's), and the everyday words inside or beside them are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev89 entries: underlined as the term', [
  ['全年工作要突出稳就业、保民生。', '稳就业', 'wen-jiuye'],
  ['县财政下达就业补助资金8000万元。', '就业补助资金', 'jiuye-buzhu-zijin'],
  ['取得证书的学员可申领职业培训补贴。', '职业培训补贴', 'zhiye-peixun-butie'],
  ['园区获评省级创业孵化基地。', '创业孵化基地', 'chuangye-fuhua-jidi'],
  ['镇里支持农民工返乡创业。', '返乡创业', 'fanxiang-chuangye'],
  ['超龄务工人员可以单险种参保。', '单险种参保', 'danxianzhong-canbao'],
  ['快递企业推行工伤保险单险种参保。', '工伤保险单险种参保', 'danxianzhong-canbao'],
  ['不少餐饮企业采用灵活用工。', '灵活用工', 'linghuo-yonggong'],
  ['全省技能人才总量超过千万。', '技能人才', 'jineng-rencai'],
  ['我省推进高技能人才与专业技术人才职业发展贯通。', '职业发展贯通', 'zhiye-fazhan-guantong'],
  ['企业参照技能人才薪酬分配指引调整工资结构。', '技能人才薪酬分配指引', 'jineng-rencai-xinchou-zhiyin'],
  ['对恶意欠薪的老板依法追究刑事责任。', '恶意欠薪', 'eyi-qianxin'],
  ['项目已接入农民工工资支付监控预警平台。', '农民工工资支付监控预警平台', 'gongzi-zhifu-jiankong-yujing'],
  ['街道设立劳动人事争议调解工作室。', '劳动人事争议调解', 'laodong-zhengyi-tiaojie'],
  ['双方经劳动争议调解达成协议。', '劳动争议调解', 'laodong-zhengyi-tiaojie'],
  ['全省部署根治欠薪冬季攻坚行动。', '根治欠薪冬季攻坚行动', 'genzhi-qianxin-dongji'],
  ['每个工地都要配备劳资专管员。', '劳资专管员', 'laozi-zhuanguanyuan'],
  ['建设单位须提交工程款支付担保。', '工程款支付担保', 'gongchengkuan-zhifu-danbao'],
  ['推行人工费用与其他工程款分账管理。', '人工费用与其他工程款分账管理', 'gongzi-fenzhang-guanli'],
  ['城区新增三家普惠养老机构。', '普惠养老', 'puhui-yanglao'],
  ['村里办起了农村互助幸福院。', '农村互助幸福院', 'nongcun-huzhu-xingfuyuan'],
  ['几位老同事商量着抱团养老。', '抱团养老', 'baotuan-yanglao'],
  ['医保局新增5家定点护理机构。', '定点护理机构', 'changhu-dingdian-huli-jigou'],
  ['社区医生开展失能老年人健康评估与健康服务。', '失能老年人健康评估与健康服务', 'shineng-laonianren-jiankang-pinggu'],
  ['丈夫请了15天陪产假。', '陪产假', 'peichanjia'],
  ['市技师学院今年招生2000人。', '技师学院', 'jishi-xueyuan'],
  ['幼儿园新开两个托小班。', '托小班', 'youeryuan-tuoban'],
], {
  'keeps 高技能人才 its own older entry': (g) => {
    expect(g.ids('全市新增高技能人才1.8万人。')).toContain('gaojineng-rencai');
    expect(g.ids('全市新增高技能人才1.8万人。')).not.toContain('jineng-rencai');
  },
  'keeps 返乡入乡创业 its own older entry': (g) => {
    expect(g.ids('推动返乡入乡创业高质量发展。')).toContain('fanxiang-ruxiang-chuangye');
    expect(g.ids('推动返乡入乡创业高质量发展。')).not.toContain('fanxiang-chuangye');
  },
  'keeps 根治欠薪 alone the older entry': (g) => {
    expect(g.ids('全力推进根治欠薪工作。')).toContain('genzhi-qianxin');
  },
});

leftAloneByIdBlock('dev89 entries: the everyday words inside or beside them are left alone', [
  ['几家小书店抱团取暖，一起办了读书节。', 'baotuan-yanglao'],
  ['他的脚步很稳，就业后更踏实了。', 'wen-jiuye'],
  ['病房的护理站里灯一直亮着。', 'changhu-dingdian-huli-jigou'],
  ['养老机构推出普惠价格的体检套餐。', 'puhui-yanglao'],
  ['这家培训机构的补贴已经到账。', 'zhiye-peixun-butie'],
  ['他在学院里学了三年技术。', 'jishi-xueyuan'],
  ['孩子上小班了，每天开开心心。', 'youeryuan-tuoban'],
  ['他多年来一直在做调解工作。', 'laodong-zhengyi-tiaojie'],
  ['这家公司的用工很灵活。', 'linghuo-yonggong'],
  ['他掌握了多项技能，人才市场上很抢手。', 'jineng-rencai'],
  ['他申请了产假期间的补贴。', 'peichanjia'],
  ['春节前他返乡过年，节后再出去创业。', 'fanxiang-chuangye'],
  ['小区里新开了一家幸福院子咖啡馆。', 'nongcun-huzhu-xingfuyuan'],
]);
