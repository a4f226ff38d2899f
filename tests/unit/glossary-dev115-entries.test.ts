// The entries of the dev115 round, drawn from the logistics, express delivery, postal and supply-chain items of
// city papers: airport cargo and mail throughput, automated high-bay warehouses, the strategic hub cities of the
// distribution system; the express development index, inspection and real-name sending, parcel lockers and smart
// mail boxes, parcels shipped in their own box and reusable boxes, delivery fees and last-mile outlets; shared
// sorting centres, e-commerce in the countryside, rural logistics brands and farm produce sold out to the cities;
// farm cold stores, cold-chain consolidation centres at the source and in the city, mobile cold stores,
// pre-cooling, the unbroken cold chain, cold-chain logistics and its national backbone bases; the shift of freight
// from road to rail and water, multimodal demonstration projects, timetabled and double-stack trains, pallets that
// travel with the goods and pallet pools, the toll-free lane for fresh produce and the belly hold; supply-chain
// bills, reverse factoring, the movable-property registry, inventory pledges and broken supply chains; forward
// warehouses and crowd-sourced riders; the universal postal service, confidential mail, the Party paper drive,
// conscripts' free letters, first-day covers, personalised stamps and post office branches; the drive to cut
// logistics costs, the logistics and road freight-rate indices, load matching and the empty-running rate.
// Each is underlined in a sentence of its own (not the development set's), and the everyday words that share
// their characters are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev115 entries: underlined as the term', [
  ['今年上半年该机场货邮吞吐量增长两成。', '货邮吞吐量', 'huoyou-tuntuliang'],
  ['这家药企建成了一座自动化立体仓库。', '自动化立体仓库', 'zidonghua-liti-cangku'],
  ['两座城市入选现代流通战略支点城市。', '现代流通战略支点城市', 'xiandai-liutong-zhidian-chengshi'],
  ['上月中国快递发展指数同比提升。', '快递发展指数', 'kuaidi-fazhan-zhishu'],
  ['快递员没有收寄验视就收下了包裹，被罚款。', '收寄验视', 'shouji-yanshi'],
  ['寄件时须严格落实实名收寄。', '实名收寄', 'shiming-shouji'],
  ['小区门口新装了两组智能快递柜。', '智能快递柜', 'zhineng-kuaijianxiang'],
  ['老小区加装智能信包箱后取件方便了。', '智能信包箱', 'zhineng-xinbaoxiang'],
  ['今年电商快件不再二次包装率达到九成。', '电商快件不再二次包装', 'dianshang-kuaijian-bu-erci-baozhuang'],
  ['校园快递点开始使用循环快递箱。', '循环快递箱', 'kexunhuan-kuaidixiang'],
  ['快递员反映今年的派费又降了。', '派费', 'kuaidi-paifei'],
  ['新开的快递末端网点要去邮政管理部门备案。', '快递末端网点', 'kuaidi-moduan-wangdian'],
  ['各家快递的包裹在共配中心统一分拣。', '共配中心', 'gongpei-zhongxin'],
  ['这个县是电子商务进农村综合示范县。', '电子商务进农村综合示范县', 'dianzishangwu-jinnongcun-shifan'],
  ['该县的模式入选农村物流服务品牌。', '农村物流服务品牌', 'nongcun-wuliu-fuwu-pinpai'],
  ['电商直播拓宽了农产品上行渠道。', '农产品上行', 'nongchanpin-shangxing'],
  ['合作社申请了农产品产地冷藏保鲜设施补助。', '产地冷藏保鲜设施', 'chandi-lengcang-baoxian'],
  ['镇上的产地冷链集配中心开始试运行。', '产地冷链集配中心', 'chandi-lenglian-jipei'],
  ['城西新建了一座销地冷链集配中心。', '销地冷链集配中心', 'xiaodi-lenglian-jipei'],
  ['果园旁边放了一台移动冷库。', '移动冷库', 'yidong-lengku'],
  ['葡萄采摘后要先预冷再装车。', '预冷', 'yuleng'],
  ['进口牛肉实现全程冷链配送。', '全程冷链', 'quancheng-lenglian'],
  ['县里规划建设冷链物流园。', '冷链物流', 'lengliang-wuliu'],
  ['这座城市获批建设国家骨干冷链物流基地。', '国家骨干冷链物流基地', 'guojia-gugan-lenglian-jidi'],
  ['今年村村都实现了快递进村。', '快递进村', 'kuaidi-fazhan-jincun'],
  ['运输结构调整让更多货物走上铁路。', '运输结构调整', 'yunshu-jiegou-tiaozheng'],
  ['该项目被评为多式联运示范工程。', '多式联运示范工程', 'duoshi-lianyun-shifan-gongcheng'],
  ['新开的班列已纳入图定班列。', '图定班列', 'tuding-banlie'],
  ['这条线路开行了双层集装箱班列。', '双层集装箱班列', 'shuangceng-jizhuangxiang'],
  ['超市的配送中心全面推行带托运输。', '带托运输', 'daituo-yunshu'],
  ['园区企业加入托盘循环共用体系。', '托盘循环共用', 'tuopan-xunhuan-gongyong'],
  ['运送活鱼的货车走鲜活农产品运输绿色通道。', '鲜活农产品运输绿色通道', 'xianhuo-nongchanpin-lvse-tongdao'],
  ['这批跨境包裹装在客机腹舱里运往欧洲。', '腹舱', 'keji-fucang'],
  ['供应商收到的是一张供应链票据。', '供应链票据', 'gongyinglian-piaoju'],
  ['银行为配套企业办理了反向保理。', '反向保理', 'fanxiang-baoli'],
  ['抵押要在动产融资统一登记公示系统登记。', '动产融资统一登记', 'dongchan-rongzi-tongyi-dengji'],
  ['这家钢贸企业办理了存货质押融资。', '存货质押', 'cunhuo-zhiya'],
  ['部门上门帮企业化解断链断供风险。', '断链断供', 'duanlian-duangong'],
  ['这家生鲜平台在城区开了六个前置仓。', '前置仓', 'qianzhicang'],
  ['平台要为众包骑手缴纳职业伤害保障费。', '众包骑手', 'zhongbao-qishou'],
  ['海岛上的邮政普遍服务由邮政公司承担。', '邮政普遍服务', 'youzheng-pubian-fuwu'],
  ['他在邮政机要通信岗位干了二十年。', '机要通信', 'jiyao-tongxin'],
  ['县委宣传部部署明年的党报党刊发行工作。', '党报党刊发行', 'dangbao-dangkan-faxing'],
  ['义务兵平常信函由邮政免费寄递。', '义务兵平常信函', 'yiwubing-pingchang-xinhan'],
  ['邮票首发当天，他买到了一枚原地封。', '原地封', 'yuandifeng'],
  ['学校定制了一版个性化邮票。', '个性化邮票', 'gexinghua-youpiao'],
  ['偏远乡镇的邮政局所也实现了电子化。', '邮政局所', 'youzheng-jusuo'],
  ['省里印发降低全社会物流成本的实施意见。', '降低全社会物流成本', 'youxiao-jiangdi-wuliu-chengben'],
  ['上月物流业景气指数回升到扩张区间。', '物流业景气指数', 'wuliuye-jingqi-zhishu'],
  ['公路物流运价指数环比略有回落。', '公路物流运价指数', 'gonglu-wuliu-yunjia-zhishu'],
  ['司机在平台上通过车货匹配找到了回程货。', '车货匹配', 'chehuo-pipei'],
  ['车队的空驶率降到了两成以下。', '空驶率', 'kongshilv'],
]);

leftAloneByIdBlock('dev115 entries: the everyday words that share their characters are left alone', [
  ['邮政局所在的那条街新开了一家书店。', 'youzheng-jusuo'],
  ['事发路段已原地封闭管控。', 'yuandifeng'],
  ['有的部门向企业摊派费用。', 'kuaidi-paifei'],
  ['河边用双层集装箱搭建了一家咖啡馆。', 'shuangceng-jizhuangxiang'],
  ['服务员把托盘循环使用，洗干净再用。', 'tuopan-xunhuan-gongyong'],
  ['这家饭店的冷库很大。', 'yidong-lengku'],
  ['他把冰箱里的东西全部清空了。', 'yuleng'],
  ['他平常信函往来不多。', 'yiwubing-pingchang-xinhan'],
  ['他的性格很有个性，说话直来直去。', 'gexinghua-youpiao'],
  ['我们全程陪同客人参观。', 'quancheng-lenglian'],
  ['司机开着空车驶过大桥。', 'kongshilv'],
  ['这份票据要妥善保管。', 'gongyinglian-piaoju'],
]);
