// The entries of the dev108 round, drawn from the traditional Chinese medicine and public-health items of city
// papers: the 2019 line of carrying on and renewing Chinese medicine, halls of Chinese medicine, workshops of senior
// practitioners, the national reform pilot zone, regional herbs, the licence by proven skill, the Zhejiang schools,
// preventive care, paste festivals, simple techniques, treating winter illness in summer and its midwinter plaster,
// the primary-care programme, health literacy in Chinese medicine and smart herbal pharmacies; sanitary villages, the
// clean-up campaign, health impact assessment and the patriotic health committee; healthy townships, health-themed
// parks and health-promoting hospitals; the disease-control administration, multi-point surveillance, Class B and C
// infectious diseases, imported cases, epidemiological investigation, disease-control supervisors and fever sentinel
// clinics; chronic-disease demonstration areas, metabolic disease centres, COPD and patients' self-management groups;
// the Breteau index, pest control, bait stations, rat guards and the tiger mosquito; smoke-free hospitals and homes
// and city smoking regulations; and the care group of a patient with serious mental illness. Each is underlined in
// a sentence of its own (not the development set's), and the everyday words that share their characters are left
// alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev108 entries: underlined as the term', [
  ['县里召开中医药传承创新发展大会。', '中医药传承创新发展', 'zhongyiyao-chuancheng-chuangxin'],
  ['街道卫生服务中心的国医馆今天开诊。', '国医馆', 'guoyiguan'],
  ['医院申报了全国名老中医药专家传承工作室。', '名老中医药专家传承工作室', 'minglao-zhongyiyao-zhuanjia-gongzuoshi'],
  ['他在市中医院的名老中医工作室跟师学习。', '名老中医工作室', 'minglao-zhongyiyao-zhuanjia-gongzuoshi'],
  ['浙江是首批国家中医药综合改革示范区之一。', '国家中医药综合改革示范区', 'zhongyiyao-zonghe-gaige-shifanqu'],
  ['这里出产的浙贝母是有名的道地药材。', '道地药材', 'daodi-yaocai'],
  ['她参加了中医医术确有专长人员考核。', '中医医术确有专长', 'zhongyi-yishu-queyou-zhuanchang'],
  ['研讨会总结了浙派中医的学术特色。', '浙派中医', 'zhepai-zhongyi'],
  ['医院开设治未病门诊。', '治未病', 'zhiweibing'],
  ['中医院的膏方节将持续到明年1月。', '膏方节', 'gaofangjie'],
  ['乡村医生参加中医药适宜技术培训。', '中医药适宜技术', 'zhongyiyao-shiyi-jishu'],
  ['今年入伏较早，冬病夏治门诊提前开放。', '冬病夏治', 'dongbing-xiazhi'],
  ['三九贴适合哪些人群？', '三九贴', 'sanjiutie'],
  ['全县实施基层中医药服务能力提升工程。', '基层中医药服务能力提升工程', 'jiceng-zhongyiyao-nengli-tisheng'],
  ['市民中医药健康文化素养水平稳步提高。', '中医药健康文化素养', 'zhongyiyao-jiankang-wenhua-suyang'],
  ['智慧中药房去年配送中药处方30万张。', '智慧中药房', 'zhihui-zhongyaofang'],
  ['今年新增省级卫生村12个。', '卫生村', 'weishengcun'],
  ['各镇深入开展城乡环境卫生整洁行动。', '城乡环境卫生整洁行动', 'chengxiang-huanjing-weisheng-zhengjie'],
  ['新建医院项目开展了健康影响评价。', '健康影响评价', 'jiankang-yingxiang-pingjia'],
  ['区爱卫会组织开展卫生检查。', '爱卫会', 'aiguo-weisheng-weiyuanhui'],
  ['市爱国卫生运动委员会调整了成员单位。', '爱国卫生运动委员会', 'aiguo-weisheng-weiyuanhui'],
  ['全县已建成健康乡镇5个。', '健康乡镇', 'jiankang-xiangzhen'],
  ['城东新建了一座健康主题公园。', '健康主题公园', 'jiankang-zhuti-gongyuan'],
  ['市中医院获评健康促进医院。', '健康促进医院', 'jiankang-cujin-yiyuan'],
  ['县疾控局与县疾控中心分工协作。', '疾控局', 'jibing-yufang-kongzhi-ju'],
  ['全省推进多点触发的传染病监测预警体系建设。', '多点触发', 'duodian-chufa'],
  ['流感属于丙类传染病。', '丙类传染病', 'binglei-chuanranbing'],
  ['肺结核属于乙类传染病。', '乙类传染病', 'yilei-chuanranbing'],
  ['今年报告的疟疾均为输入性病例。', '输入性病例', 'shuruxing-bingli'],
  ['疾控中心连夜开展流调。', '流调', 'liuxingbingxue-diaocha'],
  ['我市为二级以上医院配备疾控监督员。', '疾控监督员', 'jikong-jianduyuan'],
  ['镇卫生院的发热哨点诊室24小时开放。', '发热哨点诊室', 'fare-shaodian-zhenshi'],
  ['我区启动国家慢性病综合防控示范区创建。', '国家慢性病综合防控示范区', 'manxingbing-zonghe-fangkong-shifanqu'],
  ['医院的标准化代谢性疾病管理中心已管理患者3000人。', '标准化代谢性疾病管理中心', 'biaozhunhua-daixie-guanli-zhongxin'],
  ['吸烟是慢阻肺的主要危险因素。', '慢阻肺', 'manzufei'],
  ['社区糖尿病患者自我管理小组今天开展活动。', '患者自我管理小组', 'huanzhe-ziwo-guanli-xiaozu'],
  ['部分小区布雷图指数偏高。', '布雷图指数', 'buleitu-zhishu'],
  ['物业公司委托有害生物防制公司灭鼠。', '有害生物防制', 'youhai-shengwu-fangzhi'],
  ['农贸市场四周设置了毒饵站。', '毒饵站', 'duerzhan'],
  ['仓库门口必须安装挡鼠板。', '挡鼠板', 'dangshuban'],
  ['白纹伊蚊喜欢在小积水里产卵。', '白纹伊蚊', 'baiwen-yiwen'],
  ['县人民医院通过无烟医院复核。', '无烟医院', 'wuyan-yiyuan'],
  ['《杭州市公共场所控制吸烟条例》规定室内禁烟。', '公共场所控制吸烟条例', 'gonggong-changsuo-kongzhi-xiyan-tiaoli'],
  ['社区评选出50户无烟家庭。', '无烟家庭', 'wuyan-jiating'],
  ['每名患者都有一个关爱帮扶小组。', '关爱帮扶小组', 'guanai-bangfu-xiaozu'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('全市深入开展爱国卫生运动。')).toContain('aiguo-weisheng');
    expect(g.ids('全市深入开展爱国卫生运动。')).not.toContain('aiguo-weisheng-weiyuanhui');
    expect(g.ids('社区卫生服务中心建成中医馆。')).toContain('zhongyiguan');
    expect(g.ids('鼠密度监测是病媒生物防制的基础工作。')).toContain('bingmei-shengwu-fangzhi');
    expect(g.ids('全市二级以上医院推进癌症早诊早治。')).toContain('aizheng-zaozhen-zaozhi');
  },
});

leftAloneByIdBlock('dev108 entries: the everyday words that share their characters are left alone', [
  ['大家一起打扫卫生村里干净多了。', 'weishengcun'],
  ['饭后打扫卫生，村民们都来帮忙。', 'weishengcun'],
  ['这道菜的味道很道地。', 'daodi-yaocai'],
  ['输入性别和年龄后点击下一步。', 'shuruxing-bingli'],
  ['手机屏幕支持多点触控。', 'duodian-chufa'],
  ['他家楼下开了家中药房。', 'zhihui-zhongyaofang'],
  ['下周二就进入三九天了。', 'sanjiutie'],
  ['这个冬天他病了好几次。', 'dongbing-xiazhi'],
  ['孩子们在公园里放风筝。', 'jiankang-zhuti-gongyuan'],
  ['班里成立了学生自我管理小组。', 'huanzhe-ziwo-guanli-xiaozu'],
  ['门口的小卖部有卖蚊香。', 'baiwen-yiwen'],
  ['他在无烟车厢里找到了座位。', 'wuyan-jiating'],
  ['兴趣小组每周活动一次。', 'guanai-bangfu-xiaozu'],
  ['这片药材基地种的是白术。', 'daodi-yaocai'],
  ['爷爷退休后在家养花种草。', 'zhiweibing'],
  ['这家医院的停车场很大。', 'wuyan-yiyuan'],
]);
