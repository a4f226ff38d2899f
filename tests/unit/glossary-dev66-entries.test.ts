// The entries of the dev66 round, drawn from the environment, water and energy pages of local papers: air and water
// quality reports (the composite index, the primary pollutant, ozone and heavy pollution, fine particles, provincial
// and boundary sections, drinking-water sources, acid rain), ecological protection (rescued and protected wildlife,
// protected areas and national parks, natural forest, germplasm reserves, wetland parks and their protection rate),
// waste (sorting, perishable and bulky waste, timed drop-off, hazardous and medical waste, incineration, recovery rate),
// water (planned use, the soil conservation rate, water conservation, network leakage, function zones, water-saving
// estates, unconventional sources), flood control (seawalls, flash floods, waterlogging, flood standards, damaged
// works), energy (storage stations, key energy users, emission rights, efficiency labels, energy saving) and the
// weather (plum-rain rainfall, 倒黄梅, super typhoons, cold-wave warnings, severe convection, spring tides, storm surges,
// La Niña, drought, the start of the flood season). Each is underlined in a sentence of its own (not the development
// set's), and the everyday words inside or beside them are left alone: a cup's 中水, 计划用水彩, a bare 光伏板, a
// 充电桩 or 垃圾分类 outside quotes or policy prose (lib/glossary/everyday.ts), a park's 湿地.
import { expect } from 'vitest';
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev66 entries: underlined as the term', [
  ['本月空气质量综合指数为2.95。', '空气质量综合指数', 'kongqi-zhiliang-zonghe-zhishu'],
  ['当天的首要污染物是细颗粒物。', '首要污染物', 'shouyao-wuranwu'],
  ['细颗粒物年均浓度下降了两成。', '细颗粒物', 'xikeliwu'],
  ['午后易出现臭氧污染。', '臭氧污染', 'chouyang-wuran'],
  ['各地启动重污染天气应急响应。', '重污染天气', 'zhongwuran-tianqi'],
  ['县里的5个省控断面全部达标。', '省控断面', 'shengkong-duanmian'],
  ['两市共同监测交接断面水质。', '交接断面', 'jiaojie-duanmian'],
  ['全县集中式饮用水水源地水质优良。', '集中式饮用水水源地', 'jizhongshi-yinyongshui-shuiyuandi'],
  ['今年的酸雨率有所下降。', '酸雨率', 'suanyu-lv'],
  ['划入生态红线的区域禁止开发。', '生态红线', 'shengtai-baohu-hongxian'],
  ['市民把受伤的猫头鹰送到野生动物收容救护中心。', '野生动物收容救护', 'yesheng-dongwu-shourong-jiuhu'],
  ['黑麂是国家一级保护野生动物。', '国家一级保护野生动物', 'guojia-zhongdian-baohu-yesheng-dongwu'],
  // The longer names 自然保护地整合优化 and 钱江源-百山祖国家公园 are entries of their own since dev103 (see its test).
  ['全省自然保护地面积占陆域面积的一成以上。', '自然保护地', 'ziran-baohudi'],
  ['国家公园内的村民当上了生态管护员。', '国家公园', 'guojia-gongyuan'],
  ['县里落实天然林保护修复制度。', '天然林保护', 'tianranlin-baohu'],
  ['这段江面是水产种质资源保护区。', '水产种质资源保护区', 'shuichan-zhongzhi-ziyuan-baohuqu'],
  ['这里获批建设国家湿地公园。', '国家湿地公园', 'guojia-shidi-gongyuan'],
  ['全省湿地保护率稳步提高。', '湿地保护率', 'shidi-baohulv'],
  // 垃圾分类, the short form, is underlined in policy prose or quotes (lib/glossary/everyday.ts): the sorting system.
  ['全县推进垃圾分类工作，准确率超过九成。', '垃圾分类工作', 'shenghuo-laji-fenlei'],
  ['剩菜剩饭请投进易腐垃圾桶。', '易腐垃圾', 'yifu-laji'],
  ['本小区实行定时定点投放。', '定时定点投放', 'dingshi-dingdian-toufang'],
  ['旧沙发属于大件垃圾。', '大件垃圾', 'dajian-laji'],
  ['这家工厂非法倾倒危险废物。', '危险废物', 'weixian-feiwu'],
  ['诊所的医疗废物每天由专车收运。', '医疗废物', 'yiliao-feiwu'],
  ['新的垃圾焚烧发电厂年底投运。', '垃圾焚烧发电', 'laji-fenshao-fadian'],
  ['全市继续保持原生垃圾零填埋。', '原生垃圾零填埋', 'ling-tianmai'],
  ['全县生活垃圾资源化利用率超过六成。', '生活垃圾资源化利用率', 'shenghuo-laji-ziyuanhua-liyonglv'],
  ['这些企业纳入计划用水管理。', '计划用水管理', 'jihua-yongshui-guanli'],
  ['全县水土保持率达到94%。', '水土保持率', 'shuitu-baochilv'],
  ['这片山林是重要的水源涵养区。', '水源涵养', 'shuiyuan-hanyang'],
  ['今年管网漏损率降到7.5%。', '管网漏损率', 'gongshui-guanwang-lousunlv'],
  ['这段河道的水功能区水质达标。', '水功能区', 'shuigongnengqu'],
  ['我们小区评上了节水型小区。', '节水型小区', 'jieshuixing-xiaoqu'],
  ['县里加大非常规水源利用。', '非常规水源', 'feichanggui-shuiyuan'],
  ['今年新建改造海塘12公里。', '海塘', 'haitang'],
  ['山区村落要防范山洪灾害。', '山洪灾害', 'shanhong-zaihai'],
  ['暴雨过后城区出现内涝。', '内涝', 'chengshi-neilao'],
  ['堤防的防洪标准提高到百年一遇。', '防洪标准', 'fanghong-biaozhun'],
  ['汛前要修复水毁工程。', '水毁工程', 'shuihui-gongcheng'],
  ['河网提前预排预泄。', '预排预泄', 'yuxie-yupai'],
  ['这座储能电站今年并网。', '储能电站', 'chuneng-dianzhan'],
  ['全县推进充电桩进小区。', '充电桩', 'chongdianzhuang'],
  ['小区终于装上了“充电桩”。', '充电桩', 'chongdianzhuang'],
  ['园区建成光伏发电项目。', '光伏发电', 'guangfu-fadian'],
  ['这家企业属于重点用能单位。', '重点用能单位', 'zhongdian-yongneng-danwei'],
  ['企业按期清缴碳排放权配额。', '碳排放权', 'tan-paifangquan'],
  ['请认准一级能效标识。', '能效标识', 'nengxiao-biaoshi'],
  ['全市开展节能降碳改造。', '节能降碳', 'jieneng-jiangtan'],
  ['今年的梅雨量偏多三成。', '梅雨量', 'meiyu-liang'],
  ['出梅后又遇上了倒黄梅。', '倒黄梅', 'dao-huangmei'],
  ['它已加强为超强台风。', '超强台风', 'chaoqiang-taifeng'],
  ['市气象台发布寒潮黄色预警。', '寒潮黄色预警', 'hanchao-yujing'],
  ['午后有强对流天气。', '强对流天气', 'qiangduiliu-tianqi'],
  ['中秋前后正逢天文大潮。', '天文大潮', 'tianwen-dachao'],
  ['沿海发布风暴潮橙色警报。', '风暴潮', 'fengbaochao'],
  ['今年冬天可能出现拉尼娜现象。', '拉尼娜', 'lanina'],
  ['全市出现中度气象干旱。', '气象干旱', 'qixiang-ganhan'],
  ['我省今天正式入汛。', '入汛', 'ruxun'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('我县建成标准海塘30公里。')).toContain('biaozhun-haitang');
    expect(g.ids('全省推进生态保护红线监管。')).toContain('shengtai-baohu-hongxian');
  },
});

leftAloneBlock('dev66 entries: the everyday words beside them are left alone', [
  ['杯中水已经凉了。', '中水'],
  ['他计划用水彩画一幅风景。', '计划用水'],
  ['邻居在阳台上装了几块光伏板。', '光伏'],
  ['小区门口的充电桩坏了。', '充电桩'],
  // Sorting rubbish as a habit or a chat, not the system the card explains (one of issue 13's plain everyday words).
  ['小区的垃圾分类做得很好。', '垃圾分类'],
  ['她从小就学会了垃圾分类。', '垃圾分类'],
  ['他把车停在充电桩旁边，去超市买菜。', '充电桩'],
  ['我们在湿地公园的栈道上看到了白鹭。', '湿地公园'],
  ['全市PM2.5平均浓度有所下降。', 'PM2.5'],
]);

leftAloneByIdBlock('dev66 entries: everyday words sharing their characters are not read as them', [
  ['锯开的木头断面上能数清年轮。', 'jiaojie-duanmian'],
  ['他把鞋子在门口排放整齐。', 'tan-paifangquan'],
  ['五月底，山上的杨梅红了。', 'meiyu-liang'],
  ['会上大家来了一场头脑风暴。', 'fengbaochao'],
  ['孩子把压岁钱放进了储蓄罐。', 'chuneng-dianzhan'],
  ['这台洗衣机的标识贴歪了。', 'nengxiao-biaoshi'],
  ['大风过后路边有被水冲毁的菜地。', 'shuihui-gongcheng'],
  ['他的首要任务是照顾家人。', 'shouyao-wuranwu'],
  ['这条公园小路通向湖边。', 'guojia-gongyuan'],
  ['奶奶把旧报纸卖给了收废品的。', 'weixian-feiwu'],
  ['他说话做事很有标准。', 'fanghong-biaozhun'],
]);
