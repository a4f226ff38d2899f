// The entries of the dev80 round, drawn from the transport and traffic items of city and county papers:
// provincial programmes and investment (provincial key projects, total transport investment, green-travel
// cities), rural roads and buses (beautiful rural roads, township transport stations, ferries replaced by bridges,
// mainland–island links, town-and-country transport as one system), city transit (the national transport card,
// BRT, medium-capacity transit, the public-transport share of motorised trips, city air terminals, regulated bus
// costs), road safety (high-risk vehicles, networked monitoring), freight hubs and air cargo (road-rail-water-air,
// the freight-hub programme, port rail links, hub economy, fifth freedom, airport ports of entry, freighters,
// deep-sea trunk routes), ports and waterways (港航, 1,000-tonne waterways, river-sea through ships, dry bulk,
// ship emission control areas, ro-ro), e-bikes (shared e-bikes, electric mopeds, left-turn waiting
// areas; and 梯控 as a form of 电梯阻车), construction (interchanges, handover inspection, critical-path works, keeping traffic moving, the
// bridge-and-tunnel share, swing construction, feasibility studies, shield launch, track laid, energised runs,
// integrated testing, urban rail construction plans), roads (road administration, preventive maintenance, the
// building-control zone, road property, the share of good roads) and enforcement (unlicensed transport, the
// vehicle certificate, the driver's qualification, driver training, gross weight, abnormal loads, the over-limit
// rate, ride-hailing aggregators, pay-by-the-hour lessons). Each is underlined in a sentence of its own (not the
// development set's), and the everyday words around their characters are left alone (确保|通行, 施工|可能,
// 香港|航空, 大陆|港口, 正轨|通常, 楼梯|控制, 翻滚|装置).
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev80 entries: underlined as the term', [
  ['今年全省安排省重点建设项目200个。', '省重点建设项目', 'sheng-zhongdian-jianshe-xiangmu'],
  ['上半年全县综合交通投资完成过半。', '综合交通投资', 'zonghe-jiaotong-touzi'],
  ['我市启动绿色出行创建行动。', '绿色出行创建', 'lvse-chuxing-chuangjian'],
  ['镇里新建了一条美丽农村路。', '美丽农村路', 'meili-nongcunlu'],
  ['乡镇综合运输服务站投入使用。', '乡镇综合运输服务站', 'xiangzhen-zonghe-yunshu-fuwuzhan'],
  ['县里实施撤渡建桥，两座新桥通车。', '撤渡建桥', 'chedu-jianqiao'],
  ['台风过后，陆岛交通全面恢复。', '陆岛交通', 'ludao-jiaotong'],
  ['我县推进城乡交通运输一体化。', '城乡交通运输一体化', 'chengxiang-jiaotong-yitihua'],
  ['市民可以用交通一卡通乘坐地铁。', '交通一卡通', 'jiaotong-yikatong'],
  ['城东新开一条快速公交线路。', '快速公交', 'kuaisu-gongjiao'],
  ['BRT专用道禁止社会车辆驶入。', 'BRT', 'kuaisu-gongjiao'],
  ['新城规划建设中运量公交走廊。', '中运量', 'zhongyunliang'],
  ['公共交通机动化出行分担率稳步提高。', '公共交通机动化出行分担率', 'gongjiao-jidonghua-fendanlv'],
  ['火车站旁的城市候机楼可以办理值机。', '城市候机楼', 'chengshi-houjilou'],
  ['市里对公交企业实行成本规制。', '成本规制', 'chengben-guizhi'],
  ['交警对辖区重点车辆逐一登门检查。', '重点车辆', 'zhongdian-cheliang'],
  ['这家运输公司的车辆全部接入联网联控系统。', '联网联控', 'lianwang-liankong'],
  ['园区打造公铁水空一体化物流枢纽。', '公铁水空', 'gongtie-shuikong'],
  ['我市获批国家综合货运枢纽补链强链城市。', '综合货运枢纽补链强链', 'zonghe-huoyun-shuniu-bulian-qianglian'],
  ['港区进港铁路正式开通运营。', '进港铁路', 'jingang-tielu'],
  ['机场周边大力发展枢纽经济。', '枢纽经济', 'shuniu-jingji'],
  ['这条航线使用了第五航权。', '第五航权', 'diwu-hangquan'],
  ['这座机场的航空口岸通过国家验收。', '航空口岸', 'hangkong-kouan'],
  ['机场新开通一条国际全货机航线。', '全货机', 'quanhuoji'],
  ['港口新增两条远洋干线。', '远洋干线', 'yuanyang-ganxian'],
  ['全市港航系统召开安全生产会议。', '港航', 'ganghang'],
  ['千吨级航道整治工程今年完工。', '千吨级航道', 'qiandunji-hangdao'],
  ['江海直达船队规模不断扩大。', '江海直达', 'jianghai-zhida'],
  ['码头主要装卸干散货。', '干散货', 'gansanhuo'],
  ['进入船舶排放控制区须换用低硫油。', '船舶排放控制区', 'chuanbo-paifang-kongzhiqu'],
  ['岛上的车辆靠滚装船运进运出。', '滚装', 'gunzhuang'],
  ['小区所有电梯完成梯控改造。', '梯控', 'dianti-zuche'],
  ['共享电单车须停在指定区域。', '共享电单车', 'gongxiang-diandanche'],
  ['驾驶电动轻便摩托车须戴头盔。', '电动轻便摩托车', 'diandong-qingbian-motuoche'],
  ['路口设置了左转待转区。', '左转待转区', 'zuozhuan-daizhuanqu'],
  ['两条高速在这里设枢纽互通。', '枢纽互通', 'shuniu-hutong'],
  ['这段高速通过交工验收。', '交工验收', 'jiaogong-yanshou'],
  ['特长隧道是全线的控制性工程。', '控制性工程', 'kongzhixing-gongcheng'],
  ['施工单位制定了保通方案。', '保通', 'baotong'],
  ['全线桥隧比超过六成。', '桥隧比', 'qiaosuibi'],
  ['大桥采用转体施工跨越铁路。', '转体施工', 'zhuanti-shigong'],
  ['项目工可报告已经编制完成。', '工可', 'gongke'],
  ['地铁区间隧道今天盾构始发。', '盾构始发', 'dungou-shifa'],
  ['新线本月实现轨通。', '轨通', 'guitong'],
  ['地铁新线开展热滑试验。', '热滑', 'rehua'],
  ['城际铁路进入联调联试阶段。', '联调联试', 'liantiao-lianshi'],
  ['城市轨道交通第四期建设规划上报待批。', '城市轨道交通第四期建设规划', 'guidao-jiaotong-jianshe-guihua'],
  ['路政人员清理了路边堆放的杂物。', '路政', 'luzheng'],
  ['县道实施预防性养护。', '预防性养护', 'yufangxing-yanghu'],
  ['在公路建筑控制区内建房属于违法行为。', '公路建筑控制区', 'gonglu-jianzhu-kongzhiqu'],
  ['执法队开展路产路权保护行动。', '路产路权', 'luchan-luquan'],
  ['全县农村公路优良路率达到80%。', '优良路率', 'youliang-lulv'],
  ['火车站周边非法营运屡禁不止。', '非法营运', 'feifa-yingyun'],
  ['这辆货车没有道路运输证。', '道路运输证', 'daolu-yunshuzheng'],
  ['他考取了道路运输从业资格证。', '从业资格证', 'congye-zigezheng'],
  ['驾培行业推行先培训后付费。', '驾培', 'jiapei'],
  ['这辆六轴货车车货总重超过49吨。', '车货总重', 'chehuo-zongzhong'],
  ['大件运输车辆须按指定路线行驶。', '大件运输', 'dajian-yunshu'],
  ['高速入口的货车超限率明显下降。', '超限率', 'chaoxianlv'],
  ['网约车聚合平台须核验合作企业资质。', '聚合平台', 'juhe-pingtai'],
  ['驾校全面推行计时培训。', '计时培训', 'jishi-peixun'],
  // Forms of older entries: the short form of 非标电动自行车, the slogan of 一箱制, the inland port, the city-region intercity line, the lift's e-bike blocker.
  ['交警在路口查扣了一批非标车。', '非标车', 'feibiao-diandong-zixingche'],
  ['海铁联运实现一箱到底。', '一箱到底', 'yixiangzhi'],
  ['义乌国际陆港开通新班列。', '国际陆港', 'wushuigang'],
  ['都市圈城际铁路开通运营。', '都市圈城际铁路', 'chengji-tielu'],
], {
  'keeps the older entries beside the new ones': (g) => {
    expect(g.ids('县里推进城乡公交一体化。')).toContain('chengxiang-gongjiao-yitihua');
    expect(g.ids('这个县获评城乡交通运输一体化示范县。')).toContain('chengxiang-jiaotong-yitihua-shifanxian');
    expect(g.ids('货物全程一箱制运输。')).toContain('yixiangzhi');
  },
});

leftAloneByIdBlock('dev80 entries: the everyday words around their characters are left alone', [
  ['请大家排好队，确保通行顺畅。', 'baotong'],
  ['下雨天施工可能会推迟。', 'gongke'],
  ['她坐香港航空的航班回家。', 'ganghang'],
  ['这艘船从大陆港口出发。', 'wushuigang'],
  ['生活回到正轨通常需要一段时间。', 'guitong'],
  ['学校食堂可以刷校园一卡通。', 'jiaotong-yikatong'],
  ['换了新学校，孩子需要一个适应的过渡期。', 'feibiao-diandong-zixingche'],
  ['这家小工厂专门加工非标零件。', 'feibiao-diandong-zixingche'],
  ['小区的楼梯控制灯坏了。', 'dianti-zuche'],
  ['游乐园把翻滚装置检修了一遍。', 'gunzhuang'],
  ['体操运动员完成转体两周。', 'zhuanti-shigong'],
]);
