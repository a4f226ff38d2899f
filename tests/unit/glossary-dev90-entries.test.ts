// The entries of the dev90 round, drawn from the transport and traffic items of city and county papers: the
// programmes (national comprehensive transport hubs, high-speed rail to every county), rural roads and buses
// (the road-chief system, licensed bus routes, shared warehousing and delivery), road safety (road deaths per
// 10,000 vehicles, fatal and major accidents, low-speed electric cars, roads beside water or a drop, level
// junctions), freight and ports (the New Western Land–Sea Corridor, cargo throughput, Ningbo's port economic
// circle, Class III waterways, merchant–fishing boat collisions, vessel traffic service, port shoreline, waterway
// service areas), city traffic (cars and bikes sharing a lane, dockless hire bikes), construction (approval of the
// preliminary design, a bridge's closure, land clearance, metro depots, immersed-tube tunnels, county roads), upkeep (the highway condition index, the share of roads
// on a maintenance programme, pavement defects, signs and markings) and enforcement (stopping overloading at the
// loading site, chartered coaches, road transport licences, the warning-and-pledge for minor violations). Each is
// underlined in a sentence of its own (not the development set's), and the everyday words inside or beside them
// are left alone.
import { expect } from 'vitest';
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev90 entries: underlined as the term', [
  ['宁波正在建设全国性综合交通枢纽。', '全国性综合交通枢纽', 'quanguoxing-zonghe-jiaotong-shuniu'],
  ['金华被列为全国性综合交通枢纽城市。', '全国性综合交通枢纽城市', 'quanguoxing-zonghe-jiaotong-shuniu'],
  ['随着新线开通，全省离县县通高铁又近一步。', '县县通高铁', 'xianxian-tong-gaotie'],
  ['镇里推行路长制已经五年。', '路长制', 'luzhangzhi'],
  ['全面落实农村公路路长制。', '农村公路路长制', 'luzhangzhi'],
  ['县内三条客运班线调整了发车时间。', '客运班线', 'keyun-banxian'],
  ['乡镇快递网点推行统仓共配。', '统仓共配', 'tongcang-gongpei'],
  ['去年全市万车死亡率有所下降。', '万车死亡率', 'wanche-siwanglv'],
  ['今年以来未发生亡人事故。', '亡人事故', 'wangren-shigu'],
  ['坚决防范较大道路交通事故。', '较大道路交通事故', 'jiaoda-daolu-jiaotong-shigu'],
  ['该路段去年发生一起较大交通事故。', '较大交通事故', 'jiaoda-daolu-jiaotong-shigu'],
  ['交警查扣了一批低速电动车。', '低速电动车', 'disu-diandongche'],
  ['山区公路临水临崖路段多。', '临水临崖', 'linshui-linya'],
  ['这个平交路口加装了信号灯。', '平交路口', 'pingjiao-lukou'],
  ['重庆是西部陆海新通道的起点。', '西部陆海新通道', 'xibu-luhai-xintongdao'],
  ['上半年港口货物吞吐量增长5%。', '港口货物吞吐量', 'huowu-tuntuliang'],
  ['宁波提出建设港口经济圈。', '港口经济圈', 'gangkou-jingjiquan'],
  ['这段运河将提升为三级航道。', '三级航道', 'sanji-hangdao'],
  ['海事局开展商渔船防碰撞宣传。', '商渔船防碰撞', 'shangyuchuan-fangpengzhuang'],
  ['港区VTS值班员提醒船舶注意避让。', 'VTS', 'chuanbo-jiaotong-guanli'],
  ['全市港口岸线利用率提高。', '港口岸线', 'gangkou-anxian'],
  ['运河边新建了一个水上服务区。', '水上服务区', 'shuishang-fuwuqu'],
  ['这条路机非混行，早高峰很危险。', '机非混行', 'jifei-hunxing'],
  ['主城区投放互联网租赁自行车4万辆。', '互联网租赁自行车', 'hulianwang-zulin-zixingche'],
  ['该项目已取得初步设计批复。', '初步设计批复', 'chubu-sheji-pifu'],
  ['高架二期拿到初设批复。', '初设批复', 'chubu-sheji-pifu'],
  ['跨江大桥昨天顺利合龙。', '合龙', 'helong'],
  ['征迁指挥部加快推进政策处理。', '政策处理', 'zhengce-chuli'],
  ['国道的公路技术状况指数达到90以上。', '公路技术状况指数', 'gonglu-jishu-zhuangkuang-zhishu'],
  ['今年全县普通国省道MQI保持优等。', 'MQI', 'gonglu-jishu-zhuangkuang-zhishu'],
  ['农村公路列养率保持100%。', '列养率', 'lieyanglv'],
  ['养护站及时处治路面病害。', '路面病害', 'lumian-binghai'],
  ['新路的标志标线已施划完毕。', '标志标线', 'biaozhi-biaoxian'],
  ['在矿山码头开展源头治超。', '源头治超', 'yuantou-zhichao'],
  ['这辆客车从事包车客运。', '包车客运', 'baoche-keyun'],
  ['未取得道路运输经营许可不得从事货运。', '道路运输经营许可', 'daolu-yunshu-jingying-xuke'],
  ['执法队推行轻微违法告知承诺制。', '轻微违法告知承诺制', 'qingwei-weifa-gaozhi-chengnuo'],
  ['这条县道今年完成拓宽。', '县道', 'xiandao'],
  ['地铁车辆段夜间开展列车检修。', '车辆段', 'cheliangduan'],
  ['海底沉管隧道最后一节管节沉放到位。', '沉管隧道', 'chenguan-suidao'],
], {
  'keeps the older entries around them their own': (g) => {
    expect(g.ids('12条农村客运班线公交化改造。')).toContain('keyun-banxian-gongjiaohua-gaizao');
    expect(g.ids('企业可通过告知承诺制办理许可。')).not.toContain('qingwei-weifa-gaozhi-chengnuo');
    expect(g.ids('地铁车辆段上盖开发启动。')).toContain('cheliangduan-shanggai');
  },
});

leftAloneByIdBlock('dev90 entries: the everyday words inside or beside them are left alone', [
  ['他在路边站着，长得很高，人称路长。', 'luzhangzhi'],
  ['一路长制服的保安站在门口。', 'luzhangzhi'],
  ['马路边的共享单车乱停乱放。', 'hulianwang-zulin-zixingche'],
  ['她把海报的初步设计发给客户。', 'chubu-sheji-pifu'],
  ['两个人的想法终于合拢了。', 'helong'],
  ['这辆车开得很慢，像低速行驶。', 'disu-diandongche'],
  ['港口的夜景很漂亮。', 'gangkou-anxian'],
  ['他住的小区在水上乐园附近。', 'shuishang-fuwuqu'],
  ['路面上有很多落叶。', 'lumian-binghai'],
  ['这条裙子的标志很显眼。', 'biaozhi-biaoxian'],
  ['这项政策处处体现民生关怀。', 'zhengce-chuli'],
  ['他们包车去郊外旅游。', 'baoche-keyun'],
  ['公司取得了营业执照。', 'daolu-yunshu-jingying-xuke'],
  ['全县各乡镇都通了高速。', 'xianxian-tong-gaotie'],
  ['这趟车的乘客有一半是学生。', 'wanche-siwanglv'],
  ['全县道路交通安全形势平稳。', 'xiandao'],
  ['全县道路总里程突破三千公里。', 'xiandao'],
  ['他在车站段落里写了一段话。', 'cheliangduan'],
]);
