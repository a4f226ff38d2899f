// The entries of the reach round, for terms the dev68–dev79 sets still left missed: city renewal, land taking and
// city traffic (on-street parking, the straight-ahead waiting zone, trial expropriation, relocation by agreement,
// owner-led renewal, industrial remains, the housing trade-in, depot decks, the nine scenarios of a future
// community). Each is underlined in a sentence of its own (not a development set's), and the everyday words
// inside or beside them are left alone; 自主更新 and 九大场景 are everyday readings outside policy prose (an app
// that updates itself, a game's nine maps: lib/glossary/everyday.ts).
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('reach entries, city pages: underlined as the term', [
  ['老城区的路内停车泊位下月起按时段收费。', '路内停车', 'lunei-tingche'],
  ['这个路口新划了直行待行区。', '直行待行区', 'zhixing-daixingqu'],
  ['旧城改造项目先行开展模拟征收。', '模拟征收', 'moni-zhengshou'],
  ['城中村改造采取协议搬迁方式推进。', '协议搬迁', 'xieyi-banqian'],
  ['市里推进老旧小区自主更新试点。', '自主更新', 'zizhu-gengxin'],
  ['这片厂房作为工业遗存保留下来。', '工业遗存', 'gongye-yicun'],
  ['房企推出卖旧买新活动。', '卖旧买新', 'maijiu-maixin'],
  ['车辆段上盖建起了住宅小区。', '车辆段上盖', 'cheliangduan-shanggai'],
  ['社区按照九大场景建设服务设施。', '九大场景', 'weilai-shequ-jiuda-changjing'],
  ['未来社区九大场景包括邻里和教育。', '未来社区九大场景', 'weilai-shequ-jiuda-changjing'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('老旧小区改造明年完成。')).toContain('laojiu-xiaoqu-gaizao');
    expect(g.ids('全市推进未来社区建设。')).toContain('weilai-shequ');
  },
});

leftAloneByIdBlock('reach entries, city pages: the everyday words inside or beside them are left alone', [
  ['这款软件会自主更新，不用手动下载。', 'zizhu-gengxin'],
  ['这个游戏一共有九大场景可以探索。', 'weilai-shequ-jiuda-changjing'],
]);

leftAloneBlock('reach entries, city pages: words that cross their edges', [
  ['这份工业遗存档案的复印件要盖章。', '盖章'],
  ['他卖旧书的钱都用来买新书。', '卖旧书'],
]);

// Culture, sport and tourism (dev77's fields): guesthouse grading and clusters, the Song-culture listing, air
// volleyball, caged pitches, site and travelling museums, heritage wardens, resident shows, excavation open days,
// embedded cultural spaces.
underlinedBlock('reach entries, culture and tourism: underlined as the term', [
  ['今年有五家民宿参加民宿等级评定。', '民宿等级评定', 'minsu-dengji-pingding'],
  ['古镇入选宋韵文化生活体验地。', '宋韵文化生活体验地', 'songyun-wenhua-shenghuo-tiyandi'],
  ['社区老人组队参加气排球比赛。', '气排球', 'qipaiqiu'],
  ['公园里新建了两片笼式足球场。', '笼式足球场', 'longshi-qiuchang'],
  ['县里的遗址博物馆今天闭馆。', '遗址博物馆', 'yizhi-bowuguan'],
  ['每个村都有一名文保员。', '文保员', 'wenwu-baohuyuan'],
  ['这条山谷形成了民宿集群。', '民宿集群', 'minsu-jiqun'],
  ['景区推出新的驻场演出。', '驻场演出', 'zhuchang-yanchu'],
  ['流动博物馆走进了海岛小学。', '流动博物馆', 'liudong-bowuguan'],
  ['遗址周末举办考古工地开放日。', '考古工地开放日', 'kaogu-gongdi-kaifangri'],
  ['地铁站里建起嵌入式文化空间。', '嵌入式文化空间', 'qianrushi-wenhua-kongjian'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('这家民宿评上了金宿。')).toContain('jinsu');
    expect(g.ids('良渚遗址博物馆今天闭馆。')).toContain('liangzhu-yizhi');
  },
});

leftAloneByIdBlock('reach entries, culture and tourism: the same characters in other words are left alone', [
  ['他在驻场期间演出了三场。', 'zhuchang-yanchu'],
  ['人口流动，博物馆的观众也变了。', 'liudong-bowuguan'],
  ['这只笼子式样很旧，球场边没人要。', 'longshi-qiuchang'],
]);

// Villages, grassroots governance, public safety and business (dev68's and dev74's fields): village workshops and
// labour cooperatives, youth farms, partners, standard house designs, farm livestreaming, village and community
// workers, grid supervisors, hub and incubated social organisations, social work rooms, tea-solar projects,
// insurance in every village, psychological service points, business-environment monitors, entrepreneurs' day,
// fire-safety education in five places, mass incidents, the eight serious crimes, the three trained posts, e-bikes
// sold with plates, smart-security estates (a form of the older entry) and the 1-3-5-minute response circle.
underlinedBlock('reach entries, villages, governance and safety: underlined as the term', [
  ['村里的共富车间接到一批手套订单。', '共富车间', 'gongfu-chejian'],
  ['村里成立了劳务合作社。', '劳务合作社', 'laowu-hezuoshe'],
  ['团县委建起第三个青创农场。', '青创农场', 'qingchuang-nongchang'],
  ['县里招募了一批乡村振兴合伙人。', '乡村振兴合伙人', 'xiangcun-zhenxing-hehuoren'],
  ['村民可以免费领取农房通用图集。', '农房通用图集', 'nongfang-tongyong-tuji'],
  ['妇联开办农播培训班。', '农播', 'nongbo'],
  ['街道招聘村社工作者二十名。', '村社工作者', 'cunshe-gongzuozhe'],
  ['他坚持写民情日记。', '民情日记', 'minqing-riji'],
  ['机关干部担任网格指导员。', '网格指导员', 'wangge-zhidaoyuan'],
  ['区里培育了三家枢纽型社会组织。', '枢纽型社会组织', 'shuniuxing-shehui-zuzhi'],
  ['社会组织孵化基地今年孵化了十家组织。', '社会组织孵化基地', 'shehui-zuzhi-fuhua-jidi'],
  ['村里的社工室每周开放三天。', '社工室', 'shegongshi'],
  ['山坡上的茶光互补电站并网发电。', '茶光互补', 'chaguang-hubu'],
  ['全县实现医保村村通。', '医保村村通', 'yibao-cuncuntong'],
  ['街道设立了社会心理服务站。', '社会心理服务站', 'shehui-xinli-fuwuzhan'],
  ['区里聘请了二十名营商环境观察员。', '营商环境观察员', 'yingshang-huanjing-jianduyuan'],
  ['这家企业是省级营商环境监测点。', '营商环境监测点', 'yingshang-huanjing-jiancedian'],
  ['市里举办企业家日活动。', '企业家日', 'qiyejia-ri'],
  ['消防队开展消防宣传“五进”。', '消防宣传“五进”', 'xiaofang-xuanchuan-wujin'],
  ['工作组及时化解了一起群体性事件。', '群体性事件', 'quntixing-shijian'],
  ['全市八类主要刑事案件继续下降。', '八类主要刑事案件', 'balei-zhuyao-xingshi-anjian'],
  ['企业三项岗位人员必须持证上岗。', '三项岗位人员', 'sanxiang-gangwei-renyuan'],
  ['电动自行车实行带牌销售。', '带牌销售', 'daipai-xiaoshou'],
  ['街道今年建成二十个智安小区。', '智安小区', 'zhihui-anfang-xiaoqu'],
  ['派出所建立“1、3、5分钟”快速反应圈。', '快速反应圈', 'yi-san-wu-fenzhong-kuaisu-fanyingquan'],
  // Forms of older entries: the short name of the energy-use review, the pages' name of the old-age allowance,
  // the Latin name of Zhejiang's integrated digital resource system, the bus form of a bus to every village.
  ['项目已完成能评和环评。', '能评', 'jieneng-shencha'],
  ['九十岁以上老人可以领长寿补贴。', '长寿补贴', 'gaoling-jintie'],
  ['各部门的数据目录都挂在IRS上。', 'IRS', 'yitihua-shuzi-ziyuan-xitong'],
  ['全县实现了村村通公交。', '村村通公交', 'cuncuntong-keche'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('村里建起了共富工坊。')).toContain('gongfu-gongfang');
    expect(g.ids('社区工作者明年加薪。')).toContain('shequ-gongzuozhe');
    expect(g.ids('失能老人要做失能评估。')).not.toContain('jieneng-shencha');
  },
});

leftAloneByIdBlock('reach entries, villages, governance and safety: the everyday words inside or beside them are left alone', [
  ['他能评上三好学生，全靠平时的努力。', 'jieneng-shencha'],
  ['这家企业能评上先进，不容易。', 'jieneng-shencha'],
  ['她的体能评估成绩很好。', 'jieneng-shencha'],
  ['他在社工室外等了一会儿。', 'shehui-xinli-fuwuzhan'],
]);

// Power, data, environment, schools and health (dev70's, dev71's, dev75's and dev76's fields): ring main units,
// super-charging, floating solar, hydrogen stations, keeping power on through a typhoon, data middle platforms and
// data collection, returning worthies, model villages, village banquet cooks, joint river chiefs, one case two
// investigations, dustfall, quota-place students, teaching in rotation, master headteachers' studios, model
// childcare centres, lead hospitals, digital therapeutics and shared Chinese-medicine pharmacies.
underlinedBlock('reach entries, power, data, environment, schools and health: underlined as the term', [
  ['抢修人员连夜更换了环网柜。', '环网柜', 'huanwanggui'],
  ['高速服务区新建两座超充站。', '超充站', 'chaochongzhan'],
  ['水库上建起漂浮式光伏电站。', '漂浮式光伏', 'piaofushi-guangfu'],
  ['港区第二座加氢站投入运营。', '加氢站', 'jiaqingzhan'],
  ['供电公司全力做好防台保电工作。', '防台保电', 'fangtai-baodian'],
  ['县里建成统一的数据中台。', '数据中台', 'shuju-zhongtai'],
  ['各部门按目录完成公共数据归集。', '公共数据归集', 'shuju-guiji'],
  ['镇里举办乡贤回归恳谈会。', '乡贤回归', 'xiangxian-huigui'],
  ['这个村被命名为美丽宜居示范村。', '美丽宜居示范村', 'meili-yiju-shifancun'],
  ['市场监管所为乡厨办理健康证。', '乡厨', 'xiangchu'],
  ['两县为这条河设立联合河长。', '联合河长', 'lianhe-hezhang'],
  ['对这起污染案件实行一案双查。', '一案双查', 'yian-shuangcha'],
  ['本月全市平均降尘量有所下降。', '降尘量', 'jiangchenliang'],
  ['今年的定向生名额分配到各初中。', '定向生', 'dingxiangsheng'],
  ['美术老师每周到三所村小走教。', '走教', 'zoujiao'],
  ['区里新设三个名校长工作室。', '名校长工作室', 'mingxiaozhang-gongzuoshi'],
  ['这家托育园评上全国示范性托育机构。', '示范性托育机构', 'shifanxing-tuoyu-jigou'],
  ['县人民医院是医共体的牵头医院。', '牵头医院', 'qiantou-yiyuan'],
  ['医院开设数字疗法门诊。', '数字疗法', 'shuzi-liaofa'],
  ['社区卫生服务中心接入共享中药房。', '共享中药房', 'gongxiang-zhongyaofang'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('全县推行河长制。')).toContain('hezhang-zhi');
    expect(g.ids('这家医院加入了县域医共体。')).toContain('yigongti');
  },
});

leftAloneBlock('reach entries, power, data, environment, schools and health: words that cross their edges', [
  ['他走教室后门进来，没人看见。', '走教'],
]);

// Industry and technology (dev69's and dev79's fields): provincial enterprise R&D centres, R&D units in every large
// industrial firm, computing-power scheduling, digital transformation service providers.
underlinedBlock('reach entries, industry and technology: underlined as the term', [
  ['这家企业获评省级企业研发中心。', '省级企业研发中心', 'qiye-yanfa-zhongxin'],
  ['全市推进规上工业企业研发机构全覆盖。', '研发机构全覆盖', 'yanfa-jigou-quanfugai'],
  ['城市算力调度平台上线运行。', '算力调度', 'suanli-diaodu'],
  ['经信局遴选了一批数字化转型服务商。', '数字化转型服务商', 'shuzihua-zhuanxing-fuwushang'],
]);

leftAloneByIdBlock('reach entries, industry and technology: the same characters in other words are left alone', [
  ['这家企业的研发中心设在省城。', 'qiye-yanfa-zhongxin'],
  ['他算力气大的，调度员都服他。', 'suanli-diaodu'],
]);

// Markets, gas, power and villages (a last pass over dev70's, dev71's, dev73's and dev75's misses): rapid
// food-testing rooms, gas-cylinder QR codes, grid-based power service, the village brain, community operators, and
// 美丽乡村风景线 as a form of the older 美丽乡村精品线.
underlinedBlock('reach entries, markets, gas, power and villages: underlined as the term', [
  ['菜市场的快检室每天抽检蔬菜。', '快检室', 'kuaijianshi'],
  ['每只钢瓶都贴了气瓶二维码。', '气瓶二维码', 'qiping-erweima'],
  ['供电所推行网格化供电服务。', '网格化供电服务', 'wanggehua-gongdian-fuwu'],
  ['县里的乡村大脑接入了各村的数据。', '乡村大脑', 'xiangcun-danao'],
  ['未来社区引进了社区运营商。', '社区运营商', 'shequ-yunyingshang'],
  ['沿溪打造一条美丽乡村风景线。', '美丽乡村风景线', 'meili-xiangcun-jingpinxian'],
]);

leftAloneByIdBlock('reach entries, markets, gas, power and villages: the same characters in other words are left alone', [
  ['他开车很快，检查室的灯还亮着。', 'kuaijianshi'],
  ['这家通信运营商在社区开了门店。', 'shequ-yunyingshang'],
]);
