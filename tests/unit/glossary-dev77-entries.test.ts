// The entries of the dev77 round, drawn from the culture, tourism and sport news items of city papers: relics and
// archaeology (the year's ten major discoveries, research-driven excavation, survey before building, the Zhejiang
// document series), intangible heritage (UNESCO's list, cultural ecology zones, living transmission, transmission
// bases), culture for all (common prosperity through culture, reading promoters), sport (the Asian Para Games, ground
// area per person, model cities, school grounds opened, sports townships and towns), tourism and stays (classic red
// tourism sites, non-standard lodging, self-drive and RV camps, farm-stay villages, silver-age trains, scenic capacity)
// and performances (large commercial shows, licensed street performers, performance agencies), with culture-and-tourism
// spending and the digital cultural centre. Each is underlined in a sentence of its own
// (not the development set's), and the everyday words inside or beside them are left alone (持证上岗 of an
// electrician, a bridge's 承载量, a geological 调查勘探, 生活态度, 小镇体育馆 …).
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev77 entries: underlined as the term', [
  ['这处遗址入选了全国十大考古新发现。', '全国十大考古新发现', 'quanguo-shida-kaogu-xinfaxian'],
  ['该项目曾获评年度十大考古新发现。', '十大考古新发现', 'quanguo-shida-kaogu-xinfaxian'],
  ['这项技艺列入人类非物质文化遗产代表作名录。', '人类非物质文化遗产代表作名录', 'renlei-feiyi-daibiaozuo-minglu'],
  ['申报人类非遗代表作名录的材料已经递交。', '人类非遗代表作名录', 'renlei-feiyi-daibiaozuo-minglu'],
  ['省里新设立两个文化生态保护实验区。', '文化生态保护实验区', 'wenhua-shengtai-baohu-shiyanqu'],
  ['闽南文化生态保护区通过了验收。', '文化生态保护区', 'wenhua-shengtai-baohu-shiyanqu'],
  ['老手艺靠活态传承才能留下来。', '活态传承', 'huotai-chuancheng'],
  ['这所职校是省级非遗传承基地。', '非遗传承基地', 'feiyi-chuancheng-jidi'],
  ['考古队今年在山上开展主动性考古。', '主动性考古', 'zhudongxing-kaogu'],
  ['这次主动性考古发掘获批了。', '主动性考古发掘', 'zhudongxing-kaogu'],
  ['新一批浙江文献集成出版了。', '浙江文献集成', 'zhejiang-wenxian-jicheng'],
  ['县里推进文化共富，送戏进山。', '文化共富', 'wenhua-gongfu'],
  ['图书馆招募了一批阅读推广人。', '阅读推广人', 'yuedu-tuiguangren'],
  ['她参加过杭州亚残运会的游泳比赛。', '亚残运会', 'yachanyunhui'],
  ['第四届亚洲残疾人运动会在杭州举行。', '亚洲残疾人运动会', 'yachanyunhui'],
  ['全省人均体育场地面积稳步提高。', '人均体育场地面积', 'renjun-tiyu-changdi-mianji'],
  ['这场演唱会属于大型营业性演出。', '大型营业性演出', 'daxing-yingyexing-yanchu'],
  ['街道推行街头艺人持证上岗。', '街头艺人持证上岗', 'jietou-yiren-chizheng'],
  ['广场上的持证街艺表演很受欢迎。', '持证街艺', 'jietou-yiren-chizheng'],
  ['这座纪念馆是红色旅游经典景区。', '红色旅游经典景区', 'hongse-lvyou-jingdian-jingqu'],
  ['各地加强对非标住宿的消防检查。', '非标住宿', 'feibiao-zhusu'],
  ['湖边新建了一处自驾车旅居车营地。', '自驾车旅居车营地', 'zijiache-lvjuche-yingdi'],
  ['这个镇被评为运动休闲乡镇。', '运动休闲乡镇', 'yundong-xiuxian-xiangzhen'],
  ['该村是有名的农家乐集聚村。', '农家乐集聚村', 'nongjiale-jijucun'],
  ['首趟银发旅游专列从杭州出发。', '银发旅游专列', 'yinfa-lvyou-zhuanlie'],
  ['孩子们在劳动教育实践基地学插秧。', '劳动教育实践基地', 'laodong-jiaoyu-shijian-jidi'],
  ['假日里文旅消费十分火热。', '文旅消费', 'wenlv-xiaofei'],
  ['各地出台措施促进文化和旅游消费。', '文化和旅游消费', 'wenlv-xiaofei'],
  ['市民领到文旅消费券后去看了场演出。', '文旅消费券', 'wenlv-xiaofeiquan'],
  ['这家演出经纪机构被责令整改。', '演出经纪机构', 'yanchu-jingji-jigou'],
  ['这座城市入选国家文化和旅游消费示范城市。', '国家文化和旅游消费示范城市', 'wenlv-xiaofei-shifan-chengshi'],
  ['市民可在数字文化馆预约课程。', '数字文化馆', 'shuzi-wenhuaguan'],
  // Forms the pages print of older entries.
  ['我县获评全民运动健身模范市。', '全民运动健身模范市', 'quanmin-yundong-jianshen-mofanxian'],
  ['市里推动学校体育场地开放。', '学校体育场地开放', 'xuexiao-tiyu-changguan-kaifang'],
  ['节前公布景区承载量。', '景区承载量', 'zuida-chengzailiang'],
  ['开工前要先做考古调查勘探。', '考古调查勘探', 'kaogu-kantan'],
  ['山里的体育小镇办起了越野赛。', '体育小镇', 'yundong-xiuxian-tese-xiaozhen'],
]);

leftAloneByIdBlock('dev77 entries: the everyday words inside or beside them are left alone', [
  ['电工必须持证上岗。', 'jietou-yiren-chizheng'],
  ['这座桥的承载量是二十吨。', 'zuida-chengzailiang'],
  ['地质队完成了矿区的调查勘探。', 'kaogu-kantan'],
  ['他的生活态度很积极。', 'huotai-chuancheng'],
  ['小镇体育馆周末开放。', 'yundong-xiuxian-tese-xiaozhen'],
  ['湿地生态保护区禁止垂钓。', 'wenhua-shengtai-baohu-shiyanqu'],
  ['周末一家人去农家乐吃饭。', 'nongjiale-jijucun'],
  ['春节前铁路开行旅游专列。', 'yinfa-lvyou-zhuanlie'],
  ['西湖是杭州的经典景区。', 'hongse-lvyou-jingdian-jingqu'],
  ['图书馆加强阅读推广。', 'yuedu-tuiguangren'],
  ['他开着自驾车去了海边。', 'zijiache-lvjuche-yingdi'],
  ['这批螺丝是非标件。', 'feibiao-zhusu'],
  ['人均住房面积又增加了。', 'renjun-tiyu-changdi-mianji'],
  ['商场的大型营业厅今天开门。', 'daxing-yingyexing-yanchu'],
  ['学校体育场地周末暂不开放。', 'xuexiao-tiyu-changguan-kaifang'],
  ['市民领到文旅消费券后去看了场演出。', 'wenlv-xiaofei'],
  ['他是一名演出经纪人。', 'yanchu-jingji-jigou'],
  ['这座城市入选国家文化和旅游消费示范城市。', 'wenlv-xiaofei'],
  ['县文化馆新开了书法班。', 'shuzi-wenhuaguan'],
]);
