// The entries of the dev124 round, drawn from the urban management and city appearance items of city papers:
// the street-front cleanliness zone, flyposting, the machine-cleaned share of roads, the use of land freed by
// demolition, demolition orders with a deadline and temporary buildings (违法建设 as a form of 违法建筑), time-limited
// stall zones and street markets, geofences, Bluetooth parking studs and rush-hour rebalancing of shared bicycles,
// the outdoor advertising plan, the reporters and components of digital city management, dangerous dog breeds, and
// 架空线入地 as a form of 上改下. Each is underlined in a sentence of its own (not the development set's), and the
// everyday words that share their characters are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev124 entries: underlined as the term', [
  ['临街的小吃店不履行市容环境卫生责任区的保洁义务，被责令改正。', '市容环境卫生责任区', 'shirong-huanwei-zerenqu'],
  ['社区志愿者上街清理城市牛皮癣。', '城市牛皮癣', 'chengshi-niupixuan'],
  ['新城区的道路机械化作业率已经超过九成。', '机械化作业率', 'jixie-qingsao-lv'],
  ['镇里把拆后利用和美丽乡村建设结合起来。', '拆后利用', 'chaihou-liyong'],
  ['执法局对这处违章搭建作出限期拆除的决定。', '限期拆除', 'xianqi-chaichu'],
  ['这几间临时建筑的批准期限已经到了。', '临时建筑', 'linshi-jianzhu'],
  ['广场东侧新设了一处潮汐摊区。', '潮汐摊区', 'chaoxi-tanqu'],
  ['这条路上的马路菜场已经存在了十多年。', '马路菜场', 'malu-shichang'],
  ['这条路上的马路市场已经取缔。', '马路市场', 'malu-shichang'],
  ['地铁口新划了电子围栏，单车不能随便停了。', '电子围栏', 'dianzi-weilan'],
  ['停车点的地面上装了一排蓝牙道钉。', '蓝牙道钉', 'lanya-daoding'],
  ['单车企业加强了早高峰的潮汐调度。', '潮汐调度', 'chaoxi-diaodu'],
  ['新的户外广告设置规划明确了禁设区域。', '户外广告设置规划', 'huwai-guanggao-shezhi-guihua'],
  ['城管信息采集员发现一处井盖破损。', '信息采集员', 'xinxi-caijiyuan'],
  ['全区的城市部件普查已经完成。', '城市部件', 'chengshi-bujian'],
  ['小区里有人饲养烈性犬，居民向城管投诉。', '烈性犬', 'liexingquan'],
  ['村里对这几处违法建设下达了整改通知。', '违法建设', 'weifa-jianzhu'],
  ['老街的架空线入地以后，天空干净了。', '架空线入地', 'shang-gai-xia'],
]);

leftAloneByIdBlock('dev124 entries: the everyday words that share their characters are left alone', [
  ['农场用木头围栏把羊圈了起来。', 'dianzi-weilan'],
  ['公交公司增加了早高峰的调度车辆。', 'chaoxi-diaodu'],
  ['这台电脑的部件都是原装的。', 'chengshi-bujian'],
  ['他家的狗很温顺，从来不咬人。', 'liexingquan'],
  ['学校临时调整了上课时间。', 'linshi-jianzhu'],
  ['这家超市的蔬菜比菜场便宜。', 'malu-shichang'],
]);

leftAloneBlock('dev124 entries: nothing is underlined over the everyday words', [
  ['这块牛皮很厚，适合做皮带。', '牛皮'],
  ['他把采集的植物标本带回了学校。', '采集'],
  ['那座老房子已经拆除了。', '拆除'],
]);
