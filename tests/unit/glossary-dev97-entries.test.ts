// The entries of the dev97 round, drawn from the food, drug and product safety and consumer items of city papers:
// food (foods for special medical purposes, lean-meat powder, the food production licence, loose food, graded
// restaurant ratings, centralised tableware disinfection, additives used outside their scope, central kitchens,
// nutrition and health canteens, school meals committees), medicines, devices and cosmetics (licensed pharmacists,
// prescription-only medicines, the GSP rules, ephedrine compound preparations, medical device adverse events, the
// online sale of medicines, special-use cosmetics), equipment and quality (lift maintenance contractors, 场内专用机动车辆 and 厂内专用机动车辆 as forms of 场内机动车辆,
// metrological verification, eyeglass fitting shops, the accreditation of testing bodies, 电梯安全责任险 as a form
// of the lift liability insurance entry, the self-declaration of enterprise standards), consumers and markets
// (放心消费建设 as a form of 放心消费在浙江, the right to a registered trademark, administrative rulings on patent
// disputes, bad-faith trademark squatting, absolute claims in ads, displaying licences online, fake orders, passing
// off, counterfeit and infringing goods, raising prices before a discount). Each is underlined in a sentence of its
// own (not the development set's), and the everyday words inside or beside them are left alone.
import { leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev97 entries: underlined as the term', [
  ['医院营养科为术后病人开了特殊医学用途配方食品。', '特殊医学用途配方食品', 'teshu-yixue-yongtu-peifang-shipin'],
  ['警惕把固体饮料冒充特医食品销售。', '特医食品', 'teshu-yixue-yongtu-peifang-shipin'],
  ['抽检的30批次牛肉均未检出瘦肉精。', '瘦肉精', 'shourou-jing'],
  ['这家糕点厂上个月拿到了食品生产许可证。', '食品生产许可证', 'shipin-shengchan-xukezheng'],
  ['超市的散装食品区每天要检查保质期。', '散装食品', 'sanzhuang-shipin'],
  ['全县餐馆实行量化分级管理。', '量化分级管理', 'canyin-fuwu-lianghua-fenji'],
  ['全市有餐饮具集中消毒单位15家。', '餐饮具集中消毒单位', 'canyinju-jizhong-xiaodu'],
  ['这批馒头因超范围使用食品添加剂被判不合格。', '超范围使用食品添加剂', 'chaofanwei-shiyong-shipin-tianjiaji'],
  ['这家连锁店的中央厨房每天配送半成品。', '中央厨房', 'zhongyang-chufang'],
  ['区里评出了第一批营养健康食堂。', '营养健康食堂', 'yingyang-jiankang-shitang'],
  ['学校膳食委员会每月开一次会。', '膳食委员会', 'shanshi-weiyuanhui'],
  ['每家药店都要配备执业药师。', '执业药师', 'zhiye-yaoshi'],
  ['药店不得无处方销售处方药。', '处方药', 'chufangyao'],
  ['药监部门按药品经营质量管理规范检查药店。', '药品经营质量管理规范', 'yaopin-jingying-zhiliang-guanli-guifan'],
  ['购买含麻黄碱类复方制剂须登记身份证。', '含麻黄碱类复方制剂', 'han-mahuangjian-lei-fufang-zhiji'],
  ['医院上报医疗器械不良事件30份。', '医疗器械不良事件', 'yiliao-qixie-buliang-shijian'],
  ['平台须落实药品网络销售的审核责任。', '药品网络销售', 'yaopin-wangluo-xiaoshou'],
  ['防晒霜属于特殊化妆品，须经注册。', '特殊化妆品', 'teshu-huazhuangpin'],
  ['景区观光车属于场内专用机动车辆。', '场内专用机动车辆', 'changnei-jidong-cheliang'],
  ['厂内专用机动车辆的司机须持证作业。', '厂内专用机动车辆', 'changnei-jidong-cheliang'],
  ['水表出厂前要经过计量检定。', '计量检定', 'jiliang-jianding'],
  ['全市眼镜制配场所接受了计量检查。', '眼镜制配场所', 'yanjing-zhipei-changsuo'],
  ['这家实验室通过了检验检测机构资质认定。', '检验检测机构资质认定', 'jianyan-jiance-jigou-zizhi-rending'],
  ['小区的电梯维护保养单位每半月上门保养一次。', '电梯维护保养单位', 'dianti-weihu-baoyang-danwei'],
  ['区里对电梯维保单位实行星级评价。', '电梯维保单位', 'dianti-weihu-baoyang-danwei'],
  ['小区电梯都投保了电梯安全责任险。', '电梯安全责任险', 'dianti-anquan-zeren-baoxian'],
  ['企业在平台上完成企业标准自我声明公开。', '企业标准自我声明公开', 'qiye-biaozhun-ziwo-shengming-gongkai'],
  ['我市深化放心消费建设。', '放心消费建设', 'fangxin-xiaofei'],
  ['这批鞋子侵犯了注册商标专用权。', '注册商标专用权', 'zhuce-shangbiao-zhuanyongquan'],
  ['局里办结一起专利侵权纠纷行政裁决案件。', '专利侵权纠纷行政裁决', 'zhuanli-qinquan-jiufen-xingzheng-caijue'],
  ['老字号遭遇商标恶意抢注。', '商标恶意抢注', 'shangbiao-eyi-qiangzhu'],
  ['企业的品牌被人恶意抢注。', '恶意抢注', 'shangbiao-eyi-qiangzhu'],
  ['广告中不得使用绝对化用语。', '绝对化用语', 'jueduihua-yongyu'],
  ['网店要在首页亮照亮证。', '亮照亮证', 'liangzhao-liangzheng'],
  ['警方破获一起刷单炒信案。', '刷单炒信', 'shuadan-chaoxin'],
  ['仿冒知名包装属于混淆行为。', '混淆行为', 'hunxiao-xingwei'],
  ['全市集中销毁侵权假冒伪劣商品。', '侵权假冒伪劣商品', 'qinquan-jiamao-weilie-shangpin'],
  ['商家先涨后降，被认定为价格欺诈。', '先涨后降', 'xian-zhang-hou-jiang'],
]);

leftAloneByIdBlock('dev97 entries: the everyday words inside or beside them are left alone', [
  ['他最近在减肥，瘦肉吃得多。', 'shourou-jing'],
  ['这家店的散装白酒卖得好。', 'sanzhuang-shipin'],
  ['家里的厨房在房子中央。', 'zhongyang-chufang'],
  ['食堂的饭菜营养丰富。', 'yingyang-jiankang-shitang'],
  ['他在药店买了一盒感冒药。', 'chufangyao'],
  ['医生给他开了处方。', 'chufangyao'],
  ['她每天化妆前先涂防晒。', 'teshu-huazhuangpin'],
  ['他戴着一副新眼镜。', 'yanjing-zhipei-changsuo'],
  ['停车场内车辆很多。', 'changnei-jidong-cheliang'],
  ['两个人的名字总被混淆。', 'hunxiao-xingwei'],
  ['他先涨了工资，后来又降了职。', 'xian-zhang-hou-jiang'],
  ['他每天刷手机到半夜。', 'shuadan-chaoxin'],
  ['这个结论太绝对了。', 'jueduihua-yongyu'],
  ['检验科的医生正在做检测。', 'jianyan-jiance-jigou-zizhi-rending'],
  ['买菜时让摊主称一下重量。', 'jiliang-jianding'],
  ['外卖员把菜放在门口。', 'canyinju-jizhong-xiaodu'],
  ['电梯今天停电检修。', 'dianti-anquan-zeren-baoxian'],
  ['维保单位的师傅来修电梯。', 'dianti-weihu-baoyang-danwei'],
  ['他在电梯里遇到了保洁单位的同事。', 'dianti-weihu-baoyang-danwei'],
  ['大家都放心消费吧。', 'fangxin-xiaofei'],
  ['他抢着去注册新账号。', 'shangbiao-eyi-qiangzhu'],
]);
