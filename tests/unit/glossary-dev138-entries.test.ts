// The entries of the dev138 round, drawn from the port, foreign-trade and consumption items: the ocean economy
// (海洋经济), the government's consumption voucher (消费券), the statistical shorthand 批零住餐, trade fairs abroad
// (境外展会), overall customs clearance time (整体通关时间), the China-Europe return trains (回程班列), the service
// consumption campaign (服务消费提质惠民行动), bonded logistics (保税物流), green methanol (绿色甲醇), LNG bunkering
// (LNG加注), the travel-for-a-show theme (跟着演出去旅行), spreading a pilot's practice (复制推广) and the province's
// online export fair (浙江出口网上交易会), with forms of three older entries (144小时过境免签 of 过境免签, 1210模式 and
// 1210进口 of 网购保税进口, the verb 统保 of 统保平台). Each is underlined in a sentence of its own (not the development set's), the
// neighbouring cards keep their own sense, and the strings that only cross word edges are left alone.
import { leftAloneBlock, leftAloneByIdBlock, underlinedBlock } from '../helpers/glossary-entries';

underlinedBlock('dev138 entries: underlined as the term', [
  ['全省海洋经济增加值占比继续提高。', '海洋经济', 'haiyang-jingji'],
  ['五一前夕，区里向市民发放餐饮消费券。', '消费券', 'xiaofeiquan'],
  ['本月限额以上批零住餐企业销售额增长6%。', '批零住餐', 'pi-ling-zhu-can'],
  ['今年县商务局组团参加境外展会56场。', '境外展会', 'jingwai-zhanhui'],
  ['一季度全省出口整体通关时间为1.2小时。', '整体通关时间', 'zhengti-tongguan-shijian'],
  ['满载葡萄酒和奶粉的回程班列抵达义乌。', '回程班列', 'huicheng-banlie'],
  ['市里启动服务消费提质惠民行动，推出百场活动。', '服务消费提质惠民行动', 'fuwu-xiaofei-tizhi-huimin-xingdong'],
  ['综保区大力发展保税物流和保税维修。', '保税物流', 'baoshui-wuliu'],
  ['港区建成首个绿色甲醇加注点。', '绿色甲醇', 'lvse-jiachun'],
  ['宁波舟山港全年完成LNG加注42船次。', 'LNG加注', 'lng-jiazhu'],
  ['码头开展液化天然气加注作业。', '液化天然气加注', 'lng-jiazhu'],
  ['文旅部门推出“跟着演出去旅行”线路。', '跟着演出去旅行', 'genzhe-yanchu-qu-lvxing'],
  ['外国游客可享受144小时过境免签。', '144小时过境免签', 'guojing-mianqian'],
  ['企业采用1210模式开展跨境进口。', '1210模式', 'wanggou-baoshui-jinkou'],
  ['自贸试验区的这项改革经验已在全国复制推广。', '复制推广', 'fuzhi-tuiguang'],
  ['第五届“浙江出口网上交易会”（东盟站）开幕。', '浙江出口网上交易会', 'zhejiang-chukou-wangshang-jiaoyihui'],
  ['市财政为年出口500万美元以下企业统保出口信用保险。', '统保', 'tongbao-pingtai'],
]);

leftAloneByIdBlock('dev138 entries: the neighbouring cards are not read as these entries', [
  ['全市海洋生产总值突破两千亿元。', 'haiyang-jingji'],
  ['县里发放文旅消费券500万元。', 'xiaofeiquan'],
  ['今年居民消费持续回暖。', 'xiaofeiquan'],
  ['保税物流中心（B型）通过验收。', 'baoshui-wuliu'],
  ['航运公司订造甲醇双燃料集装箱船。', 'lvse-jiachun'],
  ['今年中欧班列开行超过2000列。', 'huicheng-banlie'],
  ['促进服务消费高质量发展。', 'fuwu-xiaofei-tizhi-huimin-xingdong'],
  ['会议时间为上午9点至1210室报到。', 'wanggou-baoshui-jinkou'],
]);

leftAloneBlock('dev138 entries: nothing is underlined over the strings that cross word edges', [
  ['周末他跟着演出队去了趟山里。', '演出'],
  ['他取消费时太长的那个流程。', '消费'],
  ['她的回程班机延误了两个小时。', '回程班'],
  ['村里重视传统保护，老宅一栋没拆。', '统保'],
  ['机房的供电系统保持稳定运行。', '统保'],
  ['他把这份手稿复制后推广给同学。', '复制'],
]);
