// The entries and forms of the dev75 round, drawn from the ecology and environment items of local papers: bay and
// beach chiefs, outfalls into the sea; the rubbish categories (recyclables, hazardous and kitchen waste), the
// recycling rate, Zhejiang's model estates for rubbish sorting, incinerator fly ash, discarded pesticide packaging;
// carbon intensity, the "1+N" carbon policy system, Zhejiang's high-consumption low-efficiency firms and low (zero)
// carbon pilot villages; key ecological function zones, ecological credit, regional public brands; the air quality
// index, non-road machinery, vapour recovery, ultra-low emissions, drive-by monitoring, clean-emission zones;
// Canadian goldenrod, the Chinese crested tern, ex situ conservation, biodiversity baseline surveys, "three-value"
// protected animals, ecological corridors, the Baishanzu fir, small nature reserves; coastal wetlands, the coastal
// water quality rate, inorganic nitrogen, sea sanitation, Zhejiang's ecological coastal belt; cases handed down by
// an inspection, environmental warning films, key pollutant-discharging units, provincial environmental
// inspections; and the forms 准地表水Ⅳ类 and 饮用水源保护区 of older entries. Each is underlined in a sentence of its
// own (not the development set's), and the everyday words inside or beside them are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev75 entries: underlined as the term', [
  ['镇长兼任这片海湾的湾长，每月巡湾两次。', '湾长', 'wanzhang'],
  ['每处沙滩都设了滩长，负责日常巡查。', '滩长', 'tanzhang'],
  ['全市完成入海排污口溯源整治。', '入海排污口', 'ruhai-paiwukou'],
  ['旧报纸和塑料瓶属于可回收物。', '可回收物', 'kehuishouwu'],
  ['过期药品要投进有害垃圾桶。', '有害垃圾', 'youhai-laji'],
  ['小区新建了厨余垃圾处理站。', '厨余垃圾', 'chuyu-laji'],
  ['全县生活垃圾回收利用率达到60%。', '生活垃圾回收利用率', 'shenghuo-laji-huishou-liyonglv'],
  ['这个小区获评高标准生活垃圾分类示范小区。', '高标准生活垃圾分类示范小区', 'gaobiaozhun-laji-fenlei-shifan-xiaoqu'],
  ['焚烧飞灰要先做稳定化处理。', '焚烧飞灰', 'feihui'],
  ['农药包装废弃物要集中回收处置。', '农药包装废弃物', 'nongyao-baozhuang-feiqiwu'],
  ['农户把农药废弃包装物交到回收点。', '农药废弃包装物', 'nongyao-baozhuang-feiqiwu'],
  ['全省碳排放强度持续下降。', '碳排放强度', 'tan-paifang-qiangdu'],
  ['全市构建“1+N”政策体系。', '1+N”政策体系', 'shuangtan-1n'],
  ['县里关停了一批高耗低效企业。', '高耗低效企业', 'gaohao-dixiao-qiye'],
  ['两个村入选低（零）碳试点村。', '低（零）碳试点村', 'di-ling-tan-shidian'],
  ['县里地处国家重点生态功能区。', '重点生态功能区', 'zhongdian-shengtai-gongnengqu'],
  ['村民的生态信用可以换贷款优惠。', '生态信用', 'shengtai-xinyong'],
  ['县里打造农产品区域公用品牌。', '农产品区域公用品牌', 'quyu-gongyong-pinpai'],
  ['今天的空气质量指数为45。', '空气质量指数', 'kongqi-zhiliang-zhishu'],
  ['手机上可以查看实时AQI。', 'AQI', 'kongqi-zhiliang-zhishu'],
  ['工地上的非道路移动机械要编码登记。', '非道路移动机械', 'feidaolu-yidong-jixie'],
  ['加油站的油气回收装置每年检测一次。', '油气回收', 'youqi-huishou'],
  ['电厂完成了超低排放改造。', '超低排放改造', 'chaodi-paifang'],
  ['环保部门在园区周边开展走航监测。', '走航监测', 'zouhang-jiance'],
  ['工业园区建成清洁排放区。', '清洁排放区', 'qingjie-paifangqu'],
  ['志愿者清除了一片加拿大一枝黄花。', '加拿大一枝黄花', 'jianada-yizhihuanghua'],
  ['岛上又监测到中华凤头燕鸥。', '中华凤头燕鸥', 'zhonghua-fengtou-yanou'],
  ['植物园对濒危植物开展迁地保护。', '迁地保护', 'qiandi-baohu'],
  ['全省开展生物多样性本底调查。', '生物多样性本底调查', 'shengwu-duoyangxing-bendi-diaocha'],
  ['刺猬属于三有保护动物。', '三有保护动物', 'sanyou-dongwu'],
  ['麻雀是“三有”动物。', '三有”动物', 'sanyou-dongwu'],
  ['县里修建了一条生态廊道。', '生态廊道', 'shengtai-langdao'],
  ['百山祖冷杉的幼苗长势良好。', '百山祖冷杉', 'baishanzu-lengshan'],
  ['县里划定了自然保护小区。', '自然保护小区', 'ziran-baohu-xiaoqu'],
  ['候鸟在滨海湿地停歇觅食。', '滨海湿地', 'binhai-shidi'],
  ['全省近岸海域水质优良率创新高。', '近岸海域水质优良率', 'jin-an-haiyu-shuizhi-youlianglv'],
  ['海水中的无机氮浓度偏高。', '无机氮', 'wujidan'],
  ['区里组建了海上环卫队伍。', '海上环卫', 'haishang-huanwei'],
  ['全省建设生态海岸带示范段。', '生态海岸带', 'shengtai-haiandai'],
  ['督察组的交办件已全部办结。', '交办件', 'jiaobanjian'],
  ['市里组织观看生态环境警示片。', '生态环境警示片', 'shengtai-huanjing-jingshipian'],
  ['重点排污单位要安装自动监测设备。', '重点排污单位', 'zhongdian-paiwu-danwei'],
  ['省级环保督察组进驻我市。', '省级环保督察', 'shengji-huanbao-ducha'],
  ['全县古树名木全部实行就地保护。', '就地保护', 'jiudi-baohu'],
  ['全市首个近零碳排放示范区建成投用。', '近零碳排放示范区', 'jinling-tanpaifang'],
  // The forms the pages print of older entries (销号 only in policy prose, see below).
  ['督察反馈的问题整改到位后予以销号。', '销号', 'xiaohao-guanli'],
  ['污水处理厂出水执行准地表水Ⅳ类标准。', '准地表水Ⅳ类', 'zhun-silei-biaozhun'],
  ['县里划定饮用水源保护区。', '饮用水源保护区', 'yinyongshui-shuiyuan-baohuqu'],
]);

leftAloneByIdBlock('dev75 entries: the everyday words inside or beside them are left alone', [
  ['这片沙滩长约两公里，退潮后可以捡贝壳。', 'tanzhang'],
  ['这个海湾长年风平浪静。', 'wanzhang'],
  ['这些旧家具还有可回收的价值，物业帮忙拉走了。', 'kehuishouwu'],
  ['吸烟有害，垃圾要扔进桶里。', 'youhai-laji'],
  ['阿姨把厨余和垃圾袋一起拎下楼。', 'chuyu-laji'],
  ['风一吹，灶台上的炉灰四处乱飞，灰尘落了一地。', 'feihui'],
  ['他想重点排一下队伍，污单位的名字没写。', 'zhongdian-paiwu-danwei'],
  ['孩子们在海上环游了一圈，卫生间就在船尾。', 'haishang-huanwei'],
  ['每个人的生态度不同，信用卡也各有各的用法。', 'shengtai-xinyong'],
  ['小区保安负责保护小区居民的安全。', 'ziran-baohu-xiaoqu'],
  ['领导交办的件数不多，他都按时办完了。', 'jiaobanjian'],
  ['这家工厂的碳排放接近零，但还算不上零碳工厂。', 'jinling-tanpaifang'],
  // Everyday forms (lib/glossary/everyday.ts): underlined only in policy prose or in quotation marks.
  ['小王换了新手机卡，把不用的旧号码销号了。', 'xiaohao-guanli'],
  ['老师告诉学生，地震来临时要就地保护好头部。', 'jiudi-baohu'],
  ['老人搬家后迁地保护了那棵老树的根。', 'shengtai-langdao'],
]);
